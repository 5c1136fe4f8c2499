/**
 * The words-only part of the prefilter (./prefilter.ts): the page rules' topic groups and, for each, the
 * words every one of its names contains. This is all the content script's gate on every page needs
 * (extension/content/front.ts): the full name patterns are built only where a page may be on topic.
 */
import type { TopicData } from '../../lib/pack';
import { hasNames, mustContain, type Reading, reading } from './prefilter-patterns';
import { NON_ASCII } from './scan-text';

export interface TopicWords {
  /** Whether groups so hit can put a page on topic by some rule. */
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

/** What the full prefilter builds on. */
export interface WordGroups extends TopicWords {
  groups: string[][];
  /** Each rule (`page`, then `alsoPage`) as indexes into `groups`. */
  ruleGroups: number[][];
  /** Whether a group has names the page gate counts (forms and patterns of anchoring entries). */
  named: boolean[];
  quick: (RegExp | undefined)[];
  /** The order groups are best scanned in. */
  order: number[];
  /** Whether a text certainly holds no word of group `i`. */
  wordsAbsent(r: Reading, i: number): boolean;
}

export function topicWords(dataset: TopicData): WordGroups {
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
  const named = groups.map((group) => group.some((key) => hasNames(byKey.get(key))));
  // Words every name of a group contains (V8 scans a plain alternation fastest), where the group has them.
  const quick = groups.map((group) => mustContain(group.map((key) => byKey.get(key))));
  // A group in more rules first (missing, it rules out more of them), then the group with fewer words.
  const inRules = (g: number) => ruleGroups.filter((r) => r.includes(g)).length;
  const size = (g: number) => quick[g]?.source.length ?? Infinity;
  const order = groups.map((_, g) => g).sort((a, b) => inRules(b) - inRules(a) || size(a) - size(b));

  /**
   * Looked for in the text as it is first (a plain alternation is the fastest scan there is); only a text
   * with characters outside ASCII, which may read differently normalized (full-width letters, soft hyphens
   * inside a name), is then normalized.
   */
  const wordsAbsent = (r: Reading, i: number): boolean => {
    const q = quick[i];
    if (!q || q.test(r.text)) return false;
    if ((r.ascii ??= !NON_ASCII.test(r.text))) return true;
    return !q.test(r.scan());
  };
  const passes = (hit: readonly boolean[]) => groups.length === 0 || ruleGroups.some((r) => r.every((g) => hit[g]));
  return {
    groups,
    ruleGroups,
    named,
    quick,
    order,
    wordsAbsent,
    passes,
    passesWithout: (missing) => passes(groups.map((_, i) => !missing.includes(i))),
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
