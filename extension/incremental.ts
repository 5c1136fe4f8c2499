/**
 * Checks page text in small pieces so the content script never holds the main thread for long, and
 * re-checks only what changed when the page changes.
 *
 * The engine (`checkText`) reads whole texts. Its decisions are local: sentences never span a line,
 * each sentence is judged on its own text, and whether a sentence is about the story depends only on
 * the sentences within three of it, once the page as a whole is known to be on topic. So the text is
 * cut into units (lines, with very long lines cut at sentence ends), and a run of units is checked
 * together with three non-blank units of context on either side. When the page is known to be on
 * topic, the window is preceded by an anchor line that passes the engine's page gate on its own,
 * separated by filler sentences, so the gate holds without changing any sentence's neighbourhood.
 * The anchor is validated against the engine before first use; without it, on-topic pages are
 * checked whole.
 *
 * Exact on every fixture and generated page (tests/unit/robust-incremental.test.ts). Known limits:
 * a pronoun chain ("He… She… They…") longer than the context is cut; a page known to be on topic
 * stays so while its text still names the story (the prefilter), even if an edit removed the very
 * sentences that put it on topic.
 */
import type { CheckOptions } from '../lib/check';
import type { Dataset } from '../lib/pack';
import type { Claim } from '../lib/types';
import { createPrefilter, type Prefilter } from './prefilter';

export type Engine = (text: string, options?: CheckOptions) => Claim[];
/** The same engine elsewhere (the extension's background), answering asynchronously. */
export type RemoteEngine = (text: string) => Promise<Claim[]>;

/** One check's work: it yields the texts the engine must read and is resumed with their claims. */
type Work<T> = Generator<string, T, Claim[]>;

export interface IncrementalOptions {
  /** Target characters of page text per engine call. */
  chunkChars?: number;
  /** Lines longer than this are cut at sentence ends into several units (so context stays a few sentences). */
  maxUnitChars?: number;
  /** Non-blank units of context either side of a checked run. */
  context?: number;
  /**
   * Where `check()` sends the engine's work, off the page's main thread; the local engine is used
   * by `checkSync()`, and by `check()` if the remote one fails.
   */
  remote?: RemoteEngine;
}

export interface CheckStats {
  /** Engine calls made. */
  engineCalls: number;
  /** Characters of page text whose claims were (re)computed, context excluded. */
  checkedChars: number;
  /** Characters given to the engine, context and anchor included. */
  engineChars: number;
  fullChecks: number;
  partialChecks: number;
}

interface Unit {
  text: string;
  /** Offset of the unit in the page text. */
  start: number;
}

/** A claim with offsets relative to its unit, so it survives edits elsewhere on the page. */
type LocalClaim = Claim;

interface State {
  text: string;
  units: Unit[];
  local: LocalClaim[][];
  onTopic: boolean;
  claims: Claim[];
}

