import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Chromium as this machine runs it headless, with nothing of its own on the network. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PAGES = join(ROOT, 'tests/fixtures/pages');
const EXTENSION = join(ROOT, process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.js': 'text/javascript' };

/** Serves tests/fixtures/pages on a loopback port; the only server the tests talk to. */
export async function serveFixtures(): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^([/\\])+/, '');
    try {
      const body = readFileSync(join(PAGES, path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  /** Every URL any page or the extension requested. */
  requests: string[];
  close: () => Promise<void>;
}

export interface LaunchOptions {
  /** Reuse this profile directory (kept on close), e.g. to restart the browser over the same storage. */
  profile?: string;
  /** Browser UI language ('ja', 'ko'); the extension's i18n follows it. */
  lang?: string;
  /** Show a window (the demo, when there is a display). */
  headed?: boolean;
  /** Load this built extension (a chrome-mv3 folder) instead of WXT_OUT_DIR's, e.g. a baseline build to compare with. */
  extension?: string;
}

/** Debian's Chromium with the built extension loaded, in a fresh profile unless one is given. */
export async function launch(opts: LaunchOptions = {}): Promise<Browser> {
  const profile = opts.profile ?? mkdtempSync(join(tmpdir(), 'fc-profile-'));
  // On Linux, Chromium takes its UI language (and so the extension's locale) from LANGUAGE.
  const extension = opts.extension ?? EXTENSION;
  const lang = opts.lang ? { env: { ...process.env, LANGUAGE: opts.lang }, args: [`--lang=${opts.lang}`] } : { env: undefined, args: [] };
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: false,
    viewport: { width: 1100, height: 900 },
    ...(lang.env && { env: lang.env }),
    args: [
      ...(opts.headed ? [] : ['--headless=new']),
      ...lang.args,
      ...CHROMIUM_FLAGS,
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
    ],
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    requests,
    close: async () => {
      await context.close();
      if (!opts.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Ask the page's content script for its results, through an extension page (what the popup does). */
export async function results(ext: Page, pageUrl: string): Promise<{ url: string; claims: { text: string; verdict: string; citations: unknown[] }[] }> {
  return ext.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    return chrome.tabs.sendMessage(tab!.id!, { type: 'factcheck:results' });
  }, pageUrl);
}

export async function tabId(ext: Page, pageUrl: string): Promise<number> {
  return ext.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]!.id!, pageUrl);
}

/** The texts painted with each of the extension's highlights on a page. */
export async function highlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    reg.forEach((h, name) => {
      if (name.startsWith('fc-')) out[name] = [...h].map((r) => r.toString());
    });
    return out;
  });
}
