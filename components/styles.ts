/** Styles for the card and popup: one source so both show verdicts and citations alike. */
export const CARD_CSS = `
:host { all: initial; }
.fc-layer, :root {
  --fc-bg: #fff; --fc-fg: #1f2328; --fc-muted: #57606a; --fc-line: #d0d7de; --fc-focus: #0969da; --fc-hit-bg: #fff8c5;
  --fc-green: #1a7f37; --fc-red: #cf222e; --fc-amber: #9a6700; --fc-grey: #6e7781;
}
.fc-layer[data-theme="dark"] {
  --fc-bg: #161b22; --fc-fg: #e6edf3; --fc-muted: #9da7b3; --fc-line: #30363d; --fc-focus: #58a6ff; --fc-hit-bg: #3b2e00;
  --fc-green: #3fb950; --fc-red: #ff7b72; --fc-amber: #d29922; --fc-grey: #8b949e;
}
.fc-layer { position: absolute; top: 0; left: 0; width: 0; height: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans CJK JP", "Malgun Gothic", sans-serif; color: var(--fc-fg); }
.fc-layer:lang(ko) { font-family: system-ui, "Apple SD Gothic Neo", "Noto Sans CJK KR", "Malgun Gothic", sans-serif; }
.fc-target { position: absolute; pointer-events: none; background: transparent; border: 0; padding: 0; margin: 0; }
.fc-target:focus-visible { outline: 2px solid var(--fc-focus); outline-offset: 2px; border-radius: 2px; }
.fc-card-wrap { position: absolute; z-index: 1; overflow: auto; box-sizing: border-box; border-radius: 8px; box-shadow: 0 8px 24px rgba(0,0,0,.25); background: var(--fc-bg); }
.fc-card { box-sizing: border-box; background: var(--fc-bg); color: var(--fc-fg); border: 1px solid var(--fc-line); border-left: 6px solid var(--fc-accent, var(--fc-line)); border-radius: 8px; padding: 10px 12px; text-align: start; }
.fc-selection .fc-card { border-radius: 0; border-width: 0 0 1px 6px; }
.fc-supported { --fc-accent: var(--fc-green); }
.fc-contradicted { --fc-accent: var(--fc-red); }
.fc-disputed { --fc-accent: var(--fc-amber); }
.fc-unverified { --fc-accent: var(--fc-grey); }
.fc-card-head { display: flex; justify-content: space-between; align-items: center; gap: 8px; }
.fc-selection-head { padding: 8px 12px; border: 1px solid var(--fc-line); border-radius: 8px 8px 0 0; background: var(--fc-bg); color: var(--fc-fg); }
.fc-selection-title { margin: 0; font-size: 13px; }
.fc-verdict { font-weight: 700; color: var(--fc-accent); text-transform: uppercase; letter-spacing: .04em; font-size: 12px; }
.fc-close { all: unset; cursor: pointer; font-size: 18px; line-height: 1; padding: 0 4px; color: var(--fc-muted); }
.fc-close:focus-visible, .fc-card button:focus-visible, .fc-card textarea:focus-visible { outline: 2px solid var(--fc-focus); outline-offset: 1px; }
.fc-claim-quoted { margin: 6px 0 0; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; line-clamp: 3; overflow: hidden; }
.fc-claim-label { font-size: 12px; color: var(--fc-muted); }
.fc-card-sentence { font-weight: 600; }
.fc-sides-list { list-style: none; margin: 4px 0 8px; padding: 0; display: grid; gap: 6px; }
.fc-side { border: 1px solid var(--fc-line); border-radius: 6px; padding: 6px 8px; }
.fc-side[data-taken="true"] { border-color: var(--fc-amber); border-width: 2px; }
.fc-side-says { margin: 0 0 4px; font-weight: 600; }
.fc-side-label { color: var(--fc-muted); font-weight: 400; }
.fc-side-taken { margin: 0 0 4px; font-size: 12px; font-weight: 700; color: var(--fc-amber); }
.fc-side .fc-cites { list-style: none; margin: 0; padding: 0; }
.fc-source-link { color: inherit; text-decoration: underline dotted; }
.fc-source-link:focus-visible, .fc-sources-open:focus-visible { outline: 2px solid var(--fc-focus); outline-offset: 1px; }
.fc-card-foot { display: flex; justify-content: space-between; align-items: baseline; gap: 8px; flex-wrap: wrap; }
.fc-sources-open { font-size: 12px; color: var(--fc-focus); }
.fc-reason { margin: 6px 0 8px; }
.fc-diffs { list-style: none; margin: 6px 0 8px; padding: 0; }
.fc-diff { margin: 0 0 3px; }
.fc-diff-label { color: var(--fc-muted); font-size: 12px; }
.fc-diff-source { font-weight: 600; }
mark.fc-diff-claim { background: transparent; color: inherit; font-weight: 600; text-decoration: underline wavy var(--fc-red); text-underline-offset: 2px; }
.fc-diff-reported { opacity: 0.85; }
.fc-cites { margin: 6px 0; }
.fc-cites-title { margin: 0 0 4px; font-size: 12px; font-weight: 600; color: var(--fc-muted); }
.fc-cites-conflicts .fc-cites-title { color: var(--fc-red); }
.fc-cites-supports .fc-cites-title { color: var(--fc-green); }
.fc-cites ul { list-style: none; margin: 0; padding: 0; }
.fc-cites li { margin: 0 0 6px; padding-left: 8px; border-left: 3px solid var(--fc-line); }
.fc-cites-conflicts li { border-left-style: dashed; border-left-color: var(--fc-red); }
.fc-cites-supports li { border-left-color: var(--fc-green); }
.fc-quote { margin: 0; font-style: italic; }
.fc-hit { font-style: normal; font-weight: 700; background: var(--fc-hit-bg); border-radius: 2px; }
.fc-outlet { display: block; font-style: normal; font-size: 12px; color: var(--fc-muted); }
.fc-none { color: var(--fc-muted); margin: 0; }
.fc-report-open, .fc-report-actions button { font: inherit; font-size: 12px; color: var(--fc-fg); background: transparent; border: 1px solid var(--fc-line); border-radius: 6px; padding: 2px 8px; cursor: pointer; }
.fc-report-open { margin-top: 4px; color: var(--fc-muted); }
.fc-report-label { display: block; font-size: 12px; color: var(--fc-muted); margin-top: 6px; }
.fc-report-comment { display: block; box-sizing: border-box; width: 100%; margin-top: 2px; font: inherit; color: var(--fc-fg); background: var(--fc-bg); border: 1px solid var(--fc-line); border-radius: 6px; padding: 4px; resize: vertical; }
.fc-report-actions { display: flex; gap: 6px; margin-top: 6px; }
.fc-report-save { font-weight: 600; }
.fc-report-saved { margin: 6px 0 0; font-size: 12px; color: var(--fc-muted); }
.fc-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
/* Underlines the layer draws itself, one box per line, told apart by line style: in forced colours (Chromium
   paints every highlight alike there) and in Firefox (it paints no text-decoration on highlights). */
.fc-line { position: absolute; pointer-events: none; box-sizing: border-box; border-bottom: 2px solid var(--fc-accent); }
.fc-line-supported { --fc-accent: var(--fc-green); border-bottom-style: dotted; }
.fc-line-contradicted { --fc-accent: var(--fc-red); border-bottom-width: 3px; }
.fc-line-disputed { --fc-accent: var(--fc-amber); border-bottom: 4px double var(--fc-accent); }
.fc-line-unverified { --fc-accent: var(--fc-grey); border-bottom-style: dashed; }
@media (forced-colors: active) {
  .fc-line { border-bottom-color: CanvasText; }
  .fc-line-contradicted { border-bottom-color: Highlight; outline: 1px solid Highlight; }
  .fc-line-disputed { border-bottom-color: Highlight; }
  .fc-card, .fc-selection-head { border: 2px solid CanvasText; }
  .fc-hit { background: Mark; color: MarkText; }
  .fc-verdict, .fc-cites-title { color: CanvasText; }
}
`;
