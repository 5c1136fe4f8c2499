import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The texts painted with each of the extension's highlights (not the flash) in one frame's own document. */
export async function frameMarks(frame: Frame): Promise<Record<string, string[]>> {
  return frame.evaluate(() => {
    const out: Record<string, string[]> = {};
    (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((h, name) => {
      if (name.startsWith('fc-') && name !== 'fc-flash') out[name] = [...h].map((r) => r.toString());
    });
    return out;
  });
}

/** Every text the extension has marked on the page and in its frames, whatever the verdict. */
export async function markedTexts(page: Page): Promise<string[]> {
  const all = await Promise.all(page.frames().map((f) => frameMarks(f).catch(() => ({}) as Record<string, string[]>)));
  return all.flatMap((marks) => Object.values(marks).flat());
}

/** A point in the page's viewport over the mark `name` holding `text` in `frame` (nested frames included). */
export async function pointOverMark(frame: Frame, name: string, text: string): Promise<{ x: number; y: number } | null> {
  let point = await frame.evaluate(
    ([n, t]) => {
      const range = [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(n!) ?? [])].find((r) => r.toString().includes(t!));
      const rect = range?.getClientRects()[0];
      return rect ? { x: rect.left + Math.min(rect.width / 2, 40), y: rect.top + rect.height / 2 } : null;
    },
    [name, text] as const,
  );
  for (let f = frame; point && f.parentFrame(); f = f.parentFrame()!) {
    const origin = await (
      await f.frameElement()
    ).evaluate((node) => {
      const el = node as Element;
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return { x: r.left + el.clientLeft + parseFloat(style.paddingLeft), y: r.top + el.clientTop + parseFloat(style.paddingTop) };
    });
    point = { x: point.x + origin.x, y: point.y + origin.y };
  }
  return point;
}

/** Errors the page sees (uncaught, in any script) and errors logged to its console, from now on. */
export async function trackErrors(page: Page): Promise<() => Promise<string[]>> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // The test server has no favicon; that 404 is the browser's, not the extension's. And the tests' own
    // init script (hostile-snapshot.js, added to every frame) is refused in a fixture's sandboxed frame:
    // Chromium says so when that frame loads, sometimes before the listener is attached, sometimes after.
    const ours = /Failed to load resource|Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed/;
    if (m.type() === 'error' && !ours.test(m.text())) errors.push(`console: ${m.text()}`);
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
