import { Lexicon, type Mention } from './lexicon';
import { read, SeedIndex, type Candidate, type Reading, type SeedEntry } from './match';
import { datelineLength, kickerLength, normalize } from './normalize';
import { isNegated } from './polarity';
import type { Dataset } from './pack';
import { segment, type Span } from './segment';
import { salientNumbers } from './tokens';
import { pageOnTopic, sentencesOnTopic } from './topic';
import type { Citation, Claim, Difference, Verdict } from './types';
import { SubstitutionCheck } from './substitute';
import { Verifier, type DisputeHit, type FactHit, type Judged } from './verify';
import { disputeDifference, factDifferences, locate, sideMention, substitutionDifference } from './explain';

export interface CheckOptions {
  /**
   * Treat the text as part of a page already known to be about the story, and every sentence as
   * sitting among on-topic ones: the page gate is skipped and the per-sentence gate loosened (a
   * weak mention is enough). For a sentence checked on its own, such as a selection.
   */
  assumeOnTopic?: boolean;
  /**
   * The page this text is part of is already known to be about the story: only the page gate is
   * skipped. Each sentence must still pass the strict per-sentence gate, read among its neighbours
   * in this text, exactly as in a whole-page check. For a slice of a page that passed the gate elsewhere.
   */
  pageKnownOnTopic?: boolean;
  /**
   * Judge and return only the sentences that start in [start, end) (offsets into the text). The
   * whole text is still read for the page gate and for each sentence's neighbours, so a claim is the
   * same as in a check of the whole text; context around the range costs a read, not a judgement.
   */
  range?: { start: number; end: number };
}

/** Share of a claim's content the two closest source sentences must cover together to count as stating it. */
const SUPPORT = 0.55;
/** Lower bar, for the single closest sentence, when a curated fact already confirms the claim's checkable values. */
const SUPPORT_WITH_FACT = 0.4;
/** Coverage above which an unshared number is a minor detail of a sourced claim, not a new claim. */
const MINOR_DETAIL = 0.7;
/** How closely a negated claim must match a source sentence before the negation counts as a conflict. */
const POLARITY = 0.6;
/** What a word found only in a sentence's detail (an aside, apposition, attribution) weighs against one in its central claim. */
const DETAIL = 0.3;

export interface Checker {
  checkText(text: string, options?: CheckOptions): Claim[];
}

