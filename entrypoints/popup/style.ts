export const POPUP_CSS = `
body { margin: 0; width: 420px; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; background: #f6f8fa; }
.fc-popup { padding: 12px; }
.fc-popup h1 { font-size: 15px; margin: 0 0 8px; }
.fc-switches { display: flex; flex-direction: column; gap: 4px; padding: 8px; background: #fff; border: 1px solid #d0d7de; border-radius: 8px; margin-bottom: 10px; }
.fc-switch { display: flex; gap: 8px; align-items: center; cursor: pointer; }
.fc-summary { font-weight: 600; margin: 0 0 8px; }
.fc-empty { color: #57606a; background: #fff; border: 1px dashed #d0d7de; border-radius: 8px; padding: 12px; }
.fc-group { margin: 0 0 12px; }
.fc-group-title { font-size: 13px; margin: 0 0 6px; color: var(--fc-accent); text-transform: uppercase; letter-spacing: .04em; }
.fc-claims { list-style: none; margin: 0; padding: 0; }
.fc-claim { background: #fff; border: 1px solid #d0d7de; border-left: 5px solid var(--fc-accent); border-radius: 6px; padding: 8px; margin-bottom: 6px; }
.fc-claim-text { all: unset; cursor: pointer; font-weight: 600; display: block; }
.fc-claim-text:hover { text-decoration: underline; }
.fc-claim-text:focus-visible { outline: 2px solid #0969da; }
.fc-claim .fc-reason { margin: 4px 0; font-size: 13px; }
`;
