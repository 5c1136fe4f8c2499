// npm run eval [-- --all]: scores the engine on the labelled dev set, overall and per language.
import { LABELS, loadHeldOut, type Label } from '../tests/eval/dev-set';
import { runDevSet, scoreOutcomes } from '../tests/eval/run';
import { runPages } from '../tests/eval/pages';
import { runRealPages } from '../tests/eval/real-pages';
import { score } from '../tests/eval/metrics';
import type { Scores } from '../tests/eval/metrics';

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);

function table(title: string, s: Scores): string {
  const rows = [`${title}  (n=${s.n})  macro-F1 ${pct(s.macroF1)}`, '  label          P      R      F1   support'];
  for (const l of LABELS) {
    const r = s.perLabel[l];
    if (r.support === 0 && r.precision === 0) continue;
    rows.push(`  ${l.padEnd(13)}${pct(r.precision)}  ${pct(r.recall)}  ${pct(r.f1)}  ${String(r.support).padStart(5)}`);
  }
  return rows.join('\n');
}

function confusion(s: Scores): string {
  const short = (l: string) => l.slice(0, 6).padStart(7);
  const rows = ['confusion (rows gold, columns predicted)', '         ' + LABELS.map(short).join('')];
  for (const g of LABELS) rows.push(short(g) + '  ' + LABELS.map((p) => String(s.confusion[g][p]).padStart(7)).join(''));
  return rows.join('\n');
}

// `--real`: only the real pages, for a quick loop.
if (process.argv.includes('--real')) {
  realPages();
  process.exit(0);
}

const outcomes = runDevSet();
const all = scoreOutcomes(outcomes);
const wrong = outcomes.filter((o) => o.predicted !== o.line.label);
const showAll = process.argv.includes('--all');
console.log(`Misjudged (${wrong.length}):`);
for (const o of showAll ? wrong : wrong.slice(0, 40)) {
  console.log(`  ${o.line.id} gold=${o.line.label} got=${o.predicted}  ${o.line.text.slice(0, 110)}${o.reason ? `\n      (${o.reason.slice(0, 120)})` : ''}`);
}
if (!showAll && wrong.length > 40) console.log(`  … ${wrong.length - 40} more (npm run eval -- --all)`);
console.log('\n' + confusion(all));
for (const lang of ['en', 'ja', 'ko']) console.log('\n' + table(lang, scoreOutcomes(outcomes, lang)));
console.log('\n' + table('all', all));

// The fixture pages, read whole: the topic gate and sentence gate at work, as in the browser.
const pages = runPages();
const pageWrong = pages.filter((p) => p.gold !== p.predicted);
console.log(`\nFixture pages: ${pages.length - pageWrong.length}/${pages.length} sentences right`);
for (const p of pageWrong) console.log(`  ${p.page} gold=${p.gold} got=${p.predicted}  ${p.contains.slice(0, 90)}`);
console.log(table('pages', score(pages.map((p) => ({ gold: p.gold, predicted: p.predicted })))));

// The held-out lines (tests/fixtures/claims.heldout.jsonl): scored on their own, not in the dev figures above.
const held = runDevSet(loadHeldOut());
const heldWrong = held.filter((o) => o.predicted !== o.line.label);
console.log(`\nHeld-out: ${held.length - heldWrong.length}/${held.length} lines right`);
for (const o of heldWrong)
  console.log(`  ${o.line.id} gold=${o.line.label} got=${o.predicted}  ${o.line.text.slice(0, 100)}${o.reason ? `\n      (${o.reason.slice(0, 120)})` : ''}`);
for (const lang of ['en', 'ja', 'ko']) console.log('\n' + table(`held-out ${lang}`, scoreOutcomes(held, lang)));
console.log('\n' + table('held-out all', scoreOutcomes(held)));

// The held-out pages (tests/fixtures/pages/heldout-*): real-page furniture and new wording, scored apart.
const heldPages = runPages(true);
const heldPageWrong = heldPages.filter((p) => p.gold !== p.predicted);
console.log(`\nHeld-out pages: ${heldPages.length - heldPageWrong.length}/${heldPages.length} sentences right`);
for (const p of heldPageWrong) console.log(`  ${p.page} gold=${p.gold} got=${p.predicted}  ${p.contains.slice(0, 90)}`);
console.log(table('held-out pages', score(heldPages.map((p) => ({ gold: p.gold, predicted: p.predicted })))));

realPages();

/** Real pages from real outlets (tests/fixtures/real-pages), each read whole: the figure that matters most. */
function realPages(): void {
  const real = runRealPages();
  const realWrong = real.filter((r) => r.predicted !== r.gold);
  console.log(`\nReal pages: ${real.length - realWrong.length}/${real.length} sentences right`);
  for (const r of realWrong) {
    console.log(
      `  ${r.id} gold=${r.gold} got=${r.predicted}${r.unsure ? ' (unsure)' : ''}  ${r.text.slice(0, 110)}${r.reason ? `\n      (${r.reason.slice(0, 140)})` : ''}`,
    );
  }
  const realAll = scoreOf(real);
  console.log('\n' + confusion(realAll));
  for (const lang of ['en', 'ja', 'ko']) console.log('\n' + table(`real pages ${lang}`, scoreOf(real.filter((r) => r.lang === lang))));
  console.log('\n' + table('real pages all', realAll));
  const red = real.filter((r) => r.predicted === 'contradicted');
  console.log(`red marks right: ${red.filter((r) => r.gold === 'contradicted').length}/${red.length}`);
}

function scoreOf(rows: readonly { gold: Label; predicted: Label }[]): Scores {
  return score(rows.map((r) => ({ gold: r.gold, predicted: r.predicted })));
}
