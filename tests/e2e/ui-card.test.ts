import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlights, results } from './harness';
import { card, openPage, pageClaims, selectText, sendToPage, startSession, storageGet, storageSet, type Session } from './ui-helpers';

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => s?.close());

const live = (page: Page) => page.locator('drum-factcheck-ui .fc-sr').textContent();
const command = (url: string, name: string) => sendToPage<{ ok: boolean }>(s, url, { type: 'factcheck:command', command: name });
const focusedTarget = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector('drum-factcheck-ui')?.shadowRoot?.activeElement;
    return el ? { cls: el.className, index: Number(el.getAttribute('data-index')), expanded: el.getAttribute('aria-expanded') } : null;
  });
const inViewport = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
  });

describe('keyboard and screen readers', () => {
  it('registers its shortcuts and the selection menu with the browser', async () => {
    const worker = s.browser.context.serviceWorkers()[0]!;
    const commands = await worker.evaluate(() => chrome.commands.getAll());
    const keys = Object.fromEntries(commands.map((c) => [c.name, c.shortcut]));
    // A suggested key the browser refuses (a clash) comes back empty: every one must be assigned.
    expect(keys).toMatchObject({ 'next-claim': 'Alt+Shift+J', 'previous-claim': 'Alt+Shift+K', 'toggle-marks': 'Alt+Shift+M' });
    const menu = await worker.evaluate(
      () => new Promise((done) => chrome.contextMenus.update('factcheck-selection', {}, () => done(chrome.runtime.lastError?.message ?? 'exists'))),
    );
    expect(menu).toBe('exists');
  });

  it('steps to the next and previous claim, scrolls to it, opens its card and announces it', async () => {
    const { page, url } = await openPage(s, 'en-tabloid-errors.html');
    const claims = await pageClaims(s, url);
    await command(url, 'next-claim');
    await card(page).waitFor({ state: 'visible' });
    await expect.poll(() => live(page)).toMatch(new RegExp(`^Claim 1 of ${claims.length}\\. `));
    const first = await focusedTarget(page);
    expect(first).toMatchObject({ cls: 'fc-target', expanded: 'true' });
    const c0 = claims[first!.index]!;
    // A red verdict is announced point by point: "Sources: Nara · This page: Tokyo".
    const said = c0.differences?.length ? `Sources: ${c0.differences[0]!.sourceValues[0]!.en} · This page: ${c0.differences[0]!.claimValue!.text}` : c0.reason;
    expect(await live(page)).toContain(said);
    expect(await card(page).locator('.fc-card').getAttribute('data-verdict')).toBe(c0.verdict);
    expect(await card(page).locator('[role="dialog"]').getAttribute('aria-label')).toMatch(/^Fact-check: /);
    await command(url, 'next-claim');
    await expect.poll(() => live(page)).toMatch(/^Claim 2 of /);
    const second = await focusedTarget(page);
    expect(second!.index).toBeGreaterThan(first!.index);
    expect(await inViewport(page, `drum-factcheck-ui .fc-target[data-index="${second!.index}"]`)).toBe(true);
    await command(url, 'previous-claim');
    await expect.poll(async () => (await focusedTarget(page))?.index).toBe(first!.index);
    // Enter goes from the mark into its card; Escape there closes it and puts focus back on the mark.
    await page.keyboard.press('Enter');
    expect((await focusedTarget(page))?.cls).toBe('fc-close');
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'detached' });
    expect(await focusedTarget(page)).toMatchObject({ cls: 'fc-target', index: first!.index, expanded: 'false' });
    await page.close();
  });

  it('shows and hides every mark with the toggle shortcut', async () => {
    const { page, url } = await openPage(s, 'en-wire-story.html');
    expect(Object.keys(await highlights(page)).length).toBeGreaterThan(0);
    await command(url, 'toggle-marks');
    await expect.poll(async () => Object.keys(await highlights(page)).length).toBe(0);
    await expect.poll(() => live(page)).toBe('Fact-check marks hidden');
    expect(await page.locator('drum-factcheck-ui .fc-target').count()).toBe(0);
    await command(url, 'toggle-marks');
    await expect.poll(async () => Object.keys(await highlights(page)).length).toBeGreaterThan(0);
    await page.close();
  });
});

