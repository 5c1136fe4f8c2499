import { join } from 'node:path';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ResultsReply } from '../../extension/shared/protocol';
import type { Claim } from '../../lib/types';
import { launch, results, ROOT, serveFixtures, tabId, type Browser, type LaunchOptions } from './harness';

export interface Session {
  browser: Browser;
  server: Awaited<ReturnType<typeof serveFixtures>>;
  /** An extension page: it can message tabs and read storage as the popup does. */
  ext: Page;
  close: () => Promise<void>;
}

const VENDOR: Record<string, string> = {
  'preact.umd.js': 'node_modules/preact/dist/preact.umd.js',
  'hooks.umd.js': 'node_modules/preact/hooks/dist/hooks.umd.js',
};

/** The React-style fixture app loads Preact from /vendor/ on the test server; the files come from node_modules. */
async function routeVendor(context: BrowserContext): Promise<void> {
  await context.route('**/vendor/*.js', (route) => {
    const file = VENDOR[new URL(route.request().url()).pathname.split('/').pop() ?? ''];
    return file ? route.fulfill({ path: join(ROOT, file), contentType: 'text/javascript' }) : route.fulfill({ status: 404 });
  });
}

export async function startSession(opts: LaunchOptions = {}, server?: Session['server']): Promise<Session> {
  const srv = server ?? (await serveFixtures());
  const browser = await launch(opts);
  await routeVendor(browser.context);
  const ext = await browser.context.newPage();
  await ext.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  return {
    browser,
    server: srv,
    ext,
    close: async () => {
      await browser.close();
      if (!server) await srv.close();
    },
  };
}

let opened = 0;

/** Open a fixture page and wait until its content script answers; each gets its own URL, so tabs are told apart. */
export async function openPage(s: Session, name: string): Promise<{ page: Page; url: string }> {
  const page = await s.browser.context.newPage();
  const url = `${s.server.origin}/${name}?open=${++opened}`;
  await page.goto(url);
  await expect.poll(async () => (await results(s.ext, url).catch(() => null)) !== null, { timeout: 10_000 }).toBe(true);
  return { page, url };
}

/** The page's claims, as the public `factcheck:results` reply gives them. */
export async function pageClaims(s: Session, url: string): Promise<Claim[]> {
  return ((await results(s.ext, url)) as unknown as ResultsReply).claims;
}

/** Send a message to a page's content script, as the background does for menus and shortcuts. */
export async function sendToPage<T = unknown>(s: Session, url: string, msg: object): Promise<T> {
  const id = await tabId(s.ext, url);
  return s.ext.evaluate(([tab, m]) => chrome.tabs.sendMessage(tab as number, m), [id, msg] as const) as Promise<T>;
}

export async function storageGet(s: Session, area: 'sync' | 'local', key: string): Promise<unknown> {
  return s.ext.evaluate(async ([a, k]) => (await chrome.storage[a as 'sync'].get(k as string))[k as string], [area, key] as const);
}

export async function storageSet(s: Session, area: 'sync' | 'local', values: Record<string, unknown>): Promise<void> {
  await s.ext.evaluate(([a, v]) => chrome.storage[a as 'sync'].set(v as Record<string, unknown>), [area, values] as const);
}

export async function openPopup(s: Session, pageUrl: string): Promise<Page> {
  const popup = await s.browser.context.newPage();
  await popup.setViewportSize({ width: 440, height: 900 });
  await popup.goto(`chrome-extension://${s.browser.extensionId}/popup.html?tab=${await tabId(s.ext, pageUrl)}`);
  return popup;
}

/** A point over the `index`-th range of highlight `name`, after scrolling it into view. */
export async function markPoint(page: Page, name: string, index = 0): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ([n, i]) => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(n as string);
      const range = [...(h ?? [])][i as number];
      if (!range) return null;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const r = range.getClientRects()[0]!;
      return { x: r.left + Math.min(r.width / 2, 40), y: r.top + r.height / 2 };
    },
    [name, index] as const,
  );
}

export const card = (page: Page) => page.locator('drum-factcheck-ui .fc-card-wrap');

/** Select the whole of the first `selector` element whose text matches `pattern`, as a reader would; returns the selected text. */
export function selectText(target: Page | Frame, selector: string, pattern: RegExp): Promise<string> {
  return target.evaluate(
    ({ selector, source }) => {
      const el = [...document.querySelectorAll(selector)].find((e) => new RegExp(source).test(e.textContent ?? ''))!;
      const range = document.createRange();
      range.selectNodeContents(el);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    },
    { selector, source: pattern.source },
  );
}
