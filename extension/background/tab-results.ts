import type { Claim } from '../../lib/types';
import type { ResultsReply } from '../shared/protocol';

/** Claims that need the reader's attention: what the toolbar badge counts. */
export function attentionCount(claims: readonly Claim[]): number {
  return claims.filter((c) => c.verdict === 'contradicted' || c.verdict === 'disputed').length;
}

export function badgeText(claims: readonly Claim[]): string {
  const n = attentionCount(claims);
  return n === 0 ? '' : n > 99 ? '99+' : String(n);
}

/** Latest results per tab; the service worker may be stopped at any time, so the map is only a cache. */
export class TabResults {
  private readonly byTab = new Map<number, ResultsReply>();

  set(tabId: number, reply: ResultsReply): void {
    this.byTab.set(tabId, reply);
  }

  get(tabId: number): ResultsReply | null {
    return this.byTab.get(tabId) ?? null;
  }

  delete(tabId: number): void {
    this.byTab.delete(tabId);
  }
}
