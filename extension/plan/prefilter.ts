/**
 * A cheap, conservative gate in front of the engine: one regular-expression pass over the page text
 * that says whether the page can possibly be about the story. The engine calls a page on topic only
 * when, within a few sentences, it finds a named mention from every group of `pack.topic.page`;
 * a page with no named mention of some group anywhere can never pass, so it costs one scan and
 * the engine never runs. When this says "maybe", the engine decides.
 *
 * Built from the data pack (the same forms and patterns the lexicon compiles), so it follows the
 * data as the data changes. Soundness (gate says no ⇒ `checkText` returns []) is property-tested
 * in tests/unit/robust-engine.test.ts.
 */
import type { TopicData } from '../../lib/pack';
import { anchorNames, buildFull, reading, type Full } from './prefilter-patterns';
import { sameLine, scanText } from './scan-text';
import { topicWords, type TopicWords } from './topic-words';

export { sameLine, scanText };

export interface Prefilter extends TopicWords {
  /** False only when the engine would certainly find the page off topic. */
  mayBeOnTopic(text: string): boolean;
  /** Which topic groups have a strong mention somewhere in `text` (groups already `known` are not scanned again). */
  groupsHit(text: string, known?: readonly boolean[]): boolean[];
}

export function createPrefilter(dataset: TopicData): Prefilter {
  const words = topicWords(dataset);
  const { groups, ruleGroups, named, quick, order, wordsAbsent, passes } = words;
  const byKey = new Map(dataset.pack.lexicon.map((e) => [e.key, e]));
  let full: Full | undefined;
  const patterns = () =>
    (full ??= buildFull(
      groups.map((group) => group.flatMap((key) => anchorNames(byKey.get(key)))),
      quick,
    ));

  const hits = (text: string, all: boolean, known?: readonly boolean[]): boolean[] => {
    const hit = groups.map((_, i) => known?.[i] ?? false);
    if (typeof text !== 'string' || text.length === 0) return hit;
    const r = reading(text, () => patterns().collapse);
    const dead = new Set<number>();
    for (const index of order) {
      if (hit[index]) continue;
      // A group only rules whose other groups all failed would need is not worth scanning for.
      if (!all && ruleGroups.every((r, i) => dead.has(i) || !r.includes(index))) continue;
      hit[index] = named[index]! && !wordsAbsent(r, index) && patterns().groupIn(r.scan(), index);
      if (!hit[index]) ruleGroups.forEach((r, i) => r.includes(index) && dead.add(i));
      if (!all && dead.size === ruleGroups.length) break;
    }
    return hit;
  };
  return {
    ...words,
    groupsHit: (text, known) => hits(text, true, known),
    mayBeOnTopic: (text) => groups.length === 0 || passes(hits(text, false)),
  };
}
