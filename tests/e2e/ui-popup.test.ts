import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarize } from '../../components/Summary';
import { openPage, openPopup, pageClaims, startSession, storageGet, type Session } from './ui-helpers';

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => s?.close());

describe('the popup', () => {
  it('sums up the page and filters the claims by verdict', async () => {
    const { page, url } = await openPage(s, 'en-tabloid-errors.html');
    const claims = await pageClaims(s, url);
    const popup = await openPopup(s, url);
    const summary = popup.locator('.fc-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toBe(summarize(claims));
    expect(await summary.textContent()).toMatch(/^\d+ claims: \d+ supported, \d+ contradicted/);
    const groups = () => popup.locator('.fc-group').evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict')));
    const verdicts = [...new Set(claims.map((c) => c.verdict))];
    expect((await groups()).sort()).toEqual(verdicts.sort());

    await popup.locator('.fc-chip[data-verdict="contradicted"]').click();
    expect(await groups()).toEqual(['contradicted']);
    expect(await popup.locator('.fc-claim').count()).toBe(claims.filter((c) => c.verdict === 'contradicted').length);
    await popup.locator('.fc-chip[data-verdict="supported"]').click();
    expect(await groups()).toEqual(['contradicted', 'supported']);
    expect(await popup.locator('.fc-chip[data-verdict="supported"]').getAttribute('aria-pressed')).toBe('true');
    await popup.locator('.fc-chip[data-verdict="all"]').click();
    expect(await popup.locator('.fc-claim').count()).toBe(claims.length);
    // The settings link opens the options page in a tab.
    const [options] = await Promise.all([s.browser.context.waitForEvent('page'), popup.locator('.fc-options-link').click()]);
    await options.waitForURL(/options\.html/);
    await options.close();
    await popup.close();
    await page.close();
  });

  it('records a wrong-verdict report with a comment', async () => {
    const { page, url } = await openPage(s, 'en-tabloid-errors.html');
    const popup = await openPopup(s, url);
    const first = popup.locator('.fc-claim').first();
    await first.locator('.fc-report-open').click();
    await first.locator('.fc-report-comment').fill('Seen in the official transcript.');
    await first.locator('.fc-report-save').click();
    await first.locator('.fc-report-saved').waitFor();
    const reports = (await storageGet(s, 'local', 'verdictReports')) as { claim: string; comment: string }[];
    expect(reports.at(-1)).toMatchObject({ claim: (await first.locator('.fc-claim-text').textContent())!, comment: 'Seen in the official transcript.' });
    await popup.close();
    await page.close();
  });

  it('says plainly when there is nothing to show', async () => {
    const { page, url } = await openPage(s, 'en-offtopic-nara-deer.html');
    const popup = await openPopup(s, url);
    await popup.locator('.fc-empty').waitFor();
    expect(await popup.locator('.fc-empty').textContent()).toBe('Nothing on this page is about the drum summit.');
    const blank = await s.browser.context.newPage();
    await blank.goto('about:blank');
    const id = await s.ext.evaluate(async () => (await chrome.tabs.query({ url: 'about:blank' }))[0]!.id!);
    await popup.goto(`chrome-extension://${s.browser.extensionId}/popup.html?tab=${id}`);
    await popup.locator('.fc-empty').waitFor();
    expect(await popup.locator('.fc-empty').textContent()).toBe('This page can’t be checked.');
    expect(await popup.locator('#fc-site').count()).toBe(0);
    await popup.locator('#fc-global').uncheck();
    await popup.goto(
      `chrome-extension://${s.browser.extensionId}/popup.html?tab=${await s.ext.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]!.id!, url)}`,
    );
    await popup.locator('.fc-empty').waitFor();
    expect(await popup.locator('.fc-empty').textContent()).toBe('Checking is off everywhere.');
    await popup.locator('#fc-global').check();
    await Promise.all([blank.close(), popup.close(), page.close()]);
  });
});
