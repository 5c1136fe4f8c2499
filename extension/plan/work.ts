/**
 * What one check is made of, shared by its planner (./slices.ts) and its drivers (./incremental.ts, the
 * CLI's stream): the requests it yields, the stats it counts, and the claims it keeps per unit so they
 * survive edits elsewhere on the page.
 */
import type { CheckOptions, Claim } from '../../lib/types';
import type { Unit } from './units';

/** What a slice's engine call may ask for, besides the text: all of it can cross to the background. */
export type SliceOptions = Pick<CheckOptions, 'range' | 'pageKnownOnTopic'>;
/** One engine request. */
export interface Slice {
  text: string;
  options: SliceOptions;
}
/** A turn for the page between two long pieces of work that are not engine calls (on a very long text). */
export const PAUSE = Symbol('pause');
/** One check's work: it yields slices for the engine and is resumed with their claims. */
export type Work<T> = Generator<Slice | typeof PAUSE, T, Claim[]>;

export interface CheckStats {
  /** Engine calls made. */
  engineCalls: number;
  /** Characters of page text whose claims were (re)computed, context excluded. */
  checkedChars: number;
  /** Characters given to the engine, context included. */
  engineChars: number;
  fullChecks: number;
  partialChecks: number;
}

/** Claims with offsets relative to their unit, one list per unit. */
export type LocalClaims = Claim[][];

export interface CheckState {
  text: string;
  units: Unit[];
  local: LocalClaims;
  onTopic: boolean;
  claims: Claim[];
}

/** Keep claim `c` under unit `i`, with its offset made relative to the unit (`starts` are units' offsets from unit `lo`). */
export function keep(local: LocalClaims, i: number, c: Claim, starts: readonly number[], lo = 0): void {
  const offset = c.start - starts[i - lo]!;
  local[i]!.push({ ...c, start: offset, end: offset + (c.end - c.start) });
}

export function* run(text: string, options: SliceOptions, checkedChars: number, stats: CheckStats): Work<Claim[]> {
  stats.engineCalls++;
  stats.engineChars += text.length;
  stats.checkedChars += checkedChars;
  return yield { text, options };
}

export function finish(text: string, units: Unit[], local: LocalClaims, onTopic: boolean): CheckState {
  const claims: Claim[] = [];
  units.forEach((u, i) => {
    for (const c of local[i]!) claims.push({ ...c, start: u.start + c.start, end: u.start + c.end });
  });
  return { text, units, local, onTopic: onTopic && claims.length > 0, claims };
}

/** The claims of the unit ranges [from, to) in `final`, in document order, with page offsets. */
export function finalClaims(units: readonly Unit[], local: LocalClaims, final: readonly [number, number][]): Claim[] {
  const claims: Claim[] = [];
  for (const [a, b] of [...final].sort((x, y) => x[0] - y[0])) {
    for (let i = a; i < b; i++) for (const c of local[i]!) claims.push({ ...c, start: units[i]!.start + c.start, end: units[i]!.start + c.end });
  }
  return claims;
}
