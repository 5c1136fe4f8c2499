import type { Claim, Verdict } from '../lib/types';
import { t, verdictCount } from '../ui-base/vocabulary';

// The summary reads as a tally in a fixed order; lists put the findings that need attention first.
const SUMMARY_ORDER: Verdict[] = ['supported', 'contradicted', 'disputed', 'unverified'];

export function countVerdicts(claims: readonly Claim[]): Map<Verdict, number> {
  const counts = new Map<Verdict, number>();
  for (const c of claims) counts.set(c.verdict, (counts.get(c.verdict) ?? 0) + 1);
  return counts;
}

/** "14 claims: 10 supported, 2 contradicted, …", in the UI language. */
export function summarize(claims: readonly Claim[]): string {
  const counts = countVerdicts(claims);
  const parts = SUMMARY_ORDER.filter((v) => counts.has(v))
    .map((v) => verdictCount(v, counts.get(v)!))
    .join(t('listSeparator'));
  return claims.length === 1 ? t('summaryOne', parts) : t('summaryMany', claims.length, parts);
}

export function Summary({ claims }: { claims: readonly Claim[] }) {
  return (
    <p class="fc-summary" role="status">
      {summarize(claims)}
    </p>
  );
}
