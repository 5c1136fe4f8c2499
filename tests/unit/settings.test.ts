import { fakeBrowser } from 'wxt/testing';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';

// The storage module binds to the browser global when imported: install the fake first.
type SettingsModule = typeof import('../../extension/settings');
type ReportsModule = typeof import('../../extension/reports');
let s: SettingsModule;
let r: ReportsModule;

beforeAll(async () => {
  (globalThis as { chrome?: unknown }).chrome = fakeBrowser;
  s = await import('../../extension/settings');
  r = await import('../../extension/reports');
});

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('reads defaults from empty storage', async () => {
    expect(await s.readSettings()).toEqual(s.DEFAULTS);
  });

  it('falls back to the default for each corrupted value', async () => {
    await fakeBrowser.storage.sync.set({
      enabled: 'yes', siteMode: 'some', disabledSites: 'a.com', enabledSites: [1, 'B.com', null], markedVerdicts: ['contradicted', 'bogus'], markStyle: 42,
    });
    expect(await s.readSettings()).toEqual({ ...s.DEFAULTS, enabledSites: ['b.com'], markedVerdicts: ['contradicted'] });
  });

  it('switches a site off and on in the mode in use', async () => {
    await s.setSiteEnabled('WWW.News.example', false);
    let settings = await s.readSettings();
    expect(settings.disabledSites).toEqual(['news.example']);
    expect(s.checksSite(settings, 'news.example')).toBe(false);
    await s.siteModeItem.setValue('chosen');
    settings = await s.readSettings();
    expect(s.checksSite(settings, 'news.example')).toBe(false);
    await s.setSiteEnabled('news.example', true);
    settings = await s.readSettings();
    expect(settings.enabledSites).toEqual(['news.example']);
    expect(s.checksSite(settings, 'www.news.example')).toBe(true);
    expect(s.checksSite({ ...settings, enabled: false }, 'news.example')).toBe(false);
  });

  it('migrates v1 site lists to site keys', async () => {
    await fakeBrowser.storage.sync.set({ disabledSites: ['WWW.A.com', 'a.com', 'b.org'], disabledSites$: { v: 1 } });
    await s.disabledSitesItem.migrate();
    expect(await s.disabledSitesItem.getValue()).toEqual(['a.com', 'b.org']);
  });

  it('resets everything to defaults', async () => {
    await s.markStyleItem.setValue('strong');
    await s.enabledItem.setValue(false);
    await s.resetSettings();
    expect(await s.readSettings()).toEqual(s.DEFAULTS);
  });

  it.each([
    ['example.com', 'example.com'],
    ['https://www.Example.com/news/1?x', 'example.com'],
    ['news.example.co.kr:8080', 'news.example.co.kr'],
    ['localhost', 'localhost'],
    ['not a site', null],
    ['', null],
    ['-bad-.com', null],
  ])('parses %j as a site', (input, expected) => expect(s.parseSite(input)).toBe(expected));
});

describe('wrong-verdict reports', () => {
  const claim = { text: 'They drummed in Tokyo.', start: 0, end: 22, verdict: 'contradicted' as const, reason: 'Sources say Nara', citations: [] };

  it('are stored locally, never in sync storage', async () => {
    await r.addReport(claim, 'https://news.example/a', '  It was Nara indeed  ');
    const [report] = await r.readReports();
    expect(report).toMatchObject({ claim: claim.text, verdict: 'contradicted', comment: 'It was Nara indeed', url: 'https://news.example/a' });
    expect(await fakeBrowser.storage.sync.get()).toEqual({});
  });

  it('drop malformed entries on read and export as JSON', async () => {
    await fakeBrowser.storage.local.set({ verdictReports: [{ id: 1 }, r.makeReport(claim, 'u', 'c'), 'junk'] });
    const reports = await r.readReports();
    expect(reports).toHaveLength(1);
    const parsed = JSON.parse(r.exportReports(reports));
    expect(parsed).toMatchObject({ format: 'drum-factcheck-reports', version: 1, reports: [{ claim: claim.text, comment: 'c' }] });
  });
});
