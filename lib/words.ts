/**
 * The shapes of data/language.json's word lists and grammar, plus a story's own additions (pack.json
 * "words"); lib/grammar.ts compiles them once per pack. Nothing here names a story: its words arrive with
 * its pack. Types only and plain merging, importing nothing, so every module may read them.
 */

type Lists = Record<string, string[] | string>;

export interface WordLists {
  /** Words that state nothing checkable, left out of a claim's content (lib/tokens.ts, lib/cjk.ts). */
  stopWords?: Lists;
  /** Endings stripped to find a word's stem, per language, tried in order. */
  endings?: Lists;
  /** Numbers spelled out, from zero, and ordinal words, from first: bare values the substitution check compares. */
  numbers?: Lists;
  ordinals?: Lists;
  /** Words that govern the value after them ("in Tokyo", "with Washington"), for languages that put them first. */
  prepositions?: Lists;
  /** Regular expressions: what right before a title makes its holder a former one (former, 当時の, 전). */
  former?: Lists;
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

/** Per-language word lists (data/language.json): the little grammar that tells whose value a value is. */
export interface GrammarData extends WordLists {
  coordinators: Record<string, string[]>;
  events: Record<string, string[] | string>;
  shifts: Record<string, string[] | string>;
  interjections: Record<string, string[] | string>;
  elapsed: { before: string; after: string };
  /** Pairs of opposites per language, for the substitution check. */
  opposites?: Record<string, string[][] | string>;
  /**
   * Frames that attribute a claim in order to report or correct it, where their span ends, and denied values;
   * `closing`: frames that follow the claim they report (…と伝えた報道もあったが, …다고 보도한 매체도).
   */
  reported?: ReportFrames & { end?: string; notValue?: { before: string; after: string }; closing?: ReportFrames };
  /** Prefixes that make a word its opposite, per language. */
  negativePrefixes?: Record<string, string[] | string>;
  /** Asides, appositions, attributions and openers around a sentence's central claim, per language. */
  peripheral?: Record<string, string[] | string>;
  /** What stands between a name and an apposition's value that belongs to it (“Golden,” a hit for BTS). */
  appositive?: Record<string, string[] | string>;
}

/** Report frames per language (regular expressions). */
export interface ReportFrames {
  en?: string[];
  ja?: string[];
  ko?: string[];
}
