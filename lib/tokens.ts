import { cjkContent, type ContentWords } from './cjk';
import type { Mention } from './lexicon';

/** A crude English stem: enough to make "drummed", "drumming" and "drums" meet; keys already cover names. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ied')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 3 && w.endsWith('es') && /(?:ss|sh|ch|x)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

/**
 * Content tokens of a normalized sentence: lexicon keys for named values, stems for the
 * remaining Latin words. Japanese and Korean text contributes keys only, which is what
 * lets it meet the English sources.
 */
export function contentTokens(text: string, mentions: readonly Mention[], words: ContentWords): string[] {
  const out = new Set<string>();
  for (const m of mentions) out.add(m.key);
  const covered = (i: number, j: number): boolean => mentions.some((m) => m.start <= i && j <= m.end);
  for (const w of text.matchAll(/[\p{Script=Latin}\p{N}]+(?:'[\p{Script=Latin}]+)?/gu)) {
    const word = w[0].toLowerCase().replace(/'s$/, '');
    // A possessive of a named value ("Takaichi's", "Seoul's") is that value, not a second, plain word.
    if (word.length < 2 || words.en.has(word) || covered(w.index!, w.index! + word.length)) continue;
    out.add(stem(word));
  }
  for (const w of cjkContent(text, mentions, words)) out.add(w);
  return [...out];
}

/** A token with its place in the sentence: what the substitution check aligns. */
export interface Positioned {
  tok: string;
  start: number;
  end: number;
  /** A mention's lexicon type, "number" for a bare number, "ordinal" for a bare ordinal. */
  type?: string;
}

/**
 * The claim's tokens in order (mentions by key and type, plain words by stem, bare numbers typed "number", bare
 * ordinals "ordinal"); `words`: the English function words and the number and ordinal words (data/language.json).
 */
export function positionalTokens(text: string, mentions: readonly Mention[], words: Pick<ContentWords, 'en' | 'numbers' | 'ordinals'>): Positioned[] {
  const out: Positioned[] = mentions.map((m) => ({ tok: m.key, start: m.start, end: m.end, type: m.type }));
  const covered = (i: number, j: number): boolean => mentions.some((m) => m.start <= i && j <= m.end);
  for (const w of text.matchAll(/[\p{Script=Latin}\p{N}]+(?:'[\p{Script=Latin}]+)?/gu)) {
    const word = w[0].toLowerCase().replace(/'s$/, '');
    if (word.length < 1 || words.en.has(word) || covered(w.index!, w.index! + word.length)) continue;
    const spelled = words.numbers.get(word) ?? -1;
    const number = /^\p{N}+$/u.test(word) || spelled > 0;
    const ordinal = words.ordinals.get(word);
    if (ordinal !== undefined) {
      out.push({ tok: `ordinal:${ordinal}`, start: w.index!, end: w.index! + w[0].length, type: 'ordinal' });
      continue;
    }
    if (!number && word.length < 2) continue;
    // A name the lexicon does not know, inside the sentence (not its first word): still a person, place or body.
    const name = !number && w.index! > 0 && /^\p{Lu}/u.test(w[0]) && !/[.!?:"“]\s*$/.test(text.slice(0, w.index!));
    const tok = spelled > 0 ? String(spelled) : stem(word);
    out.push({ tok, start: w.index!, end: w.index! + w[0].length, type: number ? 'number' : name ? 'name' : undefined });
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // The rest of a known name ("Jae Myung" after "President Lee") is that name, not another.
  for (let i = out.length - 1; i >= 0; i--) {
    const x = out[i]!;
    if (
      x.type === 'name' &&
      mentions.some((m) => /^[\s-]?$/.test(m.end <= x.start ? text.slice(m.end, x.start) : x.end <= m.start ? text.slice(x.end, m.start) : 'x'))
    )
      out.splice(i, 1);
  }
  // "Joe Biden" is one name, not two.
  for (let i = out.length - 1; i > 0; i--) {
    const [a, b] = [out[i - 1]!, out[i]!];
    if (a.type === 'name' && b.type === 'name' && /^\s$/.test(text.slice(a.end, b.start)))
      out.splice(i - 1, 2, { tok: `${a.tok} ${b.tok}`, start: a.start, end: b.end, type: 'name' });
  }
  return out;
}

// Japanese and Korean counters for things and people (not days, months or times).
const COUNTER = /^\s?(?:台|人|曲|本|つ|組|枚|個|대|명|개|곡|권)/u;
const MAGNITUDE = /^(?:hundreds?|thousands?|millions?|billions?|dozens?)$/;

/**
 * Numbers in a claim that no lexicon value reads ("30 aides", "millions of views"), as content tokens:
 * each names a checkable detail of its own. The second half of a range ("1910-45") goes with the first.
 */
export function salientNumbers(text: string, mentions: readonly Mention[]): string[] {
  const covered = (i: number, j: number): boolean => mentions.some((m) => m.start <= i && j <= m.end);
  const out: string[] = [];
  for (const w of text.matchAll(/[\p{Script=Latin}\p{N}]+/gu)) {
    const lower = w[0].toLowerCase();
    if (covered(w.index!, w.index! + w[0].length)) continue;
    // The first half of a range ("5~10 minutes", "5 to 10 minutes", "5, 10 minutes") goes with the value the second half names.
    const range = /^\s*(?:[-–~〜～,]|or|to)\s*/.exec(text.slice(w.index! + w[0].length));
    if (range && mentions.some((m) => m.start === w.index! + w[0].length + range[0].length)) continue;
    // One or two of something counted ("ドラム2台", 2대) is no more a new detail in digits than "two" spelled out.
    if (/^[12]$/.test(lower) && COUNTER.test(text.slice(w.index! + 1))) continue;
    if ((/^\p{N}+$/u.test(lower) && !/\p{N}[-–]$/u.test(text.slice(0, w.index!))) || MAGNITUDE.test(lower)) out.push(stem(lower));
  }
  return out;
}
