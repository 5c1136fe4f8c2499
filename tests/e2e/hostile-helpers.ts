import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { highlights } from './harness';

/** Every text the extension has marked on the page, whatever the verdict. */
export async function markedTexts(page: Page): Promise<string[]> {
  return Object.entries(await highlights(page))
    .filter(([name]) => name !== 'fc-flash')
    .flatMap(([, texts]) => texts);
}

/** Errors the page sees (uncaught, in any script) and errors logged to its console, from now on. */
export async function trackErrors(page: Page): Promise<() => Promise<string[]>> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // The test server has no favicon; that 404 is the browser's, not the extension's.
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  return async () => {
    const seen = await page.evaluate(() => (window as unknown as { __errors?: string[] }).__errors ?? []).catch(() => [] as string[]);
    return [...errors, ...seen];
  };
}

/**
 * The page's text (light DOM, open shadow roots, same-origin frames, field values) and its body markup
 * are exactly what the page itself made before the content script ran (hostile-snapshot.js).
 */
export async function expectPageUntouched(page: Page): Promise<void> {
  const { before, after } = await page.evaluate(() => {
    const w = window as unknown as { __before: unknown; __snapshot: () => unknown };
    return { before: w.__before, after: w.__snapshot() };
  });
  expect(before).toBeTruthy();
  expect(after).toEqual(before);
}

/** No request went anywhere but the local fixture server, the extension itself or inline data. */
export function noRequestsBeyond(requests: readonly string[], origin: string): void {
  const outside = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('chrome-extension://') && !u.startsWith('data:') && u !== 'about:srcdoc');
  expect(requests.length).toBeGreaterThan(0);
  expect(outside).toEqual([]);
}
