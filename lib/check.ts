import { Lexicon, type Mention } from './lexicon';
import { read, SeedIndex } from './match';
import { datelineLength, kickerLength, normalize } from './normalize';
import { isNegated, negatedPredicates } from './polarity';
import type { Dataset } from './pack';
import { segment, type Span } from './segment';
import { positionalTokens } from './tokens';
import { pageOnTopic, sentencesOnTopic } from './topic';
import type { CheckOptions, Claim, Verdict } from './types';
import { SubstitutionCheck } from './substitute';
import { contradicted, disputed, negationContradicted, substitutionContradicted, type Cite, type Judgement } from './verdicts';
import { Verifier, type Judged } from './verify';
import { SupportCheck } from './support';
import { factDifferences, locate } from './explain';

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
  const substitutions = new SubstitutionCheck(
    dataset.pack.substitutable ?? [],
    dataset.pack.grammar.opposites ?? {},
    dataset.pack.grammar.negativePrefixes,
    words.content,
  );

  const cite: Cite = (id, relation) => {
    const e = index.entry(id);
    if (!e) return [];
    return [{ sourceId: e.source.id, sentenceId: id, outlet: e.source.outlet, date: e.source.date, quote: e.sentence.text, relation }];
  };
  const support = new SupportCheck(lexicon, index, verifier.grammar, cite);

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
    return support.judge(reading, candidates, factHits, { notOwn, reported: spans, differences: reported });
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

export type { Claim, Verdict };