describe('the card', () => {
  it('shows the verdict, why, and the two kinds of citation with the matching words emphasised', async () => {
    const { page, url } = await openPage(s, 'en-tabloid-errors.html');
    const claims = await pageClaims(s, url);
    const index = claims.findIndex((c) => c.verdict === 'contradicted' && c.citations.some((x) => x.relation === 'supports'));
    expect(index).toBeGreaterThanOrEqual(0);
    await sendToPage(s, url, { type: 'factcheck:reveal', index });
    const c = card(page);
    await c.waitFor({ state: 'visible' });
    expect(await c.locator('.fc-verdict').textContent()).toContain('Contradicted');
    // What differs, point by point, with the page's own words marked.
    const diff = claims[index]!.differences![0]!;
    expect(await c.locator('.fc-reason').textContent()).toContain(`Sources: ${diff.sourceValues[0]!.en} · This page: ${diff.claimValue!.text}`);
    expect(await c.locator('mark.fc-diff-claim').first().textContent()).toBe(diff.claimValue!.text);
    expect(await c.locator('.fc-cites-conflicts li').count()).toBeGreaterThan(0);
    expect(await c.locator('.fc-cites-supports li').count()).toBeGreaterThan(0);
    expect(await c.locator('.fc-hit').count()).toBeGreaterThan(0);
    expect(await c.locator('.fc-outlet').first().textContent()).toMatch(/\d{4}-\d{2}-\d{2}/);
    await page.close();
  });

  it('says which sentence it is for', async () => {
    const { page, url } = await openPage(s, 'en-wire-story.html');
    const claims = await pageClaims(s, url);
    await sendToPage(s, url, { type: 'factcheck:reveal', index: 2 });
    await card(page).waitFor();
    expect(await card(page).locator('.fc-card-sentence').textContent()).toBe(claims[2]!.text);
    await page.close();
  });

  it('shows a disputed claim’s sources as sides, each with its quotes, and the side the sentence takes', async () => {
    const { page, url } = await openPage(s, 'en-wire-story.html');
    const claims = await pageClaims(s, url);
    const index = claims.findIndex((c) => c.verdict === 'disputed' && /video/i.test(c.text) && /Wednesday/.test(c.text));
    expect(index).toBeGreaterThanOrEqual(0);
    await sendToPage(s, url, { type: 'factcheck:reveal', index });
    const c = card(page);
    await c.waitFor();
    const sides = await c.locator('.fc-side').evaluateAll((els) =>
      els.map((el) => ({
        says: el.querySelector('.fc-side-says')!.textContent!,
        taken: el.getAttribute('data-taken'),
        quotes: el.querySelectorAll('.fc-quote').length,
      })),
    );
    expect(sides.length).toBeGreaterThanOrEqual(2);
    for (const side of sides) expect(side.quotes, side.says).toBeGreaterThan(0);
    // The sentence says Wednesday: it takes the side that says so, and only that one.
    expect(sides.filter((x) => x.taken === 'true').map((x) => x.says)).toEqual([expect.stringMatching(/Wednesday/)]);
    expect(await c.locator('.fc-side-taken').count()).toBe(1);
    // No side is filed as corroboration, and the sides' paraphrases are not set in quotes as if quoted.
    expect(await c.locator('.fc-cites-supports').count()).toBe(0);
    expect(await c.locator('.fc-reason').textContent()).not.toMatch(/[“”]/);
    await page.close();
  });

  it('keeps the other side of a disagreement out of "Corroborated by" when the engine names no side', async () => {
    const { page, url } = await openPage(s, 'en-tabloid-errors.html');
    const claims = await pageClaims(s, url);
    const index = claims.findIndex((c) => c.verdict === 'disputed' && /drum kits/.test(c.text));
    expect(index).toBeGreaterThanOrEqual(0);
    await sendToPage(s, url, { type: 'factcheck:reveal', index });
    const c = card(page);
    await c.waitFor();
    expect(await c.locator('.fc-side').count()).toBe(2);
    expect(await c.locator('.fc-side', { hasText: 'Markers' }).locator('.fc-quote').count()).toBeGreaterThan(0);
    expect(await c.locator('.fc-cites-supports').count()).toBe(0);
    await page.close();
  });

  it('opens on click and stays inside the viewport, flipping above a mark at the bottom edge', async () => {
    const { page } = await openPage(s, 'en-wire-story.html');
    await page.setViewportSize({ width: 700, height: 600 });
    const point = await page.evaluate(() => {
      const r = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('fc-supported')!][2]!;
      r.startContainer.parentElement!.scrollIntoView({ block: 'end' });
      const rect = r.getClientRects()[0]!;
      return { x: rect.left + 10, y: rect.top + rect.height / 2 };
    });
    await page.mouse.click(point.x, point.y);
    const c = card(page);
    await c.waitFor({ state: 'visible' });
    expect(await inViewport(page, 'drum-factcheck-ui .fc-card-wrap')).toBe(true);
    expect(await c.getAttribute('data-side')).toBe('above');
    // Opened by a click, it stays when the mouse moves away; a click elsewhere closes it.
    await page.mouse.move(5, 5);
    await page.waitForTimeout(500);
    expect(await c.isVisible()).toBe(true);
    await page.mouse.click(5, 5);
    await c.waitFor({ state: 'detached' });
    await page.close();
  });

  it('is drawn right by its mark on first draw, below a mark at the top and above one at the bottom', async () => {
    // A viewport with room for the whole card on either side: a card taller than the room is cut to fit it anyway.
    const { page } = await openPage(s, 'en-wire-story.html');
    for (const [block, side] of [
      ['start', 'below'],
      ['end', 'above'],
    ] as const) {
      const point = await page.evaluate((b) => {
        const range = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('fc-supported')!][2]!;
        range.startContainer.parentElement!.scrollIntoView({ block: b });
        const lines = range.getClientRects();
        const root = document.querySelector('drum-factcheck-ui')!.shadowRoot!;
        // Where the card is when it first appears: before any scroll or later frame could move it.
        (window as unknown as { first: Promise<unknown> }).first = new Promise((resolve) => {
          const mo = new MutationObserver(() => {
            const wrap = root.querySelector<HTMLElement>('.fc-card-wrap');
            if (!wrap) return;
            mo.disconnect();
            const r = wrap.getBoundingClientRect();
            resolve({ side: wrap.dataset.side, above: Math.round(lines[0]!.top - r.bottom), below: Math.round(r.top - lines[lines.length - 1]!.bottom) });
          });
          mo.observe(root, { childList: true, subtree: true });
        });
        return { x: lines[0]!.left + 10, y: lines[0]!.top + lines[0]!.height / 2 };
      }, block);
      await page.waitForTimeout(300);
      await page.mouse.click(point.x, point.y);
      const first = (await page.evaluate(() => (window as unknown as { first: Promise<unknown> }).first)) as { side: string; above: number; below: number };
      expect(first.side).toBe(side);
      // The card hangs 6 px from the mark's first line (above) or last line (below).
      expect(side === 'above' ? first.above : first.below).toBeGreaterThanOrEqual(4);
      expect(side === 'above' ? first.above : first.below).toBeLessThanOrEqual(8);
      await page.keyboard.press('Escape');
      await card(page).waitFor({ state: 'detached' });
    }
    await page.close();
  });

  it('follows the mark when the page scrolls', async () => {
    const { page, url } = await openPage(s, 'en-wire-story.html');
    await sendToPage(s, url, { type: 'factcheck:reveal', index: 2 });
    await card(page).waitFor({ state: 'visible' });
    // The edge the card hangs from keeps its distance to the mark (the card may grow on the far side).
    const gap = () =>
      page.evaluate(() => {
        const root = document.querySelector('drum-factcheck-ui')!.shadowRoot!;
        const wrap = root.querySelector<HTMLElement>('.fc-card-wrap')!;
        const r = wrap.getBoundingClientRect();
        const target = root.querySelector('.fc-target[aria-expanded="true"]')!.getBoundingClientRect();
        return { gap: Math.round(wrap.dataset.side === 'above' ? r.bottom - target.top : r.top - target.bottom), top: Math.round(target.top) };
      });
    const before = await gap();
    await page.mouse.wheel(0, -60);
    await expect.poll(async () => (await gap()).top).toBeGreaterThan(before.top);
    expect((await gap()).gap).toBe(before.gap);
    await page.close();
  });

  it('keeps the page’s styles out', async () => {
    const { page, url } = await openPage(s, 'en-wire-story.html');
    await page.addStyleTag({
      content: '* { color: rgb(255, 0, 0) !important; font-size: 40px !important; font-family: fantasy !important; } div, p { display: inline !important; }',
    });
    await sendToPage(s, url, { type: 'factcheck:reveal', index: 0 });
    const reason = card(page).locator('.fc-reason');
    await reason.waitFor();
    const style = await reason.evaluate((el) => ({ color: getComputedStyle(el).color, size: getComputedStyle(el).fontSize }));
    expect(style).toEqual({ color: 'rgb(31, 35, 40)', size: '14px' });
    await page.close();
  });

  it('records "this verdict is wrong" with the user’s comment, locally', async () => {
    const { page, url } = await openPage(s, 'en-tabloid-errors.html');
    const before = s.browser.requests.length;
    await sendToPage(s, url, { type: 'factcheck:reveal', index: 0 });
    const c = card(page);
    await c.locator('.fc-report-open').click();
    await c.locator('.fc-report-comment').fill('The sources are out of date here.');
    await c.locator('.fc-report-save').click();
    await c.locator('.fc-report-saved').waitFor();
    const claims = await pageClaims(s, url);
    const reports = (await storageGet(s, 'local', 'verdictReports')) as { claim: string; verdict: string; comment: string; url: string }[];
    expect(reports.at(-1)).toMatchObject({ claim: claims[0]!.text, verdict: claims[0]!.verdict, comment: 'The sources are out of date here.', url });
    expect(s.browser.requests.slice(before).filter((u) => !u.startsWith(s.server.origin) && !u.startsWith('chrome-extension://'))).toEqual([]);
    await page.close();
  });

  it('uses the dark palette on a dark page', async () => {
    const page = await s.browser.context.newPage();
    await page.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => {
        const st = document.createElement('style');
        st.textContent = 'body { background: #111 !important; color: #eee !important; }';
        document.head.append(st);
      }),
    );
    const url = `${s.server.origin}/en-wire-story.html?dark`;
    await page.goto(url);
    await expect.poll(async () => (await results(s.ext, url).catch(() => null))?.claims.length ?? 0).toBeGreaterThan(0);
    await sendToPage(s, url, { type: 'factcheck:reveal', index: 0 });
    await card(page).waitFor();
    expect(await page.locator('drum-factcheck-ui .fc-layer').getAttribute('data-theme')).toBe('dark');
    const css = await page.evaluate(() => document.adoptedStyleSheets.flatMap((sh) => [...sh.cssRules].map((r) => r.cssText)).join('\n'));
    expect(css).toContain('rgb(255, 123, 114)');
    await page.close();
  });

  it('underlines every line itself in forced-colors mode, each verdict in its own line style', async () => {
    const { page } = await openPage(s, 'en-tabloid-errors.html');
    await page.emulateMedia({ forcedColors: 'active' });
    // Chromium would paint all highlights in the selection colours there, so none are painted.
    await expect.poll(async () => Object.keys(await highlights(page)).length).toBe(0);
    const styles = await page
      .locator('drum-factcheck-ui .fc-line')
      .evaluateAll((els) => Object.fromEntries(els.map((el) => [el.className.replace('fc-line fc-line-', ''), getComputedStyle(el).borderBottomStyle])));
    expect(styles).toMatchObject({ supported: 'dotted', contradicted: 'solid', disputed: 'double', unverified: 'dashed' });
    await page.emulateMedia({ forcedColors: 'none' });
    await expect.poll(async () => Object.keys(await highlights(page)).length).toBeGreaterThan(0);
    expect(await page.locator('drum-factcheck-ui .fc-line').count()).toBe(0);
    await page.close();
  });
});

