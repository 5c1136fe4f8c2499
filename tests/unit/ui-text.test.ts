import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emphasize } from '../../components/emphasis';
import { t } from '../../ui-base/vocabulary';
import { placeCard } from '../../components/placement';
import { summarize } from '../../components/Summary';
import type { Claim, Verdict } from '../../lib/types';

const ROOT = join(import.meta.dirname, '../..');
const catalogue = (lang: string): Record<string, { message: string }> => JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8'));
const placeholders = (m: string) =>
  [...m.matchAll(/\$(\d)/g)]
    .map((x) => x[1])
    .sort()
    .join();

describe('locales', () => {
  const en = catalogue('en');
  it.each(['ja', 'ko'])('%s has every English message, with the same substitutions', (lang) => {
    const other = catalogue(lang);
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(en)) {
      expect(placeholders(other[key]!.message), key).toBe(placeholders(message));
      expect(other[key]!.message.trim(), key).not.toBe('');
    }
  });

  it('substitutes like browser.i18n outside the browser', () => {
    expect(t('summaryMany', 3, '2 supported, 1 contradicted')).toBe('3 claims: 2 supported, 1 contradicted');
  });

  // JSX text or a literal label/title in a component would be English in every locale.
  it('components and extension pages hard-code no UI text', () => {
    const dirs = ['components', 'entrypoints/popup', 'entrypoints/options', 'entrypoints/sources'];
    const files = dirs.flatMap((d) =>
      readdirSync(join(ROOT, d))
        .filter((f) => f.endsWith('.tsx'))
        .map((f) => join(ROOT, d, f)),
    );
    const offenders = files.flatMap((f) => {
      const src = readFileSync(f, 'utf8');
      const text = [...src.matchAll(/(?<!=)>\s*([A-Za-z][A-Za-z ,.'’!?]{2,})\s*</g)].map((m) => m[1]);
      const attrs = [...src.matchAll(/\b(?:aria-label|title|placeholder|alt)="([^"]*[A-Za-z][^"]*)"/g)].map((m) => m[1]);
      return [...text, ...attrs].map((s) => `${f}: ${s}`);
    });
    expect(offenders).toEqual([]);
  });
});

const claim = (verdict: Verdict): Claim => ({ text: 'x', start: 0, end: 1, verdict, reason: '', citations: [] });

describe('summary line', () => {
  it('counts claims by verdict in a fixed order', () => {
    const claims = [...Array(10)].map(() => claim('supported')).concat([claim('contradicted'), claim('contradicted'), claim('disputed'), claim('unverified')]);
    expect(summarize(claims)).toBe('14 claims: 10 supported, 2 contradicted, 1 disputed, 1 unverified');
    expect(summarize([claim('disputed')])).toBe('1 claim: 1 disputed');
  });
});

describe('quote emphasis', () => {
  const hits = (quote: string, claimText: string) =>
    emphasize(quote, claimText)
      .filter((p) => p.hit)
      .map((p) => p.text);

  it('emphasises the words a source shares with the claim, and keeps the text intact', () => {
    const quote = 'The two leaders played the drums in Nara on Tuesday.';
    const parts = emphasize(quote, 'Takaichi and Lee drummed in Tokyo on Tuesday');
    expect(parts.map((p) => p.text).join('')).toBe(quote);
    expect(hits(quote, 'Takaichi and Lee drummed in Tokyo on Tuesday')).toEqual(['drums', 'Tuesday']);
  });

  it('joins adjacent hits and works for Japanese', () => {
    expect(hits('Lee Jae Myung played', 'President Lee Jae Myung')).toEqual(['Lee Jae Myung']);
    expect(hits('高市首相は奈良でドラムを演奏した', '高市首相が東京でドラムを叩いた').length).toBeGreaterThan(0);
  });
});

describe('card placement', () => {
  const vp = { top: 1000, left: 0, width: 800, height: 600 };
  const box = (top: number, left = 100) => ({ top, left, width: 200, height: 20 });

  it('hangs below the mark when there is room', () => {
    const p = placeCard(box(1100), box(1100), { width: 380, height: 200 }, vp);
    expect(p).toMatchObject({ side: 'below', top: 1126, left: 100 });
  });

  it('flips above near the bottom and stays inside the viewport horizontally', () => {
    const p = placeCard(box(1500, 700), box(1500, 700), { width: 380, height: 200 }, vp);
    expect(p.side).toBe('above');
    expect(p.top + 200).toBeLessThanOrEqual(1500);
    expect(p.top).toBeGreaterThanOrEqual(vp.top);
    expect(p.left + 380).toBeLessThanOrEqual(800);
  });
});

describe('reason line', () => {
  it(
    'says why from the structured fields alone: in English, word for word what the engine says (a red verdict: its differences)',
    { timeout: 30_000 },
    async () => {
      const { checkText } = await import('../../extension/background/checker');
      const { reasonText } = await import('../../components/reason');
      const { differencesText, structured } = await import('../../components/Differences');
      const { parseHTML } = await import('linkedom');
      const { extractText } = await import('../../dom/extract');
      const pages = ['en-tabloid-errors', 'en-wire-story', 'ja-article', 'ko-article'];
      const reasons = pages.flatMap((p) => {
        const { document } = parseHTML(readFileSync(join(ROOT, 'tests/fixtures/pages', `${p}.html`), 'utf8'));
        return checkText(extractText(document.body as unknown as Element).text);
      });
      expect(reasons.length).toBeGreaterThan(20);
      expect(new Set(reasons.map((c) => c.verdict)).size).toBe(4);
      for (const claim of reasons) {
        // Every red verdict carries its differences; the English reason is never the one shown for it.
        if (claim.verdict === 'contradicted' || claim.verdict === 'disputed') {
          expect(structured(claim), claim.reason).toBe(true);
          expect(reasonText(claim)).toBe(differencesText(claim.differences!));
        } else expect(reasonText(claim)).toBe(claim.reason);
      }
    },
  );
});
