import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './harness';
import { frameMarks, markedTexts, noRequestsBeyond, pointOverMark, trackErrors } from './hostile-helpers';
import { card, openPopup, pageClaims, selectText, sendToPage, startSession, type Session } from './ui-helpers';

// Same-origin frames (srcdoc, a page of the same server, a frame nested in one, frames added later) are
// read, checked and marked from the top frame; hidden and cross-origin frames are not.
let s: Session;
let opened = 0;

beforeAll(async () => {
  s = await startSession();
});

afterAll(async () => {
  await s?.close();
});

const BUSAN = 'Takaichi and Lee played the drums in Busan on Sunday.';
const KYOTO = 'In the nested frame: Lee Jae Myung and Sanae Takaichi drummed in Kyoto on Thursday.';
const BELOW = 'Below the frames: Takaichi and Lee played the drums in Tokyo on Wednesday.';
/** Text in frames that must not be read: hidden, zero-sized, sandboxed, data: and another origin. */
const UNREAD = ['Osaka', 'Nagoya', 'Seoul', 'Sapporo', 'Fukuoka'];

/**
 * Open frames.html with hostile-snapshot.js run in every frame as it starts (so each frame records its
 * own text and markup before the content script can reach it), once the framed article is checked too.
 */
async function openFrames(): Promise<{ page: Page; url: string; errors: () => Promise<string[]> }> {
  const page = await s.browser.context.newPage();
  await page.addInitScript({ path: join(ROOT, 'tests/fixtures/pages/hostile-snapshot.js') });
  const errors = await trackErrors(page);
  const url = `${s.server.origin}/frames.html?open=${++opened}`;
  await page.goto(url);
  await expect.poll(async () => (await pageClaims(s, url).catch(() => [])).some((c) => c.text.includes('BLACKPINK')), { timeout: 10_000 }).toBe(true);
  return { page, url, errors };
}

const frameById = async (page: Page, id: string): Promise<Frame> => (await (await page.$(`#${id}`))!.contentFrame())!;

