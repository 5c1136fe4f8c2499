export const SOURCES_CSS = `
.fc-sources { max-width: 1280px; margin: 0 auto; padding: 16px; display: flex; flex-direction: column; gap: 12px; }
.fc-sources h1 { font-size: 22px; }
.fc-sources h2 { font-size: 17px; margin: 8px 0; }
.fc-sources h3 { font-size: 15px; margin: 0 0 4px; }
.fc-muted { color: var(--fc-muted); margin: 4px 0; }
.fc-muted-inline { color: var(--fc-muted); }
.fc-source-list { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(230px, 1fr)); gap: 8px; }
.fc-source p { margin: 2px 0; }
.fc-source-kind { font-weight: 600; }
.fc-source-title { font-style: italic; }
.fc-source-url a { color: var(--fc-focus); word-break: break-all; }
.fc-table-wrap { overflow-x: auto; border: 1px solid var(--fc-line); border-radius: 8px; background: var(--fc-bg); }
.fc-points { border-collapse: collapse; width: 100%; min-width: 1000px; font-size: 13px; }
.fc-points caption { text-align: start; padding: 8px 10px; color: var(--fc-muted); }
.fc-points th, .fc-points td { border-top: 1px solid var(--fc-line); padding: 6px 8px; vertical-align: top; text-align: start; }
.fc-points thead th { position: sticky; top: 0; background: var(--fc-bg); border-top: 0; }
.fc-points th[scope="row"] { width: 200px; }
.fc-point-about { display: block; font-weight: 600; }
.fc-point-says { display: block; font-weight: 400; color: var(--fc-muted); }
.fc-points td[data-silent] { color: var(--fc-muted); }
.fc-silent { font-style: italic; }
.fc-points .fc-quote { margin: 0 0 6px; font-style: normal; }
.fc-points tr[data-current] > * { background: var(--fc-hit-bg); }
.fc-sources mark { background: var(--fc-hit-bg); color: inherit; font-weight: 700; }
.fc-disagreements { display: flex; flex-direction: column; gap: 8px; }
.fc-disagreement[data-current] { outline: 3px solid var(--fc-amber); }
.fc-side-by-side { display: grid; grid-template-columns: repeat(auto-fit, minmax(240px, 1fr)); gap: 8px; }
.fc-side-by-side .fc-side { border: 1px solid var(--fc-line); border-radius: 6px; padding: 6px 8px; }
.fc-side-says { margin: 0 0 4px; font-weight: 600; }
.fc-side-label { color: var(--fc-muted); font-weight: 400; }
.fc-cites { list-style: none; margin: 0; padding: 0; }
.fc-cites li { margin: 0 0 6px; padding-left: 8px; border-left: 3px solid var(--fc-amber); }
`;