const LINE = /[\n\r\u2028\u2029]/g;
// A sentence end: a lower-case word (not "Mr."), CJK full stops, Korean "다." — where a long line may be cut.
const SENTENCE_END = /(?<=\p{Ll}{2}[.!?]["'”’)）」』]*)\s+|(?<=[。！？][」』）]?)|(?<=[다요]\.)\s*/gu;
const FILLER_LINES = 6;
/** Aim for engine calls of about this long, well under the 50 ms of a long task. */
const TARGET_MS = 20;
const MIN_CHUNK = 1500;

/** Lines of `text` as units; lines over `max` characters are cut after sentence ends. */
export function toUnits(text: string, max: number): Unit[] {
  const units: Unit[] = [];
  let from = 0;
  const pushLine = (start: number, end: number) => {
    let s = start;
    while (end - s > max) {
      const cut = cutPoint(text, s, end, max);
      units.push({ text: text.slice(s, cut), start: s });
      s = cut;
    }
    units.push({ text: text.slice(s, end), start: s });
  };
  LINE.lastIndex = 0;
  for (let m = LINE.exec(text); m; m = LINE.exec(text)) {
    pushLine(from, m.index);
    from = m.index + 1;
  }
  pushLine(from, text.length);
  return units;
}

function cutPoint(text: string, start: number, end: number, max: number): number {
  const window = text.slice(start, Math.min(end, start + max));
  let best = -1;
  SENTENCE_END.lastIndex = Math.floor(max / 2);
  for (let m = SENTENCE_END.exec(window); m; m = SENTENCE_END.exec(window)) {
    const at = m.index + m[0].length;
    if (at > 0 && at < window.length) best = at;
    if (m[0].length === 0) SENTENCE_END.lastIndex++;
  }
  if (best < 0) {
    const space = window.lastIndexOf(' ');
    best = space > max / 2 ? space + 1 : window.length;
  }
  return start + best;
}

const blank = (u: Unit | undefined) => !u || !/\S/.test(u.text);

export class IncrementalChecker {
  readonly stats: CheckStats = { engineCalls: 0, checkedChars: 0, engineChars: 0, fullChecks: 0, partialChecks: 0 };
  private state: State | undefined;
  private readonly prefilter: Prefilter;
  private readonly chunkChars: number;
  private readonly maxUnitChars: number;
  private readonly context: number;
  private anchor: string | null | undefined;
  private nextChars: number;
  private remote: RemoteEngine | undefined;

  constructor(
    private readonly engine: Engine,
    private readonly dataset: Dataset,
    options: IncrementalOptions = {},
  ) {
    this.prefilter = createPrefilter(dataset);
    this.chunkChars = options.chunkChars ?? 4000;
    this.maxUnitChars = options.maxUnitChars ?? 500;
    this.context = options.context ?? 3;
    this.nextChars = this.chunkChars;
    this.remote = options.remote;
  }

  /** The claims of the last text checked. */
  get claims(): Claim[] {
    return this.state?.claims ?? [];
  }

  /** Forget the last page (a new route or a new document): the next check is a full one. */
  reset(): void {
    this.state = undefined;
  }

  /** Claims for `text`, all at once, with the local engine. */
  checkSync(text: string): Claim[] {
    const work = this.steps(text);
    let r = work.next();
    while (!r.done) r = work.next(this.engine(r.value));
    return r.value;
  }

  /**
   * Claims for `text`. With a remote engine the page's main thread only waits for answers; with the
   * local one, slices are sized to about TARGET_MS and the page gets a turn whenever `budgetMs` has
   * been used. Resolves to undefined if `cancelled()` turns true (a newer check supersedes this one).
   */
  async check(text: string, opts: { budgetMs?: number; cancelled?: () => boolean; pause?: () => Promise<void> } = {}): Promise<Claim[] | undefined> {
    const budget = opts.budgetMs ?? 12;
    const pause = opts.pause ?? yieldToPage;
    const work = this.steps(text);
    let since = performance.now();
    let r = work.next();
    while (!r.done) {
      let claims: Claim[] | undefined;
      if (this.remote) {
        try {
          claims = await this.remote(r.value);
        } catch {
          // The background is gone (the extension was reloaded): carry on here.
          this.remote = undefined;
        }
        if (opts.cancelled?.()) return undefined;
        since = performance.now();
      }
      if (!claims) {
        const t0 = performance.now();
        claims = this.engine(r.value);
        // Size the next slice so one engine call takes about TARGET_MS on this machine and this kind of text.
        const perChar = (performance.now() - t0) / Math.max(1, r.value.length);
        this.nextChars = Math.round(Math.min(this.chunkChars, Math.max(MIN_CHUNK, perChar > 0 ? TARGET_MS / perChar : this.chunkChars)));
        if (performance.now() - since >= budget) {
          await pause();
          if (opts.cancelled?.()) return undefined;
          since = performance.now();
        }
      }
      r = work.next(claims);
    }
    return r.value;
  }

  /** The work of one check, as engine requests. State is committed only at the end. */
  private *steps(text: string): Work<Claim[]> {
    const old = this.state;
    if (old && old.text === text) return old.claims;
    // Most pages never name the story: one scan, and nothing else is kept.
    if (!this.prefilter.mayBeOnTopic(text)) return this.commit(text, [], [], false);
    const units = toUnits(text, this.maxUnitChars);
    if (!old) return yield* this.full(text, units);

    // The changed run of units: everything between the common head and the common tail.
    let head = 0;
    const max = Math.min(old.units.length, units.length);
    while (head < max && old.units[head]!.text === units[head]!.text) head++;
    let tail = 0;
    while (tail < max - head && old.units[old.units.length - 1 - tail]!.text === units[units.length - 1 - tail]!.text) tail++;
    // Neighbours of the change may change too (a weak mention near a new strong one): recheck them.
    const from = this.back(units, head, this.context);
    const to = this.forward(units, units.length - tail, this.context);
    const changedChars = (units[to - 1]?.start ?? 0) + (units[to - 1]?.text.length ?? 0) - (units[from]?.start ?? 0);
    if (changedChars > text.length / 2) return yield* this.full(text, units);

    this.stats.partialChecks++;
    const shift = old.units.length - units.length;
    const local: LocalClaim[][] = units.map((_, i) => (i < from ? old.local[i]! : i >= to ? old.local[i + shift]! : []));
    if (old.onTopic) {
      if ((yield* this.checkRuns(units, from, to, true, local)) === undefined) return yield* this.full(text, units, true);
      return this.commit(text, units, local, true);
    }
    // An off-topic page becomes on topic only if the changed run (with its context) passes the gate:
    // every window of sentences the gate looks at that touches the change lies inside it.
    const found = yield* this.checkRuns(units, from, to, false, local);
    if (found) return yield* this.full(text, units);
    return this.commit(text, units, local, false);
  }

  private *full(text: string, units: Unit[], forceWhole = false): Work<Claim[]> {
    this.stats.fullChecks++;
    const local: LocalClaim[][] = units.map(() => []);
    if (forceWhole || text.length <= this.chunkChars) {
      const claims = yield* this.run(text, '', 0, text.length);
      const starts = units.map((u) => u.start);
      for (const c of claims) {
        const i = lastAtOrBefore(starts, c.start);
        if (i < 0) continue;
        const offset = c.start - starts[i]!;
        local[i]!.push({ ...c, start: offset, end: offset + (c.end - c.start) });
      }
      return this.commit(text, units, local, claims.length > 0);
    }
    // Unanchored runs until one passes the gate on its own; then the runs before it get another, anchored look.
    let onTopic = false;
    let from = 0;
    const missed: [number, number][] = [];
    while (from < units.length) {
      const to = this.runEnd(units, from);
      const ok = yield* this.checkRuns(units, from, to, onTopic, local);
      if (ok === undefined) return yield* this.full(text, units, true);
      if (!onTopic && ok) {
        onTopic = true;
        for (const [a, b] of missed) if ((yield* this.checkRuns(units, a, b, true, local)) === undefined) return yield* this.full(text, units, true);
      } else if (!onTopic) missed.push([from, to]);
      from = to;
    }
    return this.commit(text, units, local, onTopic);
  }

  /**
   * Check units [from, to) in runs of about `chunkChars`, writing their claims into `local`.
   * Returns whether any claim was found, or undefined if an anchored check is impossible.
   */
  private *checkRuns(units: Unit[], from: number, to: number, anchored: boolean, local: LocalClaim[][]): Work<boolean | undefined> {
    const prefix = anchored ? yield* this.anchorPrefix() : '';
    if (prefix === null) return undefined;
    let found = false;
    for (let a = from; a < to; ) {
      const b = Math.min(to, this.runEnd(units, a, this.nextChars));
      const lo = this.back(units, a, this.context);
      const hi = this.forward(units, b, this.context);
      const starts: number[] = [];
      let pos = prefix.length;
      for (let i = lo; i < hi; i++) {
        starts.push(pos);
        pos += units[i]!.text.length + 1;
      }
      const window = prefix + units.slice(lo, hi).map((u) => u.text).join('\n');
      const claims = yield* this.run(window, prefix, units[a]!.start, units[b - 1]!.start + units[b - 1]!.text.length);
      for (const c of claims) {
        const k = lastAtOrBefore(starts, c.start);
        const i = lo + k;
        if (k < 0 || i < a || i >= b) continue;
        const offset = c.start - starts[k]!;
        local[i]!.push({ ...c, start: offset, end: offset + (c.end - c.start) });
        found = true;
      }
      a = b;
    }
    return found;
  }

  private *run(text: string, prefix: string, from: number, to: number): Work<Claim[]> {
    this.stats.engineCalls++;
    this.stats.engineChars += text.length - prefix.length;
    this.stats.checkedChars += to - from;
    const claims = yield text;
    return prefix ? claims.filter((c) => c.start >= prefix.length) : claims;
  }

  private commit(text: string, units: Unit[], local: LocalClaim[][], onTopic: boolean): Claim[] {
    const claims: Claim[] = [];
    units.forEach((u, i) => {
      for (const c of local[i]!) claims.push({ ...c, start: u.start + c.start, end: u.start + c.end });
    });
    this.state = { text, units, local, onTopic: onTopic && claims.length > 0, claims };
    return claims;
  }

  /** The end of a run starting at `from`: about `chars` of text, at least one unit. */
  private runEnd(units: Unit[], from: number, limit = this.chunkChars): number {
    let chars = 0;
    let i = from;
    while (i < units.length && (i === from || chars + units[i]!.text.length <= limit)) chars += units[i++]!.text.length + 1;
    return i;
  }

  /** The index `n` non-blank units before `i` (or 0). */
  private back(units: Unit[], i: number, n: number): number {
    let k = i;
    for (let seen = 0; k > 0 && seen < n; ) if (!blank(units[--k])) seen++;
    return k;
  }

  /** The index just past `n` non-blank units from `i` (or the end). */
  private forward(units: Unit[], i: number, n: number): number {
    let k = i;
    for (let seen = 0; k < units.length && seen < n; ) if (!blank(units[k++])) seen++;
    return k;
  }

  /**
   * A first line that puts any text on topic by itself, then filler sentences so far away that no
   * sentence after them is its neighbour. Null when the engine does not behave as assumed.
   */
  private *anchorPrefix(): Work<string | null> {
    if (this.anchor !== undefined) return this.anchor;
    const byKey = new Map(this.dataset.pack.lexicon.map((e) => [e.key, e]));
    const names = this.dataset.pack.topic.page.map((group) => {
      for (const key of group) {
        const e = byKey.get(key);
        if (e?.anchor && e.forms?.length) return e.forms[0]!;
      }
      return undefined;
    });
    if (names.some((n) => n === undefined)) return (this.anchor = null);
    const prefix = `${names.join(' ')}.\n${'x.\n'.repeat(FILLER_LINES)}`;
    const probe = yield `${prefix}x.`;
    const firstLine = prefix.indexOf('\n');
    this.anchor = probe.length > 0 && probe.every((c) => c.end <= firstLine) ? prefix : null;
    return this.anchor;
  }
}

function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Give the page a turn: the scheduler's own yield where there is one, else a macrotask. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
