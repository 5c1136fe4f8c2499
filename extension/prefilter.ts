/**
 * A cheap, conservative gate in front of the engine: one regular-expression pass over the page text
 * that says whether the page can possibly be about the story. The engine calls a page on topic only
 * when, within a few sentences, it finds a named mention from every group of `pack.topic.page`;
 * a page with no named mention of some group anywhere can never pass, so it costs one scan and
 * the engine never runs. When this says "maybe", the engine decides.
 *
 * Built from the data pack (the same forms and patterns the lexicon compiles), so it follows the
 * data as the data changes. Soundness (gate says no ⇒ `checkText` returns []) is property-tested
 * in tests/unit/robust-engine.test.ts.
 */
import { escape, formHint, formSource } from '../lib/lexicon';
import type { LexEntry, TopicData } from '../lib/pack';

// Mirrors lib/normalize.ts (tested equal there), minus its cost on large ASCII pages.
const INVISIBLE = /[\u00AD\u200B-\u200F\u2060\uFEFF]/g;
const NON_ASCII = /[^\x00-\x7F]/;

/**
 * The text as the engine's lexicon sees it, line by line: NFKC, no invisible characters, straight
 * apostrophes, runs of white space as one space. Line breaks stay, and the scan's patterns never
 * match one as a space (`sameLine`), so no match spans two lines (the engine never reads across a
 * line either).
 */
