/** Base styles for the extension's own pages (popup, options): the card's palette, light or dark as the system is. */
export const PAGE_CSS = `
:root { color-scheme: light dark; --fc-page: #f6f8fa; }
@media (prefers-color-scheme: dark) {
  :root {
    --fc-page: #0d1117; --fc-bg: #161b22; --fc-fg: #e6edf3; --fc-muted: #9da7b3; --fc-line: #30363d; --fc-focus: #58a6ff; --fc-hit-bg: #3b2e00;
    --fc-green: #3fb950; --fc-red: #ff7b72; --fc-amber: #d29922; --fc-grey: #8b949e;
  }
}
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans CJK JP", "Malgun Gothic", sans-serif; color: var(--fc-fg); background: var(--fc-page); }
:lang(ko) body, body:lang(ko) { font-family: system-ui, "Apple SD Gothic Neo", "Noto Sans CJK KR", "Malgun Gothic", sans-serif; }
h1 { font-size: 15px; margin: 0; }
button { font: inherit; color: inherit; }
.fc-box { background: var(--fc-bg); border: 1px solid var(--fc-line); border-radius: 8px; padding: 8px 10px; }
.fc-switch { display: flex; gap: 8px; align-items: center; cursor: pointer; }
.fc-empty { color: var(--fc-muted); background: var(--fc-bg); border: 1px dashed var(--fc-line); border-radius: 8px; padding: 12px; }
.fc-button { background: var(--fc-bg); border: 1px solid var(--fc-line); border-radius: 6px; padding: 3px 10px; cursor: pointer; }
.fc-button:hover { border-color: var(--fc-muted); }
:focus-visible { outline: 2px solid var(--fc-focus); outline-offset: 1px; }
@media (forced-colors: active) { .fc-box, .fc-empty, .fc-button { border-color: CanvasText; } }
`;
