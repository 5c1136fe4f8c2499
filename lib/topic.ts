import type { Mention } from './lexicon';
import type { KeyGroups, TopicRules } from './pack';

// A sentence that opens with a pronoun continues the one before it ("She praised him…", 彼は…, 그는…).
const CONTINUATION = /^(?:["“']?\s*)(?:he|she|they|his|her|their|it|both|the two|the pair|the duo|this|that)\b|^(?:彼|彼女|両氏|同氏|両者|両首脳|その|この)|^(?:그는|그녀는|그가|두 사람|양측|이는|이날|이에)/i;
/** A sentence of running prose ends so; a headline, a caption or a link does not. */
export const PROSE_END = /[.!?。！？다요]["'”’」』)]*$/;
/** How far (in sentences) a weakly anchored sentence may be from a strongly anchored one. */
const NEAR = 3;

/** True when the mentions hit every group ("type:X" matches any mention of type X). */
export function hitsGroups(groups: KeyGroups, mentions: readonly Mention[]): boolean {
  return groups.every((group) => group.some((k) => mentions.some((m) => matchesKey(k, m))));
}

export function matchesKey(k: string, m: Mention): boolean {
  return k.startsWith('type:') ? m.type === k.slice(5) : m.key === k;
}

/** Whether the page as a whole is about the story: some window of sentences hits every page group by name. */
export function pageOnTopic(perSentence: readonly Mention[][], rules: TopicRules): boolean {
  const strong = perSentence.map((ms) => ms.filter((m) => m.named && m.anchor !== undefined));
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
export function sentencesOnTopic(
  perSentence: readonly Mention[][],
  texts: readonly string[],
  inContext = false,
  together: readonly string[][] = [],
): boolean[] {
  const strong = perSentence.map((ms) => ms.some((m) => m.anchor === 'strong') || together.some((keys) => keys.every((k) => ms.some((m) => m.key === k))));
  const weak = perSentence.map((ms) => ms.some((m) => m.anchor === 'weak'));
  const near = (i: number, reach: number): boolean => {
    for (let j = Math.max(0, i - reach); j <= Math.min(strong.length - 1, i + reach); j++) if (strong[j]) return true;
    return false;
  };
  // The story's own stretch of the page: prose running on from its strongly anchored sentences,
  // until a bare line (a sidebar, a link list) or a run of sentences with no anchor at all.
  const prose = texts.map((t) => PROSE_END.test(t));
  const story = strong.slice();
  for (const dir of [1, -1]) {
    let gap = 0;
    const order = dir === 1 ? [...strong.keys()] : [...strong.keys()].reverse();
    let open = false;
    for (const i of order) {
      if (strong[i]) [open, gap] = [true, 0];
      else if (open && prose[i]) {
        gap = weak[i] ? 0 : gap + 1;
        if (gap > 2) open = false;
        else story[i] = true;
      } else open = false;
    }
  }
  const inStory = (i: number) => story[i] === true;
  const out: boolean[] = [];
  for (let i = 0; i < perSentence.length; i++) {
    const previous = inContext || (i > 0 && out[i - 1] === true);
    const continues = previous && CONTINUATION.test(texts[i] ?? '');
    // Prose within the story belongs to it; a bare line (a link, a sidebar headline) only right beside a strong one.
    const belongs = PROSE_END.test(texts[i] ?? '') ? inStory(i) : near(i, 1);
    out.push(strong[i]! || (weak[i]! && (inContext || belongs)) || continues);
  }
  return out;
}
