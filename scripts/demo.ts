// npm run demo: build the extension, serve the fixture news pages on localhost, open Chromium with the
// extension loaded (headless when there is no display) and write screenshots of it at work to demo/.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

process.env.WXT_OUT_DIR ??= '.output-demo';
const { launch, ROOT, serveFixtures, tabId } = await import('../tests/e2e/harness');

const OUT = join(ROOT, 'demo');
const PAGES = ['en-wire-story.html', 'en-tabloid-errors.html', 'ja-article.html', 'ko-article.html'];
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;

// A dark skin for the fixture pages, so the marks and card can be shown on a dark site too.
const DARK_CSS = `html, body { background: #0d1117 !important; color: #e6edf3 !important; }
header.site, nav.sections, footer.site, aside { background: #161b22 !important; color: #e6edf3 !important; }
a, nav.sections a, aside a { color: #9cc3e6 !important; } .byline, figcaption { color: #9da7b3 !important; }`;

async function darkSkin(context: BrowserContext): Promise<void> {
  await context.addInitScript((css) => {
    if (!location.search.includes('theme=dark')) return;
    document.addEventListener('DOMContentLoaded', () => document.head.append(Object.assign(document.createElement('style'), { textContent: css })));
  }, DARK_CSS);
}

async function ask<T>(ext: Page, url: string, msg: object): Promise<T> {
  const id = await tabId(ext, url);
  return ext.evaluate(([tab, m]) => chrome.tabs.sendMessage(tab as number, m), [id, msg] as const) as Promise<T>;
}

async function openChecked(context: BrowserContext, ext: Page, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  for (let i = 0; i < 100; i++) {
    const reply = await ask<{ claims: unknown[] } | undefined>(ext, url, { type: 'factcheck:results' }).catch(() => undefined);
    if (reply) break;
    await page.waitForTimeout(100);
  }
  return page;
}

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(250);
  await page.screenshot({ path: join(OUT, name) });
  console.log(`  demo/${name}`);
}

// The sources page: light at its top (the articles, the table's first rows); dark at a disagreement, where a card's citation of it lands.
async function sourcesPage(context: BrowserContext, extensionId: string, theme: 'light' | 'dark'): Promise<Page> {
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: theme });
  await page.setViewportSize({ width: 1280, height: 900 });
  const query = theme === 'dark' ? '?cite=004-19&point=dispute:gift-kit' : '';
  await page.goto(`chrome-extension://${extensionId}/sources.html${query}`);
  await page.locator('.fc-points').waitFor();
  return page;
}

// The UI follows the browser's language: one more browser, in Japanese, for the card on the Japanese page.
async function japaneseCard(origin: string): Promise<void> {
  const ja = await launch({ lang: 'ja' });
  try {
    const ext = await ja.context.newPage();
    await ext.goto(`chrome-extension://${ja.extensionId}/popup.html`);
    const url = `${origin}/ja-article.html`;
    const page = await openChecked(ja.context, ext, url);
    await ask(ext, url, { type: 'factcheck:command', command: 'next-claim' });
    await shot(page, 'card-ja.png');
    await shot(await sourcesPage(ja.context, ja.extensionId, 'light'), 'sources-ja.png');
  } finally {
    await ja.close();
  }
}

async function main(): Promise<void> {
  console.log(`Building the extension into ${process.env.WXT_OUT_DIR}/ …`);
  execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: process.env });
  mkdirSync(OUT, { recursive: true });
  const server = await serveFixtures();
  const browser = await launch({ headed });
  const { context, extensionId } = browser;
  await darkSkin(context);
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/popup.html`);
  console.log(`Serving the demo pages at ${server.origin}/ (${PAGES.join(', ')}); screenshots:`);

  for (const name of PAGES) {
    const page = await openChecked(context, ext, `${server.origin}/${name}`);
    await shot(page, `page-${name.replace('.html', '')}.png`);
    if (headed) continue;
    await page.close();
  }
  for (const theme of ['light', 'dark'] as const) {
    const url = `${server.origin}/en-tabloid-errors.html?theme=${theme}`;
    const page = await openChecked(context, ext, url);
    await page.emulateMedia({ colorScheme: theme });
    const { claims } = await ask<{ claims: { verdict: string }[] }>(ext, url, { type: 'factcheck:results' });
    await ask(ext, url, {
      type: 'factcheck:reveal',
      index: Math.max(
        0,
        claims.findIndex((c) => c.verdict === 'contradicted'),
      ),
    });
    await shot(page, `card-${theme}.png`);
    const popup = await context.newPage();
    await popup.emulateMedia({ colorScheme: theme });
    await popup.setViewportSize({ width: 440, height: 820 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabId(ext, url)}`);
    await popup.locator('.fc-claim').first().waitFor();
    await shot(popup, `popup-${theme}.png`);
    await shot(await sourcesPage(context, extensionId, theme), `sources-${theme}.png`);
    if (!headed) await Promise.all([popup.close(), page.close()]);
  }
  const options = await context.newPage();
  await options.setViewportSize({ width: 900, height: 1000 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('.fc-options h1').waitFor();
  await shot(options, 'options.png');

  await japaneseCard(server.origin);

  if (headed) {
    console.log('Chromium stays open with the demo pages; close it (or press Ctrl+C) to stop.');
    await new Promise<void>((resolve) => {
      context.on('close', () => resolve());
      process.once('SIGINT', () => resolve());
    });
  }
  await browser.close().catch(() => undefined);
  await server.close();
}

await main();