export function createChecker(dataset: Dataset): Checker {
  const lexicon = new Lexicon(dataset.pack.lexicon);
  const verifier = new Verifier(dataset.pack);
  const words = verifier.grammar.words;
  const index = new SeedIndex(dataset.sources, lexicon, words);
  const byId = new Map(index.entries.map((e) => [e.sentence.id, e]));
  const substitutions = new SubstitutionCheck(
    dataset.pack.substitutable ?? [],
    dataset.pack.grammar.opposites ?? {},
    dataset.pack.grammar.negativePrefixes,
    words.content.en,
    words.content,
  );

  const cite = (id: string, relation: Citation['relation']): Citation[] => {
    const e = byId.get(id);
    if (!e) return [];
    return [{ sourceId: e.source.id, sentenceId: id, outlet: e.source.outlet, date: e.source.date, quote: e.sentence.text, relation }];
  };
  const citeSeed = (e: SeedEntry): Citation[] => cite(e.sentence.id, 'supports');

  // A page checked in slices sends the sentences at each slice's edge twice: as the context of one
  // slice and as the range (or context) of the next. Reading every sentence for the topic gates is
  // most of a check's cost (only the few on topic are judged), so a ranged check reuses the readings of
  // the ranged check just before it. Only the last one is kept: a first look at a page stays a first look.
  let lastReadings = new Map<string, Mention[]>();
  const readTopic = (sentence: string): Mention[] => lexicon.findAnchors(normalize(sentence));
  const readTopicsReusing = (spans: readonly Span[]): Mention[][] => {
    const previous = lastReadings;
    lastReadings = new Map();
    return spans.map((s) => {
      const mentions = previous.get(s.text) ?? readTopic(s.text);
      lastReadings.set(s.text, mentions);
      return mentions;
    });
  };

  function judge(text: string): Omit<Claim, 'text' | 'start' | 'end'> {
    const afterDateline = text.slice(datelineLength(text));
    const bodyStart = text.length - afterDateline.length + kickerLength(afterDateline);
    const reading = read(text.slice(bodyStart), lexicon, words.content);
    const place = (v: { surface: string; start: number }) => locate(text, bodyStart, v.surface, v.start);
    const factHits = verifier.checkFacts(reading.norm, reading.mentions);
    const disputes = verifier.findDisputes(reading.mentions);
    const candidates = index.rank(reading);
    // A value inside a reported or corrected claim ("some early reports placed the jam in Kyoto"), or one the
    // sentence denies ("in Nara, not Tokyo"), is not the sentence's own: it never makes a red mark.
    const spans = verifier.grammar.reportedSpans(reading.norm);
    const notOwn = (v: Judged) => spans.some(([a, b]) => v.start >= a && v.end <= b) || verifier.grammar.denied(reading.norm, v);
    const reported = factDifferences(factHits, place, (v) => !v.ok && notOwn(v), true);
    const conflicts = factHits.filter((h) => h.values.some((v) => !v.ok && !notOwn(v)));
    if (conflicts.length > 0) return contradicted(conflicts, candidates, [...factDifferences(conflicts, place, (v) => !v.ok && !notOwn(v)), ...reported]);
    const best = candidates[0];
    const negated = spans.length === 0 && isNegated(reading.norm, words.negation, reading.mentions, (t) => verifier.grammar.maskInterjections(t));
    // A claim that negates what a closely matching source states ("Lee did not play") conflicts with it.
    if (best && best.coverage >= POLARITY && negated && !candidates.slice(0, 3).some((c) => c.seed.negated)) {
      const difference: Difference = {
        kind: 'negation',
        key: 'negation',
        about: 'whether it happened',
        sourceValues: [{ en: best.seed.sentence.text }],
        sourceSentenceIds: [best.seed.sentence.id],
      };
      return {
        verdict: 'contradicted',
        reason: 'The sources state the opposite.',
        citations: cite(best.seed.sentence.id, 'conflicts'),
        differences: [difference],
      };
    }
    if (disputes.length > 0) return disputed(disputes, reading.mentions, text, bodyStart);
    // A close restatement of a source with one value swapped, though no curated fact names it.
    const settled = reading.mentions.filter((m) => factHits.some((h) => h.values.some((v) => v.ok && v.start === m.start && v.end === m.end)));
    const swap = spans.length ? undefined : substitutions.find(reading, candidates, settled, negated);
    if (swap) {
      const entry = lexicon.byKey.get(
        swap.candidate.seed.reading.mentions.find((m) => swap.candidate.seed.reading.norm.slice(m.start, m.end) === swap.sourceValue)?.key ?? '',
      );
      const difference = substitutionDifference(swap, place({ surface: swap.claimValue.text, start: swap.claimValue.start }), entry);
      return {
        verdict: 'contradicted',
        reason: `Sources say “${swap.sourceValue}”; this says “${swap.claimValue.text}”.`,
        citations: cite(swap.candidate.seed.sentence.id, 'conflicts'),
        differences: [difference],
      };
    }
    const extra = reported.length ? { differences: reported } : {};
    const factOk = factHits.length > 0;
    // A number that the closest sentences do not share ("30 aides", "millions of times") is a new detail.
    const salient = salientNumbers(reading.norm, reading.mentions);
    const pairTokens = new Set([...(candidates[0]?.seed.tokenSet ?? []), ...(candidates[1]?.seed.tokenSet ?? [])]);
    // Words found only in an aside, apposition or attribution are detail around the central claim: they weigh less.
    const side = detailOnly(reading, verifier.grammar.peripheralSpans(reading.norm), (t) => read(t, lexicon, words.content));
    const covered = pairCoverage(reading.tokens, pairTokens, (t) => index.weight(t) * (side.has(t) ? DETAIL : 1));
    // …unless the rest restates a source so closely that the number is a minor detail ("in just five or 10 minutes").
    const newDetail = covered < MINOR_DETAIL && salient.some((t) => !pairTokens.has(t));
    // A curated fact or role the claim gets right, with its own source sentences covering the claim as the
    // closest one would: a paraphrase of that source ("awkward at first" for Lee's "a little clumsy").
    const byFact = factHits
      .filter((h) => h.values.every((v) => v.ok))
      .map((h) => pairCoverage(reading.tokens, new Set(h.fact.sources.flatMap((id) => [...(byId.get(id)?.tokenSet ?? [])])), (t) => index.weight(t)));
    const factCovered = Math.max(0, ...byFact) >= SUPPORT_WITH_FACT + 0.05;
    if (best && !newDetail && (covered >= SUPPORT || (factOk && best.coverage >= SUPPORT_WITH_FACT) || factCovered)) {
      // The closest sentences, and always the two whose union made the case.
      const cited = candidates.filter((c, i) => (i < 2 && c.coverage >= 0.2) || c.coverage >= Math.max(SUPPORT_WITH_FACT, best.coverage - 0.15)).slice(0, 3);
      const outlets = [...new Set(cited.map((c) => c.seed.source.outlet))];
      return { verdict: 'supported', reason: `Stated by ${outlets.join(', ')}.`, citations: cited.flatMap((c) => citeSeed(c.seed)), ...extra };
    }
    return { verdict: 'unverified', reason: 'On topic, but none of the sources covers this.', citations: [], ...extra };
  }

  function contradicted(conflicts: FactHit[], candidates: Candidate[], differences: Difference[]): Omit<Claim, 'text' | 'start' | 'end'> {
    const first = differences[0]!;
    const conflictIds = new Set(conflicts.flatMap((h) => h.fact.sources.slice(0, 2)));
    const citations = [...conflictIds].flatMap((id) => cite(id, 'conflicts'));
    const support = candidates.find((c) => c.coverage >= SUPPORT && !conflictIds.has(c.seed.sentence.id));
    if (support) citations.push(...citeSeed(support.seed));
    return {
      verdict: 'contradicted',
      reason: `Sources say ${first.sourceValues[0]!.en}; this says “${first.claimValue?.text ?? ''}”.`,
      citations,
      differences,
    };
  }

  function disputed(hits: DisputeHit[], mentions: readonly Mention[], text: string, bodyStart: number): Omit<Claim, 'text' | 'start' | 'end'> {
    const { dispute, sides } = hits[0]!;
    const citations = dispute.sides.flatMap((side, i) => {
      const relation: Citation['relation'] = sides.length === 0 || sides.includes(i) ? 'supports' : 'conflicts';
      return side.sources.flatMap((id) => cite(id, relation));
    });
    const views = dispute.sides.map((s) => s.says).join('” vs “');
    const side = sideMention(dispute, mentions);
    const difference = disputeDifference(
      dispute,
      side ? locate(text, bodyStart, normalize(text.slice(bodyStart)).slice(side.start, side.end), side.start) : undefined,
    );
    return { verdict: 'disputed', reason: `Sources disagree on ${dispute.about}: “${views}”.`, citations, differences: [difference] };
  }

  return {
    checkText(text: string, options: CheckOptions = {}): Claim[] {
      if (typeof text !== 'string' || text.length === 0) return [];
      const spans = segment(text);
      const readings = options.range ? readTopicsReusing(spans) : spans.map((s) => readTopic(s.text));
      const known = options.assumeOnTopic || options.pageKnownOnTopic;
      if (!known && !pageOnTopic(readings, dataset.pack.topic)) return [];
      const onTopic = sentencesOnTopic(
        readings,
        spans.map((s) => s.text),
        options.assumeOnTopic,
        dataset.pack.topic.together,
        dataset.pack.topic.anywhere,
        words.topic,
      );
      const { range } = options;
      const claims: Claim[] = [];
      spans.forEach((span, i) => {
        // Written so that a range with a NaN bound selects nothing rather than everything.
        if (!onTopic[i] || (range && !(span.start >= range.start && span.start < range.end))) return;
        claims.push({ text: span.text, start: span.start, end: span.end, ...judge(span.text) });
      });
      return claims;
    },
  };
}

/** The claim's tokens found only inside the given stretches: read again with those stretches blanked out. */
function detailOnly(reading: Reading, spans: readonly [number, number][], reread: (text: string) => Reading): Set<string> {
  if (spans.length === 0) return new Set();
  let central = reading.norm;
  for (const [a, b] of spans) central = central.slice(0, a) + ' '.repeat(b - a) + central.slice(b);
  const kept = new Set(reread(central).tokens);
  return new Set(reading.tokens.filter((t) => !kept.has(t)));
}

/** Coverage by the union of the two best candidates' tokens: a claim may join two sourced facts in one sentence. */
function pairCoverage(tokens: readonly string[], pair: ReadonlySet<string>, weight: (t: string) => number): number {
  const total = tokens.reduce((s, t) => s + weight(t), 0);
  return total ? tokens.filter((t) => pair.has(t)).reduce((s, t) => s + weight(t), 0) / total : 0;
}

export type { Claim, Verdict };
