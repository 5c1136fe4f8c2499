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
import { launch, results } from '../tests/e2e/harness';
import { buildDir } from './bench-bundles';
import { oneNodeHtml, pageHtml, pageLines, wordsForChars } from './bench-pages';
import { heavyNewsHtml, offStoryHtml } from './bench-shapes';

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
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
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
  ext?: { longest: number; over50: number; total: number; tasks: number; marks: number | null };
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

async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,v8.execute', transferMode: 'ReturnAsStream' });
}

interface TraceEvent { name: string; cat?: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string; data?: { url?: string; scriptName?: string } } }

async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const done = new Promise<{ stream?: string }>((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  const { stream } = await done;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream!, size: 1 << 20 });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream! });
  const parsed = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

// Events that run JavaScript. A task is the extension's when its JavaScript is the content script's (by
// its URL), or is only microtasks and timers (a check resuming after a yield): the generated pages have no
// script of their own, and the bench's own probes (url-less evaluations, the long-task observer) are left out.
const JS_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'RunMicrotasks', 'TimerFire', 'v8.compile', 'v8.run', 'V8.Execute', 'FireIdleCallback', 'FireAnimationFrame']);
const NAMED = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile']);
const urlOf = (e: TraceEvent) => e.args?.data?.url ?? e.args?.data?.scriptName ?? '';
const isExtension = (e: TraceEvent) => urlOf(e).startsWith('chrome-extension://');

/** The tab's main thread: the renderer that parsed the page. */
function tabThread(events: TraceEvent[], url: string): { pid: number; tid: number } | undefined {
  const parse = events.find((e) => e.name === 'ParseHTML' && (e.args as { beginData?: { url?: string } } | undefined)?.beginData?.url === url);
  return parse && { pid: parse.pid, tid: parse.tid };
}

/**
 * From a trace: total time in JavaScript on the tab's main thread (the bench's probes left out), and the
 * durations of its top-level tasks that ran the extension's code.
 */
function analyse(events: TraceEvent[], url: string): { scriptMs: number; jsTasks: number[] } {
  const main = tabThread(events, url);
  if (!main) return { scriptMs: 0, jsTasks: [] };
  const here = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const outermost = (list: TraceEvent[]) => {
    const out: TraceEvent[] = [];
    for (const e of list) {
      const last = out[out.length - 1];
      if (!last || e.ts >= last.ts + last.dur!) out.push(e);
    }
    return out;
  };
  // Top-level tasks: 'toplevel' events not inside another (RunTask, and the microtask checkpoints
  // that resume a check after scheduler.yield()).
  const tasks = outermost(here.filter((e) => /toplevel/.test(e.cat ?? '')));
  const js = here.filter((e) => JS_EVENTS.has(e.name));
  const kind = new Map<TraceEvent, { ext: boolean; other: boolean }>();
  const probes: TraceEvent[] = [];
  let k = 0;
  for (const e of js) {
    while (k < tasks.length && tasks[k]!.ts + tasks[k]!.dur! <= e.ts) k++;
    const task = tasks[k];
    const ext = isExtension(e);
    if (!ext && NAMED.has(e.name)) probes.push(e);
    if (!task || task.ts > e.ts) continue;
    const seen = kind.get(task) ?? { ext: false, other: false };
    if (ext) seen.ext = true;
    else if (NAMED.has(e.name)) seen.other = true;
    kind.set(task, seen);
  }
  const ours = [...kind].filter(([, v]) => v.ext || !v.other).map(([t]) => t);
  const probeSet = new Set(outermost(probes));
  const scriptMs = outermost(js).filter((e) => !probeSet.has(e)).reduce((n, e) => n + e.dur! / 1000, 0);
  return { scriptMs, jsTasks: ours.map((t) => t.dur! / 1000) };
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
  await startTrace(cdp);
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
  const { scriptMs, jsTasks } = analyse(events, url);
  const run: Run = { longest: Math.max(0, ...long), over50: long.filter((d) => d > 50).length, script: scriptMs, claims, heap };
  if (ext) {
    // Tasks under 1 ms (a message answered, a timer re-armed) are left out.
    const tasks = jsTasks.filter((d) => d >= 1);
    run.ext = { longest: Math.max(0, ...tasks), over50: tasks.filter((d) => d > 50).length, total: tasks.reduce((a, b) => a + b, 0), tasks: tasks.length, marks };
  }
  return run;
}

