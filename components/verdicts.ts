import type { Verdict } from '../lib/types';

/** Words and a symbol for each verdict, so no verdict is told apart by colour alone. */
export const VERDICT_INFO: Record<Verdict, { label: string; symbol: string; plural: string }> = {
  contradicted: { label: 'Contradicted', symbol: '✗', plural: 'contradicted' },
  disputed: { label: 'Disputed', symbol: '⚖', plural: 'disputed' },
  unverified: { label: 'Unverified', symbol: '?', plural: 'unverified' },
  supported: { label: 'Supported', symbol: '✓', plural: 'supported' },
};

/** Display order: the findings a reader most needs first. */
export const VERDICT_ORDER: Verdict[] = ['contradicted', 'disputed', 'unverified', 'supported'];
