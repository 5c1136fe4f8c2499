import { neighbours } from './align';
import { formSource } from './forms';
import type { Reading } from './match';
import type { Positioned } from './tokens';

/** A word in the claim that stands where the source has its opposite. */
export interface OppositeSwap {
  claimValue: { text: string; start: number; end: number };
  sourceValue: string;
}

/** Opposite words ("easy", "hard") and negative prefixes ("dis-"), from data/language.json. */
export class Opposites {
  private readonly opposite = new Map<string, string>();
  private readonly oppositeRe: RegExp | null;

  private readonly prefixes: string[];

  constructor(opposites: Record<string, string[][] | string>, prefixes: Record<string, string[] | string> = {}) {
    this.prefixes = Object.entries(prefixes).flatMap(([k, v]) => (k.startsWith('$') || typeof v === 'string' ? [] : v));
    const words: string[] = [];
    for (const [lang, pairs] of Object.entries(opposites)) {
      if (lang.startsWith('$') || typeof pairs === 'string') continue;
      for (const [a, b] of pairs) {
        if (!a || !b) continue;
        this.opposite.set(a.toLowerCase(), b.toLowerCase());
        this.opposite.set(b.toLowerCase(), a.toLowerCase());
        words.push(a, b);
      }
    }
    // Longest first, so 非公開 is read whole and never as 公開.
    this.oppositeRe = words.length
      ? new RegExp(
          [...new Set(words)]
            .sort((x, y) => y.length - x.length)
            .map(formSource)
            .join('|'),
          'giu',
        )
      : null;
  }

  /** A word of the claim whose opposite the source has in the aligned place, or undefined. */
  find(claim: Reading, source: Reading, mine: Positioned[], theirs: Positioned[], cjk: boolean): OppositeSwap | undefined {
    if (!this.oppositeRe) return undefined;
    const found = (text: string) =>
      [...text.matchAll(this.oppositeRe!)].map((m) => ({ word: m[0].toLowerCase(), start: m.index!, end: m.index! + m[0].length }));
    const inClaim = found(claim.norm);
    const inSeed = found(source.norm);
    const seedWords = new Set(inSeed.map((w) => w.word));
    const claimWords = new Set(inClaim.map((w) => w.word));
    for (const w of inClaim) {
      const other = this.opposite.get(w.word)!;
      if (!seedWords.has(other) || seedWords.has(w.word) || claimWords.has(other)) continue;
      // "not easy" is "hard": a negation right before either word undoes the swap.
      const s0 = inSeed.find((x) => x.word === other)!;
      if (NEGATED_BEFORE.test(claim.norm.slice(0, w.start)) || NEGATED_BEFORE.test(source.norm.slice(0, s0.start))) continue;
      if (!cjk) {
        const i = mine.findIndex((x) => x.start <= w.start && w.end <= x.end);
        const s = inSeed.find((x) => x.word === other)!;
        const j = theirs.findIndex((x) => x.start <= s.start && s.end <= x.end);
        if (i < 0 || j < 0 || !neighbours(mine, i, theirs, j)) continue;
      }
      return { claimValue: { text: claim.norm.slice(w.start, w.end), start: w.start, end: w.end }, sourceValue: other };
    }
    return cjk ? undefined : this.prefixed(claim, source, mine, theirs);
  }

  /** "discouraged" where the source says "encouraged": a negative prefix added or dropped, in the aligned place. */
  private prefixed(claim: Reading, source: Reading, mine: Positioned[], theirs: Positioned[]): OppositeSwap | undefined {
    const plain = (xs: Positioned[]) => new Set(xs.filter((x) => !x.type).map((x) => x.tok));
    const [mineSet, theirSet] = [plain(mine), plain(theirs)];
    for (const [i, v] of mine.entries()) {
      if (v.type || theirSet.has(v.tok)) continue;
      for (const [j, u] of theirs.entries()) {
        if (u.type || mineSet.has(u.tok)) continue;
        const [long, short] = v.tok.length > u.tok.length ? [v.tok, u.tok] : [u.tok, v.tok];
        if (short.length < 5 || !this.prefixes.some((p) => long === p + short)) continue;
        if (!neighbours(mine, i, theirs, j)) continue;
        return { claimValue: { text: claim.norm.slice(v.start, v.end), start: v.start, end: v.end }, sourceValue: source.norm.slice(u.start, u.end) };
      }
    }
    return undefined;
  }
}

const NEGATED_BEFORE = /(?:\b(?:not|never|no|hardly|barely)|n['’]t)\s+(?:[\p{L}-]+\s+)?$|(?:않|없|못)\s?$/iu;
