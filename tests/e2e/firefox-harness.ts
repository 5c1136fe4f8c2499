import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { expect } from 'vitest';
import type { ResultsReply } from '../../extension/shared/protocol';
import { ROOT } from './harness';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXTENSION = join(ROOT, process.env.WXT_OUT_DIR ?? '.output', 'firefox-mv2');
const PAGES = join(ROOT, 'tests/fixtures/pages');
const GECKO_ID = 'drum-summit-factcheck@factcheck.invalid';
// Firefox gives each install a random moz-extension:// host; a fixed one lets the tests open the popup.
const UUID = '6a1e7c7e-3f4d-4b8e-9a51-0d2c5b7e9f13';
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript' };

export interface FirefoxSession {
  browser: Browser;
  origin: string;
  /** Every http(s) request Firefox made, from pages, the extension or Firefox itself: all go through our proxy. */
  requests: string[];
  /** An extension page: it messages tabs and reads storage as the popup does. */
  ext: Page;
  extUrl: (path: string) => string;
  close: () => Promise<void>;
}

/**
 * Serves the fixture pages and is Firefox's proxy for everything else, so a request from the
 * extension's background page (which no page listener sees) is recorded too. Nothing is forwarded.
 */
async function serveAndRecord(requests: string[]): Promise<{ server: Server; origin: string }> {
  let origin = '';
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', origin);
    requests.push(url.href);
    if (url.origin !== origin) return void res.writeHead(502).end();
    const path = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
    try {
      const body = readFileSync(join(PAGES, path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  server.on('connect', (req, socket) => {
    requests.push(`https://${req.url}`);
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return { server, origin };
}

/** Debian's Firefox ESR over WebDriver BiDi with the built Firefox extension installed, in a fresh profile. */
export async function startFirefox(): Promise<FirefoxSession> {
  const requests: string[] = [];
  const { server, origin } = await serveAndRecord(requests);
  const port = Number(new URL(origin).port);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: { width: 1100, height: 900 },
    // A release build honours services.settings.server (below) only with MOZ_REMOTE_SETTINGS_DEVTOOLS set.
    // Since 153.8 ESR, WebDriver BiDi refuses to navigate to moz-extension:// pages (the popup, the options)
    // unless the remote agent is allowed system access.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1', MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // Firefox's own traffic, off, so that any request left is the extension's: what Mozilla's test harnesses set.
      'services.settings.server': 'data:,#remote-settings-off',
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  await browser.installExtension(EXTENSION);
  const extUrl = (path: string) => `moz-extension://${UUID}/${path}`;
  const ext = await openExtensionPage(browser, extUrl('popup.html'));
  return {
    browser,
    origin,
    requests,
    ext,
    extUrl,
    close: async () => {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}

/**
 * Opens an extension page in a new tab. Firefox reports no navigation for moz-extension:// loads, so
 * its readiness is polled (with evaluate: puppeteer's waitFor* build functions the page's CSP refuses).
 */
export async function openExtensionPage(browser: Browser, url: string, page?: Page): Promise<Page> {
  const tab = page ?? (await browser.newPage());
  await tab.goto(url, { timeout: 2000 }).catch(() => undefined);
  await poll(() => tab.evaluate(() => `${location.href} ${document.readyState}`).catch(() => ''), `${url} complete`, 10_000);
  return tab;
}

/** Polls `read` until it gives `want`; usable outside a test (expect.poll is not). */
async function poll<T>(read: () => Promise<T>, want: T, timeout: number): Promise<void> {
  const end = Date.now() + timeout;
  let last: T | undefined;
  while (Date.now() < end) {
    if ((last = await read()) === want) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out after ${timeout} ms: wanted ${String(want)}, last got ${String(last)}`);
}

/** Waits until `selector` matches an element (`present`) or none (`absent`). */
export async function until(page: Page, selector: string, state: 'present' | 'absent' = 'present'): Promise<void> {
  await poll(async () => ((await page.$(selector)) ? 'present' : 'absent'), state, 5000);
}

let opened = 0;

/** Open a fixture page and wait until its content script answers; each gets its own URL, so tabs are told apart. */
export async function openFixture(s: FirefoxSession, name: string): Promise<{ page: Page; url: string }> {
  const page = await s.browser.newPage();
  const url = `${s.origin}/${name}?open=${++opened}`;
  await page.goto(url);
  await expect.poll(async () => (await results(s, url).catch(() => null)) !== null, { timeout: 15_000 }).toBe(true);
  return { page, url };
}

// Firefox match patterns carry no port, so tabs are found by their exact URL instead of tabs.query({ url }).
export async function tabIdOf(s: FirefoxSession, url: string): Promise<number> {
  return s.ext.evaluate(async (u) => (await browser.tabs.query({})).find((t) => t.url === u)!.id!, url);
}

export async function results(s: FirefoxSession, url: string): Promise<ResultsReply> {
  const id = await tabIdOf(s, url);
  return s.ext.evaluate((tab) => browser.tabs.sendMessage(tab, { type: 'factcheck:results' }), id) as Promise<ResultsReply>;
}

export async function sendToPage<T>(s: FirefoxSession, url: string, msg: object): Promise<T> {
  const id = await tabIdOf(s, url);
  return s.ext.evaluate((tab, m) => browser.tabs.sendMessage(tab, m), id, msg) as Promise<T>;
}

/** The texts painted with each of the extension's highlights on a page. */
export function highlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((h, name) => {
      if (name.startsWith('fc-')) out[name] = [...h].map((r) => r.toString());
    });
    return out;
  });
}

/** An element inside the extension's Shadow DOM layer. */
export const inLayer = (selector: string) => `drum-factcheck-ui >>> ${selector}`;
