/** Styles for the card and popup: one source so both show verdicts and citations alike. */
export const CARD_CSS = `
:host { all: initial; }
.fc-layer { position: absolute; top: 0; left: 0; width: 0; height: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans CJK JP", "Malgun Gothic", sans-serif; color: #1f2328; }
.fc-target { position: absolute; pointer-events: none; background: transparent; border: 0; padding: 0; margin: 0; opacity: 1; }
.fc-target:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; border-radius: 2px; }
.fc-card-wrap { position: absolute; z-index: 1; }
.fc-card { box-sizing: border-box; background: #fff; color: #1f2328; border: 1px solid #d0d7de; border-left: 6px solid var(--fc-accent); border-radius: 8px; box-shadow: 0 8px 24px rgba(0,0,0,.18); padding: 10px 12px; max-height: 60vh; overflow: auto; }
.fc-supported { --fc-accent: #1a7f37; }
.fc-contradicted { --fc-accent: #cf222e; }
.fc-disputed { --fc-accent: #9a6700; }
.fc-unverified { --fc-accent: #6e7781; }
.fc-card-head { display: flex; justify-content: space-between; align-items: center; }
.fc-verdict { font-weight: 700; color: var(--fc-accent); text-transform: uppercase; letter-spacing: .04em; font-size: 12px; }
.fc-close { all: unset; cursor: pointer; font-size: 18px; line-height: 1; padding: 0 4px; color: #57606a; }
.fc-close:focus-visible { outline: 2px solid #0969da; }
.fc-reason { margin: 6px 0 8px; }
.fc-cites { margin: 6px 0; }
.fc-cites-title { margin: 0 0 4px; font-size: 12px; font-weight: 600; color: #57606a; }
.fc-cites-conflicts .fc-cites-title { color: #cf222e; }
.fc-cites-supports .fc-cites-title { color: #1a7f37; }
.fc-cites ul { list-style: none; margin: 0; padding: 0; }
.fc-cites li { margin: 0 0 6px; padding-left: 8px; border-left: 3px solid #d0d7de; }
.fc-cites-conflicts li { border-left-style: dashed; border-left-color: #cf222e; }
.fc-cites-supports li { border-left-color: #1a7f37; }
.fc-quote { margin: 0; font-style: italic; }
.fc-outlet { display: block; font-style: normal; font-size: 12px; color: #57606a; }
.fc-none { color: #57606a; margin: 0; }
@media (forced-colors: active) { .fc-card { border: 2px solid CanvasText; } }
`;
