/** The red verdicts, built: what a claim gets when a fact, a source's wording or a known disagreement goes against it. */
import { SUPPORT } from './coverage';
import { disputeDifference, locate, sideMention, substitutionDifference } from './explain';
import type { LexEntry, Mention } from './lexicon';
import type { Candidate } from './match';
import { normalize } from './normalize';
import type { Substitution } from './substitute';
import type { Citation, Claim, Difference } from './types';
import type { DisputeHit, FactHit } from './verify';

/** What judging a sentence adds to its text and offsets. */
export type Judgement = Omit<Claim, 'text' | 'start' | 'end'>;
/** The citation of a source sentence by id, in the given relation; none for an unknown id. */
export type Cite = (id: string, relation: Citation['relation']) => Citation[];

export function contradicted(conflicts: FactHit[], candidates: Candidate[], differences: Difference[], cite: Cite): Judgement {
  const first = differences[0]!;
  const conflictIds = new Set(conflicts.flatMap((h) => h.fact.sources.slice(0, 2)));
  const citations = [...conflictIds].flatMap((id) => cite(id, 'conflicts'));
  const support = candidates.find((c) => c.coverage >= SUPPORT && !conflictIds.has(c.seed.sentence.id));
  if (support) citations.push(...cite(support.seed.sentence.id, 'supports'));
  return {
    verdict: 'contradicted',
    reason: `Sources say ${first.sourceValues[0]!.en}; this says “${first.claimValue?.text ?? ''}”.`,
    citations,
    differences,
  };
}

export function negationContradicted(best: Candidate, cite: Cite): Judgement {
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

export function substitutionContradicted(swap: Substitution, place: Difference['claimValue'], entry: LexEntry | undefined, cite: Cite): Judgement {
  const difference = substitutionDifference(swap, place, entry);
  return {
    verdict: 'contradicted',
    reason: `Sources say “${swap.sourceValue}”; this says “${swap.claimValue.text}”.`,
    citations: cite(swap.candidate.seed.sentence.id, 'conflicts'),
    differences: [difference],
  };
}

export function disputed(hits: DisputeHit[], mentions: readonly Mention[], text: string, bodyStart: number, cite: Cite): Judgement {
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
