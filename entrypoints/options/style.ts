export const OPTIONS_CSS = `
.fc-options { max-width: 720px; margin: 0 auto; padding: 16px; display: flex; flex-direction: column; gap: 12px; }
.fc-options h1 { font-size: 20px; }
.fc-options h2 { font-size: 15px; margin: 0 0 8px; }
fieldset.fc-box { margin: 0; }
legend { font-weight: 600; padding: 0 4px; }
.fc-choice { display: flex; gap: 8px; align-items: baseline; padding: 2px 0; cursor: pointer; }
.fc-muted { color: var(--fc-muted); margin: 4px 0; }
.fc-site-list { list-style: none; padding: 0; margin: 0 0 8px; }
.fc-site-list li { display: flex; justify-content: space-between; align-items: center; padding: 4px 0; border-bottom: 1px solid var(--fc-line); }
.fc-site-add { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.fc-site-add label { flex-basis: 100%; font-size: 13px; color: var(--fc-muted); }
.fc-site-add input { flex: 1; min-width: 200px; font: inherit; padding: 4px 6px; color: var(--fc-fg); background: var(--fc-bg); border: 1px solid var(--fc-line); border-radius: 6px; }
.fc-error { flex-basis: 100%; color: var(--fc-red); margin: 0; }
.fc-report-list { list-style: none; padding: 0; margin: 0 0 8px; }
.fc-report-item { border-left: 4px solid var(--fc-accent); padding: 4px 8px; margin-bottom: 8px; }
.fc-report-item p { margin: 2px 0; }
.fc-report-claim { font-weight: 600; }
.fc-report-url { font-size: 12px; word-break: break-all; }
.fc-actions { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; }
`;
