/**
 * The text as the prefilter scans it, and the regex sources it scans with: both keep to one line, as the
 * engine does (no sentence, so no name, runs across a line break).
 */

// Mirrors lib/normalize.ts (tested equal there), minus its cost on large ASCII pages.
const INVISIBLE = /[\u00AD\u200B-\u200F\u2060\uFEFF]/g;
export const NON_ASCII = /[^\x00-\x7F]/;

/**
 * The text as the engine's lexicon sees it, line by line: NFKC, no invisible characters, straight
 * apostrophes, runs of white space as one space. Line breaks stay, and the scan's patterns never
 * match one as a space (`sameLine`), so no match spans two lines (the engine never reads across a
 * line either).
 */
export function scanText(text: string, collapseSpaces = true): string {
  let t = text;
  if (NON_ASCII.test(t))
    t = t
      .normalize('NFKC')
      .replace(INVISIBLE, '')
      .replace(/[\u2018\u2019\u2032]/g, "'")
      .replace(/[\u2010\u2011]/g, '-');
  return collapseSpaces ? t.replace(/[^\S\n\r\u2028\u2029]{2,}|[^\S \n\r\u2028\u2029]/g, ' ') : t;
}

// White space that is not a line break, inside and outside a character class.
const SPACE_CHARS = '\\t\\v\\f \\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000\\ufeff';

/**
 * A regex source whose `\s` never matches a line break, so that, scanning a page whose lines are
 * still joined, nothing (not even a look-ahead such as `(?!\s+up)`) sees past the end of a line.
 */
export function sameLine(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      i++;
      if (next === 's') out += inClass ? SPACE_CHARS : `[${SPACE_CHARS}]`;
      else out += c + next;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

/**
 * Whether a pattern can tell one space from several (a literal space, `\s?`, `\s{n}`): only then
 * must runs of white space be collapsed before scanning. `\s*` and `\s+` cannot tell.
 */
export function spaceSensitive(source: string): boolean {
  return / (?![*+])|\\s(?![*+])/.test(source.replace(/\[\\s\\-‐–·・\]\*/g, ''));
}

/** Whether a pattern is anchored to the start or end of the text (then it must see the whole text, not a line of it). */
export function anchoredSource(source: string): boolean {
  return /[$^]/.test(source.replace(/\[\^|\\[$^]/g, ''));
}

const isBreak = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

/** Where the line holding `at` starts (dir -1) or ends (dir 1). */
export function lineEdge(text: string, at: number, dir: -1 | 1): number {
  let i = at;
  if (dir < 0) {
    while (i > 0 && !isBreak(text.charCodeAt(i - 1))) i--;
  } else {
    while (i < text.length && !isBreak(text.charCodeAt(i))) i++;
  }
  return i;
}
