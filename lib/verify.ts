import type { Mention } from './lexicon';
import type { Dispute, Fact, SlotCue } from './pack';
import { hitsGroups } from './topic';

export interface FactHit {
  fact: Fact;
  /** The claim's values for the fact's slot, as written in the claim. */
  values: { mention: Mention; surface: string; ok: boolean }[];
}

export interface DisputeHit {
  dispute: Dispute;
  /** Index of the side the claim takes, if it takes one. */
  sides: number[];
}

function compileCues(cues: Record<string, SlotCue>): Map<string, { before?: RegExp; after?: RegExp }> {
  const out = new Map<string, { before?: RegExp; after?: RegExp }>();
  for (const [slot, cue] of Object.entries(cues)) {
    out.set(slot, {
      before: cue.before ? new RegExp(cue.before, 'iu') : undefined,
      after: cue.after ? new RegExp(cue.after, 'iu') : undefined,
    });
  }
  return out;
}

export class Verifier {
  private readonly cues: Map<string, { before?: RegExp; after?: RegExp }>;

  constructor(
    private readonly facts: Fact[],
    private readonly disputes: Dispute[],
    slotCues: Record<string, SlotCue>,
  ) {
    this.cues = compileCues(slotCues);
  }

  /** Facts the claim touches, each with its values judged against the sources. */
  checkFacts(text: string, mentions: readonly Mention[]): FactHit[] {
    const hits: FactHit[] = [];
    for (const fact of this.facts) {
      if (fact.unless?.some((k) => mentions.some((m) => m.key === k))) continue;
      const values = mentions.filter((m) => m.type === fact.slot && this.cued(fact.slot, text, m));
      if (values.length === 0) continue;
      // The slot's own value must not be what satisfies `when` ("drums" is both instrument and context).
      const context = mentions.filter((m) => !values.includes(m));
      if (!hitsGroups(fact.when, context)) continue;
      hits.push({
        fact,
        values: values.map((mention) => ({ mention, surface: text.slice(mention.start, mention.end), ok: accepts(fact, mention) })),
      });
    }
    return hits;
  }

  findDisputes(mentions: readonly Mention[]): DisputeHit[] {
    const hits: DisputeHit[] = [];
    for (const dispute of this.disputes) {
      if (dispute.unless?.some((k) => mentions.some((m) => m.key === k))) continue;
      if (!hitsGroups(dispute.when, mentions)) continue;
      const sides = dispute.sides.flatMap((side, i) => (side.match?.some((k) => mentions.some((m) => m.key === k)) ? [i] : []));
      hits.push({ dispute, sides });
    }
    return hits;
  }

  private cued(slot: string, text: string, m: Mention): boolean {
    const cue = this.cues.get(slot);
    if (!cue) return true;
    return Boolean(cue.before?.test(text.slice(0, m.start)) || cue.after?.test(text.slice(m.end)));
  }
}

function accepts(fact: Fact, m: Mention): boolean {
  if (fact.range && m.value !== undefined) return m.value >= fact.range[0] && m.value <= fact.range[1];
  return fact.accept?.includes(m.key) ?? false;
}
