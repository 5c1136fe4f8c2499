// A long page with hundreds of claims: the layer measures and renders focus targets near the viewport
// only, yet Tab still walks every mark in document order, far past the first screen.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageHtml, pageLines } from '../../scripts/bench-pages';
import { pageClaims, sendToPage, startSession, type Session } from './ui-helpers';
import { results } from './harness';

let s: Session;
let page: Page;
let url: string;
beforeAll(async () => {
  s = await startSession();
  const html = pageHtml(pageLines('on', 30_000), 'long');
  await s.browser.context.route('**/generated/long.html', (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  page = await s.browser.context.newPage();
  url = `${s.server.origin}/generated/long.html`;
  await page.goto(url);
  for (let i = 0; i < 200 && ((await results(s.ext, url).catch(() => null))?.claims.length ?? 0) < 100; i++) await page.waitForTimeout(100);
}, 60_000);
afterAll(async () => s?.close());

const targets = () =>
  page.evaluate(() =>
    [...(document.querySelector('drum-factcheck-ui')?.shadowRoot?.querySelectorAll<HTMLElement>('.fc-target') ?? [])].map((el) => ({
      index: Number(el.dataset.index),
      top: el.getBoundingClientRect().top,
    })),
  );
const focused = () =>
  page.evaluate(() => {
    const el = document.querySelector('drum-factcheck-ui')?.shadowRoot?.activeElement as HTMLElement | null | undefined;
    return el?.classList.contains('fc-target') ? Number(el.dataset.index) : null;
  });

describe('a page with hundreds of claims', () => {
  it('renders focus targets near the viewport only, and follows the scroll', async () => {
    const claims = await pageClaims(s, url);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(async () => (await targets()).length).toBeGreaterThan(0);
    const top = await targets();
    const height = await page.evaluate(() => innerHeight);
    expect(top.length).toBeLessThan(claims.length / 4);
    // Near the viewport, bar one neighbour each side (the way out for Tab).
    expect(top.slice(0, -1).every((t) => t.top < 3 * height)).toBe(true);
    const half = await page.evaluate(() => document.documentElement.scrollHeight / 2);
    await page.evaluate((y) => window.scrollTo(0, y), half);
    await expect.poll(async () => (await targets()).map((t) => t.index).join()).not.toBe(top.map((t) => t.index).join());
    const moved = await targets();
    expect(moved.slice(1, -1).every((t) => t.top > -2 * height && t.top < 3 * height)).toBe(true);
  });

  it('walks every mark in order with Tab, out of the first screen and into the next article', async () => {
    const claims = await pageClaims(s, url);
    await page.evaluate(() => window.scrollTo(0, 0));
    await sendToPage(s, url, { type: 'factcheck:command', command: 'next-claim' });
    await expect.poll(focused).toBe(0);
    const seen = [0];
    // Through the first article and on into the second one, one Tab per mark.
    const firstArticle = claims.findIndex((c, i) => i > 0 && c.start - claims[i - 1]!.end > 10_000);
    expect(firstArticle).toBeGreaterThan(5);
    for (let presses = 0; presses < 400 && seen.length <= firstArticle + 2; presses++) {
      await page.keyboard.press('Tab');
      const index = await focused();
      if (index !== null && index !== seen[seen.length - 1]) seen.push(index);
    }
    expect(seen).toEqual(claims.slice(0, seen.length).map((_, i) => i));
    expect(seen.length).toBeGreaterThan(firstArticle + 2);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(await page.evaluate(() => innerHeight * 3));
  }, 120_000);
});
