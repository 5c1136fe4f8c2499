import browser from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { commandMessage, createMenus, selectionMessage, sendToTab } from '../extension/background/background-actions';
import { answerCheckText } from '../extension/background/check-text';
import { checkText } from '../extension/background/checker';
import { listen, type Handlers } from '../extension/shared/protocol';
import { badgeText, TabResults } from '../extension/background/tab-results';
import { SOURCES_PAGE } from '../components/sources-link';

export default defineBackground(() => {
  const results = new TabResults();
  // MV3's `action` is MV2's `browserAction` (the Firefox build is MV2).
  const action = browser.action ?? browser.browserAction;

  const handlers: Handlers<'factcheck:update' | 'factcheck:tab-results' | 'factcheck:check-text' | 'factcheck:open-sources'> = {
    'factcheck:update': (msg, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { ok: false };
      results.set(tabId, { url: msg.url, claims: msg.claims });
      void action.setBadgeBackgroundColor({ tabId, color: '#cf222e' });
      void action.setBadgeText({ tabId, text: badgeText(msg.claims) });
      return { ok: true };
    },
    'factcheck:tab-results': (msg) => results.get(msg.tabId),
    // The engine runs here for the content scripts, so a long check never blocks a page.
    'factcheck:check-text': (msg) => answerCheckText(msg, checkText),
    'factcheck:open-sources': (msg) => {
      // Only the sources page, whatever a message asks for.
      if (!msg.path.startsWith(`${SOURCES_PAGE}?`) && msg.path !== SOURCES_PAGE) return { ok: false };
      return browser.tabs.create({ url: browser.runtime.getURL(msg.path as '/sources.html') }).then(() => ({ ok: true }));
    },
  };
  browser.runtime.onMessage.addListener(listen(handlers));

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
