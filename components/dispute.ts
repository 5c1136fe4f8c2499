import { disputes } from '../data/packs/drum-summit/facts.json';
import type { Dispute } from '../lib/pack';
import type { Citation, Claim } from '../lib/types';
import { sharedWords } from './emphasis';

export interface Side {
  /** What this side holds, as the data pack words it: a paraphrase, not a quote. */
  says: string;
  citations: Citation[];
  /** The page's sentence takes this side. */
  taken: boolean;
}

export interface Sides {
  /** The dispute's id in the data pack. */
  id: string;
  about: string;
  sides: Side[];
}

const DISPUTES = disputes as Dispute[];

/**
 * A disputed claim's citations as the sides of the disagreement (data/packs/drum-summit/facts.json `disputes`), each with
 * the sentences of the sources on it, and the side the claim takes. The engine says which side a claim
 * takes when a side has values to match ("Wednesday", "central Japan"): its citations of that side
 * support the claim, the others conflict. When it cannot tell (every citation marked as support), the
 * side whose words the claim shares clearly more of is taken, and none if no side stands out.
 */
export function disputeSides(claim: Claim): Sides | null {
  const ids = new Set(claim.citations.map((c) => c.sentenceId));
  const dispute = DISPUTES.find((d) => d.sides.some((s) => s.sources.some((id) => ids.has(id))));
  if (!dispute) return null;
  const sides = dispute.sides.map((side) => ({ says: side.says, citations: claim.citations.filter((c) => side.sources.includes(c.sentenceId)), taken: false }));
  const engineTold = claim.citations.some((c) => c.relation === 'conflicts');
  if (engineTold) {
    for (const side of sides) side.taken = side.citations.length > 0 && side.citations.every((c) => c.relation === 'supports');
  } else {
    const scores = sides.map((s) => Math.max(sharedWords(s.says, claim.text), ...s.citations.map((c) => sharedWords(c.quote, claim.text))));
    const best = Math.max(...scores);
    const rest = scores.filter((x) => x !== best);
    if (scores.filter((x) => x === best).length === 1 && best >= 3 && best >= 1.5 * Math.max(0, ...rest)) sides[scores.indexOf(best)]!.taken = true;
  }
  return { id: dispute.id, about: dispute.about, sides };
}
