/**
 * Whether a sentence no fact, source wording or disagreement goes against is stated by the sources
 * (supported) or not (unverified): by how much of it its closest source sentences cover, its detail
 * weighing less than its central claim.
 */
import { DETAIL, detailOnly, MINOR_DETAIL, pairCoverage, SUPPORT, SUPPORT_WITH_FACT, TRANSLATION } from './coverage';
import type { Grammar } from './grammar';
import type { Lexicon, Mention } from './lexicon';
import { read, type Candidate, type Reading, type SeedIndex } from './match';
import { quoteSpans } from './speech';
import { salientNumbers } from './tokens';
import type { Difference } from './types';
import type { Cite, Judgement } from './verdicts';
import type { FactHit, Judged } from './verify';

/** What the checker already knows of the sentence: which values are not its own, and where it reports a claim. */
export interface SupportContext {
  notOwn: (v: Judged) => boolean;
  /** Stretches that carry someone else's claim, reported or corrected. */
  reported: [number, number][];
  /** The wrong values of such a reported claim, for the card. */
  differences: Difference[];
}

export class SupportCheck {
  constructor(
    private readonly lexicon: Lexicon,
    private readonly index: SeedIndex,
    private readonly grammar: Grammar,
    private readonly cite: Cite,
  ) {}

  judge(reading: Reading, candidates: Candidate[], factHits: FactHit[], context: SupportContext): Judgement {
    const best = candidates[0];
    const extra = context.differences.length ? { differences: context.differences } : {};
    const factOk = factHits.length > 0;
    // A number that the closest sentences do not share ("30 aides", "millions of times") is a new detail.
    const salient = salientNumbers(reading.norm, reading.mentions);
    const pairTokens = new Set([...(candidates[0]?.seed.tokenSet ?? []), ...(candidates[1]?.seed.tokenSet ?? [])]);
    // Words found only in an aside, apposition or attribution are detail around the central claim: they weigh less.
    // So are a quote's other words when a curated fact knows the quote and its speaker: they are one more translation of it.
    const knownQuotes = aroundKnownQuotes(reading.norm, factHits, reading.mentions);
    const reread = (t: string) => read(t, this.lexicon, this.grammar.words.content);
    const side = detailOnly(reading, [...this.grammar.peripheralSpans(reading.norm), ...context.reported], reread);
    const variant = detailOnly(reading, knownQuotes, reread);
    const weigh = (t: string) => this.index.weight(t) * (variant.has(t) ? TRANSLATION : side.has(t) ? DETAIL : 1);
    const covered = pairCoverage(reading.tokens, pairTokens, weigh);
    // …unless the rest restates a source so closely that the number is a minor detail ("in just five or 10 minutes").
    const newDetail = covered < MINOR_DETAIL && salient.some((t) => !pairTokens.has(t));
    // A curated fact or role the claim gets right, with its own source sentences (and the values it confirms)
    // covering the claim as the closest one would: a paraphrase of that source ("awkward at first" for "a little clumsy").
    // Where the claim is such a quote, its attribution ("…,” Lee posted afterwards) is detail here too.
    const factWeigh = knownQuotes.length ? weigh : (t: string) => this.index.weight(t);
    const byFact = factHits
      // A reported or corrected value ("some outlets said 30 minutes, but it ran about 20") is not the claim's own.
      .filter((h) => h.values.some((v) => !context.notOwn(v)) && h.values.every((v) => v.ok || context.notOwn(v)))
      .map((h) => {
        const confirmed = reading.mentions.filter((m) => h.values.some((v) => v.start === m.start && v.end === m.end)).map((m) => m.key);
        const held = new Set([...h.fact.sources.flatMap((id) => [...(this.index.entry(id)?.tokenSet ?? [])]), ...confirmed]);
        return { hit: h, holds: held, coverage: pairCoverage(reading.tokens, held, factWeigh) };
      })
      .sort((a, b) => b.coverage - a.coverage);
    const factCovered = (byFact[0]?.coverage ?? 0) >= SUPPORT_WITH_FACT + 0.05;
    // A predicate that is a claim of its own ("she taught him") must be the close sources' too.
    const unheld = reading.mentions.some((m) => this.lexicon.byKey.get(m.key)?.claim && !pairTokens.has(m.key) && !byFact.some((f) => f.holds.has(m.key)));
    const byCandidates = covered >= SUPPORT || (factOk && (best?.coverage ?? 0) >= SUPPORT_WITH_FACT);
    if (best && !newDetail && !unheld && (byCandidates || factCovered)) {
      // The closest sentences, and always the two whose union made the case; the fact's own when only it did.
      const near = candidates.filter((c, i) => (i < 2 && c.coverage >= 0.2) || c.coverage >= Math.max(SUPPORT_WITH_FACT, best.coverage - 0.15));
      const viaFact = byCandidates ? [] : byFact[0]!.hit.fact.sources;
      const factSeeds = viaFact.flatMap((id) => this.index.entry(id) ?? []);
      const cited = [...factSeeds, ...near.map((c) => c.seed).filter((s) => !factSeeds.includes(s))].slice(0, 3);
      const outlets = [...new Set(cited.map((s) => s.source.outlet))];
      return {
        verdict: 'supported',
        reason: `Stated by ${outlets.join(', ')}.`,
        citations: cited.flatMap((e) => this.cite(e.sentence.id, 'supports')),
        ...extra,
      };
    }
    return { verdict: 'unverified', reason: 'On topic, but none of the sources covers this.', citations: [], ...extra };
  }
}

/**
 * The rest of each quote whose phrase a role fact the claim gets right knows (the quoted phrase and its
 * speaker): the stretches either side of that phrase, inside the quote marks.
 */
function aroundKnownQuotes(text: string, hits: readonly FactHit[], mentions: readonly Mention[]): [number, number][] {
  const phrases = mentions.filter((m) => hits.some(({ fact, values }) => 'predicate' in fact && values.every((v) => v.ok) && fact.predicate.includes(m.key)));
  return quoteSpans(text).flatMap(([a, b]): [number, number][] => {
    const known = phrases.find((m) => m.start >= a && m.end <= b);
    return known
      ? [
          [a, known.start],
          [known.end, b],
        ]
      : [];
  });
}
