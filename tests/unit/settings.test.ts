import { fakeBrowser } from 'wxt/testing';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';

// The storage module binds to the browser global when imported: install the fake first.
type SettingsModule = typeof import('../../extension/shared/settings');
type ReportsModule = typeof import('../../extension/shared/reports');
let s: SettingsModule;
let r: ReportsModule;

beforeAll(async () => {
  (globalThis as { chrome?: unknown }).chrome = fakeBrowser;
  s = await import('../../extension/shared/settings');
  r = await import('../../extension/shared/reports');
});

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('reads defaults from empty storage', async () => {
    expect(await s.readSettings()).toEqual(s.DEFAULTS);
  });

  it('falls back to the default for each corrupted value', async () => {
    await fakeBrowser.storage.sync.set({
      enabled: 'yes',
      siteMode: 'some',
      disabledSites: 'a.com',
      enabledSites: [1, 'B.com', null],
      markedVerdicts: ['contradicted', 'bogus'],
      markStyle: 42,
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

  it('reads v1 site lists as site keys', async () => {
    await fakeBrowser.storage.sync.set({ disabledSites: ['WWW.A.com', 'a.com', 'b.org'], disabledSites$: { v: 1 } });
    expect((await s.readSettings()).disabledSites).toEqual(['a.com', 'b.org']);
  });

  it.each([[{ v: 99 }], [{ v: -2e7 }], [{ v: 'two' }], ['garbage'], [null]])(
    'reads settings at once, without an error, whatever the version marker (%j)',
    async (marker) => {
      const errors: unknown[] = [];
      const log = console.error;
      console.error = (...args: unknown[]) => void errors.push(args);
      try {
        await fakeBrowser.storage.sync.set({ disabledSites: ['a.com'], disabledSites$: marker, enabled$: marker, markStyle$: marker });
        // Re-import so the items are defined against this storage, as a content script does on each page.
        const fresh = (await import(`../../extension/shared/settings?marker=${encodeURIComponent(JSON.stringify(marker))}`)) as SettingsModule;
        const started = performance.now();
        expect((await fresh.readSettings()).disabledSites).toEqual(['a.com']);
        expect(performance.now() - started).toBeLessThan(500);
        await fresh.setSiteEnabled('b.com', false);
        expect((await fresh.readSettings()).disabledSites).toEqual(['a.com', 'b.com']);
      } finally {
        console.error = log;
      }
      expect(errors).toEqual([]);
    },
  );

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
    const [report] = (await r.readReports()).reports;
    expect(report).toMatchObject({ claim: claim.text, verdict: 'contradicted', comment: 'It was Nara indeed', url: 'https://news.example/a' });
    expect(await fakeBrowser.storage.sync.get()).toEqual({});
  });

  it('drop malformed entries on read and export as JSON', async () => {
    await fakeBrowser.storage.local.set({ verdictReports: [{ id: 1 }, r.makeReport(claim, 'u', 'c'), 'junk'] });
    const { reports, dropped, repaired } = await r.readReports();
    expect(reports).toHaveLength(1);
    expect({ dropped, repaired }).toEqual({ dropped: 2, repaired: 0 });
    const parsed = JSON.parse(r.exportReports(reports));
    expect(parsed).toMatchObject({ format: 'drum-factcheck-reports', version: 1, reports: [{ claim: claim.text, comment: 'c' }] });
  });

  it('repair a bad date, missing texts and a missing id, and keep every other report', async () => {
    const good = r.makeReport(claim, 'https://a.example/', 'fine');
    const stored = [{ ...good, id: 'x1', at: 'not a date' }, { ...good, id: 'x2', comment: 42, url: undefined }, { ...good, id: undefined }, good];
    await fakeBrowser.storage.local.set({ verdictReports: stored });
    const { reports, dropped, repaired } = await r.readReports();
    expect({ dropped, repaired }).toEqual({ dropped: 0, repaired: 3 });
    expect(reports.map((x) => x.id)).toEqual(['x1', 'x2', 'repaired-2', good.id]);
    expect(reports[0]!.at).toBe('');
    expect(reports[1]).toMatchObject({ comment: '', url: '' });
    // Deleting one writes back the mended list: nothing is left to repair.
    await r.deleteReport('x2');
    expect(await r.readReports()).toMatchObject({ dropped: 0, repaired: 0, reports: [{ id: 'x1' }, { id: 'repaired-2' }, { id: good.id }] });
  });

  it.each([
    ['a list that is no list', { a: 1 }, 1],
    ['an unknown verdict', [{ ...r0(), verdict: 'wrong' }], 1],
    ['no claim', [{ ...r0(), claim: '' }], 1],
    ['a repeated id', [r0(), r0()], 1],
    ['null entries', [null, 7, [], r0()], 3],
  ])('drop %s and count it', async (_, value, count) => {
    await fakeBrowser.storage.local.set({ verdictReports: value });
    expect((await r.readReports()).dropped).toBe(count);
  });
});

/** One well-formed stored report, the same each time. */
function r0() {
  return {
    id: 'r0',
    at: '2026-01-14T09:00:00.000Z',
    url: 'https://a.example/',
    claim: 'They drummed in Tokyo.',
    verdict: 'contradicted',
    reason: '',
    comment: '',
  };
}
