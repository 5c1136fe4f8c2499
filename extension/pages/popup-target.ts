import browser from 'webextension-polyfill';
import { ask, type ResultsReply } from '../shared/protocol';

export interface Target {
  tabId: number;
  /** null for pages no content script runs on (browser pages, files, the extension store). */
  hostname: string | null;
  url: string;
}

// Tests (and the demo) open the popup as a page with ?tab=<id>; a real popup uses the active tab.
export async function findTarget(search = location.search): Promise<Target | null> {
  const param = Number(new URLSearchParams(search).get('tab'));
  const tab = Number.isInteger(param) && param > 0 ? await browser.tabs.get(param) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined) return null;
  const url = tab.url ? new URL(tab.url) : null;
  return { tabId: tab.id, hostname: url && /^https?:$/.test(url.protocol) ? url.hostname : null, url: tab.url ?? '' };
}

export async function fetchResults(tabId: number): Promise<ResultsReply | null> {
  try {
    return await ask((m) => browser.tabs.sendMessage(tabId, m), { type: 'factcheck:results' });
  } catch {
    return (await ask((m) => browser.runtime.sendMessage(m), { type: 'factcheck:tab-results', tabId })) ?? null;
  }
}

export function revealOnPage(tabId: number, index: number): void {
  void ask((m) => browser.tabs.sendMessage(tabId, m), { type: 'factcheck:reveal', index }).catch(() => undefined);
}
