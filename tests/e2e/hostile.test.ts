import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tabId } from './harness';
import { expectPageUntouched, frameMarks, markedTexts as marked, noRequestsBeyond, trackErrors } from './hostile-helpers';
import { openPage, pageClaims, startSession, type Session } from './ui-helpers';

// Hostile and odd pages: nothing from page text runs, nothing escapes, nothing of the page changes.
let s: Session;

beforeAll(async () => {
  s = await startSession();
});

afterAll(async () => {
  await s?.close();
});

/** Open a fixture, start collecting errors, and read its claims once checked. */
async function openChecked(name: string) {
  const { page, url } = await openPage(s, name);
  const errors = await trackErrors(page);
  return { page, url, errors, claims: await pageClaims(s, url) };
}

/** Nothing escaped to the page, and its text and markup are what it made. */
async function expectClean(page: Page, errors: () => Promise<string[]>): Promise<void> {
  expect(await errors()).toEqual([]);
  await expectPageUntouched(page);
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null);

describe('markup-like text in sentences', () => {
  it('is shown as text in marks, cards and the popup, and never runs', async () => {
    const { page, url, errors, claims } = await openChecked('hostile-markup.html');
    const img = claims.find((c) => c.text.includes('<img src=x'));
    const script = claims.find((c) => c.text.includes('<script>'));
    expect(img?.verdict).toBe('contradicted');
    expect(script).toBeDefined();
    expect(await marked(page)).toContain(img!.text);

    // Open every card: the claim text is rendered by the card, inside the extension's layer.
    for (const target of await page.locator('drum-factcheck-ui .fc-target').all()) {
      await target.focus();
      await page.locator('drum-factcheck-ui .fc-card').waitFor({ state: 'visible', timeout: 5000 });
    }
    await page.mouse.move(200, 200);
    const layer = await page.evaluate(() => {
      const root = document.querySelector('drum-factcheck-ui')?.shadowRoot;
      return { imgs: root?.querySelectorAll('img, script, b').length ?? -1, text: root?.textContent ?? '' };
    });
    expect(layer.imgs).toBe(0);

    const popup = await s.browser.context.newPage();
    await popup.goto(`chrome-extension://${s.browser.extensionId}/popup.html?tab=${await tabId(s.ext, url)}`);
    await popup.locator('.fc-claim').first().waitFor();
    expect(await popup.locator('.fc-claim-text', { hasText: '<img src=x' }).count()).toBeGreaterThan(0);
    expect(await popup.locator('img, script:not([src]), b[onmouseover]').count()).toBe(0);
    expect(await popup.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null)).toBeNull();
    await popup.close();

    await page.waitForTimeout(300);
    expect(await pwned(page)).toBeNull();
    await expectClean(page, errors);
    await page.close();
  });
});

describe('a page with a strict Content-Security-Policy', () => {
  it('is checked and marked, with no violation and nothing changed', async () => {
    const { page, errors, claims } = await openChecked('hostile-csp.html');
    expect(claims.some((c) => c.verdict === 'contradicted')).toBe(true);
    expect((await marked(page)).length).toBe(claims.length);
    await page.locator('drum-factcheck-ui .fc-target').first().focus();
    await page.locator('drum-factcheck-ui .fc-card').waitFor({ state: 'visible', timeout: 5000 });
    await expectClean(page, errors);
    await page.close();
  });
});

