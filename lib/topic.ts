import type { Mention } from './lexicon';
import type { KeyGroups, TopicRules } from './pack';

// A sentence that opens with a pronoun continues the one before it ("She praised him…", 彼は…, 그는…).
const CONTINUATION = /^(?:["“']?\s*)(?:he|she|they|his|her|their|it|both|the two|the pair|the duo|this|that)\b|^(?:彼|彼女|両氏|同氏|両者|両首脳|その|この)|^(?:그는|그녀는|그가|두 사람|양측|이는|이날|이에)/i;
/** How far (in sentences) a weakly anchored sentence may be from a strongly anchored one. */
const NEAR = 3;

/** True when the mentions hit every group ("type:X" matches any mention of type X). */
export function hitsGroups(groups: KeyGroups, mentions: readonly Mention[]): boolean {
  return groups.every((group) => group.some((k) => mentions.some((m) => matchesKey(k, m))));
}

export function matchesKey(k: string, m: Mention): boolean {
  return k.startsWith('type:') ? m.type === k.slice(5) : m.key === k;
}

/** Whether the page as a whole is about the story: some window of sentences hits every page group with strong mentions. */
export function pageOnTopic(perSentence: readonly Mention[][], rules: TopicRules): boolean {
  const strong = perSentence.map((ms) => ms.filter((m) => m.anchor === 'strong'));
  for (let i = 0; i < strong.length; i++) {
    const window = strong.slice(i, i + Math.max(1, rules.window)).flat();
    if (hitsGroups(rules.page, window)) return true;
  }
  return false;
}

/**
 * Which sentences of an on-topic page are about the story. With `inContext`, every sentence is
 * taken to sit among on-topic ones (a single sentence checked on its own, as part of a known page).
 */
export function sentencesOnTopic(perSentence: readonly Mention[][], texts: readonly string[], inContext = false): boolean[] {
  const strong = perSentence.map((ms) => ms.some((m) => m.anchor === 'strong'));
  const weak = perSentence.map((ms) => ms.some((m) => m.anchor === 'weak'));
  const near = (i: number): boolean => {
    for (let j = Math.max(0, i - NEAR); j <= Math.min(strong.length - 1, i + NEAR); j++) if (strong[j]) return true;
    return false;
  };
  const out: boolean[] = [];
  for (let i = 0; i < perSentence.length; i++) {
    const previous = inContext || (i > 0 && out[i - 1] === true);
    const continues = previous && CONTINUATION.test(texts[i] ?? '');
    out.push(strong[i]! || (weak[i]! && (inContext || near(i))) || continues);
  }
  return out;
}
