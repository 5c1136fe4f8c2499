/**
 * Shapes of the lexicon and the topic rules, and the check of `data/packs/drum-summit/topic-terms.json`: the part of the
 * pack the content script ships, kept apart so its bundle carries no more of the pack's checks than this.
 */
import type { KeyGroups, LexEntry, TopicData, TopicRules } from './pack';
import { arr, bool, type Errors, here, int, nonEmpty, obj, oneOf, opt, set, type Shape } from './schema';

const keys = set(nonEmpty);
/** Groups of keys: an empty group can never be hit, so a rule holding one would never apply. */
export const groups: Shape<KeyGroups> = arr(set(nonEmpty, 1));

/** A regular-expression source; `flags` as the engine compiles it. */
export const regex =
  (flags: string): Shape<string> =>
  (v, at, errors) => {
    const s = nonEmpty(v, at, errors);
    if (s === undefined) return undefined;
    try {
      new RegExp(s, flags);
      return s;
    } catch (e) {
      errors.push(`${here(at)}: not a valid regular expression (${(e as Error).message})`);
      return undefined;
    }
  };

export const lexEntry = obj<LexEntry>({
  key: nonEmpty,
  type: nonEmpty,
  forms: opt(keys),
  patterns: opt(set(regex('giu'))),
  hints: opt(keys),
  weakForms: opt(keys),
  anchor: opt(oneOf('strong', 'weak')),
  pronouns: opt(keys),
  claim: opt(bool),
});

export const topicRules = obj<TopicRules>({
  page: arr(set(nonEmpty, 1), 1),
  alsoPage: opt(arr(arr(set(nonEmpty, 1), 1))),
  window: int(1),
  together: opt(arr(set(nonEmpty, 1))),
  anywhere: opt(keys),
});

/** What a lexicon knows: its keys and types, and whether a rule's key names one of them. */
export interface Known {
  keys: Map<string, LexEntry>;
  types: Set<string>;
  /** "type:X" stands for any value of type X (lib/topic.ts `matchesKey`). */
  key(k: string): boolean;
}

export function known(entries: readonly LexEntry[], computedTypes: readonly string[] = []): Known {
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const types = new Set([...entries.map((e) => e.type), ...computedTypes]);
  return { keys: byKey, types, key: (k) => (k.startsWith('type:') ? types.has(k.slice(5)) : byKey.has(k)) };
}

/** Every key the topic rules name exists; `together` and `anywhere` compare keys exactly, so no "type:" there. */
export function checkTopicRefs(topic: TopicRules, lex: Known, at: string, errors: Errors): void {
  const each = (ks: readonly string[], where: string, exact = false) =>
    ks.forEach((k, i) => {
      if (exact ? !lex.keys.has(k) : !lex.key(k)) errors.push(`${at}.${where}[${i}]: "${k}" is not a lexicon ${exact ? 'key' : 'key or type:'}`);
    });
  topic.page.forEach((g, i) => each(g, `page[${i}]`));
  topic.alsoPage?.forEach((page, i) => page.forEach((g, j) => each(g, `alsoPage[${i}][${j}]`)));
  topic.together?.forEach((g, i) => each(g, `together[${i}]`, true));
  each(topic.anywhere ?? [], 'anywhere', true);
}

export class PackError extends Error {
  constructor(readonly errors: string[]) {
    super(`The data pack is broken:\n${errors.slice(0, 20).join('\n')}${errors.length > 20 ? `\n…and ${errors.length - 20} more` : ''}`);
    this.name = 'PackError';
  }
}

const termsFile = obj<TopicData['pack']>({ topic: topicRules, lexicon: arr(lexEntry) });

/** data/packs/drum-summit/topic-terms.json, checked: the content script's page gate reads nothing else of the pack. */
export function readTopicData(json: unknown, file = 'topic-terms.json'): TopicData {
  const errors: Errors = [];
  const pack = termsFile(json, `${file}:`, errors);
  if (pack) checkTopicRefs(pack.topic, known(pack.lexicon), `${file}: topic`, errors);
  if (!pack || errors.length) throw new PackError(errors);
  return { pack };
}
