/** Negation per language (data/language.json): a claim that negates what a source states plainly conflicts with it. */
export interface NegationWords {
  negation: RegExp;
  /** Reporters' negations ("did not say whether…", "declined to comment") qualify the reporting, not the claim. */
  reporting: RegExp;
}

export function negationWords(negation: readonly string[], reporting: readonly string[]): NegationWords {
  return {
    negation: new RegExp(negation.length ? negation.join('|') : '(?!)', 'i'),
    reporting: new RegExp(reporting.length ? reporting.join('|') : '(?!)', 'gi'),
  };
}

const QUANTIFIER = /^(?:nothing|none|no|nobody|neither|nor|without)$/i;

/**
 * What each negation in the text negates, as far as the words say: in English the first content word after
 * it ("did not *play*"), in Japanese and Korean a named value right before it (演奏しなかった, 치지 않았다).
 * `content(from, to)` gives the content tokens of a stretch. Each reading is the keys one word holds (a word
 * read as two values, 議題 as both "agenda" and "ties", holds both); empty where a negation negates no word read.
 */
export function negatedPredicates(
  text: string,
  words: NegationWords,
  mentions: readonly { key: string; start: number; end: number }[],
  content: (from: number, to: number) => string[],
  mask: (t: string) => string = (t) => t,
): string[][][] {
  const all = new RegExp(words.negation.source, 'gi');
  const one = (t: string | undefined) => (t === undefined ? [] : [t]);
  return [...masked(text, words, mentions, mask).matchAll(all)].map((n) => {
    const at = n.index!;
    if (/[\u3040-\u30ff\u4e00-\u9fff가-힣]/u.test(n[0])) {
      const word = mentions.find((m) => m.end <= at && at - m.end <= 6);
      return [word ? mentions.filter((m) => m.start === word.start && m.end === word.end).map((m) => m.key) : []];
    }
    const after = content(at + n[0].length, Math.min(text.length, at + n[0].length + 40))[0];
    // "received nothing", "had no drums": a negative quantifier's verb comes before it.
    const before = QUANTIFIER.test(n[0]) ? content(Math.max(0, at - 30), at).at(-1) : undefined;
    return [one(after), one(before)];
  });
}

/** Whether the text negates something; negations inside named values (欠かせない, 없어서는 안 될) don't count. */
export function isNegated(
  text: string,
  words: NegationWords,
  mentions: readonly { start: number; end: number }[] = [],
  mask: (t: string) => string = (t) => t,
): boolean {
  return words.negation.test(masked(text, words, mentions, mask));
}

/** The text with reporters' negations and named values blanked out, offsets kept: where a negation may be read. */
function masked(text: string, words: NegationWords, mentions: readonly { start: number; end: number }[], mask: (t: string) => string): string {
  let out = mask(text).replace(words.reporting, (m) => ' '.repeat(m.length));
  for (const m of mentions) out = out.slice(0, m.start) + ' '.repeat(m.end - m.start) + out.slice(m.end);
  return out;
}
