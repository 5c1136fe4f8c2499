import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInput } from '../../cli/read-input';
import { checkText } from '../../extension/background/checker';
import { ROOT } from './harness';
import {
  FIREFOX_PATH,
  highlights,
  inLayer,
  openExtensionPage,
  openFixture,
  results,
  sendToPage,
  startFirefox,
  tabIdOf,
  until,
  type FirefoxSession,
} from './firefox-harness';

// The same journeys as the Chromium tests, in Debian's Firefox ESR with the Firefox build.
let s: FirefoxSession;
beforeAll(async () => {
  expect(existsSync(FIREFOX_PATH), `${FIREFOX_PATH} is missing: apt-get install -y firefox-esr (.ci/run does)`).toBe(true);
  s = await startFirefox();
});
afterAll(async () => s?.close());

const markPoint = (page: Page, name: string) =>
  page.evaluate((n) => {
    const range = [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(n) ?? [])][0];
    if (!range) return null;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const r = range.getClientRects()[0]!;
    return { x: r.left + Math.min(r.width / 2, 40), y: r.top + r.height / 2 };
  }, name);
const cardVerdict = (page: Page) => page.$eval(inLayer('.fc-card'), (el) => el.getAttribute('data-verdict'));
const popupUrl = async (url: string) => s.extUrl(`popup.html?tab=${await tabIdOf(s, url)}`);
const popupFor = async (url: string) => openExtensionPage(s.browser, await popupUrl(url));

describe('Firefox: a news page about the drum session', () => {
  it('marks claims inline, underlined by verdict, with the verdicts the engine gives the page’s text', async () => {
    const { page, url } = await openFixture(s, 'en-tabloid-errors.html');
    const { claims } = await results(s, url);
    expect(claims.length).toBeGreaterThan(5);
    const marked = await highlights(page);
    for (const verdict of ['supported', 'contradicted', 'unverified']) {
      const expected = claims.filter((c) => c.verdict === verdict).map((c) => c.text);
      expect(expected.length, verdict).toBeGreaterThan(0);
      expect(marked[`fc-${verdict}`]?.sort()).toEqual(expected.sort());
    }
    // Firefox paints no text-decoration on highlights: the layer underlines each line, each verdict in its own style.
    const lines = await page.$$eval(inLayer('.fc-line'), (els) =>
      Object.fromEntries(els.map((el) => [el.className.replace('fc-line fc-line-', ''), getComputedStyle(el).borderBottomStyle])),
    );
    expect(lines).toMatchObject({ supported: 'dotted', contradicted: 'solid', unverified: 'dashed' });
    // The same verdicts as the engine gives the page's text outside any browser (npm run check).
    const cli = checkText(await readInput(join(ROOT, 'tests/fixtures/pages/en-tabloid-errors.html')));
    expect(claims.map((c) => `${c.verdict}: ${c.text}`)).toEqual(cli.map((c) => `${c.verdict}: ${c.text}`));
    const id = await tabIdOf(s, url);
    const attention = claims.filter((c) => c.verdict === 'contradicted' || c.verdict === 'disputed').length;
    const badge = () => s.ext.evaluate((tab) => (browser.browserAction.getBadgeText as (d: { tabId: number }) => Promise<string>)({ tabId: tab }), id);
    await expect.poll(badge).toBe(String(attention));
    await page.close();
  });

  it('shows a card with citations on hover, and closes it when the mouse leaves', async () => {
    const { page } = await openFixture(s, 'en-wire-story.html');
    await page.bringToFront();
    const point = await markPoint(page, 'fc-supported');
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    await until(page, inLayer('.fc-card'));
    expect(await cardVerdict(page)).toBe('supported');
    expect(await page.$$eval(inLayer('.fc-outlet'), (els) => els.length)).toBeGreaterThan(0);
    expect(await page.$eval(inLayer('.fc-quote'), (el) => el.textContent)).toMatch(/\w{4,}/);
    await page.mouse.move(5, 5);
    await until(page, inLayer('.fc-card'), 'absent');
    await page.close();
  });

  it('opens the card when Tab reaches a mark, in document order; Escape closes it', async () => {
    const { page } = await openFixture(s, 'en-wire-story.html');
    await page.bringToFront();
    // Tab from the last link before the article lands on its first mark, not on the links after it.
    await page.$eval('nav a:last-of-type', (a) => (a as HTMLElement).focus());
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.querySelector('drum-factcheck-ui')?.shadowRoot?.activeElement?.getAttribute('data-index'))).toBe('0');
    await until(page, inLayer('.fc-card'));
    expect(await page.$$eval(inLayer('.fc-card .fc-outlet'), (els) => els.length)).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await until(page, inLayer('.fc-card'), 'absent');
    await page.close();
  });
});

