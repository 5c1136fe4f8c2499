/**
 * `npm run bench`: the engine against two baselines measured in the same run on the same text.
 *
 *   plain scan  one case-insensitive pass of a regular expression of the story's key terms
 *               (the forms of the topic groups' names) over the page text
 *   plain fuse  fuse.js over every seed sentence, one search per page sentence (pages over 400
 *               sentences: an evenly spaced sample of 400, scaled to the page; marked ~)
 *   engine      lib `checkText` on the whole text, as the CLI runs it
 *   extension   what the content script runs: the prefilter, then the engine in slices, each judging
 *               only its own lines (its context is read for the topic gates)
 *
 * Then the CLI (`npm run check -- file --json`, a process of its own) on 1 MB of one line and on 1, 5 and
 * 20 MB in lines: wall time, time per MB once its start-up (the same CLI on an empty file) is taken off,
 * and its peak memory. Then the built bundles against scripts/bench-budget.json (builds into WXT_OUT_DIR if absent).
 * Figures only; nothing here asserts a time.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import { dataset } from '../data/index';
import { IncrementalChecker } from '../extension/plan/incremental';
import { createChecker } from '../lib/check';
import { bundleSizes, buildDir } from './bench-bundles';
import { pageLines, SIZES, wordsForChars, type Topic } from './bench-pages';

const quick = process.argv.includes('--quick');
const engine = createChecker(dataset);
const check = (text: string) => engine.checkText(text);

// Baseline 1: the story's key terms in one alternation, no normalization, no context.
const byKey = new Map(dataset.pack.lexicon.map((e) => [e.key, e]));
const terms = dataset.pack.topic.page
  .flat()
  .flatMap((k) => byKey.get(k)?.forms ?? [])
  .concat(['drum', 'percussion']);
const keyTerms = new RegExp(terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
function plainScan(text: string): number {
  let n = 0;
  keyTerms.lastIndex = 0;
  while (keyTerms.exec(text)) n++;
  return n;
}

// Baseline 2: fuse.js as it comes, every seed sentence, searched with every page sentence.
const seeds = dataset.sources.flatMap((s) => s.sentences.map((x) => x.text));
const fuse = new Fuse(seeds, { includeScore: true, ignoreLocation: true, threshold: 0.4 });
const SAMPLE = 400;
function plainSentences(text: string): string[] {
  return text.split(/\n|(?<=[.!?。！？])\s+/).filter((s) => /\S/.test(s));
}
function plainFuse(sentences: string[]): number {
  const step = Math.max(1, sentences.length / SAMPLE);
  let hits = 0;
  for (let i = 0; i < sentences.length; i += step) hits += fuse.search(sentences[Math.floor(i)]!, { limit: 3 }).length;
  return hits;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** How many runs, and calls per run, for work whose first call took `first` ms. */
function plan(first: number): { runs: number; batch: number } {
  // `--quick` saves its time on the sizes it leaves out and on slow cases, not on fast ones: one run straight
  // after one warm-up times code V8 has not optimized yet, and whatever pause falls in it.
  const runs = first < 100 ? (quick ? 7 : 15) : quick ? 1 : first < 1000 ? 5 : first < 5000 ? 3 : 1;
  // Sub-millisecond work is timed in batches of about 2 ms: one call is at the clock's and the JIT's noise.
  const batch = first < 1 ? Math.min(1000, Math.ceil(2 / Math.max(first, 0.002))) : 1;
  return { runs, batch };
}

function once(f: () => unknown, batch = 1): number {
  const t = performance.now();
  for (let k = 0; k < batch; k++) f();
  return (performance.now() - t) / batch;
}

/**
 * Ms per call of `f` once warm: fast work is called for about 50 ms first, so V8 has optimized it before
 * it is timed (planned from one cold call, a 10 µs case was timed in batches of two, in the interpreter).
 */
function warm(f: () => unknown): number {
  const until = performance.now() + 50;
  let last = once(f);
  while (performance.now() < until) last = once(f);
  return last;
}

/** Median milliseconds of `f`, after one warm-up; fewer runs for slow cases. */
function time(f: () => unknown): number {
  const { runs, batch } = plan(warm(f));
  return median(Array.from({ length: runs }, () => once(f, batch)));
}

