import type { Claim, Verdict } from '../lib/types';
import { VERDICT_ORDER } from './verdicts';

/** "14 claims: 10 supported, 2 contradicted, …" */
export function summarize(claims: readonly Claim[]): string {
  const counts = new Map<Verdict, number>();
  for (const c of claims) counts.set(c.verdict, (counts.get(c.verdict) ?? 0) + 1);
  const parts = VERDICT_ORDER.filter((v) => counts.has(v)).map((v) => `${counts.get(v)} ${v}`);
  return `${claims.length} claim${claims.length === 1 ? '' : 's'}: ${parts.join(', ')}`;
}

export function Summary({ claims }: { claims: readonly Claim[] }) {
  return <p class="fc-summary" role="status">{summarize(claims)}</p>;
}
