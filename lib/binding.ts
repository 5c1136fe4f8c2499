/** Whether a value the claim names is a fact's own: governed by another word, beside the fact's cue, in the predicate's clause. */
import type { Grammar } from './grammar';
import type { Mention } from './lexicon';
import { isCjk } from './normalize';
import type { Fact } from './pack';
import { matchesKey } from './topic';

/** Characters between a governing word and its value, at most. */
const GOVERN_GAP = 40;
/** A Korean clause's link to the next one (드럼을 친 데 이어, 치고, 치며): what follows is another clause. */
const CLAUSE_LINK = /데\s?이어|[가-힣](?:고|며|면서|지만)\s/u;
/** A subject's or topic's particle right after a governing noun, then a few characters to the value. */
const SUBJECT_MARK = /^(?:は|が|では|은|는|이|가|에서는)\s?[^\s、。,.]{0,4}\s?$/u;

/** Whether a value belongs to one of the fact's `governors` next to it, not to the fact (see `Fact.governors`). */
export function governed(fact: Fact, text: string, value: Mention, mentions: readonly Mention[]): boolean {
  if (!fact.governors?.length) return false;
  const inWhen = (m: Mention) => fact.when.some((group) => group.some((k) => matchesKey(k, m)));
  return mentions.some((g) => {
    if (!fact.governors!.some((k) => matchesKey(k, g))) return false;
    // Verb-final languages put the governing verb after its place (大阪に到着); the others before it. Their
    // subject comes before it, marked (정상회담은 약 2시간 동안, 会談は約2時間).
    const cjk = isCjk(text.slice(g.start, g.end));
    const spans: [number, number][] = cjk ? [[value.end, g.start]] : [[g.end, value.start]];
    if (cjk && SUBJECT_MARK.test(text.slice(g.end, value.start))) spans.push([g.end, value.start]);
    return spans.some(([from, to]) => {
      if (to < from || to - from > GOVERN_GAP || /[,.;:!?、。，！？]/.test(text.slice(from, to))) return false;
      return !mentions.some((m) => m.start >= from && m.end <= to && inWhen(m));
    });
  });
}

/** Whether a value sits right beside a mention of one of `near.keys`, nothing of that mention's kind between. */
export function beside(near: { keys: string[]; chars: number }, text: string, v: Mention, mentions: readonly Mention[], grammar: Grammar): boolean {
  return mentions.some((m) => {
    if (!near.keys.includes(m.key)) return false;
    const [from, to] = gap(v, m) ?? [-1, -1];
    // A fronted phrase's own comma ("In Tokyo, the leaders…", 東京で、) does not part it from its clause; a
    // relative clause's does ("Takaichi, who studied in Kobe, hosted Lee").
    const between = text.slice(from, to);
    const inner = v.end <= m.start && fronted(text, v) ? between.replace(/^[^\s,、，]{0,3}[,、，]/u, '') : between;
    // “Golden,” a hit for BTS: an apposition gives its value to the name it follows, a few words on.
    if (!(m.end <= v.start && grammar.apposes(between))) {
      if (from < 0 || to - from > near.chars || /[,;:.、。，；]/.test(inner) || CLAUSE_LINK.test(inner)) return false;
      // "Dynamite, by BTS, and Golden": a value before a list's next item belongs to the item before.
      if (v.end <= m.start && grammar.joins(between)) return false;
    }
    return !mentions.some((o) => o !== m && o.type === m.type && o.start >= from && o.end <= to);
  });
}

/** Whether a value opens its sentence: a few words before it at most, none of them a clause's break. */
function fronted(text: string, v: Mention): boolean {
  const before = text.slice(0, v.start);
  return !/[,;:—、。，；]/u.test(before) && (isCjk(before) ? before.length <= 12 : (before.match(/\p{L}+/gu)?.length ?? 0) <= 4);
}

/** The text between two mentions, in either order: [from, to]; null when they overlap. */
function gap(a: Mention, b: Mention): [number, number] | null {
  return a.end <= b.start ? [a.end, b.start] : b.end <= a.start ? [b.end, a.start] : null;
}

/** Two mentions a few words apart (or overlapping) with no clause break between them. */
export function sameClause(text: string, a: Mention, b: Mention): boolean {
  const [from, to] = gap(a, b) ?? [0, 0];
  return to - from <= GOVERN_GAP && !/[,;:、。，；]/.test(text.slice(from, to));
}
