/**
 * What the background does for the context menu and keyboard commands: hand them to the tab's
 * content script, which owns the page's marks and card.
 */
import browser from 'webextension-polyfill';
import { t } from '../../ui-base/vocabulary';
import { isCommand, type Message } from '../shared/protocol';

export const SELECTION_MENU_ID = 'factcheck-selection';

export function createMenus(): void {
  // Recreated on every install or update; removing first avoids a duplicate-id error.
  void browser.contextMenus
    .removeAll()
    .then(() => browser.contextMenus.create({ id: SELECTION_MENU_ID, title: t('menuCheckSelection'), contexts: ['selection'] }));
}

export function selectionMessage(info: { menuItemId: string | number; selectionText?: string }): Message | null {
  if (info.menuItemId !== SELECTION_MENU_ID || !info.selectionText?.trim()) return null;
  return { type: 'factcheck:check-selection', text: info.selectionText };
}

export function commandMessage(command: string): Message | null {
  return isCommand(command) ? { type: 'factcheck:command', command } : null;
}

/** Send to a tab's content script; pages without one (browser pages, the store) just ignore it. */
// Always the top frame: the content script runs only there (it reads same-origin frames itself); the selection's text is checked in this background.
export async function sendToTab(tabId: number | undefined, msg: Message | null): Promise<void> {
  if (tabId === undefined || tabId < 0 || !msg) return;
  await browser.tabs.sendMessage(tabId, msg, { frameId: 0 }).catch(() => undefined);
}
