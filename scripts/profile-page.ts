/**
 * `npx tsx scripts/profile-page.ts [on|off|heavy|off-story] [paragraphs|node]`: where the content script's
 * main-thread time goes on a generated page (1 MB, or the heavy news page or the off-story page), from a V8 CPU profile of the tab. Prints the content script's
 * functions by inclusive and self time, and the longest run of samples without a gap (one task).
 * Build first with FC_UNMINIFIED=1 WXT_OUT_DIR=.output-prof npx wxt build so names are readable.
 */
import { createServer } from 'node:http';
import { launch, results } from '../tests/e2e/harness';
import { oneNodeHtml, pageHtml, pageLines, wordsForChars } from './bench-pages';
import { heavyNewsHtml, offStoryHtml } from './bench-shapes';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}

const shape = process.argv[2] ?? 'on';
const topic = shape === 'off' || shape === 'off-story' ? 'off' : 'on';
const oneNode = process.argv[3] === 'node';
const generated = () => {
  const lines = pageLines(topic, wordsForChars(1_000_000));
  return oneNode ? oneNodeHtml(lines, topic) : pageHtml(lines, topic);
};
const html = shape === 'heavy' ? heavyNewsHtml() : shape === 'off-story' ? offStoryHtml() : generated();
const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const addr = server.address();
const url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/page`;

const b = await launch();
const ext = await b.context.newPage();
await ext.goto(`chrome-extension://${b.extensionId}/popup.html`);
const page = await b.context.newPage();
const cdp = await b.context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
let last = -1;
for (let i = 0; i < 60; i++) {
  const n = (await results(ext, url).catch(() => null))?.claims.length ?? -1;
  if (n >= 0 && n === last && (n > 0 || topic === 'off')) break;
  last = n;
  await page.waitForTimeout(1000);
}
await page.waitForTimeout(1000);
const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
await b.close();
server.close();

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const ours = (n: Node) => n.callFrame.url.startsWith('chrome-extension://');
const name = (n: Node) => `${n.callFrame.functionName || '(anonymous)'}:${n.callFrame.lineNumber}`;
const self = new Map<string, number>();
const total = new Map<string, number>();
let t = profile.startTime;
// Runs of consecutive samples in the content script: gaps over 2 ms end a run (the page got a turn).
let runStart = -1;
let runEnd = -1;
const runs: [number, number][] = [];
profile.samples.forEach((id, i) => {
  t += profile.timeDeltas[i] ?? 0;
  const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  const leaf = byId.get(id)!;
  const stack: Node[] = [];
  for (let n: Node | undefined = leaf; n; n = byId.get(parent.get(n.id) ?? -1)) stack.push(n);
  if (!stack.some(ours)) return;
  if (runEnd < 0 || t - runEnd > 2000) {
    if (runEnd >= 0) runs.push([runStart, runEnd]);
    runStart = t;
  }
  runEnd = t;
  const seen = new Set<string>();
  for (const n of stack) {
    const k = ours(n) ? name(n) : `[${n.callFrame.functionName || n.callFrame.url || '(native)'}]`;
    if (seen.has(k)) continue;
    seen.add(k);
    total.set(k, (total.get(k) ?? 0) + dt);
  }
  const k = ours(leaf) ? name(leaf) : `[${leaf.callFrame.functionName || '(native)'}] in ${name(stack.find(ours)!)}`;
  self.set(k, (self.get(k) ?? 0) + dt);
});
if (runEnd >= 0) runs.push([runStart, runEnd]);
const top = (m: Map<string, number>, n: number) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`)
    .join('\n');
console.log(`claims: ${last}\n\nInclusive:\n${top(total, 30)}\n\nSelf:\n${top(self, 25)}`);
console.log(
  `\nLongest runs (ms): ${runs
    .map(([a, b]) => (b - a) / 1000)
    .sort((a, b) => b - a)
    .slice(0, 8)
    .map((x) => x.toFixed(0))
    .join(', ')}`,
);
if (process.env.FC_TREE) {
  // Top-down: the content script's call tree, nodes over 1 ms.
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000));
  const totalOf = (n: Node): number => (selfMs.get(n.id) ?? 0) + (n.children ?? []).reduce((a, c) => a + totalOf(byId.get(c)!), 0);
  const walk = (n: Node, depth: number) => {
    const t = totalOf(n);
    if (t < 1) return;
    if (depth < 14)
      console.log(`${'  '.repeat(depth)}${t.toFixed(1)} ${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber} ${n.callFrame.url.slice(-20)}`);
    for (const c of n.children ?? []) walk(byId.get(c)!, depth + 1);
  };
  walk(profile.nodes[0]!, 0);
}
if (process.env.FC_LINES) {
  // Line-level ticks of the content script's top-level code (where its own self time goes).
  type Ticked = Node & { positionTicks?: { line: number; ticks: number }[] };
  const lines = new Map<number, number>();
  for (const n of profile.nodes as Ticked[]) {
    if (!ours(n) || n.callFrame.lineNumber !== 0 || n.callFrame.functionName) continue;
    for (const t of n.positionTicks ?? []) lines.set(t.line, (lines.get(t.line) ?? 0) + t.ticks);
  }
  console.log(
    [...lines]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(([l, t]) => `line ${l}: ${t} ticks`)
      .join('\n'),
  );
}
