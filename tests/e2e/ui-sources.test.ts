import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './harness';
import { card, openPage, openPopup, pageClaims, sendToPage, startSession, type Session } from './ui-helpers';

interface Sentence {
  id: string;
  text: string;
}
const data = (file: string) => JSON.parse(readFileSync(join(ROOT, 'data', 'packs', 'drum-summit', file), 'utf8'));
const facts = data('facts.json') as {
  facts: { about: string; says: string; sources: string[] }[];
  roles: { about: string; says: string; sources: string[] }[];
  disputes: { id: string; about: string; sides: { says: string; sources: string[] }[] }[];
};
const sources = (data('sources.json') as { sources: { id: string; outlet: string; sentences: Sentence[] }[] }).sources;
const sentenceText = new Map(sources.flatMap((s) => s.sentences.map((x) => [x.id, x.text] as const)));

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => s?.close());

const sourcesPage = async (open: () => Promise<unknown>): Promise<Page> => {
  const [page] = await Promise.all([s.browser.context.waitForEvent('page', (p) => p.url().includes('/sources.html')), open()]);
  await page.locator('.fc-points').waitFor();
  return page;
};

describe('the sources page', () => {
  it('opens from the popup and from the options page', async () => {
    const { page, url } = await openPage(s, 'en-wire-story.html');
    const popup = await openPopup(s, url);
    const fromPopup = await sourcesPage(() => popup.locator('.fc-sources-link').click());
    expect(await fromPopup.locator('h1').textContent()).toBe('The sources');
    const options = await s.browser.context.newPage();
    await options.goto(`chrome-extension://${s.browser.extensionId}/options.html`);
    const fromOptions = await sourcesPage(() => options.locator('.fc-sources-link').click());
    expect(await fromOptions.locator('.fc-source').count()).toBe(5);
    await Promise.all([fromPopup.close(), fromOptions.close(), options.close(), popup.close(), page.close()]);
  });

  it('opens from a card’s citation at the row of the cited sentence, and from the card’s own link', async () => {
    const { page, url } = await openPage(s, 'en-tabloid-errors.html');
    const claims = await pageClaims(s, url);
    const index = claims.findIndex((c) => c.verdict === 'contradicted' && /Tokyo/.test(c.text));
    await sendToPage(s, url, { type: 'factcheck:reveal', index });
    await card(page).waitFor();
    const cited = claims[index]!.citations.find((c) => c.relation === 'conflicts')!;
    const sources = await sourcesPage(() => card(page).locator(`li[data-sentence="${cited.sentenceId}"] .fc-source-link`).click());
    const row = sources.locator('tr[data-current]');
    expect(await row.count()).toBe(1);
    // The place's row (the contradicted value), focused, with the cited sentence marked.
    expect(await row.locator('th').textContent()).toContain('Nara');
    expect(await row.locator(`[data-sentence="${cited.sentenceId}"] mark`).textContent()).toBe(sentenceText.get(cited.sentenceId));
    expect(await sources.evaluate(() => document.activeElement?.getAttribute('data-point'))).toBe(await row.getAttribute('data-point'));
    await sources.close();
    const plain = await sourcesPage(() => card(page).locator('.fc-sources-open').click());
    expect(await plain.locator('[data-current]').count()).toBe(0);
    await Promise.all([plain.close(), page.close()]);
  });

  it('lists each source with its outlet, and its table matches data/: every point, every cited sentence, silence elsewhere', async () => {
    const page = await s.browser.context.newPage();
    await page.goto(`chrome-extension://${s.browser.extensionId}/sources.html`);
    await page.locator('.fc-points').waitFor();
    expect(await page.locator('.fc-source-outlet').allTextContents()).toEqual(sources.map((x) => x.outlet));
    expect(await page.locator('.fc-points thead th[data-source]').allTextContents()).toEqual(sources.map((x) => x.outlet));
    const table = await page.locator('.fc-points tbody tr').evaluateAll((rows) =>
      rows.map((tr) => ({
        about: tr.querySelector('.fc-point-about')!.textContent!,
        says: tr.querySelector('.fc-point-says')!.textContent!,
        cells: Object.fromEntries(
          [...tr.querySelectorAll('td')].map((td) => [
            td.getAttribute('data-source'),
            td.hasAttribute('data-silent') ? null : [...td.querySelectorAll('.fc-quote')].map((q) => q.textContent),
          ]),
        ),
      })),
    );
    const expected = new Map<string, Record<string, string[] | null>>();
    for (const f of [...facts.facts, ...facts.roles]) {
      const cells = expected.get(`${f.about} | ${f.says}`) ?? Object.fromEntries(sources.map((x) => [x.id, null]));
      // A cited id with no sentence in sources.json has nothing to show.
      for (const id of f.sources.filter((x) => sentenceText.has(x))) {
        const src = id.split('-')[0]!;
        const list = cells[src] ?? [];
        if (!list.includes(sentenceText.get(id)!)) list.push(sentenceText.get(id)!);
        cells[src] = list;
      }
      expected.set(`${f.about} | ${f.says}`, cells);
    }
    expect(table.map((r) => `${r.about} | ${r.says.replace(/^Sources say: /, '')}`)).toEqual([...expected.keys()]);
    table.forEach((r, i) => expect(r.cells).toEqual([...expected.values()][i]));
    expect(await page.locator('.fc-points td[data-silent]').first().textContent()).toBe('Silent on this');
    await page.close();
  });

  it('shows each disagreement with every side, each with its quoted sentences', async () => {
    const page = await s.browser.context.newPage();
    await page.goto(`chrome-extension://${s.browser.extensionId}/sources.html`);
    await page.locator('.fc-disagreement').first().waitFor();
    expect(await page.locator('.fc-disagreement').count()).toBe(facts.disputes.length);
    for (const d of facts.disputes) {
      const section = page.locator(`#dispute-${d.id}`);
      expect(await section.locator('h3').textContent()).toBe(d.about);
      const sides = await section
        .locator('.fc-side')
        .evaluateAll((els) =>
          els.map((el) => ({ says: el.querySelector('.fc-side-says')!.textContent, quotes: [...el.querySelectorAll('.fc-quote')].map((q) => q.textContent) })),
        );
      expect(sides.length).toBeGreaterThanOrEqual(2);
      expect(sides).toEqual(d.sides.map((side, i) => ({ says: `Side ${i + 1}: ${side.says}`, quotes: side.sources.map((id) => sentenceText.get(id)) })));
    }
    // Side by side: the sides of one disagreement share a row.
    const tops = await page.locator('#dispute-gift-kit .fc-side').evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    await page.close();
  });

  it('follows the system’s dark mode', async () => {
    const page = await s.browser.context.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`chrome-extension://${s.browser.extensionId}/sources.html`);
    await page.locator('.fc-points').waitFor();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(13, 17, 23)');
    await page.close();
  });
});
