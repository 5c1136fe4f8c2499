/**
 * `npm run bench:browser`: the content script in Debian's Chromium on generated pages (1 MB pages, the
 * heavy news page and the off-story page of ./bench-shapes.ts), with and without the extension, same
 * page, same run. `npm run bench:browser -- heavy off-story` measures only the pages so named.
 *
 *   long tasks  a PerformanceObserver for `longtask` entries, installed before the page loads: the
 *               longest main-thread task while the page loads and is checked, and how many passed 50 ms
 *   script      total time in JavaScript on the tab's main thread, from a trace of the same load
 *   extension   from a trace of the same load: every task of the tab's main thread that ran the content
 *               script (its URL; or only microtasks and timers, a check resuming after a turn: the pages
 *               have no script of their own), with the style and layout work it forces, of 1 ms or more:
 *               the longest, how many passed 50 ms, and their total
 *   first marks ms from the load event to the first highlight painted (polled with evaluations of no
 *               script URL, which the extension's figures leave out)
 *   JS heap     the tab's JavaScript heap after the check and a full collection, without and with the
 *               extension (one isolate holds the page's and the content script's: the difference is ours)
 *
 * The background's engine is built before the first page (it builds once per start of the background,
 * on the first page that may be on topic); `--cold` leaves it unbuilt. Off-topic pages are loaded three
 * times (the median load is shown), on-topic pages once. Builds the extension into WXT_OUT_DIR (default
 * .output) if it is not there. Figures only.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, launch, results } from '../tests/e2e/harness';
import { buildDir } from './bench-bundles';
import { oneNodeHtml, pageHtml, pageLines, wordsForChars } from './bench-pages';
import { heavyNewsHtml, offStoryHtml } from './bench-shapes';
import { analyse, startTrace, stopTrace, type ExtTask } from './bench-trace';

const MB = wordsForChars(1_000_000);
const oneNode = (topic: 'on' | 'off') => oneNodeHtml(pageLines(topic, MB), 'one node');
const ALL_PAGES: Record<string, () => string> = {
  'off-topic, 1 MB in paragraphs': () => pageHtml(pageLines('off', MB), 'off'),
  'on-topic, 1 MB in paragraphs': () => pageHtml(pageLines('on', MB), 'on'),
  'off-topic, 1 MB in one text node': () => oneNode('off'),
  'on-topic, 1 MB in one text node': () => oneNode('on'),
  'on-topic, heavy news page': () => heavyNewsHtml(),
  'off-topic, off-story page': () => offStoryHtml(),
};
// `npm run bench:browser -- heavy off-story`: only the pages whose names contain one of the words.
const args = process.argv.slice(2);
const baselineAt = args.indexOf('--baseline');
const baseline = baselineAt >= 0 ? args[baselineAt + 1] : undefined;
const showTasks = args.includes('--tasks');
const only = args.filter((a, i) => !a.startsWith('--') && (baselineAt < 0 || i !== baselineAt + 1));
const PAGES = Object.fromEntries(Object.entries(ALL_PAGES).filter(([name]) => only.length === 0 || only.some((w) => name.includes(w))));

const LONG_TASKS = `
  window.__longtasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longtasks.push(e.duration); })
    .observe({ type: 'longtask', buffered: true });
`;

interface Run {
  longest: number;
  over50: number;
  script: number;
  claims: number | null;
  /** The tab's JavaScript heap once the check is over, MB. */
  heap: number;
  /** `marks`: ms from the load event to the first mark painted (on-topic pages). */
  ext?: { longest: number; over50: number; total: number; tasks: number; marks: number | null; list: ExtTask[] };
}

