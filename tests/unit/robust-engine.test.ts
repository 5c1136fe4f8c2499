import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/index';
import { IncrementalChecker } from '../../extension/plan/incremental';
import { createPrefilter } from '../../extension/plan/prefilter';
import { createChecker } from '../../lib/check';
import { loadDevSet } from '../eval/dev-set';

const engine = createChecker(dataset);
const prefilter = createPrefilter(dataset);

// Pieces that make text the engine has to work on: names, the story's words, and characters that break naive code.
const names = dataset.pack.lexicon.flatMap((e) => [...(e.forms ?? []), ...(e.weakForms ?? [])]).slice(0, 400);
const devTexts = loadDevSet().map((d) => d.text);
const odd = [
  '\u00AD',
  '\u200B',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u00A0',
  '\u202B',
  '\u202E',
  '\u200F',
  '\n',
  '\r\n',
  '\u2028',
  '\t',
  '  ',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '&lt;b&gt;',
  '"',
  '“',
  '」',
  '。',
  '!',
  '?',
  '...',
  'Mr.',
  'Jan. 13',
  'مرحبا',
  'שלום',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '👩‍👩‍👧',
  '\uD800',
  '\uDC00',
  'ﬁ',
  'Ｔａｋａｉｃｈｉ',
  '¹²',
  'İ',
  'ß',
];
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...names) },
  { weight: 2, arbitrary: fc.constantFrom(...odd) },
  { weight: 2, arbitrary: fc.constantFrom(' ', '. ', ', ', ' and ', ' the ', ' drums ', ' in Nara ', ' on Tuesday ') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);
const adversarial = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));
const mixed = fc.oneof(
  adversarial,
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(...devTexts),
  fc.array(fc.constantFrom(...devTexts), { maxLength: 6 }).map((t) => t.join('\n')),
);

describe('checkText on random and adversarial text', { timeout: 120_000 }, () => {
  it('never throws, and every claim slices the input to exactly its text', () => {
    fc.assert(
      fc.property(mixed, (text) => {
        const claims = engine.checkText(text);
        for (const c of claims) {
          expect(c.start).toBeGreaterThanOrEqual(0);
          expect(c.end).toBeLessThanOrEqual(text.length);
          expect(c.start).toBeLessThan(c.end);
          expect(text.slice(c.start, c.end)).toBe(c.text);
        }
        for (let i = 1; i < claims.length; i++) expect(claims[i]!.start).toBeGreaterThanOrEqual(claims[i - 1]!.end);
      }),
      { numRuns: 300, seed: 20260113 },
    );
  });

  it('gives the same output for the same input', () => {
    const fresh = createChecker(dataset);
    fc.assert(
      fc.property(mixed, (text) => {
        const a = engine.checkText(text);
        expect(engine.checkText(text)).toEqual(a);
        expect(fresh.checkText(text)).toEqual(a);
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it('survives hostile values at the boundary', () => {
    for (const v of ['', ' ', '\n\n\n', '\u0000', 'a'.repeat(100_000), 'Takaichi '.repeat(5000), '\uD800'.repeat(50)]) {
      expect(() => engine.checkText(v)).not.toThrow();
    }
    expect(engine.checkText(undefined as unknown as string)).toEqual([]);
    expect(engine.checkText(42 as unknown as string)).toEqual([]);
  });
});

describe('the prefilter and the chunked checker on random text', { timeout: 120_000 }, () => {
  it('the prefilter never rejects a text the engine finds on topic', () => {
    fc.assert(
      fc.property(mixed, (text) => {
        if (!prefilter.mayBeOnTopic(text)) expect(engine.checkText(text)).toEqual([]);
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('chunked checking agrees with the engine', () => {
    const lines = fc.array(fc.oneof(fc.constantFrom(...devTexts), adversarial), { minLength: 1, maxLength: 25 }).map((l) => l.join('\n'));
    fc.assert(
      fc.property(lines, (text) => {
        const inc = new IncrementalChecker((t, o) => engine.checkText(t, o), dataset, { chunkChars: 200, maxUnitChars: 100_000 });
        expect(inc.checkSync(text)).toEqual(engine.checkText(text));
      }),
      { numRuns: 150, seed: 3 },
    );
  });
});