describe('same-origin frames', () => {
  it('are checked with the page, in document order, and marked inside each frame; other frames are not read', async () => {
    const { page, url, errors } = await openFrames();
    const claims = await pageClaims(s, url);
    const texts = claims.map((c) => c.text);
    const at = (t: string) => texts.indexOf(t);
    expect(claims.find((c) => c.text === BUSAN)?.verdict).toBe('contradicted');
    expect(claims.find((c) => c.text === KYOTO)?.verdict).toBe('contradicted');
    const firstArticle = texts.findIndex((t) => t.includes('Tokyo drum-off'));
    expect(at('Leaders drum in Nara after summit')).toBe(0);
    expect(at(BUSAN)).toBeGreaterThan(0);
    expect(at(KYOTO)).toBeGreaterThan(at(BUSAN));
    expect(firstArticle).toBeGreaterThan(at(KYOTO));
    expect(at(BELOW)).toBe(texts.length - 1);
    for (const place of UNREAD) expect(texts.join('\n')).not.toContain(place);

    // The framed article gets the claims and marks it gets as a page of its own.
    const alone = await s.browser.context.newPage();
    const aloneUrl = `${s.server.origin}/en-tabloid-errors.html?alone=${opened}`;
    await alone.goto(aloneUrl);
    await expect.poll(async () => (await pageClaims(s, aloneUrl).catch(() => [])).length, { timeout: 10_000 }).toBeGreaterThan(0);
    const own = (await pageClaims(s, aloneUrl)).map((c) => `${c.verdict}: ${c.text}`);
    expect(claims.slice(firstArticle, firstArticle + own.length).map((c) => `${c.verdict}: ${c.text}`)).toEqual(own);
    expect(await frameMarks(await frameById(page, 'article'))).toEqual(await frameMarks(alone.mainFrame()));
    await alone.close();

    // Each mark is painted in its own document: the page holds only its own text's marks.
    const inline = await frameById(page, 'inline');
    expect((await frameMarks(inline))['fc-contradicted']).toEqual([BUSAN]);
    expect((await frameMarks((await inline.childFrames())[0]!))['fc-contradicted']).toEqual([KYOTO]);
    expect((await frameMarks(page.mainFrame()))['fc-contradicted']).toEqual([BELOW]);
    for (const id of ['hidden', 'tiny', 'sandboxed', 'data', 'cross']) {
      const frame = await frameById(page, id);
      expect(await frameMarks(frame), id).toEqual({});
      expect(await frame.evaluate(() => document.adoptedStyleSheets.length), id).toBe(0);
    }
    expect(page.frames().some((f) => f.url().startsWith('http://localhost:'))).toBe(true);

    // The popup lists the frames' claims with the page's.
    const popup = await openPopup(s, url);
    await popup.locator('.fc-claim').first().waitFor();
    expect(await popup.locator('.fc-claim').count()).toBe(claims.length);
    expect(await popup.locator('.fc-claim-text', { hasText: 'in Busan on Sunday' }).count()).toBe(1);
    await popup.close();

    // Text and markup of the page and of every frame are what they were before the content script ran.
    for (const frame of page.frames()) {
      const id = frame.parentFrame() ? await (await frame.frameElement()).getAttribute('id') : 'page';
      // No script runs in the sandboxed frame, the snapshot's either (and nothing of ours reaches it).
      if (id === 'sandboxed') continue;
      const { before, after } = await frame.evaluate(() => {
        const w = window as unknown as { __before: unknown; __snapshot: () => unknown };
        return { before: w.__before, after: w.__snapshot() };
      });
      expect(before, id!).toBeTruthy();
      expect(after, id!).toEqual(before);
    }
    expect(await errors()).toEqual([]);
    await page.close();
  });

  it('hovering a mark in a frame opens its card, which follows the frame’s scroll; Escape in the frame closes it', async () => {
    const { page, url } = await openFrames();
    const drumOffClaim = (await pageClaims(s, url)).find((c) => c.text.includes('Tokyo drum-off'))!;
    const inline = await frameById(page, 'inline');
    const busan = (await pointOverMark(inline, 'fc-contradicted', BUSAN))!;
    await page.mouse.move(busan.x, busan.y);
    await card(page).waitFor({ state: 'visible', timeout: 5000 });
    expect(await card(page).textContent()).toContain('Busan');
    await page.mouse.move(5, 5);
    await card(page).waitFor({ state: 'detached', timeout: 5000 });

    // A mark in a frame nested in a frame.
    const kyoto = (await pointOverMark((await inline.childFrames())[0]!, 'fc-contradicted', KYOTO))!;
    await page.mouse.move(kyoto.x, kyoto.y);
    await expect
      .poll(
        async () =>
          (await card(page)
            .textContent()
            .catch(() => '')) ?? '',
        { timeout: 5000 },
      )
      .toContain('Kyoto');
    await page.mouse.move(5, 5);
    await card(page).waitFor({ state: 'detached', timeout: 5000 });

    // Clicked, it stays; scrolling the frame moves its target with the mark; Escape pressed in the frame closes it.
    const article = await frameById(page, 'article');
    const drumOff = (await pointOverMark(article, 'fc-contradicted', 'Tokyo drum-off'))!;
    await page.mouse.click(drumOff.x, drumOff.y);
    await card(page).waitFor({ state: 'visible', timeout: 5000 });
    // A red verdict is explained point by point: "Sources: Nara · This page: Tokyo".
    const why = (await card(page).locator('.fc-reason').textContent()) ?? '';
    expect(why).toContain('This page:');
    expect(why).toContain(drumOffClaim.differences![0]!.claimValue!.text);
    const target = page.locator('drum-factcheck-ui .fc-target[aria-expanded="true"]');
    const top = (await target.boundingBox())!.y;
    await article.evaluate(() => window.scrollBy(0, 40));
    await expect.poll(async () => Math.round(top - (await target.boundingBox())!.y), { timeout: 5000 }).toBe(40);
    expect(await card(page).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'detached', timeout: 5000 });
    await page.close();
  });

  it('a frame added later is checked, one the page fills later too; a navigated frame is read again, a removed one drops its claims', async () => {
    const { page, url, errors } = await openFrames();
    const kobe = 'Later frame: Takaichi and Lee drummed in Kobe on Tuesday.';
    let t = Date.now();
    await page.evaluate((text) => {
      const f = document.createElement('iframe');
      f.id = 'later';
      f.srcdoc = `<p>${text}</p>`;
      document.body.append(f);
    }, kobe);
    await expect.poll(async () => markedTexts(page), { timeout: 5000, interval: 50 }).toContain(kobe);
    console.log(`frames: a frame added later marked after ${Date.now() - t} ms`);
    expect((await frameMarks(await frameById(page, 'later')))['fc-contradicted']).toEqual([kobe]);
    // Reloaded, the frame shows the same text in a new document: no claim changes, but its marks are made again.
    await page.evaluate(() => (document.getElementById('later') as HTMLIFrameElement).contentWindow!.location.reload());
    await expect.poll(async () => (await frameMarks(await frameById(page, 'later')))['fc-contradicted'], { timeout: 5000 }).toEqual([kobe]);

    // An about:blank frame the page writes into once it has been read: its own document is watched.
    const himeji = 'Filled frame: Takaichi and Lee drummed in Himeji on Monday.';
    await page.evaluate(() => {
      const f = document.createElement('iframe');
      f.id = 'filled';
      document.body.append(f);
    });
    await page.waitForTimeout(800);
    t = Date.now();
    await page.evaluate((text) => {
      const doc = (document.getElementById('filled') as HTMLIFrameElement).contentDocument!;
      doc.body.append(Object.assign(doc.createElement('p'), { textContent: text }));
    }, himeji);
    await expect.poll(async () => markedTexts(page), { timeout: 5000, interval: 50 }).toContain(himeji);
    console.log(`frames: text written into a frame marked after ${Date.now() - t} ms`);

    // A frame that loads another page: its old claims go, the new page's come.
    await page.evaluate(() => ((document.getElementById('article') as HTMLIFrameElement).src = 'en-wire-story.html'));
    await expect.poll(async () => (await pageClaims(s, url)).some((c) => c.text.includes('BLACKPINK')), { timeout: 5000 }).toBe(false);
    expect((await frameMarks(await frameById(page, 'article')))['fc-supported']?.length).toBeGreaterThan(0);

    await page.evaluate(() => document.getElementById('inline')!.remove());
    await expect.poll(async () => (await pageClaims(s, url)).map((c) => c.text), { timeout: 5000 }).not.toContain(BUSAN);
    const texts = (await pageClaims(s, url)).map((c) => c.text);
    expect(texts).not.toContain(KYOTO);
    expect(texts).toEqual(expect.arrayContaining([kobe, himeji, BELOW]));
    expect(await markedTexts(page)).not.toContain(BUSAN);
    expect(await errors()).toEqual([]);
    await page.close();
  });

  it('reads a frame once the page sizes it from zero with its width and height attributes', async () => {
    const himeji = 'Sized frame: Takaichi and Lee drummed in Himeji on Monday.';
    const html = `<!doctype html><html lang="en"><body><p>Related video</p><iframe id="sized" width="0" height="0" style="border:0" srcdoc="<p>${himeji}</p>"></iframe></body></html>`;
    await s.browser.context.route('**/generated/sized-frame.html', (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
    const page = await s.browser.context.newPage();
    const url = `${s.server.origin}/generated/sized-frame.html`;
    await page.goto(url);
    await page.waitForTimeout(800);
    expect(await markedTexts(page)).toEqual([]);
    await page.evaluate(() => {
      const f = document.getElementById('sized')!;
      f.setAttribute('width', '600');
      f.setAttribute('height', '120');
    });
    await expect.poll(async () => markedTexts(page), { timeout: 5000, interval: 50 }).toContain(himeji);
    expect((await pageClaims(s, url)).find((c) => c.text === himeji)?.verdict).toBe('contradicted');
    await page.close();
  });

  it('on a page off the story, a frame is still followed after the page changes, and its story is marked', async () => {
    const nara = 'Story frame: Takaichi and Lee drummed in Nara on Sunday.';
    const html = `<!doctype html><html lang="en"><body><p>The deer of Nara Park bow for crackers.</p><iframe id="f" srcdoc="<p>Deer crossing.</p>"></iframe></body></html>`;
    await s.browser.context.route('**/generated/off-story-frame.html', (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
    const page = await s.browser.context.newPage();
    await page.goto(`${s.server.origin}/generated/off-story-frame.html`);
    await page.waitForTimeout(800);
    // A change the page makes is judged by the text it brings: the frame must stay watched all the same.
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { textContent: 'More deer.' })));
    await page.waitForTimeout(800);
    await page.evaluate((text) => {
      const doc = (document.getElementById('f') as HTMLIFrameElement).contentDocument!;
      doc.body.append(Object.assign(doc.createElement('p'), { textContent: text }));
    }, nara);
    await expect.poll(async () => markedTexts(page), { timeout: 5000, interval: 50 }).toContain(nara);
    await page.close();
  });

  it('checks a selection made inside a frame and shows the card at the selection, not at the corner', async () => {
    const { page, url } = await openFrames();
    const inline = await frameById(page, 'inline');
    const text = await selectText(inline, 'p', /Busan/);
    await page.locator('#inline').focus();
    const reply = await sendToPage<{ claims: { verdict: string }[] }>(s, url, { type: 'factcheck:check-selection', text });
    expect(reply.claims.map((c) => c.verdict)).toEqual(['contradicted']);
    const selCard = page.locator('drum-factcheck-ui .fc-selection');
    await selCard.waitFor({ state: 'visible' });
    const frameBox = (await page.locator('#inline').boundingBox())!;
    const cardBox = (await selCard.boundingBox())!;
    // Hung below the selected line, inside the frame's area; the corner fallback would put it at 16 px.
    expect(cardBox.y).toBeGreaterThan(frameBox.y + 20);
    expect(cardBox.y).toBeLessThan(frameBox.y + frameBox.height);
    await page.close();
  });

  it('make no network request beyond the test server (and its other host name, for the cross-origin frame)', () => {
    noRequestsBeyond(
      s.browser.requests.filter((u) => !u.startsWith(s.server.origin.replace('127.0.0.1', 'localhost'))),
      s.server.origin,
    );
  });
});