describe('odd text: soft hyphens, zero-width and non-breaking spaces, right-to-left, shadow roots, frames, fields', () => {
  it('reads names through invisible characters and marks exactly the page’s own text', async () => {
    const { page, errors, claims } = await openChecked('hostile-odd.html');
    const texts = claims.map((c) => c.text);
    const shy = texts.find((t) => t.startsWith('Taka\u00ADichi'));
    expect(shy).toBe('Taka\u00ADichi and Lee\u200B played the drums in Tokyo on Wednesday.');
    expect(claims.find((c) => c.text === shy)?.verdict).toBe('contradicted');
    expect(texts).toContain('Sanae\u00A0Takaichi and Lee\u00A0Jae\u00A0Myung drummed to BTS after the summit in Nara.');
    // Every mark is a claim's exact text, invisible characters included.
    expect((await marked(page)).sort()).toEqual([...texts].sort());
    expect(texts.some((t) => t.includes('\u202B') || t.startsWith('Takaichi and Lee played the drums in Tokyo.'))).toBe(true);
    expect(await errors()).toEqual([]);
    await page.close();
  });

  it('checks text inside open shadow roots and their slots', async () => {
    const { page, url } = await openPage(s, 'hostile-odd.html');
    const texts = (await pageClaims(s, url)).map((c) => c.text);
    expect(texts).toContain('Inside the shadow root: Takaichi and Lee played the drums in Tokyo on Wednesday.');
    expect(texts).toContain('Lee Jae Myung and Sanae Takaichi drummed in Kyoto on Thursday.');
    expect(await marked(page)).toContain('Lee Jae Myung and Sanae Takaichi drummed in Kyoto on Thursday.');
    await page.close();
  });

  it('never reads, marks or changes editable fields, and typing in them still works', async () => {
    const { page, url } = await openPage(s, 'hostile-odd.html');
    const texts = (await pageClaims(s, url)).map((c) => c.text).join('\n');
    for (const place of ['Seoul', 'Osaka']) expect(texts).not.toContain(place);
    expect(await page.inputValue('#in')).toBe('Takaichi and Lee played the drums in Tokyo on Wednesday.');
    await page.click('#ce');
    await page.keyboard.press('End');
    await page.keyboard.type(' Lee drummed in Nara.');
    await page.fill('#ta', 'Takaichi and Lee played the drums in Tokyo on Wednesday.');
    await page.waitForTimeout(1200);
    expect(await page.locator('#ce').textContent()).toBe('Takaichi and Lee drummed in Osaka on Friday. Lee drummed in Nara.');
    expect(await page.inputValue('#ta')).toBe('Takaichi and Lee played the drums in Tokyo on Wednesday.');
    const after = (await pageClaims(s, url)).map((c) => c.text).join('\n');
    expect(after).not.toContain('Osaka');
    await page.close();
  });

  it('checks and marks a same-origin frame, leaving it, shadow roots, fields and right-to-left text exactly as they were', async () => {
    const { page, errors, claims } = await openChecked('hostile-odd.html');
    const busan = 'Takaichi and Lee played the drums in Busan on Sunday.';
    expect(claims.find((c) => c.text === busan)?.verdict).toBe('contradicted');
    const frame = (await (await page.$('#frame'))!.contentFrame())!;
    expect((await frameMarks(frame))['fc-contradicted']).toEqual([busan]);
    await page.waitForTimeout(500);
    const frameText = await page.frameLocator('#frame').locator('p').textContent();
    expect(frameText).toBe(busan);
    expect(await frame.evaluate(() => document.body.innerHTML)).toBe(`<p>${busan}</p>`);
    await expectClean(page, errors);
    await page.close();
  });
});

describe('very large pages', () => {
  it('a 1 MB text node, 50,000 elements and 500 levels of nesting: checked, marked, untouched', async () => {
    const { page, errors, claims } = await openChecked('hostile-big.html');
    const texts = claims.map((c) => c.text);
    expect(texts.filter((t) => t === 'Takaichi and Lee played the drums in Tokyo on Wednesday.').length).toBeGreaterThan(10);
    expect(texts).toContain('Lee Jae Myung drummed in Nara.');
    expect(texts).toContain('At the bottom: Sanae Takaichi played the drums in Nara.');
    expect((await marked(page)).length).toBe(claims.length);
    await expectClean(page, errors);
    await page.close();
  });
});

describe('privacy on hostile pages', () => {
  it('makes no network request beyond the local test pages', () => {
    noRequestsBeyond(s.browser.requests, s.server.origin);
  });
});
