/**
 * The trace side of `npm run bench:browser`: which of the tab's main-thread tasks ran the extension's
 * code, how long each took, and (for `--tasks`) what the time inside one went to.
 */
import type { CDPSession } from 'playwright-core';

/** `detailed` adds V8's own events (parsing, compiling, collecting), for `--tasks`: more tracing, so slower figures. */
export async function startTrace(cdp: CDPSession, detailed = false): Promise<void> {
  const categories = `toplevel,devtools.timeline,v8.execute${detailed ? ',v8,disabled-by-default-devtools.timeline' : ''}`;
  await cdp.send('Tracing.start', { categories, transferMode: 'ReturnAsStream' });
}

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; scriptName?: string } };
}

export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
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
const JS_EVENTS = new Set([
  'FunctionCall',
  'EvaluateScript',
  'RunMicrotasks',
  'TimerFire',
  'v8.compile',
  'v8.run',
  'V8.Execute',
  'FireIdleCallback',
  'FireAnimationFrame',
]);
const NAMED = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile']);
const urlOf = (e: TraceEvent) => e.args?.data?.url ?? e.args?.data?.scriptName ?? '';
const isExtension = (e: TraceEvent) => urlOf(e).startsWith('chrome-extension://');

/** The tab's main thread: the renderer that parsed the page. */
function tabThread(events: TraceEvent[], url: string): { pid: number; tid: number } | undefined {
  const parse = events.find((e) => e.name === 'ParseHTML' && (e.args as { beginData?: { url?: string } } | undefined)?.beginData?.url === url);
  return parse && { pid: parse.pid, tid: parse.tid };
}

const outermost = (list: TraceEvent[]) => {
  const out: TraceEvent[] = [];
  for (const e of list) {
    const last = out[out.length - 1];
    if (!last || e.ts >= last.ts + last.dur!) out.push(e);
  }
  return out;
};

/** One of the extension's tasks: its length, its start (ms after the first task), and its self time by event name (for `--tasks`). */
export interface ExtTask {
  ms: number;
  at: number;
  parts: () => Map<string, number>;
}

/** Self time (ms) by event name of the complete events inside `task`; time in no event is "(task)". */
function breakdown(task: TraceEvent, inside: TraceEvent[]): Map<string, number> {
  const parts = new Map<string, number>();
  const stack: { e: TraceEvent; children: number }[] = [{ e: task, children: 0 }];
  const close = (upTo: number) => {
    while (stack.length > 1 && stack[stack.length - 1]!.e.ts + stack[stack.length - 1]!.e.dur! <= upTo) {
      const { e, children } = stack.pop()!;
      const name = e.name + (NAMED.has(e.name) && isExtension(e) ? ' (ext)' : '');
      parts.set(name, (parts.get(name) ?? 0) + (e.dur! - children) / 1000);
      stack[stack.length - 1]!.children += e.dur!;
    }
  };
  for (const e of inside) {
    if (e === task) continue;
    close(e.ts);
    stack.push({ e, children: 0 });
  }
  close(Infinity);
  parts.set('(task)', (task.dur! - stack[0]!.children) / 1000);
  return parts;
}

/**
 * From a trace: total time in JavaScript on the tab's main thread (the bench's probes left out), and the
 * top-level tasks that ran the extension's code.
 */
export function analyse(events: TraceEvent[], url: string): { scriptMs: number; tasks: ExtTask[] } {
  const main = tabThread(events, url);
  if (!main) return { scriptMs: 0, tasks: [] };
  const here = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
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
  const scriptMs = outermost(js)
    .filter((e) => !probeSet.has(e))
    .reduce((n, e) => n + e.dur! / 1000, 0);
  const start = tasks[0]?.ts ?? 0;
  return {
    scriptMs,
    tasks: ours.map((t) => ({
      ms: t.dur! / 1000,
      at: (t.ts - start) / 1000,
      parts: () =>
        breakdown(
          t,
          here.filter((e) => e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur!),
        ),
    })),
  };
}
