import { beside, governed, sameClause } from './binding';
import { Grammar } from './grammar';
import { formSource } from './forms';
import type { Mention } from './lexicon';
import type { DataPack, Dispute, Fact, RoleFact } from './pack';
import { people } from './people';
import { roleOf } from './roles';
import { hitsGroups, matchesKey } from './topic';

/** A value in the claim judged against a fact: `ok` when the sources agree. */
export interface Judged {
  surface: string;
  ok: boolean;
  /** Offsets of the value in the text read. */
  start: number;
  end: number;
}

export interface FactHit {
  fact: Fact | RoleFact;
  values: Judged[];
  /** The sentence names one of the fact's `elsewhen` keys: its wrong values may be another occasion's. */
  elsewhen?: boolean;
}

export interface DisputeHit {
  dispute: Dispute;
  /** Indexes of the sides the claim takes, if it takes any. */
  sides: number[];
}

type Cue = { before?: RegExp; after?: RegExp };

export class Verifier {
  private readonly cues = new Map<string, Cue>();
  private readonly pronouns: Record<string, RegExp> = {};
  readonly grammar: Grammar;

  constructor(private readonly pack: DataPack) {
    this.grammar = new Grammar(pack.grammar);
    for (const [slot, cue] of Object.entries(pack.slotCues)) {
      this.cues.set(slot, {
        before: cue.before ? new RegExp(cue.before, 'iu') : undefined,
        after: cue.after ? new RegExp(cue.after, 'iu') : undefined,
      });
    }
    for (const e of pack.lexicon) {
      if (e.pronouns?.length) this.pronouns[e.key] = new RegExp(e.pronouns.map(formSource).join('|'), 'giu');
    }
  }

  /** Facts the claim touches, each with the claim's values judged against the sources. */
  checkFacts(text: string, mentions: readonly Mention[]): FactHit[] {
    const refs = people(mentions, text, this.pronouns);
    const hits: FactHit[] = [];
    const names = (keys: readonly string[] | undefined) => keys?.some((k) => mentions.some((m) => matchesKey(k, m))) ?? false;
    for (const fact of this.pack.facts) {
      if (names(fact.unless)) continue;
      const values = mentions.filter(
        (m) =>
          m.type === fact.slot &&
          this.cued(fact.slot, text, m) &&
          !governed(fact, text, m, mentions) &&
          !(m.type === 'duration' && this.grammar.elapsed(text, m)),
      );
      if (values.length === 0) continue;
      // The slot's own value must not be what satisfies `when` ("drums" is both instrument and context).
      const context = mentions.filter((m) => !values.includes(m));
      if (!hitsGroups(fact.when, context)) continue;
      let own = fact.near ? values.filter((v) => beside(fact.near!, text, v, mentions, this.grammar)) : values;
      // A wrong-looking value governed by another occasion ("Lee's stay through Jan 14") is that occasion's.
      // A fact with no context (`when` empty) is named by its value's own words (APEC's host): nothing to intercept.
      const occasion = mentions.filter((m) => !values.includes(m) && fact.when.some((g) => g.some((k) => matchesKey(k, m))));
      if (fact.when.length) own = own.filter((v) => accepts(fact, v) || !this.grammar.intercepted(text, v, occasion, values));
      if (own.length === 0) continue;
      if (fact.subject) {
        const subject = fact.subject;
        const preds = mentions.filter((m) => subject.predicate.includes(m.key) && roleOf(subject.role, m, text, refs, this.grammar.words.roles) === subject.is);
        // The value must be the predicate's own ("took office in June"), not another clause's ("…, describing it in August").
        own = own.filter((v) => preds.some((p) => sameClause(text, p, v)));
        if (own.length === 0) continue;
      }
      const judged = own.map((m) => ({ surface: text.slice(m.start, m.end), ok: accepts(fact, m), start: m.start, end: m.end }));
      hits.push({ fact, values: judged, ...(names(fact.elsewhen) && { elsewhen: true }) });
    }
    for (const fact of this.pack.roles) {
      if (fact.when && !hitsGroups(fact.when, mentions)) continue;
      const values: Judged[] = [];
      for (const pred of mentions.filter((m) => fact.predicate.some((k) => matchesKey(k, m)))) {
        const who = roleOf(fact.role, pred, text, refs, this.grammar.words.roles);
        if (!who) continue;
        const ok = !(fact.reject?.includes(who) ?? false) && (fact.accept === undefined || fact.accept.includes(who));
        const ref = refs.find((r) => r.key === who);
        const [start, end] = ref ? [ref.start, ref.end] : [pred.start, pred.end];
        values.push({ surface: ref ? text.slice(ref.start, ref.end) : who, ok, start, end });
      }
      // The first predicate that resolves decides: later ones often sit in a relative clause
      // ("praised her guest as a fast learner who found the rhythm") whose subject is the antecedent.
      if (values.length) hits.push({ fact, values: values.slice(0, 1) });
    }
    return hits;
  }

  findDisputes(mentions: readonly Mention[]): DisputeHit[] {
    const hits: DisputeHit[] = [];
    for (const dispute of this.pack.disputes) {
      if (dispute.unless?.some((k) => mentions.some((m) => matchesKey(k, m)))) continue;
      if (!hitsGroups(dispute.when, mentions)) continue;
      const sides = dispute.sides.flatMap((side, i) => (side.match?.some((k) => mentions.some((m) => matchesKey(k, m))) ? [i] : []));
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
