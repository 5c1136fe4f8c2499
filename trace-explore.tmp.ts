import { createServer } from 'node:http';
import { launch, results } from './tests/e2e/harness';
import { offStoryHtml, heavyNewsHtml } from './scripts/bench-shapes';
const html = process.argv[2] === 'heavy' ? heavyNewsHtml() : offStoryHtml();
const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const addr = server.address() as any;
const url = `http://127.0.0.1:${addr.port}/page`;
const b = await launch();
const ext = await b.context.newPage();
await ext.goto(`chrome-extension://${b.extensionId}/popup.html`);
const page = await b.context.newPage();
const cdp = await b.context.newCDPSession(page);
await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,v8.execute,disabled-by-default-devtools.timeline', transferMode: 'ReturnAsStream' });
await page.goto(url, { waitUntil: 'load' });
for (let i = 0; i < 20; i++) { const n = await page.evaluate(() => (CSS as any).highlights.size); await page.waitForTimeout(50); }
await results(ext, url);
await page.waitForTimeout(1000);
const done = new Promise<any>((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.end');
const { stream } = await done;
let text = '';
for (;;) { const c: any = await cdp.send('IO.read', { handle: stream, size: 1 << 20 }); text += c.base64Encoded ? Buffer.from(c.data, 'base64').toString() : c.data; if (c.eof) break; }
const parsed = JSON.parse(text); const ev = Array.isArray(parsed) ? parsed : parsed.traceEvents;
const parse = ev.find((e: any) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
const here = ev.filter((e: any) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X').sort((a: any, b: any) => a.ts - b.ts);
const tasks = here.filter((e: any) => /toplevel/.test(e.cat) );
const out: any[] = [];
for (const t of tasks) { const last = out[out.length-1]; if (!last || t.ts >= last.ts + last.dur) out.push(t); }
for (const t of out) {
  const inner = here.filter((e: any) => e.ts >= t.ts && e.ts < t.ts + t.dur && e !== t);
  const js = inner.filter((e: any) => /FunctionCall|EvaluateScript|RunMicrotasks|TimerFire|v8|V8|Idle|Animation|compile/i.test(e.name));
  if (!js.length || t.dur < 300) continue;
  console.log((t.dur/1000).toFixed(1), t.name, js.slice(0, 6).map((e: any) => `${e.name}:${(e.dur/1000).toFixed(1)}:${e.args?.data?.url ?? e.args?.data?.scriptName ?? e.args?.fileName ?? ''}`.slice(0, 120)).join(' | '));
}
await b.close(); server.close();
