import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectPageUntouched, markedTexts as marked, noRequestsBeyond, trackErrors } from './hostile-helpers';
import { openPage, pageClaims, startSession, type Session } from './ui-helpers';

// Pages that change after load. Timeouts here are generous ceilings for a slow CI machine; the
// latencies themselves are printed, not asserted (the README's Performance section has them).
let s: Session;

beforeAll(async () => {
  s = await startSession();
});

afterAll(async () => {
  await s?.close();
});

/** Waits until `pred` holds for the marked texts; returns how long that took after `since`. */
async function waitForMarks(page: Page, pred: (texts: string[]) => boolean, since: number): Promise<number> {
  await expect.poll(async () => pred(await marked(page)), { timeout: 8000, interval: 50 }).toBe(true);
  return Date.now() - since;
}

const TOKYO = 'Takaichi and Lee played the drums in Tokyo on Wednesday.';
const BTS = 'Takaichi and Lee drummed to BTS after the summit in Nara on Tuesday.';

describe('pages that change after load', () => {
  it('infinite scroll: new stories are checked as they arrive, and marks on removed ones go away', async () => {
    const { page, url } = await openPage(s, 'dyn-scroll.html');
    const errors = await trackErrors(page);
    expect(await marked(page)).not.toContain(TOKYO);
    let t = Date.now();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    console.log(`infinite scroll: new story marked after ${await waitForMarks(page, (m) => m.includes(TOKYO), t)} ms`);
    expect((await pageClaims(s, url)).find((c) => c.text === TOKYO)?.verdict).toBe('contradicted');

    // A story that is not about the event adds nothing; the one after it is checked again.
    await page.evaluate(() => (window as unknown as { loadMore: () => boolean }).loadMore());
    t = Date.now();
    await page.evaluate(() => (window as unknown as { loadMore: () => boolean }).loadMore());
    console.log(`infinite scroll: third story marked after ${await waitForMarks(page, (m) => m.includes(BTS), t)} ms`);

    t = Date.now();
    await page.evaluate(() => (window as unknown as { removeStory: (id: string) => void }).removeStory('a1'));
    console.log(`infinite scroll: removed story unmarked after ${await waitForMarks(page, (m) => !m.includes(TOKYO), t)} ms`);
    const claims = await pageClaims(s, url);
    expect(claims.map((c) => c.text)).not.toContain(TOKYO);
    expect(claims.map((c) => c.text)).toContain(BTS);
    expect(await errors()).toEqual([]);
    await page.close();
  });

  it('"read more" and <details>: text that becomes visible is checked', async () => {
    const { page, url } = await openPage(s, 'dyn-readmore.html');
    expect(await marked(page)).not.toContain(TOKYO);
    let t = Date.now();
    await page.click('#toggle');
    console.log(`read more: revealed text marked after ${await waitForMarks(page, (m) => m.includes(TOKYO), t)} ms`);
    const osaka = 'Takaichi and Lee drummed in Osaka on Friday.';
    t = Date.now();
    await page.click('#details summary');
    console.log(`details: opened text marked after ${await waitForMarks(page, (m) => m.includes(osaka), t)} ms`);
    t = Date.now();
    await page.click('#toggle');
    await waitForMarks(page, (m) => !m.includes(TOKYO), t);
    expect((await pageClaims(s, url)).map((c) => c.text)).not.toContain(TOKYO);
    await page.close();
  });

  it('a page off the story that gets it later: the story is checked and marked as it arrives', async () => {
    // The content script on every page is the cheap gate alone; the page checker is loaded only now.
    const { page, url } = await openPage(s, 'en-offtopic-nara-deer.html');
    expect(await pageClaims(s, url)).toEqual([]);
    const t = Date.now();
    await page.evaluate((text) => {
      const p = document.createElement('p');
      p.textContent = text;
      document.body.append(p);
    }, TOKYO);
    console.log(`off the story, then on it: marked after ${await waitForMarks(page, (m) => m.includes(TOKYO), t)} ms`);
    expect((await pageClaims(s, url)).find((c) => c.text === TOKYO)?.verdict).toBe('contradicted');
    await page.close();
  });

  it('a single-page app: a new route is checked and reported under its own URL; the old marks go', async () => {
    const { page, url } = await openPage(s, 'dyn-spa.html');
    expect(await marked(page)).toContain(TOKYO);
    let t = Date.now();
    await page.click('a[data-route="two"]');
    console.log(`SPA: new route marked after ${await waitForMarks(page, (m) => m.includes(BTS) && !m.includes(TOKYO), t)} ms`);
    const routeTwo = page.url();
    expect(routeTwo).not.toBe(url);
    await expect.poll(async () => (await pageClaims(s, routeTwo)).map((c) => c.text), { timeout: 5000 }).toContain(BTS);

    t = Date.now();
    await page.click('a[data-route="weather"]');
    await waitForMarks(page, (m) => m.length === 0, t);
    expect(await pageClaims(s, page.url())).toEqual([]);
    expect(await page.locator('drum-factcheck-ui').count()).toBe(0);

    t = Date.now();
    await page.goBack();
    await waitForMarks(page, (m) => m.includes(BTS), t);
    await page.close();
  });

  it('a page that reacts to every change, the extension’s included, does not loop with it', async () => {
    const { page, url } = await openPage(s, 'dyn-loop.html');
    const loop = () => page.evaluate(() => (window as unknown as { __loop: () => { seen: number; added: number } }).__loop());
    await expect.poll(async () => (await pageClaims(s, url)).length, { timeout: 8000 }).toBeGreaterThan(0);
    // Let both sides react to each other for a while; then nothing more may happen.
    await page.waitForTimeout(2500);
    const settled = await loop();
    await page.waitForTimeout(2500);
    expect(await loop()).toEqual(settled);
    expect(settled.added).toBeLessThanOrEqual(2);
    expect(await page.locator('drum-factcheck-ui').count()).toBeLessThanOrEqual(1);
    // Every sentence the page added about the story is checked.
    const texts = (await pageClaims(s, url)).map((c) => c.text);
    for (let i = 1; i <= settled.added; i++) expect(texts.some((t) => t.includes(`update ${i}`))).toBe(true);
    await page.close();
  });

  it('leaves the text of changing pages as the pages made it', async () => {
    const { page } = await openPage(s, 'dyn-scroll.html');
    await expectPageUntouched(page);
    await page.close();
  });
});

describe('privacy on changing pages', () => {
  it('makes no network request beyond the local test pages', () => {
    noRequestsBeyond(s.browser.requests, s.server.origin);
  });
});