const dir = buildDir();
if (!existsSync(join(dir, 'manifest.json'))) {
  process.stderr.write(`building the extension into ${dir}\n`);
  execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
}
const server = await serve();
const plain = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const plainContext = await plain.newContext({ viewport: { width: 1100, height: 900 } });
const withExt = await launch();
const extPage = await withExt.context.newPage();
await extPage.goto(`chrome-extension://${withExt.extensionId}/popup.html`);
// The engine builds once per start of the background (about a second): built here, as after any earlier
// page that may be on topic, so that pages are measured alike whatever their order (--cold: not built).
if (!process.argv.includes('--cold')) {
  await extPage.evaluate(() => chrome.runtime.sendMessage({ type: 'factcheck:check-text', text: 'Takaichi and Lee played the drums.' }));
}

const rows: [string, Run, Run][] = [];
for (const name of Object.keys(PAGES)) {
  const url = `${server.origin}/${encodeURIComponent(name)}`;
  const onTopic = name.startsWith('on-');
  // Off-topic pages are quick: three loads each, the median one (by the extension's longest task) kept.
  const reps = onTopic ? 1 : 3;
  const withouts: Run[] = [];
  const withs: Run[] = [];
  for (let i = 0; i < reps; i++) {
    withouts.push(await measure(plainContext, url, null, onTopic));
    withs.push(await measure(withExt.context, url, extPage, onTopic));
  }
  const mid = <T,>(xs: T[], key: (x: T) => number) => [...xs].sort((a, b) => key(a) - key(b))[xs.length >> 1]!;
  rows.push([name, mid(withouts, (r) => r.longest), mid(withs, (r) => r.ext!.longest)]);
  process.stderr.write(`  ${name} done\n`);
}
await withExt.close();
await plain.close();
server.close();

const f = (n: number) => n.toFixed(0);
const widths = [34, 7, 9, 9, 9, 9, 9, 9, 10, 8, 8, 10, 12, 9, 9];
const line = (cells: string[]) => console.log(cells.map((c, i) => (i === 0 ? c.padEnd(widths[0]!) : c.padStart(widths[i]!))).join(' '));
console.log(`\nContent script on generated pages in Chromium (${dir}); ms, heap MB\n`);
line(['', '', 'longest task', '', 'tasks >50', '', 'script', '', 'extension', '', '', '', 'first marks', 'JS heap', '']);
line(['page', 'claims', 'without', 'with', 'without', 'with', 'without', 'with', 'longest', '>50 ms', 'tasks', 'total', 'after load', 'without', 'with']);
for (const [name, a, b] of rows) {
  const marks = b.ext!.marks === null ? '—' : f(b.ext!.marks);
  line([name, String(b.claims), f(a.longest), f(b.longest), String(a.over50), String(b.over50), f(a.script), f(b.script), f(b.ext!.longest), String(b.ext!.over50), String(b.ext!.tasks), f(b.ext!.total), marks, a.heap.toFixed(1), b.heap.toFixed(1)]);
}
const worst = (filter: (name: string) => boolean) => Math.max(0, ...rows.filter(([n]) => filter(n)).map(([, , b]) => b.ext!.longest));
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT MET');
const off = worst((n) => n.startsWith('off-'));
const on = worst((n) => n.startsWith('on-'));
console.log(`\nTarget: no task of the extension's over 50 ms. Off-topic pages: longest ${f(off)} ms — ${verdict(off <= 50)}. On-topic pages: longest ${f(on)} ms — ${verdict(on <= 50)}.`);
const heavy = rows.find(([n]) => n.includes('heavy'));
if (heavy) {
  const m = heavy[2].ext!.marks;
  console.log(`Heavy news page: first marks ${m === null ? 'never' : `${f(m)} ms`} after load (target 1,500) — ${verdict(m !== null && m <= 1500)}; content script heap about ${(heavy[2].heap - heavy[1].heap).toFixed(1)} MB (with − without).`);
}
const offStory = rows.find(([n]) => n.includes('off-story'));
if (offStory) {
  const e = offStory[2].ext!;
  console.log(`Off-story page: extension total ${f(e.total)} ms (target 50), longest ${f(e.longest)} ms (target 16) — ${verdict(e.total <= 50 && e.longest <= 16)}.`);
}
