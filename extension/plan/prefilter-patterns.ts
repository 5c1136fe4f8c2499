/**
 * The prefilter's regular expressions, made from the data pack's lexicon entries: each topic group's
 * names (forms and patterns) and the words every one of those names contains, which are scanned for
 * first because a plain alternation is the fastest scan there is.
 */
import { escape, formSource, formWords } from '../../lib/forms';
import type { LexEntry } from '../../lib/pack';
import { anchoredSource, lineEdge, sameLine, scanText, spaceSensitive } from './scan-text';

/** A text being scanned: whether it is all ASCII, and its normalized form, each found out once if needed. */
export interface Reading {
  text: string;
  ascii?: boolean;
  scan: () => string;
}

export function reading(text: string, collapse: () => boolean): Reading {
  let scanned: string | undefined;
  return { text, scan: () => (scanned ??= scanText(text, collapse())) };
}

export function hasNames(entry: LexEntry | undefined): boolean {
  return !!entry?.anchor && (entry.forms?.length ?? 0) + (entry.patterns?.length ?? 0) > 0;
}

/** An entry's names as regex sources, if it anchors the story: its forms and its patterns. */
export function anchorNames(entry: LexEntry | undefined): string[] {
  if (!entry || !entry.anchor) return [];
  return [...(entry.forms ?? []).map(formSource), ...(entry.patterns ?? [])];
}

export interface Full {
  /** Whether runs of white space must be collapsed before scanning (some pattern can tell one space from two). */
  collapse: boolean;
  /** Whether a group's full patterns match somewhere in `scan` (text as `scanText` makes it). */
  groupIn: (scan: string, index: number) => boolean;
}

/** The groups' full patterns, made on first use: most pages are ruled out by the words alone. */
export function buildFull(sources: string[][], quick: readonly (RegExp | undefined)[]): Full {
  const patterns = sources.map((group) => (group.length ? new RegExp(group.map((x) => `(?:${sameLine(x)})`).join('|'), 'iu') : /(?!)/));
  const collapse = sources.some((group) => group.some(spaceSensitive));
  // Every name holds one of its group's words, and no name runs across a line: the full patterns are tried
  // only on the lines where the words are (on a long page, a few lines instead of all of it).
  const anchored = sources.some((group) => group.some(anchoredSource));
  const words = quick.map((q) => q && new RegExp(q.source, 'gi'));
  const groupIn = (scan: string, index: number): boolean => {
    const re = patterns[index]!;
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
  return { collapse, groupIn };
}

/**
 * A regex of words one of which every name in the group contains: the `hints` an entry gives for its
 * patterns, and a word of each form. Undefined when some pattern has no hint (nothing is then known).
 * Every word of a form is in every match of it, so a form that holds a word already chosen needs none of its own ("President Lee": "lee"); otherwise
 * its longest word, the most telling, is chosen. Fewer words, a faster scan.
 */
export function mustContain(entries: readonly (LexEntry | undefined)[]): RegExp | undefined {
  const hints: string[] = [];
  const forms: string[][] = [];
  for (const entry of entries) {
    if (!entry || !entry.anchor) continue;
    if (entry.patterns?.length && !entry.hints?.length) return undefined;
    hints.push(...(entry.hints ?? []));
    for (const form of entry.forms ?? []) {
      const words = formWords(form);
      if (words.length === 0) return undefined;
      forms.push(words);
    }
  }
  const chosen = new Set(hints.map((h) => h.toLowerCase()));
  const words = [...hints];
  for (const form of forms.sort((a, b) => a.length - b.length)) {
    if (form.some((w) => chosen.has(w))) continue;
    const longest = form.reduce((a, b) => (b.length > a.length ? b : a));
    chosen.add(longest);
    words.push(longest);
  }
  if (words.length === 0) return undefined;
  return new RegExp([...new Set(words)].map(escape).join('|'), 'i');
}
