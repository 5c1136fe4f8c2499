import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFixtures } from './harness';
import { card, openPage, openPopup, sendToPage, startSession } from './ui-helpers';

let server: Awaited<ReturnType<typeof serveFixtures>>;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(async () => server?.close());

// The browser's UI language picks the catalogue in public/_locales; nothing in the UI stays English.
describe.each([
  {
    lang: 'ja',
    page: 'ja-article.html',
    summary: /^記述 \d+ 件：/,
    verdicts: /裏付けあり|矛盾あり|情報源で食い違い|未確認/,
    title: 'ドラム首脳会談ファクトチェックの設定',
  },
  {
    lang: 'ko',
    page: 'ko-article.html',
    summary: /^주장 \d+건: /,
    verdicts: /사실 확인됨|사실과 다름|출처 간 이견|확인 안 됨/,
    title: '드럼 정상회담 팩트체크 설정',
  },
])('in $lang', ({ lang, page: name, summary, verdicts, title }) => {
  it('shows the popup, the card and the options page in the browser’s language', async () => {
    const s = await startSession({ lang }, server);
    try {
      const { page, url } = await openPage(s, name);
      const popup = await openPopup(s, url);
      await popup.locator('.fc-summary').waitFor();
      expect(await popup.locator('html').getAttribute('lang')).toBe(lang);
      expect(await popup.locator('.fc-summary').textContent()).toMatch(summary);
      expect(await popup.locator('.fc-group-title').first().textContent()).toMatch(verdicts);

      await sendToPage(s, url, { type: 'factcheck:command', command: 'next-claim' });
      await card(page).waitFor({ state: 'visible' });
      expect(await card(page).locator('.fc-verdict').textContent()).toMatch(verdicts);
      expect(await page.locator('drum-factcheck-ui .fc-layer').getAttribute('lang')).toBe(lang);
      expect(await page.locator('drum-factcheck-ui .fc-report-open').textContent()).not.toMatch(/[A-Za-z]{3}/);
      // The engine's English reason is said again in the UI language.
      expect(await card(page).locator('.fc-reason').textContent()).not.toMatch(/^(Stated by|Sources|On topic|The sources)/);

      const opts = await s.browser.context.newPage();
      await opts.goto(`chrome-extension://${s.browser.extensionId}/options.html`);
      await opts.locator('h1').waitFor();
      expect(await opts.locator('h1').textContent()).toBe(title);
      expect(await opts.title()).toBe(title);
    } finally {
      await s.close();
    }
  });
});