/**
 * Median milliseconds of `f` and of `g`, timed in turns (f, g, f, g…) so that both meet the same moments
 * of a shared machine, and the median of the ratios g / f of each turn. Timed one after the other, a
 * sub-millisecond case read 1.5× in one run and 5× in the next, on the same code.
 */
function timeBoth(f: () => unknown, g: () => unknown): { f: number; g: number; ratio: number } {
  const a = plan(warm(f));
  const b = plan(warm(g));
  const runs = Math.max(a.runs, b.runs);
  const fs: number[] = [];
  const gs: number[] = [];
  for (let i = 0; i < runs; i++) {
    fs.push(once(f, a.batch));
    gs.push(once(g, b.batch));
  }
  return { f: median(fs), g: median(gs), ratio: median(gs.map((x, i) => x / fs[i]!)) };
}

interface Row {
  topic: Topic;
  label: string;
  words: number;
  chars: number;
  claims: number;
  scan: number;
  extension: number;
  /** extension ÷ plain scan, the median of runs timed in turns. */
  perScan: number;
  engine: number;
  fuse: number;
  fuseSampled: boolean;
}

const rows: Row[] = [];
const sizes = quick ? SIZES.slice(0, 2) : SIZES;
for (const topic of ['off', 'on'] as Topic[]) {
  for (const { label, words } of sizes) {
    const text = pageLines(topic, words).join('\n');
    const sentences = plainSentences(text);
    const claims = check(text).length;
    // Forget the page before every run: each run is a first look at it, nothing cached.
    const checker = new IncrementalChecker((t, o) => engine.checkText(t, o), dataset);
    const both = timeBoth(
      () => plainScan(text),
      () => {
        checker.reset();
        return checker.checkSync(text);
      },
    );
    const { f: scan, g: extension, ratio: perScan } = both;
    const engineMs = time(() => check(text));
    const fuseMs = time(() => plainFuse(sentences)) * Math.max(1, sentences.length / SAMPLE);
    rows.push({
      topic,
      label,
      words: text.match(/\S+/g)?.length ?? 0,
      chars: text.length,
      claims,
      scan,
      extension,
      perScan,
      engine: engineMs,
      fuse: fuseMs,
      fuseSampled: sentences.length > SAMPLE,
    });
    process.stderr.write(`  ${topic}-topic ${label} done\n`);
  }
}

const f = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
const pad = (s: string, n: number) => s.padStart(n);
console.log(
  `\nEngine vs baselines (median ms per page; warm, median of up to ${quick ? 7 : 15} runs${quick ? ' (quick: 1 run past 100 ms)' : ''}, sub-millisecond work in batches; Node ${process.version})\n`,
);
const head = ['page', 'size', 'words', 'claims', 'plain scan', 'extension', 'ms/1k w', '× scan', 'engine', 'ms/1k w', 'plain fuse', 'engine÷fuse'];
const widths = [5, 10, 8, 7, 11, 10, 8, 8, 9, 8, 11, 12];
console.log(head.map((h, i) => pad(h, widths[i]!)).join(' '));
for (const r of rows) {
  const cells = [
    r.topic,
    r.label,
    String(r.words),
    String(r.claims),
    f(r.scan),
    f(r.extension),
    f((r.extension / r.words) * 1000),
    r.perScan.toFixed(2),
    f(r.engine),
    f((r.engine / r.words) * 1000),
    (r.fuseSampled ? '~' : '') + f(r.fuse),
    (r.engine / r.fuse).toFixed(3),
  ];
  console.log(cells.map((c, i) => pad(c, widths[i]!)).join(' '));
}

// Growth: the exponent k in time ∝ size^k between the smallest page that is not noise and the largest.
console.log('\nGrowth with size (time ∝ words^k; k = 1 is linear)');
for (const topic of ['off', 'on'] as Topic[]) {
  const rs = rows.filter((r) => r.topic === topic);
  const b = rs[rs.length - 1]!;
  const a = rs.find((r) => r.words >= 5000 && r !== b) ?? rs[0]!;
  const k = (x: number, y: number) => (Math.log(y / x) / Math.log(b.words / a.words)).toFixed(2);
  console.log(
    `  ${topic}-topic ${a.label} → ${b.label}: extension k = ${k(a.extension, b.extension)}, engine k = ${k(a.engine, b.engine)}, plain scan k = ${k(a.scan, b.scan)}`,
  );
}

