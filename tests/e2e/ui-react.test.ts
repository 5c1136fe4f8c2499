import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlights } from './harness';
import { openPage, pageClaims, startSession, type Session } from './ui-helpers';

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => s?.close());

describe('a React-style page', () => {
  it('hydrates and re-renders marked text normally while the marks are on', async () => {
    const { page, url } = await openPage(s, 'apps/react-app.html');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    expect((await pageClaims(s, url)).length).toBeGreaterThan(0);
    const marked = await highlights(page);
    expect(
      Object.values(marked)
        .flat()
        .some((t) => /summit in Nara on Tuesday/.test(t)),
    ).toBe(true);

    // Hydrate after the marks are painted: the server markup must be exactly what the app would render.
    await page.bringToFront();
    await page.evaluate(() => (window as unknown as { startApp: () => void }).startApp());
    await expect.poll(() => page.evaluate(() => document.body.dataset.hydrated)).toBe('true');
    expect(await page.evaluate(() => document.body.dataset.serverMarkupIntact)).toBe('true');

    // Re-render the marked sentence and the keyed list, twice; the app's own DOM must be exactly its own.
    // A hover card may cover the buttons once the list grows under the mouse; a reader would move away first.
    const click = async (selector: string) => {
      await page.mouse.move(1, 1);
      await page.locator('drum-factcheck-ui .fc-card').waitFor({ state: 'detached' });
      await page.click(selector);
    };
    await click('#update');
    await click('#update');
    await click('#like');
    expect(await page.textContent('#update')).toBe('Next update (2)');
    expect(await page.textContent('#like')).toBe('Like (1)');
    expect(await page.textContent('.lede .place')).toBe('Nara');
    expect(await page.locator('.updates li').allTextContents()).toEqual([
      'Video of the jam was shared on Wednesday.',
      'The session lasted about 20 minutes, officials said.',
      'Takaichi gave Lee a pair of drumsticks engraved with his name.',
    ]);
    const foreign = await page.evaluate(
      () =>
        [...document.querySelectorAll('#root *')].filter(
          (el) => !['ARTICLE', 'H1', 'P', 'SPAN', 'UL', 'LI', 'BUTTON'].includes(el.tagName) || el.className.startsWith('fc-'),
        ).length,
    );
    expect(foreign).toBe(0);
    expect(await page.locator('#root drum-factcheck-ui').count()).toBe(0);
    expect(errors).toEqual([]);

    // The card still opens over the re-rendered page.
    await s.ext.evaluate(async (u) => {
      const [tab] = await chrome.tabs.query({ url: u });
      await chrome.tabs.sendMessage(tab!.id!, { type: 'factcheck:command', command: 'next-claim' });
    }, url);
    await page.locator('drum-factcheck-ui .fc-card').first().waitFor({ state: 'visible' });
    expect(errors).toEqual([]);
    await page.close();
  });
});
