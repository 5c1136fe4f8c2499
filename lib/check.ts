import { Lexicon, type Mention } from './lexicon';
import { DETAIL, detailOnly, MINOR_DETAIL, pairCoverage, SUPPORT, SUPPORT_WITH_FACT, TRANSLATION } from './coverage';
import { read, SeedIndex, type SeedEntry } from './match';
import { datelineLength, kickerLength, normalize } from './normalize';
import { isNegated, negatedPredicates } from './polarity';
import type { Dataset } from './pack';
import { segment, type Span } from './segment';
import { positionalTokens, salientNumbers } from './tokens';
import { pageOnTopic, sentencesOnTopic } from './topic';
import type { CheckOptions, Citation, Claim, Verdict } from './types';
import { SubstitutionCheck } from './substitute';
import { contradicted, disputed, negationContradicted, substitutionContradicted, type Cite, type Judgement } from './verdicts';
import { Verifier, type FactHit, type Judged } from './verify';
import { factDifferences, locate } from './explain';
import { quoteSpans } from './speech';

/** How closely a negated claim must match a source sentence before the negation counts as a conflict. */
const POLARITY = 0.6;

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
    words.content,
  );

  const cite: Cite = (id, relation) => {
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

  /** Whether some negation in the claim negates a word the source sentence holds, in every reading of that word. */
  function negatesSourced(reading: { norm: string; mentions: readonly Mention[] }, source: ReadonlySet<string>): boolean {
    const content = (from: number, to: number) => {
      const inside = reading.mentions.filter((m) => m.start >= from && m.end <= to).map((m) => ({ ...m, start: m.start - from, end: m.end - from }));
      return positionalTokens(reading.norm.slice(from, to), inside, words.content).map((p) => p.tok);
    };
    const mask = (t: string) => verifier.grammar.maskInterjections(t);
    return negatedPredicates(reading.norm, words.negation, reading.mentions, content, mask).some((ps) =>
      ps.some((keys) => keys.length > 0 && keys.every((k) => source.has(k))),
    );
  }

  function judge(text: string): Judgement {
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
    // A sentence that may be about another occasion ("met in Gyeongju in October") keeps its wrong value unred.
    const conflicts = factHits.filter((h) => !h.elsewhen && h.values.some((v) => !v.ok && !notOwn(v)));
    if (conflicts.length > 0) return contradicted(conflicts, candidates, [...factDifferences(conflicts, place, (v) => !v.ok && !notOwn(v)), ...reported], cite);
    const best = candidates[0];
    const negated = spans.length === 0 && isNegated(reading.norm, words.negation, reading.mentions, (t) => verifier.grammar.maskInterjections(t));
    // A claim that negates what a closely matching source states ("Lee did not play") conflicts with it.
    // Only when the source states what the claim negates: "did not feature on the agenda" denies nothing a source says.
    if (best && best.coverage >= POLARITY && negated && !candidates.slice(0, 3).some((c) => c.seed.negated) && negatesSourced(reading, best.seed.tokenSet))
      return negationContradicted(best, cite);
    if (disputes.length > 0) return disputed(disputes, reading.mentions, text, bodyStart, cite);
    // A close restatement of a source with one value swapped, though no curated fact names it.
    const settled = reading.mentions.filter((m) => factHits.some((h) => h.values.some((v) => v.ok && v.start === m.start && v.end === m.end)));
    const swap = spans.length ? undefined : substitutions.find(reading, candidates, settled, negated);
    if (swap) {
      const entry = lexicon.byKey.get(
        swap.candidate.seed.reading.mentions.find((m) => swap.candidate.seed.reading.norm.slice(m.start, m.end) === swap.sourceValue)?.key ?? '',
      );
      return substitutionContradicted(swap, place({ surface: swap.claimValue.text, start: swap.claimValue.start }), entry, cite);
    }
    const extra = reported.length ? { differences: reported } : {};
    const factOk = factHits.length > 0;
    // A number that the closest sentences do not share ("30 aides", "millions of times") is a new detail.
    const salient = salientNumbers(reading.norm, reading.mentions);
    const pairTokens = new Set([...(candidates[0]?.seed.tokenSet ?? []), ...(candidates[1]?.seed.tokenSet ?? [])]);
    // Words found only in an aside, apposition or attribution are detail around the central claim: they weigh less.
    // So are a quote's other words when a curated fact knows the quote and its speaker: they are one more translation of it.
    const knownQuotes = aroundKnownQuotes(reading.norm, factHits, reading.mentions);
    const reread = (t: string) => read(t, lexicon, words.content);
    const side = detailOnly(reading, [...verifier.grammar.peripheralSpans(reading.norm), ...spans], reread);
    const variant = detailOnly(reading, knownQuotes, reread);
    const weigh = (t: string) => index.weight(t) * (variant.has(t) ? TRANSLATION : side.has(t) ? DETAIL : 1);
    const covered = pairCoverage(reading.tokens, pairTokens, weigh);
    // …unless the rest restates a source so closely that the number is a minor detail ("in just five or 10 minutes").
    const newDetail = covered < MINOR_DETAIL && salient.some((t) => !pairTokens.has(t));
    // A curated fact or role the claim gets right, with its own source sentences (and the values it confirms)
    // covering the claim as the closest one would: a paraphrase of that source ("awkward at first" for "a little clumsy").
    // Where the claim is such a quote, its attribution ("…,” Lee posted afterwards) is detail here too.
    const factWeigh = knownQuotes.length ? weigh : (t: string) => index.weight(t);
    const byFact = factHits
      // A reported or corrected value ("some outlets said 30 minutes, but it ran about 20") is not the claim's own.
      .filter((h) => h.values.some((v) => !notOwn(v)) && h.values.every((v) => v.ok || notOwn(v)))
      .map((h) => {
        const confirmed = reading.mentions.filter((m) => h.values.some((v) => v.start === m.start && v.end === m.end)).map((m) => m.key);
        const held = new Set([...h.fact.sources.flatMap((id) => [...(byId.get(id)?.tokenSet ?? [])]), ...confirmed]);
        return { hit: h, holds: held, coverage: pairCoverage(reading.tokens, held, factWeigh) };
      })
      .sort((a, b) => b.coverage - a.coverage);
    const factCovered = (byFact[0]?.coverage ?? 0) >= SUPPORT_WITH_FACT + 0.05;
    // A predicate that is a claim of its own ("she taught him") must be the close sources' too.
    const unheld = reading.mentions.some((m) => lexicon.byKey.get(m.key)?.claim && !pairTokens.has(m.key) && !byFact.some((f) => f.holds.has(m.key)));
    if (best && !newDetail && !unheld && (covered >= SUPPORT || (factOk && best.coverage >= SUPPORT_WITH_FACT) || factCovered)) {
      // The closest sentences, and always the two whose union made the case; the fact's own when only it did.
      const near = candidates.filter((c, i) => (i < 2 && c.coverage >= 0.2) || c.coverage >= Math.max(SUPPORT_WITH_FACT, best.coverage - 0.15));
      const viaFact = covered < SUPPORT && !(factOk && best.coverage >= SUPPORT_WITH_FACT) ? byFact[0]!.hit.fact.sources : [];
      const factSeeds = viaFact.flatMap((id) => byId.get(id) ?? []);
      const cited = [...factSeeds, ...near.map((c) => c.seed).filter((s) => !factSeeds.includes(s))].slice(0, 3);
      const outlets = [...new Set(cited.map((s) => s.source.outlet))];
      return { verdict: 'supported', reason: `Stated by ${outlets.join(', ')}.`, citations: cited.flatMap(citeSeed), ...extra };
    }
    return { verdict: 'unverified', reason: 'On topic, but none of the sources covers this.', citations: [], ...extra };
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

/**
 * The rest of each quote whose phrase a role fact the claim gets right knows (the quoted phrase and its
 * speaker): the stretches either side of that phrase, inside the quote marks.
 */
function aroundKnownQuotes(text: string, hits: readonly FactHit[], mentions: readonly Mention[]): [number, number][] {
  const phrases = mentions.filter((m) => hits.some(({ fact, values }) => 'predicate' in fact && values.every((v) => v.ok) && fact.predicate.includes(m.key)));
  return quoteSpans(text).flatMap(([a, b]) => {
    const known = phrases.find((m) => m.start >= a && m.end <= b);
    return known
      ? ([
          [a, known.start],
          [known.end, b],
        ] as [number, number][])
      : [];
  });
}

export type { Claim, Verdict };
