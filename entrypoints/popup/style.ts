export const POPUP_CSS = `
body { width: 420px; }
.fc-popup { padding: 12px; }
.fc-popup-head { display: flex; justify-content: space-between; align-items: center; margin: 0 0 8px; }
.fc-head-links { display: flex; gap: 12px; }
.fc-options-link, .fc-sources-link { all: unset; cursor: pointer; color: var(--fc-focus); font-size: 13px; }
.fc-options-link:hover, .fc-sources-link:hover { text-decoration: underline; }
.fc-switches { display: flex; flex-direction: column; gap: 4px; padding: 8px; background: var(--fc-bg); border: 1px solid var(--fc-line); border-radius: 8px; margin-bottom: 10px; }
.fc-summary { font-weight: 600; margin: 0 0 8px; }
.fc-filter { display: flex; flex-wrap: wrap; gap: 6px; margin: 0 0 10px; }
.fc-chip { border: 1px solid var(--fc-line); background: var(--fc-bg); border-radius: 999px; padding: 2px 10px; font-size: 12px; cursor: pointer; }
.fc-chip[aria-pressed="true"] { border-color: var(--fc-accent, var(--fc-focus)); box-shadow: inset 0 0 0 1px var(--fc-accent, var(--fc-focus)); font-weight: 600; }
.fc-chip-count { color: var(--fc-muted); }
.fc-group { margin: 0 0 12px; }
.fc-group-title { font-size: 13px; margin: 0 0 6px; color: var(--fc-accent); text-transform: uppercase; letter-spacing: .04em; }
.fc-claims { list-style: none; margin: 0; padding: 0; }
.fc-claim { background: var(--fc-bg); border: 1px solid var(--fc-line); border-left: 5px solid var(--fc-accent); border-radius: 6px; padding: 8px; margin-bottom: 6px; }
.fc-claim-text { all: unset; cursor: pointer; font-weight: 600; display: block; }
.fc-claim-text:hover { text-decoration: underline; }
.fc-claim-text:focus-visible { outline: 2px solid var(--fc-focus); }
.fc-claim .fc-reason { margin: 4px 0; font-size: 13px; }
@media (forced-colors: active) { .fc-chip[aria-pressed="true"] { border: 2px solid Highlight; } }
`;
