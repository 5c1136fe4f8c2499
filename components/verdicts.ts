import type { Verdict } from '../lib/types';

/** A symbol for each verdict, so no verdict is told apart by colour alone (UI labels come from i18n.ts). */
export const VERDICT_SYMBOL: Record<Verdict, string> = {
  contradicted: '✗',
  disputed: '⚖',
  unverified: '?',
  supported: '✓',
};

/** English words for the command-line output, which has no i18n system. */
export const VERDICT_INFO: Record<Verdict, { label: string; symbol: string }> = {
  contradicted: { label: 'Contradicted', symbol: VERDICT_SYMBOL.contradicted },
  disputed: { label: 'Disputed', symbol: VERDICT_SYMBOL.disputed },
  unverified: { label: 'Unverified', symbol: VERDICT_SYMBOL.unverified },
  supported: { label: 'Supported', symbol: VERDICT_SYMBOL.supported },
};

/** Display order: the findings a reader most needs first. Every list of verdicts (settings, reports) is this one. */
export const VERDICT_ORDER: readonly Verdict[] = ['contradicted', 'disputed', 'unverified', 'supported'];