console.log('\nTargets');
const offWorst = Math.max(...rows.filter((r) => r.topic === 'off').map((r) => r.perScan));
const on5k = rows.find((r) => r.topic === 'on' && r.label === '5k words');
const slowerThanFuse = rows.filter((r) => r.engine >= r.fuse);
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT MET');
console.log(`  off-topic page ≤ 2× plain scan: worst ${offWorst.toFixed(2)}× — ${verdict(offWorst <= 2)}`);
if (on5k)
  console.log(
    `  5k-word on-topic page < 20 ms: extension ${f(on5k.extension)} ms, engine ${f(on5k.engine)} ms — ${verdict(Math.min(on5k.extension, on5k.engine) < 20)}`,
  );
console.log(
  `  engine faster than plain fuse.js at every size: ${slowerThanFuse.length ? `slower on ${slowerThanFuse.map((r) => `${r.topic} ${r.label}`).join(', ')} — NOT MET` : 'met'}`,
);

// The CLI in a process of its own, as a user runs it: wall time and peak memory (reported by a preload at exit).
function runCli(file: string): { ms: number; rssMb: number } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--import', './scripts/rss-at-exit.mjs', 'cli/check.ts', file, '--json'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`check failed on ${file}: ${r.stderr}`);
  return { ms, rssMb: Number(/max-rss-kb (\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024 };
}
const tmp = mkdtempSync(join(tmpdir(), 'fc-bench-'));
const cliCases = [
  { label: '1 MB, one line', mb: 1, text: () => pageLines('on', wordsForChars(1_000_000)).join(' ') },
  { label: '1 MB in lines', mb: 1, text: () => pageLines('on', wordsForChars(1_000_000)).join('\n') },
  ...(quick
    ? []
    : [
        { label: '5 MB in lines', mb: 5, text: () => pageLines('on', wordsForChars(5_000_000)).join('\n') },
        { label: '20 MB in lines', mb: 20, text: () => pageLines('on', wordsForChars(20_000_000)).join('\n') },
      ]),
];
writeFileSync(join(tmp, 'empty.txt'), '');
const startup = Math.min(runCli(join(tmp, 'empty.txt')).ms, runCli(join(tmp, 'empty.txt')).ms);
console.log(`\nCLI on on-topic text (npm run check -- file --json; one run each; start-up on an empty file ${f(startup)} ms)`);
console.log(['input', 'ms', 'ms / MB after start-up', 'peak memory MB'].map((h, i) => pad(h, [16, 8, 24, 16][i]!)).join(' '));
for (const c of cliCases) {
  const file = join(tmp, 'input.txt');
  writeFileSync(file, c.text());
  const { ms, rssMb } = runCli(file);
  console.log([c.label, f(ms), f((ms - startup) / c.mb), rssMb.toFixed(0)].map((x, i) => pad(x, [16, 8, 24, 16][i]!)).join(' '));
  process.stderr.write(`  CLI ${c.label} done\n`);
}
rmSync(tmp, { recursive: true, force: true });

const dir = buildDir();
if (!existsSync(join(dir, 'manifest.json'))) {
  process.stderr.write(`  building the extension into ${dir}\n`);
  execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
}
console.log(`\nBundles (${dir}) against scripts/bench-budget.json`);
console.log(['bundle', 'bytes', 'gzip', 'budget', 'used'].map((h, i) => pad(h, [11, 10, 9, 10, 7][i]!)).join(' '));
for (const b of bundleSizes(dir)) {
  const used = `${((b.bytes / b.budget) * 100).toFixed(0)}%`;
  console.log(
    [b.name, String(b.bytes), String(b.gzip), String(b.budget), used].map((c, i) => pad(c, [11, 10, 9, 10, 7][i]!)).join(' ') +
      (b.bytes > b.budget ? '  OVER BUDGET' : ''),
  );
}
