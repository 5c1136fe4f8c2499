import browser from 'webextension-polyfill';
import type { Message, ResultsReply } from './protocol';

export interface Target {
  tabId: number;
  /** null for pages no content script runs on (browser pages, files, the extension store). */
  hostname: string | null;
  url: string;
}

// Tests (and the demo) open the popup as a page with ?tab=<id>; a real popup uses the active tab.
export async function findTarget(search = location.search): Promise<Target | null> {
  const param = Number(new URLSearchParams(search).get('tab'));
  const tab = Number.isInteger(param) && param > 0
    ? await browser.tabs.get(param)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined) return null;
  const url = tab.url ? new URL(tab.url) : null;
  return { tabId: tab.id, hostname: url && /^https?:$/.test(url.protocol) ? url.hostname : null, url: tab.url ?? '' };
}

export async function fetchResults(tabId: number): Promise<ResultsReply | null> {
  const ask: Message = { type: 'factcheck:results' };
  try {
    return (await browser.tabs.sendMessage(tabId, ask)) as ResultsReply;
  } catch {
    const fallback: Message = { type: 'factcheck:tab-results', tabId };
    return ((await browser.runtime.sendMessage(fallback)) as ResultsReply | null) ?? null;
  }
}

export function revealOnPage(tabId: number, index: number): void {
  const msg: Message = { type: 'factcheck:reveal', index };
  void browser.tabs.sendMessage(tabId, msg).catch(() => undefined);
}
