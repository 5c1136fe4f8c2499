// Negation in the three languages the engine reads; a claim that negates what a source states plainly conflicts with it.
const NEGATION = [
  /(?<!,\s)\b(?:not|never|no|nothing|none|neither|nor|without|cannot|n['’]t|no longer|rather than|instead of)\b/i,
  /(?:ない|なかった|なく|ず(?:に|、|。)|せず|ません|未経験|一度も)/,
  /(?:않|안\s|못\s|못했|없|아니)/,
];

/** Whether the text negates something; negations inside named values (欠かせない, 없어서는 안 될) don't count. */
// Reporters' negations ("did not say whether…", "declined to comment") qualify the reporting, not the claim.
const REPORTING = /\b(?:did not|didn['’]t|would not|wouldn['’]t|could not|couldn['’]t|has not|have not|hasn['’]t|haven['’]t)\s+(?:say|comment|confirm|disclose|specify|reveal|immediately|publicly comment|respond)\w*|\bnot immediately\b|\bdeclined to\b|明らかにしなかった|明らかにしていない|コメントしなかった|밝히지 않았|언급하지 않았/gi;

export function isNegated(text: string, mentions: readonly { start: number; end: number }[] = [], mask: (t: string) => string = (t) => t): boolean {
  let masked = mask(text).replace(REPORTING, (m) => ' '.repeat(m.length));
  for (const m of mentions) masked = masked.slice(0, m.start) + ' '.repeat(m.end - m.start) + masked.slice(m.end);
  return NEGATION.some((re) => re.test(masked));
}