async function serve(): Promise<{ origin: string; close: () => void }> {
  const cache = new Map<string, string>();
  const server = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname.slice(1));
    const make = PAGES[name];
    if (!make) return void res.writeHead(404).end();
    if (!cache.has(name)) cache.set(name, make());
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(cache.get(name));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  return { origin: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`, close: () => server.close() };
}

/** Ms from the load event to the first highlight the extension paints, polled with url-less evaluations. */
async function firstMarks(cdp: CDPSession, timeoutMs: number): Promise<number | null> {
  const probe = `(() => { const nav = performance.getEntriesByType('navigation')[0]; return [CSS.highlights.size, performance.now() - (nav ? nav.loadEventEnd : 0)]; })()`;
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: probe, returnByValue: true });
    const [size, sinceLoad] = result.value as [number, number];
    if (size > 0) return sinceLoad;
    await new Promise((r) => setTimeout(r, 25));
  }
  return null;
}

/** The tab's JavaScript heap after a full collection, in MB (the page's and the content script's: one isolate). */
async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1e6;
}

async function measure(context: BrowserContext, url: string, ext: Page | null, onTopic: boolean): Promise<Run> {
  const page = await context.newPage();
  await page.addInitScript(LONG_TASKS);
  const cdp = await context.newCDPSession(page);
  await startTrace(cdp, showTasks);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  let claims: number | null = null;
  let marks: number | null = null;
  if (ext) {
    if (onTopic) marks = await firstMarks(cdp, 60_000);
    // Wait until the check is over: claims on an on-topic page, then the same count twice, a second apart.
    let last = -1;
    for (let i = 0; i < 240; i++) {
      const n = (await results(ext, url).catch(() => null))?.claims.length ?? -1;
      if (n >= 0 && n === last && (n > 0 || !onTopic)) break;
      last = n;
      await page.waitForTimeout(1000);
    }
    claims = last;
  }
  await page.waitForTimeout(1500);
  const events = await stopTrace(cdp);
  const heap = await heapMb(cdp);

  const long = await page.evaluate(() => (window as unknown as { __longtasks: number[] }).__longtasks);
  await page.close();
  const { scriptMs, tasks: extTasks } = analyse(events, url);
  const run: Run = { longest: Math.max(0, ...long), over50: long.filter((d) => d > 50).length, script: scriptMs, claims, heap };
  if (ext) {
    // Tasks under 1 ms (a message answered, a timer re-armed) are left out.
    const list = extTasks.filter((t) => t.ms >= 1);
    const tasks = list.map((t) => t.ms);
    run.ext = {
      longest: Math.max(0, ...tasks),
      over50: tasks.filter((d) => d > 50).length,
      total: tasks.reduce((a, b) => a + b, 0),
      tasks: tasks.length,
      marks,
      list,
    };
  }
  return run;
}

const dir = buildDir();
if (!existsSync(join(dir, 'manifest.json'))) {
  process.stderr.write(`building the extension into ${dir}\n`);
  execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
}
// `--baseline DIR`: another build (an output folder, or its chrome-mv3 folder) measured on the same pages in the same run.
const baseDir = baseline && (existsSync(join(baseline, 'chrome-mv3', 'manifest.json')) ? join(baseline, 'chrome-mv3') : baseline);
if (baseDir && !existsSync(join(baseDir, 'manifest.json'))) throw new Error(`--baseline: no built extension in ${baseline}`);
const server = await serve();
const plain = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless=new', ...CHROMIUM_FLAGS],
});
const plainContext = await plain.newContext({ viewport: { width: 1100, height: 900 } });

/** A browser with one build loaded, its engine built unless `--cold`. */
async function withBuild(extension?: string): Promise<{ close: () => Promise<void>; context: BrowserContext; ext: Page }> {
  const b = await launch({ extension });
  const ext = await b.context.newPage();
  await ext.goto(`chrome-extension://${b.extensionId}/popup.html`);
  // The engine builds once per start of the background (about a second): built here, as after any earlier
  // page that may be on topic, so that pages are measured alike whatever their order (--cold: not built).
  if (!process.argv.includes('--cold')) {
    await ext.evaluate(() => chrome.runtime.sendMessage({ type: 'factcheck:check-text', text: 'Takaichi and Lee played the drums.' }));
  }
  return { close: b.close, context: b.context, ext };
}
const builds = [...(baseDir ? [{ label: 'before', ...(await withBuild(baseDir)) }] : []), { label: baseDir ? 'after' : '', ...(await withBuild()) }];

