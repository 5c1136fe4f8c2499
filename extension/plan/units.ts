/**
 * How the incremental checker cuts page text into units: lines, with very long lines cut at sentence
 * ends so that "three units of context" stays a few sentences. The engine never lets a sentence span
 * a line, so a cut at a line end never splits one; a cut inside a line must fall where the engine's
 * segmenter also ends a sentence, or the slice would read differently from the whole page.
 */

import { BARE_TUNNEL, isProse } from '../../lib/topic';

export interface Unit {
  text: string;
  /** Offset of the unit in the page text. */
  start: number;
}

const LINE = /[\n\r\u2028\u2029]/g;
// A sentence end: a lower-case word (not "Mr."), CJK full stops, Korean "다." — where a long line may be cut.
// Also a quotation closed before the full stop (…“KPop Demon Hunters”. Next), where the segmenter ends one too.
const SENTENCE_END = /(?<=\p{Ll}{2}[.!?]["'”’)）」』]*)\s+|(?<=\p{Ll}["”’)）」』][.!?])\s+(?=["“‘(\p{Lu}])|(?<=[。！？][」』）]?)|(?<=[다요]\.)\s*/gu;

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

// Blank units hold no sentence, so they do not count as context.
const blank = (u: Unit | undefined) => !u || !/\S/.test(u.text);
// The engine follows a story's running prose from a strongly anchored sentence, through up to BARE_TUNNEL
// bare lines in a row, until a longer run of bare lines (lib/topic.ts): context reaches past its `n`
// units to such a run (it settles the story there), up to STRETCH more units.
const STRETCH = 6;
const prose = (u: Unit) => isProse(u.text.trimEnd());

/** Whether the story's stretch is settled at `u`, given the bare lines in a row seen so far (counted here). */
function settles(u: Unit, run: { bare: number }): boolean {
  if (blank(u)) return false;
  run.bare = prose(u) ? 0 : run.bare + 1;
  return run.bare > BARE_TUNNEL;
}

/** The index `n` non-blank units before `i` (or 0), or further back, to where the story's stretch is settled. */
export function back(units: readonly Unit[], i: number, n: number): number {
  let k = i;
  for (let seen = 0; k > 0 && seen < n;) if (!blank(units[--k])) seen++;
  const run = { bare: 0 };
  for (let extra = 0; k > 0 && extra < STRETCH && !settles(units[k]!, run); extra++) k--;
  return k;
}

/** The index just past `n` non-blank units from `i` (or the end), or further on, to where the story's stretch is settled. */
export function forward(units: readonly Unit[], i: number, n: number): number {
  let k = i;
  for (let seen = 0; k < units.length && seen < n;) if (!blank(units[k++])) seen++;
  const run = { bare: 0 };
  for (let extra = 0; k < units.length && k > i && extra < STRETCH && !settles(units[k - 1]!, run); extra++) k++;
  return k;
}

/** The end of a run starting at `from`: about `limit` characters of text, at least one unit. */
export function runEnd(units: readonly Unit[], from: number, limit: number): number {
  let chars = 0;
  let i = from;
  while (i < units.length && (i === from || chars + units[i]!.text.length <= limit)) chars += units[i++]!.text.length + 1;
  return i;
}

/** The last index of `sorted` whose value is at most `value`, or -1. */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
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
