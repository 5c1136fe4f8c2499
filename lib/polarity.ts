// Negation in the three languages the engine reads; a claim that negates what a source states plainly conflicts with it.
const NEGATION = [
  /(?<!,\s)\b(?:not|never|no|nothing|none|neither|nor|without|cannot|n['’]t|no longer|rather than|instead of)\b/i,
  /(?:ない|なかった|なく|ず(?:に|、|。)|せず|ません|未経験|一度も)/,
  /(?:않|안\s|못\s|못했|없|아니)/,
];

export function isNegated(text: string): boolean {
  return NEGATION.some((re) => re.test(text));
}
