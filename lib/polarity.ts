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

/** Whether the text negates something; negations inside named values (欠かせない, 없어서는 안 될) don't count. */
export function isNegated(
  text: string,
  words: NegationWords,
  mentions: readonly { start: number; end: number }[] = [],
  mask: (t: string) => string = (t) => t,
): boolean {
  let masked = mask(text).replace(words.reporting, (m) => ' '.repeat(m.length));
  for (const m of mentions) masked = masked.slice(0, m.start) + ' '.repeat(m.end - m.start) + masked.slice(m.end);
  return words.negation.test(masked);
}
