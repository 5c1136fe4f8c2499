import browser from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { commandMessage, createMenus, selectionMessage, sendToTab } from '../extension/background-actions';
import { answerCheckText } from '../extension/check-text';
import { checkText } from '../extension/checker';
import { isMessage } from '../extension/protocol';
import { badgeText, TabResults } from '../extension/tab-results';
import { SOURCES_PAGE } from '../components/sources-link';

export default defineBackground(() => {
  const results = new TabResults();
  // MV3's `action` is MV2's `browserAction` (the Firefox build is MV2).
  const action = browser.action ?? browser.browserAction;

  browser.runtime.onMessage.addListener((msg: unknown, sender: browser.Runtime.MessageSender): Promise<unknown> | undefined => {
    if (!isMessage(msg)) return undefined;
    if (msg.type === 'factcheck:update') {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return Promise.resolve({ ok: false });
      results.set(tabId, { url: msg.url, claims: msg.claims });
      void action.setBadgeBackgroundColor({ tabId, color: '#cf222e' });
      void action.setBadgeText({ tabId, text: badgeText(msg.claims) });
      return Promise.resolve({ ok: true });
    }
    if (msg.type === 'factcheck:tab-results') return Promise.resolve(results.get(msg.tabId));
    // The engine runs here for the content scripts, so a long check never blocks a page.
    if (msg.type === 'factcheck:check-text') return Promise.resolve(answerCheckText(msg, checkText));
    if (msg.type === 'factcheck:open-sources') {
      // Only the sources page, whatever a message asks for.
      if (!msg.path.startsWith(`${SOURCES_PAGE}?`) && msg.path !== SOURCES_PAGE) return Promise.resolve({ ok: false });
      return browser.tabs.create({ url: browser.runtime.getURL(msg.path as '/sources.html') }).then(() => ({ ok: true }));
    }
    return undefined;
  });

  browser.runtime.onInstalled.addListener(createMenus);
  browser.contextMenus.onClicked.addListener((info, tab) => void sendToTab(tab?.id, selectionMessage(info)));
  browser.commands.onCommand.addListener((command, tab) => {
    const send = (id?: number) => sendToTab(id, commandMessage(command));
    if (tab?.id !== undefined) void send(tab.id);
    else void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => send(active?.id));
  });

  browser.tabs.onRemoved.addListener((tabId) => results.delete(tabId));
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading') results.delete(tabId);
  });
});
