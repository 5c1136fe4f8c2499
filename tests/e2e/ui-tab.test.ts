import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { card, openPage, pageClaims, startSession, type Session } from './ui-helpers';

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => s?.close());

/** What has focus: a mark's target, something in the card, or a page element. */
const focusedStop = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('drum-factcheck-ui')?.shadowRoot;
    const inner = root?.activeElement;
    if (inner) return inner.classList.contains('fc-target') ? `mark ${inner.getAttribute('data-index')}` : `card ${inner.className}`;
    const el = document.activeElement;
    return !el || el === document.body ? 'none' : `page ${el.textContent!.trim()}`;
  });

describe('Tab order', () => {
  it('puts each mark in its place among the page’s links, one Tab stop each, both ways', async () => {
    const { page } = await openPage(s, 'en-wire-story.html');
    const expected = await page.evaluate(() => {
      const marks = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.entries()]
        .filter(([name]) => name !== 'fc-flash')
        .flatMap(([, h]) => [...h]);
      const items = [
        ...[...document.querySelectorAll('a[href]')].map((a) => ({ label: `page ${a.textContent!.trim()}`, node: a as Node, offset: 0 })),
        ...marks.map((r) => ({ label: 'mark', node: r.startContainer, offset: r.startOffset })),
      ];
      items.sort((a, b) => {
        const r = document.createRange();
        r.setStart(a.node, a.offset);
        return -r.comparePoint(b.node, b.offset);
      });
      // Claims are numbered in document order.
      let n = 0;
      return items.map((i) => (i.label === 'mark' ? `mark ${n++}` : i.label));
    });
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const forward: string[] = [];
    for (let i = 0; i < expected.length; i++) {
      await page.keyboard.press('Tab');
      forward.push(await focusedStop(page));
    }
    expect(forward).toEqual(expected);
    // A mark's card opens as it gets focus, and its buttons are not stops of their own.
    expect(await card(page).count()).toBe(0);
    const backward: string[] = [];
    for (let i = 1; i < expected.length; i++) {
      await page.keyboard.press('Shift+Tab');
      backward.push(await focusedStop(page));
    }
    expect(backward).toEqual(expected.slice(0, -1).reverse());
    await page.close();
  });

  it('opens a focused mark’s card; Enter goes into it, Tab walks it and then leaves it for the next stop', async () => {
    const { page, url } = await openPage(s, 'en-wire-story.html');
    const claims = await pageClaims(s, url);
    await page.locator('nav a').last().focus();
    await page.keyboard.press('Tab');
    expect(await focusedStop(page)).toBe('mark 0');
    await card(page).waitFor();
    await page.keyboard.press('Enter');
    expect(await focusedStop(page)).toBe('card fc-close');
    let stop = '';
    for (let i = 0; i < 20 && !stop.startsWith('mark'); i++) {
      await page.keyboard.press('Tab');
      stop = await focusedStop(page);
    }
    expect(stop).toBe('mark 1');
    expect(await card(page).locator('.fc-card-sentence').textContent()).toBe(claims[1]!.text);
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'detached' });
    expect(await focusedStop(page)).toBe('mark 1');
    await page.close();
  });
});
