import { formSource, type Mention } from './lexicon';
import type { Candidate, Reading } from './match';
import { isCjk } from './normalize';
import { positionalTokens, type BareValues, type Positioned } from './tokens';

/**
 * The general substitution check: a claim that restates a source sentence closely but for one typed value
 * in the aligned place (a person, place, day, number, or a word swapped for its opposite) is contradicted,
 * whether or not a curated fact names that value. Story-agnostic: the types come from the pack, the
 * opposites from data/language.json.
 */
export interface Substitution {
  kind: 'value' | 'number' | 'opposite';
  /** The value type (a lexicon type, "number", or "opposite"). */
  type: string;
  claimValue: { text: string; start: number; end: number };
  sourceValue: string;
  candidate: Candidate;
}

/** How much of a claim a source must cover before a differing value in it reads as a swap, not a new detail. */
const CLOSE = 0.6;
/** Japanese and Korean claims meet English sources in another word order: no neighbours to align, a higher bar. */
const CLOSE_CJK = 0.75;

export class SubstitutionCheck {
  private readonly types: Set<string>;
  private readonly opposite = new Map<string, string>();
  private readonly oppositeRe: RegExp | null;

  private readonly prefixes: string[];

  constructor(
    types: readonly string[],
    opposites: Record<string, string[][] | string>,
    prefixes: Record<string, string[] | string> = {},
    private readonly stop: ReadonlySet<string> = new Set(),
    private readonly bare?: BareValues,
  ) {
    this.types = new Set(types);
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

  /** The first swap found against the closest candidates, or undefined. `settled` holds mentions a curated fact already judged. */
  find(claim: Reading, candidates: readonly Candidate[], settled: readonly Mention[] = [], negated = false): Substitution | undefined {
    const cjk = isCjk(claim.norm);
    // A title-case headline capitalises every word: its capitals say nothing of names.
    const mine = positionalTokens(claim.norm, claim.mentions, this.stop, this.bare).map((p) =>
      p.type === 'name' && titleCase(claim.norm) ? { ...p, type: undefined } : p,
    );
    for (const c of candidates.slice(0, 3)) {
      if (c.coverage < (cjk ? CLOSE_CJK : CLOSE) || c.seed.sentence.heading) continue;
      const theirs = positionalTokens(c.seed.reading.norm, c.seed.reading.mentions, this.stop, this.bare);
      // "not easy" and "hard" say the same: with a negation on either side, opposites prove nothing.
      const hit =
        this.values(claim, mine, theirs, c, cjk, settled, candidates) ?? (negated || c.seed.negated ? undefined : this.opposites(claim, mine, theirs, c, cjk));
      if (hit) return hit;
    }
    return undefined;
  }

  private values(
    claim: Reading,
    mine: Positioned[],
    theirs: Positioned[],
    c: Candidate,
    cjk: boolean,
    settled: readonly Mention[],
    all: readonly Candidate[],
  ): Substitution | undefined {
    const seedText = c.seed.reading.norm.toLowerCase();
    let best: { v: Positioned; u: Positioned; score: number } | undefined;
    for (const [i, v] of mine.entries()) {
      const type = v.type;
      if (!type || !(BARE.has(type) || type === 'name' || this.types.has(type))) continue;
      if (settled.some((m) => m.start === v.start && m.end === v.end)) continue;
      // A name the lexicon does not know may stand where the source names a known person or place.
      const named = (x: Positioned, text: string) =>
        NAMED.has(x.type ?? '') || (x.type === 'gloss' && x.start > 0 && /^\p{Lu}/u.test(text.slice(x.start, x.end)));
      const fits = (x: Positioned) => x.type === type || (type === 'name' && named(x, c.seed.reading.norm)) || (x.type === 'name' && named(v, claim.norm));
      const [mineT, theirsT] = [mine.filter(fits), theirs.filter(fits)];
      // Any source sentence close to the claim that holds the value states it: a detail, not a swap.
      if (theirsT.some((u) => u.tok === v.tok) || all.some((o) => o.coverage >= 0.3 && o.seed.tokenSet.has(v.tok))) continue;
      if (type === 'name' && seedText.includes(claim.norm.slice(v.start, v.end).toLowerCase())) continue;
      for (const [j, u] of theirs.entries()) {
        if (!fits(u) || mine.some((x) => x.tok === u.tok)) continue;
        // "South Korean" for "South Korea's", "Jae Myung" for "Jae": one name's forms, not two names.
        if ((v.type === 'name' || u.type === 'name') && akin(claim.norm.slice(v.start, v.end), c.seed.reading.norm.slice(u.start, u.end))) continue;
        // One value of the type on each side of a close restatement: they stand for each other wherever they sit.
        const unique = mineT.length === 1 && theirsT.length === 1 && c.coverage >= CLOSE_CJK ? 1 : 0;
        const score = cjk ? unique : Math.max(neighbours(mine, i, theirs, j), unique);
        if (score > (best?.score ?? 0)) best = { v, u, score };
      }
    }
    if (!best) return undefined;
    const { v, u } = best;
    const kind = BARE.has(v.type!) ? 'number' : 'value';
    return {
      kind,
      type: u.type === 'name' ? v.type! : u.type!,
      claimValue: { text: claim.norm.slice(v.start, v.end), start: v.start, end: v.end },
      sourceValue: c.seed.reading.norm.slice(u.start, u.end),
      candidate: c,
    };
  }

  private opposites(claim: Reading, mine: Positioned[], theirs: Positioned[], c: Candidate, cjk: boolean): Substitution | undefined {
    if (!this.oppositeRe) return undefined;
    const found = (text: string) =>
      [...text.matchAll(this.oppositeRe!)].map((m) => ({ word: m[0].toLowerCase(), start: m.index!, end: m.index! + m[0].length }));
    const inClaim = found(claim.norm);
    const inSeed = found(c.seed.reading.norm);
    const seedWords = new Set(inSeed.map((w) => w.word));
    const claimWords = new Set(inClaim.map((w) => w.word));
    for (const w of inClaim) {
      const other = this.opposite.get(w.word)!;
      if (!seedWords.has(other) || seedWords.has(w.word) || claimWords.has(other)) continue;
      // "not easy" is "hard": a negation right before either word undoes the swap.
      const s0 = inSeed.find((x) => x.word === other)!;
      if (NEGATED_BEFORE.test(claim.norm.slice(0, w.start)) || NEGATED_BEFORE.test(c.seed.reading.norm.slice(0, s0.start))) continue;
      if (!cjk) {
        const i = mine.findIndex((x) => x.start <= w.start && w.end <= x.end);
        const s = inSeed.find((x) => x.word === other)!;
        const j = theirs.findIndex((x) => x.start <= s.start && s.end <= x.end);
        if (i < 0 || j < 0 || !neighbours(mine, i, theirs, j)) continue;
      }
      return {
        kind: 'opposite',
        type: 'opposite',
        claimValue: { text: claim.norm.slice(w.start, w.end), start: w.start, end: w.end },
        sourceValue: other,
        candidate: c,
      };
    }
    return cjk ? undefined : this.prefixed(claim, mine, theirs, c);
  }

  /** "discouraged" where the source says "encouraged": a negative prefix added or dropped, in the aligned place. */
  private prefixed(claim: Reading, mine: Positioned[], theirs: Positioned[], c: Candidate): Substitution | undefined {
    const plain = (xs: Positioned[]) => new Set(xs.filter((x) => !x.type).map((x) => x.tok));
    const [mineSet, theirSet] = [plain(mine), plain(theirs)];
    for (const [i, v] of mine.entries()) {
      if (v.type || theirSet.has(v.tok)) continue;
      for (const [j, u] of theirs.entries()) {
        if (u.type || mineSet.has(u.tok)) continue;
        const [long, short] = v.tok.length > u.tok.length ? [v.tok, u.tok] : [u.tok, v.tok];
        if (short.length < 5 || !this.prefixes.some((p) => long === p + short)) continue;
        if (!neighbours(mine, i, theirs, j)) continue;
        return {
          kind: 'opposite',
          type: 'opposite',
          claimValue: { text: claim.norm.slice(v.start, v.end), start: v.start, end: v.end },
          sourceValue: c.seed.reading.norm.slice(u.start, u.end),
          candidate: c,
        };
      }
    }
    return undefined;
  }
}

const NEGATED_BEFORE = /(?:\b(?:not|never|no|hardly|barely)|n['’]t)\s+(?:[\p{L}-]+\s+)?$|(?:않|없|못)\s?$/iu;

function titleCase(text: string): boolean {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length > 0.6;
}

/** Two spellings of one name: one holds the other, or they share their first four letters. */
function akin(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase().replace(/['’]s$/, ''), b.toLowerCase().replace(/['’]s$/, '')];
  return x.includes(y) || y.includes(x) || x.slice(0, 4) === y.slice(0, 4);
}

/** Bare values the engine reads without a lexicon: a number, an ordinal ("the pair's second"). */
const BARE = new Set(['number', 'ordinal']);

/** Types an unknown capitalised name can stand in for. */
const NAMED = new Set(['person', 'place']);

/**
 * How well two tokens sit among the same words: 0 when they do not (a shared neighbour is needed on each
 * side that both have, or two on one side), else the number of shared neighbours.
 */
function neighbours(a: Positioned[], i: number, b: Positioned[], j: number): number {
  const kind = (x: Positioned) => (x.type === 'name' ? 'value' : x.type);
  const side = (xs: Positioned[], k: number, dir: -1 | 1) => {
    const out: string[] = [];
    for (let n = k + dir; n >= 0 && n < xs.length && out.length < 3; n += dir)
      if (kind(xs[n]!) !== kind(xs[k]!) && xs[n]!.type !== 'name') out.push(xs[n]!.tok);
    return out;
  };
  const [la, lb, ra, rb] = [side(a, i, -1), side(b, j, -1), side(a, i, 1), side(b, j, 1)];
  const shared = (x: string[], y: string[]) => x.filter((t) => y.includes(t)).length;
  const [left, right] = [shared(la, lb), shared(ra, rb)];
  const leftOk = left > 0 || la.length === 0 || lb.length === 0;
  const rightOk = right > 0 || ra.length === 0 || rb.length === 0;
  return (leftOk && rightOk && left + right > 0) || left >= 2 || right >= 2 ? left + right : 0;
}