export function scanText(text: string, collapseSpaces = true): string {
  let t = text;
  if (NON_ASCII.test(t)) t = t.normalize('NFKC').replace(INVISIBLE, '').replace(/[\u2018\u2019\u2032]/g, "'").replace(/[\u2010\u2011]/g, '-');
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
function spaceSensitive(source: string): boolean {
  return / (?![*+])|\\s(?![*+])/.test(source.replace(/\[\\s\\-‐–·・\]\*/g, ''));
}

export interface Prefilter {
  /** False only when the engine would certainly find the page off topic. */
  mayBeOnTopic(text: string): boolean;
  /** Which topic groups have a strong mention somewhere in `text` (groups already `known` are not scanned again). */
  groupsHit(text: string, known?: readonly boolean[]): boolean[];
  /** Whether groups so hit (by `groupsHit`) can put a page on topic by some rule. */
  passes(hit: readonly boolean[]): boolean;
  /** Whether every group but these (by `missingWords`) can put a page on topic by some rule. */
  passesWithout(missing: readonly number[]): boolean;
  /**
   * The topic groups none of whose words (the hints every name of the group contains) occur anywhere in
   * `text`, read with no line structure at all (the page's text nodes run together): a group missing here
   * is named nowhere in the page. Groups without hints are never reported.
   */
  missingWords(text: string): number[];
  /** Whether `text` holds a word of group `index` (true for a group without hints). */
  hasWords(text: string, index: number): boolean;
}

export function createPrefilter(dataset: TopicData): Prefilter {
  const byKey = new Map(dataset.pack.lexicon.map((e) => [e.key, e]));
  // Every alternative rule's groups, each group once: a page may pass by any one rule (`page`, `alsoPage`).
  const rules = [dataset.pack.topic.page, ...(dataset.pack.topic.alsoPage ?? [])];
  const groups: string[][] = [];
  const ruleGroups = rules.map((rule) =>
    rule.map((group) => {
      const at = groups.findIndex((g) => g.join('\n') === group.join('\n'));
      return at >= 0 ? at : groups.push(group) - 1;
    }),
  );
  const sources = groups.map((group) =>
    group.flatMap((key) => {
      const entry = byKey.get(key);
      // The page gate counts mentions by name (forms and patterns, not weak titles) of anchoring entries.
      if (!entry || !entry.anchor) return [];
      return [...(entry.forms ?? []).map(formSource), ...(entry.patterns ?? [])];
    }),
  );
  // One regular expression per group, smallest first: an off-topic page usually fails the first. Before it, a
  // plain alternation of words every match must contain (V8 scans those fastest), where the group has them.
  // The full patterns are built on first use: most pages are ruled out by the words alone.
  const quick = groups.map((group) => mustContain(group.map((key) => byKey.get(key))));
  let full: RegExp[] | undefined;
  const patterns = () => (full ??= sources.map((group) => (group.length ? new RegExp(group.map((x) => `(?:${sameLine(x)})`).join('|'), 'iu') : /(?!)/)));
  const order = sources.map((group, index) => ({ index, size: group.join('|').length })).sort((a, b) => a.size - b.size);
  const collapse = sources.some((group) => group.some(spaceSensitive));
  // Every name holds one of its group's words, and no name runs across a line: the full patterns are tried
  // only on the lines where the words are (on a long page, a few lines instead of all of it).
  const anchored = sources.some((group) => group.some((x) => /[$^]/.test(x.replace(/\[\^|\\[$^]/g, ''))));
  const words = quick.map((q) => q && new RegExp(q.source, 'gi'));
  const groupIn = (scan: string, index: number): boolean => {
    const re = patterns()[index]!;
    const q = words[index];
    if (!q || anchored) return (quick[index]?.test(scan) ?? true) && re.test(scan);
    q.lastIndex = 0;
    for (let m = q.exec(scan); m; m = q.exec(scan)) {
      const start = lineEdge(scan, m.index, -1);
      const end = lineEdge(scan, m.index, 1);
      if (re.test(scan.slice(start, end))) return true;
      q.lastIndex = end;
    }
    return false;
  };
  const passes = (hit: readonly boolean[]) => groups.length === 0 || ruleGroups.some((r) => r.every((g) => hit[g]));

  const hits = (text: string, all: boolean, known?: readonly boolean[]): boolean[] => {
    const hit = groups.map((_, i) => known?.[i] ?? false);
    if (typeof text !== 'string' || text.length === 0) return hit;
    const scan = scanText(text, collapse);
    const dead = new Set<number>();
    for (const { index } of order) {
      if (hit[index]) continue;
      // A group only rules whose other groups all failed would need is not worth scanning for.
      if (!all && ruleGroups.every((r, i) => dead.has(i) || !r.includes(index))) continue;
      hit[index] = sources[index]!.length > 0 && groupIn(scan, index);
      if (!hit[index]) ruleGroups.forEach((r, i) => r.includes(index) && dead.add(i));
      if (!all && dead.size === ruleGroups.length) break;
    }
    return hit;
  };
  return {
    groupsHit: (text, known) => hits(text, true, known),
    passes,
    passesWithout: (missing) => passes(groups.map((_, i) => !missing.includes(i))),
    mayBeOnTopic: (text) => groups.length === 0 || passes(hits(text, false)),
    missingWords: (text) => {
      const scan = typeof text === 'string' ? scanText(text, false) : '';
      return order.map(({ index }) => index).filter((i) => sources[i]!.length === 0 || (quick[i] !== undefined && !quick[i].test(scan)));
    },
    hasWords: (text, index) => quick[index]?.test(scanText(text, false)) ?? true,
  };
}

const isBreak = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

/** Where the line holding `at` starts (dir -1) or ends (dir 1). */
function lineEdge(text: string, at: number, dir: -1 | 1): number {
  let i = at;
  if (dir < 0) {
    while (i > 0 && !isBreak(text.charCodeAt(i - 1))) i--;
  } else {
    while (i < text.length && !isBreak(text.charCodeAt(i))) i++;
  }
  return i;
}

/**
 * A regex of words one of which every name in the group contains: each form's longest word, and the
 * `hints` an entry gives for its patterns. Undefined when some pattern has no hint (nothing is then known).
 */
function mustContain(entries: readonly (LexEntry | undefined)[]): RegExp | undefined {
  const words: string[] = [];
  for (const entry of entries) {
    if (!entry || !entry.anchor) continue;
    if (entry.patterns?.length && !entry.hints?.length) return undefined;
    words.push(...(entry.hints ?? []));
    for (const form of entry.forms ?? []) {
      const hint = formHint(form);
      if (hint === null) return undefined;
      words.push(hint);
    }
  }
  if (words.length === 0) return undefined;
  return new RegExp([...new Set(words)].map(escape).join('|'), 'i');
}