describe('checking a selection', () => {
  it('answers a shortcut and a selection check on a page off the story, for which the page checker is loaded', async () => {
    const { page, url } = await openPage(s, 'en-offtopic-nara-deer.html');
    expect((await results(s.ext, url)).claims).toEqual([]);
    expect(await command(url, 'next-claim')).toEqual({ ok: false });
    const text = await selectText(page, 'h1', /deer/);
    const reply = await sendToPage<{ claims: unknown[] }>(s, url, { type: 'factcheck:check-selection', text });
    expect(Array.isArray(reply.claims)).toBe(true);
    expect((await results(s.ext, url)).claims).toEqual([]);
    await page.close();
  });

  it('checks selected text on a site where checking is off and shows the result in a card', async () => {
    await storageSet(s, 'sync', { disabledSites: ['127.0.0.1'] });
    try {
      const { page, url } = await openPage(s, 'en-tabloid-errors.html');
      expect((await results(s.ext, url)).claims).toEqual([]);
      const text = await selectText(page, 'article p', /Tokyo/);
      const reply = await sendToPage<{ claims: { verdict: string }[] }>(s, url, { type: 'factcheck:check-selection', text });
      expect(reply.claims.some((c) => c.verdict === 'contradicted')).toBe(true);
      const sel = page.locator('drum-factcheck-ui .fc-selection');
      await sel.waitFor({ state: 'visible' });
      expect(await sel.locator('.fc-card[data-verdict="contradicted"]').count()).toBeGreaterThan(0);
      expect(Object.keys(await highlights(page))).toEqual([]);
      await page.keyboard.press('Escape');
      await sel.waitFor({ state: 'detached' });
      await page.close();
    } finally {
      await storageSet(s, 'sync', { disabledSites: [] });
    }
  });
});