const rows: { name: string; without: Run; withs: Run[] }[] = [];
const mid = <T>(xs: T[], key: (x: T) => number) => [...xs].sort((a, b) => key(a) - key(b))[xs.length >> 1]!;
for (const name of Object.keys(PAGES)) {
  const url = `${server.origin}/${encodeURIComponent(name)}`;
  const onTopic = name.startsWith('on-');
  // Off-topic pages are quick: three loads each, the median one (by the extension's longest task) kept.
  // Builds take turns load by load, so a change in the machine's load falls on both alike.
  const reps = onTopic ? 1 : 3;
  const withouts: Run[] = [];
  const withs: Run[][] = builds.map(() => []);
  for (let i = 0; i < reps; i++) {
    withouts.push(await measure(plainContext, url, null, onTopic));
    for (const [k, b] of builds.entries()) withs[k]!.push(await measure(b.context, url, b.ext, onTopic));
  }
  rows.push({ name, without: mid(withouts, (r) => r.longest), withs: withs.map((w) => mid(w, (r) => r.ext!.longest)) });
  process.stderr.write(`  ${name} done\n`);
}
for (const b of builds) await b.close();
await plain.close();
server.close();

const f = (n: number) => n.toFixed(0);
const widths = [34, 7, 9, 9, 9, 9, 9, 9, 10, 8, 8, 10, 12, 9, 9];
const line = (cells: string[]) => console.log(cells.map((c, i) => (i === 0 ? c.padEnd(widths[0]!) : c.padStart(widths[i]!))).join(' '));
console.log(`\nContent script on generated pages in Chromium (${dir}${baseDir ? `; before: ${baseDir}` : ''}); ms, heap MB\n`);
line(['', '', 'longest task', '', 'tasks >50', '', 'script', '', 'extension', '', '', '', 'first marks', 'JS heap', '']);
line(['page', 'claims', 'without', 'with', 'without', 'with', 'without', 'with', 'longest', '>50 ms', 'tasks', 'total', 'after load', 'without', 'with']);
for (const { name, without: a, withs } of rows) {
  for (const [k, b] of withs.entries()) {
    const marks = b.ext!.marks === null ? '—' : f(b.ext!.marks);
    const label = builds[k]!.label ? `${name}: ${builds[k]!.label}` : name;
    line([
      label,
      String(b.claims),
      f(a.longest),
      f(b.longest),
      String(a.over50),
      String(b.over50),
      f(a.script),
      f(b.script),
      f(b.ext!.longest),
      String(b.ext!.over50),
      String(b.ext!.tasks),
      f(b.ext!.total),
      marks,
      a.heap.toFixed(1),
      b.heap.toFixed(1),
    ]);
    if (showTasks) {
      // Each task of the extension (start ms after the first task: length), and where the longest one's time went.
      console.log(`    tasks: ${b.ext!.list.map((t) => `${f(t.at)}:${t.ms.toFixed(1)}`).join(' ')}`);
      const longest = b.ext!.list.reduce<ExtTask | undefined>((m, t) => (!m || t.ms > m.ms ? t : m), undefined);
      const parts = [...(longest?.parts() ?? [])].filter(([, ms]) => ms >= 0.3).sort((x, y) => y[1] - x[1]);
      console.log(`    longest: ${parts.map(([n, ms]) => `${n} ${ms.toFixed(1)}`).join(', ')}`);
    }
  }
}
const after = rows.map(({ name, withs }) => [name, withs[withs.length - 1]!] as const);
const worst = (filter: (name: string) => boolean) => Math.max(0, ...after.filter(([n]) => filter(n)).map(([, b]) => b.ext!.longest));
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT MET');
const off = worst((n) => n.startsWith('off-'));
const on = worst((n) => n.startsWith('on-'));
console.log(
  `\nTarget: no task of the extension's over 50 ms. Off-topic pages: longest ${f(off)} ms — ${verdict(off <= 50)}. On-topic pages: longest ${f(on)} ms — ${verdict(on <= 50)}.`,
);
const heavy = rows.find(({ name }) => name.includes('heavy'));
if (heavy) {
  const b = heavy.withs[heavy.withs.length - 1]!;
  const m = b.ext!.marks;
  console.log(
    `Heavy news page: first marks ${m === null ? 'never' : `${f(m)} ms`} after load (target 1,500) — ${verdict(m !== null && m <= 1500)}; content script heap about ${(b.heap - heavy.without.heap).toFixed(1)} MB (with − without).`,
  );
}
const offStory = after.find(([n]) => n.includes('off-story'));
if (offStory) {
  const e = offStory[1].ext!;
  console.log(
    `Off-story page: extension total ${f(e.total)} ms (target 50), longest ${f(e.longest)} ms (target 16) — ${verdict(e.total <= 50 && e.longest <= 16)}.`,
  );
}
