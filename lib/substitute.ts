import { neighbours } from './align';
import type { Mention } from './lexicon';
import type { Candidate, Reading } from './match';
import { isCjk } from './normalize';
import { Opposites } from './opposites';
import type { ContentWords } from './cjk';
import { positionalTokens, type Positioned } from './tokens';

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
  private readonly opposites: Opposites;

  constructor(
    types: readonly string[],
    opposites: Record<string, string[][] | string>,
    prefixes: Record<string, string[] | string> = {},
    private readonly words: ContentWords,
  ) {
    this.types = new Set(types);
    this.opposites = new Opposites(opposites, prefixes);
  }

  /** The first swap found against the closest candidates, or undefined. `settled` holds mentions a curated fact already judged. */
  find(claim: Reading, candidates: readonly Candidate[], settled: readonly Mention[] = [], negated = false): Substitution | undefined {
    const cjk = isCjk(claim.norm);
    // A title-case headline capitalises every word: its capitals say nothing of names.
    const mine = positionalTokens(claim.norm, claim.mentions, this.words).map((p) =>
      p.type === 'name' && titleCase(claim.norm) ? { ...p, type: undefined } : p,
    );
    for (const c of candidates.slice(0, 3)) {
      if (c.coverage < (cjk ? CLOSE_CJK : CLOSE) || c.seed.sentence.heading) continue;
      const theirs = positionalTokens(c.seed.reading.norm, c.seed.reading.mentions, this.words);
      // "not easy" and "hard" say the same: with a negation on either side, opposites prove nothing.
      const hit =
        this.values(claim, mine, theirs, c, cjk, settled, candidates) ?? (negated || c.seed.negated ? undefined : this.opposite(claim, mine, theirs, c, cjk));
      if (hit) return hit;
    }
    return undefined;
  }

  /** Whether both values follow a preposition, and not the same one. */
  private governedApart(a: string, v: Positioned, b: string, u: Positioned): boolean {
    const before = (text: string, at: number) => /(\p{L}+)\s+(?:(?:the|a|an)\s+)?$/u.exec(text.slice(Math.max(0, at - 24), at))?.[1]?.toLowerCase();
    const [x, y] = [before(a, v.start), before(b, u.start)];
    const { prepositions } = this.words;
    return Boolean(x && y && x !== y && prepositions.has(x) && prepositions.has(y));
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
        // "a pact with Washington" against "a pact in the Pacific": each value its own preposition, two slots.
        if (!cjk && this.governedApart(claim.norm, v, c.seed.reading.norm, u)) continue;
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

  private opposite(claim: Reading, mine: Positioned[], theirs: Positioned[], c: Candidate, cjk: boolean): Substitution | undefined {
    const swap = this.opposites.find(claim, c.seed.reading, mine, theirs, cjk);
    return swap && { kind: 'opposite', type: 'opposite', ...swap, candidate: c };
  }
}

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
