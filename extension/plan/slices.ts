/**
 * The work of one incremental check, as a generator of engine requests: which runs of units to send,
 * with what context and options, and how their claims are kept per unit so they survive edits
 * elsewhere on the page. Pure: the caller (./incremental.ts) answers each request and keeps the state.
 */
import type { Prefilter } from './prefilter';
import { back, forward, lastAtOrBefore, runEnd, toUnits, type Unit } from './units';
import { finish, keep, PAUSE, run, type CheckState, type CheckStats, type LocalClaims, type SliceOptions, type Work } from './work';

/** Texts this long get a pause between the prefilter's scan and cutting them into units: each takes a good part of a frame. */
const PAUSE_CHARS = 100_000;

export interface PlanConfig {
  chunkChars: number;
  maxUnitChars: number;
  context: number;
  /** Characters for the next run, as the caller last sized it. */
  nextChars: () => number;
  /**
   * Told, in document order, as soon as the claims of units [from, to) of a full check are final, so a
   * caller can pass them on and clear them (the CLI streams a long text this way).
   */
  onFinal?: (units: readonly Unit[], local: LocalClaims, from: number, to: number) => void;
  /** A full check starts with the run holding this offset (what the reader is looking at), then goes on from there. */
  firstOffset?: number;
}

export function* planCheck(text: string, old: CheckState | undefined, config: PlanConfig, prefilter: Prefilter, stats: CheckStats): Work<CheckState> {
  if (old && old.text === text) return old;
  // Most pages never name the story: one scan, and nothing else is kept.
  if (!(yield* mayBeOnTopic(text, prefilter))) return finish(text, [], [], false);
  if (text.length > PAUSE_CHARS) yield PAUSE;
  const units = toUnits(text, config.maxUnitChars);
  if (!old) return yield* full(text, units, config, stats);

  // The changed run of units: everything between the common head and the common tail.
  let head = 0;
  const max = Math.min(old.units.length, units.length);
  while (head < max && old.units[head]!.text === units[head]!.text) head++;
  let tail = 0;
  while (tail < max - head && old.units[old.units.length - 1 - tail]!.text === units[units.length - 1 - tail]!.text) tail++;
  // Neighbours of the change may change too (a weak mention near a new strong one): recheck them.
  const from = back(units, head, config.context);
  const to = forward(units, units.length - tail, config.context);
  const changedChars = (units[to - 1]?.start ?? 0) + (units[to - 1]?.text.length ?? 0) - (units[from]?.start ?? 0);
  if (changedChars > text.length / 2) return yield* full(text, units, config, stats);

  stats.partialChecks++;
  const shift = old.units.length - units.length;
  const local: LocalClaims = units.map((_, i) => (i < from ? old.local[i]! : i >= to ? old.local[i + shift]! : []));
  // An off-topic page becomes on topic only if the changed run (with its context) passes the gate:
  // every window of sentences the gate looks at that touches the change lies inside it.
  const found = yield* checkRuns(units, from, to, old.onTopic, local, config, stats);
  if (!old.onTopic && found) return yield* full(text, units, config, stats);
  return finish(text, units, local, old.onTopic);
}

function* full(text: string, units: Unit[], config: PlanConfig, stats: CheckStats): Work<CheckState> {
  stats.fullChecks++;
  const local: LocalClaims = units.map(() => []);
  if (text.length <= config.chunkChars) {
    const claims = yield* run(text, {}, text.length, stats);
    const starts = units.map((u) => u.start);
    for (const c of claims) {
      const i = lastAtOrBefore(starts, c.start);
      if (i >= 0) keep(local, i, c, starts);
    }
    config.onFinal?.(units, local, 0, units.length);
    return finish(text, units, local, claims.length > 0);
  }
  // Runs judged on their own until one passes the page gate; then the runs before it get another look.
  // The first run is the one the reader is looking at, so its marks come first; the rest follow, then wrap round.
  const runs: [number, number][] = [];
  for (let from = 0; from < units.length; from = runs[runs.length - 1]![1]) runs.push([from, runEnd(units, from, config.chunkChars)]);
  const first =
    config.firstOffset === undefined
      ? 0
      : Math.max(
          0,
          runs.findIndex(([, b]) => unitEnd(units[b - 1]!) >= config.firstOffset!),
        );
  let onTopic = false;
  const missed: [number, number][] = [];
  for (const [from, to] of [...runs.slice(first), ...runs.slice(0, first)]) {
    const found = yield* checkRuns(units, from, to, onTopic, local, config, stats);
    if (!onTopic && found) {
      onTopic = true;
      for (const [a, b] of missed) yield* checkRuns(units, a, b, true, local, config, stats);
      const done: [number, number][] = [...missed, [from, to]];
      for (const [a, b] of done.sort((x, y) => x[0] - y[0])) config.onFinal?.(units, local, a, b);
    } else if (!onTopic) missed.push([from, to]);
    else config.onFinal?.(units, local, from, to);
  }
  return finish(text, units, local, onTopic);
}

const unitEnd = (u: Unit) => u.start + u.text.length;

/** Lines hold every match (no pattern reads across one): a long text is scanned some lines at a time, with turns between. */
function* mayBeOnTopic(text: string, prefilter: Prefilter): Work<boolean> {
  if (text.length <= PAUSE_CHARS) return prefilter.mayBeOnTopic(text);
  let hit: boolean[] | undefined;
  for (let from = 0; from < text.length;) {
    const cut = text.indexOf('\n', from + PAUSE_CHARS);
    const to = cut < 0 ? text.length : cut;
    const now = prefilter.groupsHit(text.slice(from, to), hit);
    hit = hit ? hit.map((h, i) => h || now[i]!) : now;
    if (prefilter.passes(hit)) return true;
    from = to + 1;
    if (from < text.length) yield PAUSE;
  }
  return prefilter.passes(hit ?? []);
}

/** Check units [from, to) in runs of about `nextChars`, writing their claims into `local`; whether any were found. */
function* checkRuns(units: Unit[], from: number, to: number, known: boolean, local: LocalClaims, config: PlanConfig, stats: CheckStats): Work<boolean> {
  let found = false;
  for (let a = from; a < to;) {
    const b = Math.min(to, runEnd(units, a, config.nextChars()));
    const lo = back(units, a, config.context);
    const hi = forward(units, b, config.context);
    const starts: number[] = [];
    let pos = 0;
    for (let i = lo; i < hi; i++) {
      starts.push(pos);
      pos += units[i]!.text.length + 1;
    }
    const window = units
      .slice(lo, hi)
      .map((u) => u.text)
      .join('\n');
    const last = units[b - 1]!;
    const range = { start: starts[a - lo]!, end: starts[b - 1 - lo]! + last.text.length };
    const options: SliceOptions = known ? { range, pageKnownOnTopic: true } : { range };
    const claims = yield* run(window, options, last.start + last.text.length - units[a]!.start, stats);
    for (const c of claims) {
      const i = lo + lastAtOrBefore(starts, c.start);
      // The engine judges only the range; a claim outside it would be a remote engine not honouring it.
      if (i < a || i >= b) continue;
      keep(local, i, c, starts, lo);
      found = true;
    }
    a = b;
  }
  return found;
}
