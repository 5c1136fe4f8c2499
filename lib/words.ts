/**
 * Word lists the engine reads per language (data/language.json), plus a story's own additions (pack.json
 * "words"), compiled once per pack. Nothing here names a story: its words arrive with its pack.
 */
import { contentWords, type ContentWords } from './cjk';
import { negationWords, type NegationWords } from './polarity';
import { roleWords, type RoleWords } from './roles';
import { topicWords, type TopicWords } from './topic';

type Lists = Record<string, string[] | string>;

export interface WordLists {
  /** Words that state nothing checkable, left out of a claim's content (lib/tokens.ts, lib/cjk.ts). */
  stopWords?: Lists;
  /** Endings stripped to find a word's stem, per language, tried in order. */
  endings?: Lists;
  /** Numbers spelled out, from zero, and ordinal words, from first: bare values the substitution check compares. */
  numbers?: Lists;
  ordinals?: Lists;
  /** Titles that may sit between a name and its particle (高市首相は, 이 대통령이). */
  titles?: Lists;
  /** Regular expressions: a sentence's own passive or receiving verb. */
  passive?: Lists;
  /** Regular expressions: what stands right before the one who receives ("gave Lee"). */
  recipientBefore?: Lists;
  /** Regular expressions: openers that go on with the sentence before (she, 彼は, 그는). */
  continuation?: Lists;
  /** Regular expressions: words that tie a sentence to the one before it (also, 当時, 또한). */
  linked?: Lists;
  /** Regular expressions: words that negate a statement, and reporters' negations that negate none (lib/polarity.ts). */
  negation?: Lists;
  reportingNegation?: Lists;
}

/** The lists a story's pack may add to. */
export type StoryWords = Pick<WordLists, 'stopWords' | 'titles' | 'continuation' | 'linked'>;

export interface Words {
  content: ContentWords;
  roles: RoleWords;
  topic: TopicWords;
  negation: NegationWords;
}

/** The entries of every language in `r`, comments left out. */
export const entries = (r: Lists | undefined): string[] => Object.entries(r ?? {}).flatMap(([k, v]) => (k.startsWith('$') || typeof v === 'string' ? [] : v));

/** The language's lists with the story's words added, language by language. */
export function withStoryWords<T extends WordLists>(general: T, story: StoryWords = {}): T {
  const out: T = { ...general };
  for (const [field, lists] of Object.entries(story) as [keyof StoryWords, Lists][]) {
    if (field.startsWith('$')) continue;
    const merged: Lists = { ...general[field] };
    for (const [lang, words] of Object.entries(lists)) {
      const own = merged[lang];
      if (!lang.startsWith('$') && Array.isArray(words)) merged[lang] = [...(Array.isArray(own) ? own : []), ...words];
    }
    out[field] = merged;
  }
  return out;
}

export function compileWords(lists: WordLists): Words {
  return {
    content: contentWords(lists),
    roles: roleWords(entries(lists.titles), entries(lists.passive), entries(lists.recipientBefore)),
    topic: topicWords(entries(lists.continuation), entries(lists.linked)),
    negation: negationWords(entries(lists.negation), entries(lists.reportingNegation)),
  };
}
