import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlights, serveFixtures } from './harness';
import { openPage, pageClaims, startSession, storageGet, storageSet, type Session } from './ui-helpers';

const profile = mkdtempSync(join(tmpdir(), 'fc-options-'));
let server: Awaited<ReturnType<typeof serveFixtures>>;
let s: Session | undefined;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(async () => {
  await s?.close();
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
});

async function options(session: Session): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
  await page.locator('.fc-options h1').waitFor();
  return page;
}

describe('the options page', () => {
  it('keeps its settings across a browser restart and applies them to pages', async () => {
    s = await startSession({ profile }, server);
    let opts = await options(s);
    await opts.locator('input[name="siteMode"][value="chosen"]').check();
    await opts.locator('#fc-site-input').fill('not a host!');
    await opts.locator('.fc-site-add button').click();
    await opts.locator('#fc-site-error').waitFor();
    await opts.locator('#fc-site-input').fill('http://127.0.0.1:1234/any/page');
    await opts.locator('.fc-site-add button').click();
    await opts.locator('li[data-site="127.0.0.1"]').waitFor();
    await opts.locator('input[name="markedVerdicts"][value="supported"]').uncheck();
    await opts.locator('input[name="markStyle"][value="underline"]').check();
    await expect.poll(() => storageGet(s!, 'sync', 'markStyle')).toBe('underline');
    await s.close();

    s = await startSession({ profile }, server);
    opts = await options(s);
    expect(await opts.locator('input[name="siteMode"][value="chosen"]').isChecked()).toBe(true);
    expect(await opts.locator('li[data-site="127.0.0.1"]').count()).toBe(1);
    expect(await opts.locator('input[name="markedVerdicts"][value="supported"]').isChecked()).toBe(false);
    expect(await opts.locator('input[name="markStyle"][value="underline"]').isChecked()).toBe(true);

    const { page, url } = await openPage(s, 'en-tabloid-errors.html');
    const claims = await pageClaims(s, url);
    expect(claims.some((c) => c.verdict === 'supported')).toBe(true);
    await expect.poll(async () => Object.keys(await highlights(page)).sort()).not.toContain('fc-supported');
    expect(Object.keys(await highlights(page))).toContain('fc-contradicted');
    const css = await page.evaluate(() => document.adoptedStyleSheets.flatMap((sh) => [...sh.cssRules].map((r) => r.cssText)).join('\n'));
    expect(css.split('@media')[0]).not.toContain('background-color: rgba(207');

    // Removing the only chosen site switches checking off there.
    await opts.locator('li[data-site="127.0.0.1"] .fc-site-remove').click();
    await expect.poll(async () => Object.keys(await highlights(page)).length).toBe(0);
    await page.close();

    await opts.locator('.fc-reset').click();
    await opts.locator('input[name="siteMode"][value="all"]:checked').waitFor();
    expect(await opts.locator('input[name="markedVerdicts"]:checked').count()).toBe(4);
    await opts.close();
  });

  it('falls back to defaults when stored values are corrupted', async () => {
    await storageSet(s!, 'sync', { siteMode: 7, markedVerdicts: 'all', markStyle: ['x'], enabledSites: 'nope' });
    const opts = await options(s!);
    expect(await opts.locator('input[name="siteMode"][value="all"]').isChecked()).toBe(true);
    expect(await opts.locator('input[name="markedVerdicts"]:checked').count()).toBe(4);
    expect(await opts.locator('input[name="markStyle"][value="standard"]').isChecked()).toBe(true);
    await opts.close();
  });

  it('lists wrong-verdict reports and exports them as a JSON file', async () => {
    const report = {
      id: 'r1',
      at: '2026-01-14T09:00:00.000Z',
      url: 'https://news.example/a',
      claim: 'They drummed in Tokyo.',
      verdict: 'contradicted',
      reason: 'Sources say Nara',
      comment: 'Actually right',
    };
    await storageSet(s!, 'local', { verdictReports: [report] });
    const opts = await options(s!);
    const item = opts.locator('.fc-report-item');
    await item.waitFor();
    expect(await item.locator('.fc-report-claim').textContent()).toBe(report.claim);
    expect(await item.locator('.fc-report-text').textContent()).toBe('Actually right');
    const [download] = await Promise.all([opts.waitForEvent('download'), opts.locator('.fc-export').click()]);
    expect(download.suggestedFilename()).toBe('drum-factcheck-reports.json');
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(file).toMatchObject({ format: 'drum-factcheck-reports', reports: [report] });
    await item.locator('button').click();
    await opts.locator('.fc-reports .fc-muted').filter({ hasText: 'No reports yet.' }).waitFor();
    await opts.close();
  });
  it('shows every readable report when some stored entries are damaged, and says how many', async () => {
    const good = {
      id: 'g1',
      at: '2026-01-14T09:00:00.000Z',
      url: 'https://news.example/a',
      claim: 'They drummed in Tokyo.',
      verdict: 'contradicted',
      reason: '',
      comment: '',
    };
    await storageSet(s!, 'local', { verdictReports: [{ ...good, id: 'bad-date', at: 'not a date', claim: 'A report with a bad date.' }, 'junk', good] });
    await storageSet(s!, 'sync', { disabledSites$: { v: 99 }, enabled$: { v: -2e7 } });
    const opts = await options(s!);
    await opts.locator('.fc-report-item').nth(1).waitFor();
    expect(await opts.locator('.fc-report-claim').allTextContents()).toEqual([good.claim, 'A report with a bad date.']);
    expect(await opts.locator('.fc-reports-unreadable').textContent()).toContain('1 left out, 1 repaired');
    await opts.locator('.fc-clear-reports').click();
    await opts.locator('.fc-reports .fc-muted').filter({ hasText: 'No reports yet.' }).waitFor();
    await opts.close();
  });
});
