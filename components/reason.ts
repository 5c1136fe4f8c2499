import type { Claim } from '../lib/types';
import { structured, differencesText } from './Differences';
import { t } from '../ui-base/vocabulary';

/**
 * Why a claim got its verdict, in the reader's language, from the claim's structured fields: a red
 * verdict's `differences`, a supported claim's cited outlets, an unverified claim's verdict alone. Nothing
 * is parsed back out of the engine's English `reason`; it is shown as written only for a red verdict that
 * carries no differences, which no check of today's engine returns.
 */
export function reasonText(claim: Claim): string {
  if (structured(claim)) return differencesText(claim.differences ?? []);
  if (claim.verdict === 'unverified') return t('reasonUncovered');
  const outlets = [...new Set(claim.citations.filter((c) => c.relation === 'supports').map((c) => c.outlet))];
  if (claim.verdict === 'supported' && outlets.length) return t('reasonStated', outlets.join(', '));
  return claim.reason;
}
