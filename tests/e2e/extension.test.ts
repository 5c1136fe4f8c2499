import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlights, results, tabId } from './harness';
import { markPoint, openPage, openPopup, startSession, type Session } from './ui-helpers';

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => s?.close());

const open = (name: string) => openPage(s, name);

describe('a news page about the drum session', () => {
  it('marks claims inline with the verdict the engine gives', async () => {
    const { page, url } = await open('en-tabloid-errors.html');
    const { claims } = await results(s.ext, url);
    expect(claims.length).toBeGreaterThan(5);
    const marked = await highlights(page);
    for (const verdict of ['supported', 'contradicted']) {
      const expected = claims.filter((c) => c.verdict === verdict).map((c) => c.text);
      expect(expected.length, verdict).toBeGreaterThan(0);
      expect(marked[`fc-${verdict}`]?.sort()).toEqual(expected.sort());
    }
    const attention = claims.filter((c) => c.verdict === 'contradicted' || c.verdict === 'disputed').length;
    const badge = await s.ext.evaluate(async (id) => chrome.action.getBadgeText({ tabId: id }), await tabId(s.ext, url));
    expect(badge).toBe(String(attention));
    const tokyo = claims.find((c) => /Tokyo/.test(c.text) && /drum|jam|beat/i.test(c.text));
    expect(tokyo?.verdict).toBe('contradicted');
    await page.close();
  });

  it('shows a card with a citation on hover', async () => {
    const { page } = await open('en-wire-story.html');
    const box = await markPoint(page, 'fc-supported');
    expect(box).not.toBeNull();
    await page.mouse.move(box!.x, box!.y);
    const card = page.locator('drum-factcheck-ui .fc-card');
    await card.waitFor({ state: 'visible', timeout: 5000 });
    await expect.poll(() => card.locator('.fc-outlet').count()).toBeGreaterThan(0);
    expect(await card.locator('.fc-quote').first().textContent()).toMatch(/\w{4,}/);
    expect(await card.getAttribute('data-verdict')).toBe('supported');
    await page.mouse.move(5, 5);
    await card.waitFor({ state: 'detached', timeout: 5000 });
    await page.close();
  });

  it('opens the card from the keyboard', async () => {
    const { page } = await open('en-wire-story.html');
    await page.locator('drum-factcheck-ui .fc-target').first().focus();
    await page.locator('drum-factcheck-ui .fc-card').waitFor({ state: 'visible', timeout: 5000 });
    await page.keyboard.press('Escape');
    await page.locator('drum-factcheck-ui .fc-card').waitFor({ state: 'detached', timeout: 5000 });
    await page.close();
  });

  it('lists the claims in the popup, grouped by verdict, and reveals one on click', async () => {
    const { page, url } = await open('en-tabloid-errors.html');
    const { claims } = await results(s.ext, url);
    const popup = await openPopup(s, url);
    await popup.locator('.fc-claim').first().waitFor();
    expect(await popup.locator('.fc-claim').count()).toBe(claims.length);
    const groups = await popup.locator('.fc-group').evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict')));
    expect(groups[0]).toBe('contradicted');
    expect(await popup.locator('.fc-group[data-verdict="contradicted"] .fc-cites-conflicts').count()).toBeGreaterThan(0);
    await popup.locator('.fc-group[data-verdict="contradicted"] .fc-claim-text').first().click();
    const card = page.locator('drum-factcheck-ui .fc-card');
    await card.waitFor({ state: 'visible', timeout: 5000 });
    expect(await card.getAttribute('data-verdict')).toBe('contradicted');
    await popup.close();
    await page.close();
  });

  it('turns a site off and on again from the popup, across a reload', async () => {
    const { page, url } = await open('en-wire-story.html');
    const popup = await openPopup(s, url);
    const site = popup.locator('#fc-site');
    await site.waitFor();
    expect(await site.isChecked()).toBe(true);
    await site.uncheck();
    await expect.poll(async () => Object.keys(await highlights(page)).length).toBe(0);
    expect(await page.locator('drum-factcheck-ui').count()).toBe(0);
    await popup.locator('.fc-empty').filter({ hasText: 'off for this site' }).waitFor();
    await page.reload();
    await expect.poll(async () => (await results(s.ext, url).catch(() => null))?.claims.length).toBe(0);
    expect(Object.keys(await highlights(page))).toHaveLength(0);
    await popup.reload();
    await popup.locator('#fc-site').check();
    await expect.poll(async () => (await highlights(page))['fc-supported']?.length ?? 0).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });
});

describe('pages that only share words', () => {
  it.each(['en-offtopic-nara-deer.html', 'en-offtopic-bts-2020.html'])('%s gets no marks', async (name) => {
    const { page, url } = await open(name);
    expect((await results(s.ext, url)).claims).toEqual([]);
    expect(await highlights(page)).toEqual({});
    expect(await page.locator('drum-factcheck-ui').count()).toBe(0);
    await page.close();
  });
});

describe('privacy', () => {
  it('makes no network request beyond the local test pages', () => {
    const outside = s.browser.requests.filter((u) => !u.startsWith(s.server.origin) && !u.startsWith('chrome-extension://') && !u.startsWith('data:'));
    expect(s.browser.requests.length).toBeGreaterThan(0);
    expect(outside).toEqual([]);
  });
});
