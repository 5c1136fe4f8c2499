import { escape } from './forms';
import type { Mention } from './lexicon';

/** The words that state nothing checkable, per language (data/language.json, and the pack's own words). */
export interface ContentWords {
  en: ReadonlySet<string>;
  ja: ReadonlySet<string>;
  ko: ReadonlySet<string>;
  /** Korean particles and endings, stripped to find a word's stem; never matches when the pack has none. */
  koEndings: RegExp;
  /** Spelled-out numbers and ordinal words, each with its value. */
  numbers: ReadonlyMap<string, number>;
  ordinals: ReadonlyMap<string, number>;
  prepositions: ReadonlySet<string>;
  /** Right before a title, a former holder's mark ("then-President", 당시 대통령): the title is not the story's person. */
  former: RegExp;
}

const listOf = (r: Record<string, string[] | string> | undefined, lang: string): string[] => {
  const v = r?.[lang];
  return Array.isArray(v) ? v : [];
};

/** Each language's words in order, valued by their place from `first` (lower-cased; a word in two languages keeps the first value). */
function valued(r: Record<string, string[] | string> | undefined, first: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const [lang, list] of Object.entries(r ?? {}))
    if (!lang.startsWith('$') && Array.isArray(list)) list.forEach((w, i) => out.has(w.toLowerCase()) || out.set(w.toLowerCase(), first + i));
  return out;
}

/** The lists of data/language.json this module reads (lib/words.ts holds them all). */
type ContentLists = Partial<Record<'stopWords' | 'endings' | 'numbers' | 'ordinals' | 'former' | 'prepositions', Record<string, string[] | string>>>;

export function contentWords(data: ContentLists): ContentWords {
  const endings = listOf(data.endings, 'ko');
  return {
    en: new Set(listOf(data.stopWords, 'en')),
    ja: new Set(listOf(data.stopWords, 'ja')),
    ko: new Set(listOf(data.stopWords, 'ko')),
    koEndings: endings.length ? new RegExp(`(?:${endings.map(escape).join('|')})$`) : /(?!)/,
    numbers: valued(data.numbers, 0),
    ordinals: valued(data.ordinals, 1),
    prepositions: new Set(listOf(data.prepositions, 'en').map((w) => w.toLowerCase())),
    former: new RegExp(`(?:${[...listOf(data.former, 'en'), ...listOf(data.former, 'ja'), ...listOf(data.former, 'ko')].join('|') || '(?!)'})$`, 'iu'),
  };
}

let jaWords: Intl.Segmenter | undefined;

/**
 * Content words of Japanese or Korean text that no lexicon entry covers. They can never match
 * the English sources, so they count against a claim's coverage: new nouns mean new, unsourced content.
 */
export function cjkContent(text: string, mentions: readonly Mention[], words: ContentWords): string[] {
  const covered = (i: number, j: number) => mentions.some((m) => m.start < j && i < m.end);
  const out: string[] = [];
  if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(text) && !/[가-힣]/.test(text)) {
    jaWords ??= new Intl.Segmenter('ja', { granularity: 'word' });
    for (const w of jaWords.segment(text)) {
      if (!w.isWordLike || covered(w.index, w.index + w.segment.length)) continue;
      // The segmenter sometimes leaves a particle on its noun (側が): the noun is the word.
      const word = w.segment.length >= 2 ? w.segment.replace(/[がはをにでもとの]$/, '') : w.segment;
      if (!/[\u4e00-\u9fff\u30a0-\u30ff]/.test(word) || word.length < 2 || words.ja.has(word)) continue;
      out.push(`ja:${word}`);
    }
  } else if (/[가-힣]/.test(text)) {
    const endings = words.koEndings;
    for (const m of text.matchAll(/[가-힣]+/g)) {
      if (covered(m.index!, m.index! + m[0].length)) continue;
      let stem = m[0];
      for (let i = 0; i < 3 && stem.length > 1 && endings.test(stem); i++) stem = stem.replace(endings, '');
      // Predicates (…했다, …어요, …하며) restate; the nouns are what carry new content.
      if (/(?:다|요|며|고|서|게|지|면|까|죠|춰|워|해|돼|봐)$/.test(m[0]) && !endings.test(m[0].slice(-1))) continue;
      if (stem.length < 2 || words.ko.has(stem) || words.ko.has(m[0])) continue;
      out.push(`ko:${stem}`);
    }
  }
  return out;
}
