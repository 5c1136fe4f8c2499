import type { Reading } from './match';

/** Share of a claim's content the two closest source sentences must cover together to count as stating it. */
export const SUPPORT = 0.55;
/** Lower bar, for the single closest sentence, when a curated fact already confirms the claim's checkable values. */
export const SUPPORT_WITH_FACT = 0.4;
/** Coverage above which an unshared number is a minor detail of a sourced claim, not a new claim. */
export const MINOR_DETAIL = 0.7;
/** What a word found only in a sentence's detail (an aside, apposition, attribution) weighs against one in its central claim. */
export const DETAIL = 0.3;
/**
 * What the other words of a quote weigh when a curated fact knows its phrase and speaker: they are one more
 * translation of the same post, which outlets word each their own way, not claims of their own.
 */
export const TRANSLATION = 0.1;

/** The claim's tokens found only inside the given stretches: read again with those stretches blanked out. */
export function detailOnly(reading: Reading, spans: readonly [number, number][], reread: (text: string) => Reading): Set<string> {
  if (spans.length === 0) return new Set();
  let central = reading.norm;
  for (const [a, b] of spans) central = central.slice(0, a) + ' '.repeat(b - a) + central.slice(b);
  const kept = new Set(reread(central).tokens);
  return new Set(reading.tokens.filter((t) => !kept.has(t)));
}

/** Coverage by the union of the two best candidates' tokens: a claim may join two sourced facts in one sentence. */
export function pairCoverage(tokens: readonly string[], pair: ReadonlySet<string>, weight: (t: string) => number): number {
  const total = tokens.reduce((s, t) => s + weight(t), 0);
  return total ? tokens.filter((t) => pair.has(t)).reduce((s, t) => s + weight(t), 0) / total : 0;
}
