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
import { anchorNames, buildFull, hasNames, mustContain, reading, type Full, type Reading } from './prefilter-patterns';
import { NON_ASCII, sameLine, scanText } from './scan-text';

export { sameLine, scanText };

export interface Prefilter {
  /** False only when the engine would certainly find the page off topic. */
  mayBeOnTopic(text: string): boolean;
  /** Which topic groups have a strong mention somewhere in `text` (groups already `known` are not scanned again). */
  groupsHit(text: string, known?: readonly boolean[]): boolean[];
  /** Whether groups so hit (by `groupsHit`) can put a page on topic by some rule. */
  passes(hit: readonly boolean[]): boolean;
  /** Whether every group but these (by `missingWords`) can put a page on topic by some rule. */
  passesWithout(missing: readonly number[]): boolean;
  /**
   * The topic groups none of whose words (the hints every name of the group contains) occur anywhere in
   * `text`, read with no line structure at all (the page's text nodes run together): a group missing here
   * is named nowhere in the page. Groups without hints are never reported.
   */
  missingWords(text: string): number[];
  /** Whether `text` holds a word of group `index` (true for a group without hints). */
  hasWords(text: string, index: number): boolean;
}

export function createPrefilter(dataset: TopicData): Prefilter {
  const byKey = new Map(dataset.pack.lexicon.map((e) => [e.key, e]));
  // Every alternative rule's groups, each group once: a page may pass by any one rule (`page`, `alsoPage`).
  const rules = [dataset.pack.topic.page, ...(dataset.pack.topic.alsoPage ?? [])];
  const groups: string[][] = [];
  const ruleGroups = rules.map((rule) =>
    rule.map((group) => {
      const at = groups.findIndex((g) => g.join('\n') === group.join('\n'));
      return at >= 0 ? at : groups.push(group) - 1;
    }),
  );
  // The page gate counts mentions by name (forms and patterns, not weak titles) of anchoring entries.
  const named = groups.map((group) => group.some((key) => hasNames(byKey.get(key))));
  // Words every name of a group contains (V8 scans a plain alternation fastest), where the group has them.
  const quick = groups.map((group) => mustContain(group.map((key) => byKey.get(key))));
  let full: Full | undefined;
  const patterns = () =>
    (full ??= buildFull(
      groups.map((group) => group.flatMap((key) => anchorNames(byKey.get(key)))),
      quick,
    ));
  // A group in more rules first (missing, it rules out more of them), then the group with fewer words.
  const inRules = (g: number) => ruleGroups.filter((r) => r.includes(g)).length;
  const size = (g: number) => quick[g]?.source.length ?? Infinity;
  const order = groups.map((_, g) => g).sort((a, b) => inRules(b) - inRules(a) || size(a) - size(b));

  /**
   * Whether a text certainly holds no word of group `i`. Looked for in the text as it is first (a plain
   * alternation is the fastest scan there is); only a text with characters outside ASCII, which may read
   * differently normalized (full-width letters, soft hyphens inside a name), is then normalized.
   */
  const wordsAbsent = (r: Reading, i: number): boolean => {
    const q = quick[i];
    if (!q || q.test(r.text)) return false;
    if ((r.ascii ??= !NON_ASCII.test(r.text))) return true;
    return !q.test(r.scan());
  };
  const passes = (hit: readonly boolean[]) => groups.length === 0 || ruleGroups.some((r) => r.every((g) => hit[g]));

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
    groupsHit: (text, known) => hits(text, true, known),
    passes,
    passesWithout: (missing) => passes(groups.map((_, i) => !missing.includes(i))),
    mayBeOnTopic: (text) => groups.length === 0 || passes(hits(text, false)),
    missingWords: (text) => {
      const r = reading(typeof text === 'string' ? text : '', () => false);
      return order.filter((i) => !named[i] || wordsAbsent(r, i));
    },
    hasWords: (text, index) =>
      !wordsAbsent(
        reading(text, () => false),
        index,
      ),
  };
}