describe('Firefox: the popup', () => {
  it('lists the claims, filters them by verdict, and jumps to one on the page', async () => {
    const { page, url } = await openFixture(s, 'en-tabloid-errors.html');
    const { claims } = await results(s, url);
    const popup = await popupFor(url);
    await until(popup, '.fc-claim');
    expect(await popup.$$eval('.fc-claim', (els) => els.length)).toBe(claims.length);
    await popup.click('.fc-chip[data-verdict="contradicted"]');
    expect(await popup.$$eval('.fc-group', (els) => els.map((e) => e.getAttribute('data-verdict')))).toEqual(['contradicted']);
    expect(await popup.$$eval('.fc-claim', (els) => els.length)).toBe(claims.filter((c) => c.verdict === 'contradicted').length);
    await popup.click('.fc-chip[data-verdict="all"]');
    expect(await popup.$$eval('.fc-claim', (els) => els.length)).toBe(claims.length);
    await popup.click('.fc-group[data-verdict="contradicted"] .fc-claim-text');
    await until(page, inLayer('.fc-card'));
    expect(await cardVerdict(page)).toBe('contradicted');
    await popup.close();
    await page.close();
  });

  it('turns a site off and on again, across a reload', async () => {
    const { page, url } = await openFixture(s, 'en-wire-story.html');
    const popup = await popupFor(url);
    await until(popup, '#fc-site:checked');
    await popup.click('#fc-site');
    await expect.poll(async () => Object.keys(await highlights(page)).length).toBe(0);
    expect(await page.$('drum-factcheck-ui')).toBeNull();
    await page.reload();
    // The page's content script answers once it has read the page and loaded its checker: under load, Firefox
    // takes more than the poll's default second for that after a reload.
    await expect.poll(async () => (await results(s, url).catch(() => null))?.claims.length, { timeout: 10_000 }).toBe(0);
    expect(await highlights(page)).toEqual({});
    // page.url() stays about:blank: Firefox reports no navigation to moz-extension:// pages.
    await openExtensionPage(s.browser, await popupUrl(url), popup);
    await until(popup, '#fc-site:not(:checked)');
    await popup.click('#fc-site');
    // Firefox clamps the timers of a tab in the background (the popup's tab is in front here) to a second.
    await expect.poll(async () => (await highlights(page))['fc-supported']?.length ?? 0, { timeout: 10_000 }).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });
});

/** The sources page's tab, once the extension has opened it; Firefox reports no URL for moz-extension:// pages, so each tab is asked. */
async function sourcesTab(): Promise<Page> {
  for (let i = 0; i < 50; i++) {
    for (const p of await s.browser.pages()) {
      const href = await p.evaluate(() => location.href).catch(() => '');
      if (href.includes('/sources.html') && (await p.$('.fc-points'))) return p;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the sources page did not open');
}

describe('Firefox: the sources page', () => {
  it('opens from the popup, and from a card’s citation at the row of the cited sentence', async () => {
    const { page, url } = await openFixture(s, 'en-tabloid-errors.html');
    const popup = await popupFor(url);
    await until(popup, '.fc-sources-link');
    await popup.click('.fc-sources-link');
    const fromPopup = await sourcesTab();
    expect(await fromPopup.$$eval('.fc-source', (els) => els.length)).toBe(5);
    expect(await fromPopup.$$eval('.fc-disagreement', (els) => els.map((el) => el.querySelectorAll('.fc-side').length).every((n) => n >= 2))).toBe(true);
    await fromPopup.close();
    await popup.close();
    const { claims } = await results(s, url);
    const index = claims.findIndex((c) => c.verdict === 'contradicted' && /Tokyo/.test(c.text));
    const cited = claims[index]!.citations.find((c) => c.relation === 'conflicts')!;
    await page.bringToFront();
    await sendToPage(s, url, { type: 'factcheck:reveal', index });
    await until(page, inLayer(`li[data-sentence="${cited.sentenceId}"] .fc-source-link`));
    await page.$eval(inLayer(`li[data-sentence="${cited.sentenceId}"] .fc-source-link`), (a) => (a as HTMLElement).click());
    const fromCard = await sourcesTab();
    expect(await fromCard.$eval('tr[data-current] th', (th) => th.textContent)).toContain('Nara');
    expect(await fromCard.$(`tr[data-current] [data-sentence="${cited.sentenceId}"] mark`)).not.toBeNull();
    await fromCard.close();
    await page.close();
  });
});

describe('Firefox: pages that only share words', () => {
  it.each(['en-offtopic-nara-deer.html', 'en-offtopic-bts-2020.html'])('%s gets no marks', async (name) => {
    const { page, url } = await openFixture(s, name);
    expect((await results(s, url)).claims).toEqual([]);
    expect(await highlights(page)).toEqual({});
    expect(await page.$('drum-factcheck-ui')).toBeNull();
    await page.close();
  });
});

describe('Firefox: privacy', () => {
  it('makes no network request beyond the local test pages', () => {
    expect(s.requests.length).toBeGreaterThan(0);
    expect(s.requests.filter((u) => !u.startsWith(`${s.origin}/`))).toEqual([]);
  });
});
