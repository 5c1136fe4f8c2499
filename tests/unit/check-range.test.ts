// The engine's slice options (lib/check.ts): `range` judges only part of a text read whole, and
// `pageKnownOnTopic` skips the page gate only. Both must give what a whole-text check gives.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/index';
import { hiddenByAttributes } from '../../dom/elements';
import { extractText } from '../../dom/extract';
import { BARE_TUNNEL, isProse } from '../../lib/topic';
import { createChecker, type Claim } from '../../lib/check';
import { filler, pageLines, storyArticles } from '../../scripts/bench-pages';
import { ROOT } from '../e2e/harness';

const engine = createChecker(dataset);
const pages = join(ROOT, 'tests/fixtures/pages');
const fixtureTexts = readdirSync(pages)
  .filter((f) => f.endsWith('.html'))
  .map((f) => extractText(parseHTML(readFileSync(join(pages, f), 'utf8')).document.body as unknown as Element, { isHidden: hiddenByAttributes }).text);

// Generated pages: story lines and off-topic prose in any order, so gates pass and fail at many places.
const storyLines = storyArticles().flat();
const fillerLines = filler(3000, 21);
const generated = fc
  .array(fc.oneof(fc.constantFrom(...storyLines), fc.constantFrom(...fillerLines), fc.constant('')), { minLength: 1, maxLength: 40 })
  .map((lines) => lines.join('\n'));
const anyText = fc.oneof(fc.constantFrom(...fixtureTexts, pageLines('on', 3000).join('\n')), generated);

const within = (start: number, end: number) => (c: Claim) => c.start >= start && c.start < end;

describe('range: judge only part of a text', { timeout: 120_000 }, () => {
  it('equals the whole-text claims that start in the range', () => {
    const withRange = anyText.chain((text) =>
      fc.tuple(fc.constant(text), fc.integer({ min: -5, max: text.length + 5 }), fc.integer({ min: -5, max: text.length + 5 })),
    );
    let nonTrivial = 0;
    fc.assert(
      fc.property(withRange, fc.boolean(), ([text, a, b], known) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const base = known ? { pageKnownOnTopic: true } : {};
        const whole = engine.checkText(text, base);
        const expected = whole.filter(within(start, end));
        expect(engine.checkText(text, { ...base, range: { start, end } })).toEqual(expected);
        if (expected.length > 0 && expected.length < whole.length) nonTrivial++;
      }),
      { numRuns: 150, seed: 5 },
    );
    // The property must have cut through claims, not only taken all or none of them.
    expect(nonTrivial).toBeGreaterThan(20);
  });

  it('selects nothing for an empty, reversed or malformed range', () => {
    const text = fixtureTexts.find((t) => engine.checkText(t).length > 0)!;
    for (const range of [
      { start: 10, end: 10 },
      { start: 50, end: 10 },
      { start: NaN, end: 1e9 },
      { start: 0, end: NaN },
      { start: text.length, end: text.length + 99 },
    ]) {
      expect(engine.checkText(text, { range })).toEqual([]);
    }
    expect(engine.checkText(text, { range: { start: 0, end: text.length } })).toEqual(engine.checkText(text));
  });
});

describe('pageKnownOnTopic: skip the page gate, keep the sentence gate', { timeout: 120_000 }, () => {
  // What the incremental checker used to do instead: prefix the slice with a line that passes the page
  // gate on its own, then enough filler sentences that no sentence of the slice is its neighbour, and
  // more bare lines than the story's prose runs on through, so the slice's own story cannot reach back
  // into the filler either.
  const byKey = new Map(dataset.pack.lexicon.map((e) => [e.key, e]));
  const names = dataset.pack.topic.page.map((group) => group.map((k) => byKey.get(k)).find((e) => e?.anchor && e.forms?.length)!.forms![0]!);
  const anchor = `${names.join(' ')}.\n${'x.\n'.repeat(6)}${'x\n'.repeat(BARE_TUNNEL + 1)}`;
  const anchored = (text: string) =>
    engine
      .checkText(anchor + text)
      .filter((c) => c.start >= anchor.length)
      .map((c) => ({ ...c, start: c.start - anchor.length, end: c.end - anchor.length }));

  it('the anchor trick works as assumed: the anchor alone makes only its own line a claim', () => {
    const probe = engine.checkText(`${anchor}x.`);
    expect(probe.length).toBeGreaterThan(0);
    expect(probe.every((c) => c.end <= anchor.indexOf('\n'))).toBe(true);
  });

  it('equals the anchor-prefix trick on any run of lines of a page', () => {
    const runs = anyText.chain((text) => {
      const lines = text.split('\n');
      return fc.tuple(fc.nat(lines.length - 1), fc.integer({ min: 1, max: 12 })).map(([i, n]) => lines.slice(i, i + n).join('\n'));
    });
    let opened = 0;
    fc.assert(
      fc.property(runs, (text) => {
        // A bare first line (no full stop) is the top of a page to the engine, a headline, and a line after the
        // anchor's bare filler, a link in a list, to the trick: a line naming only the drums reads differently.
        const first = text.indexOf('\n') < 0 ? text.length : text.indexOf('\n');
        const topBare = !isProse(text.slice(0, first).trim());
        const body = (cs: Claim[]) => (topBare ? cs.filter((c) => c.start >= first) : cs);
        const known = engine.checkText(text, { pageKnownOnTopic: true });
        expect(body(known)).toEqual(body(anchored(text)));
        if (known.length > 0 && engine.checkText(text).length === 0) opened++;
      }),
      { numRuns: 300, seed: 9 },
    );
    // Runs that fail the page gate on their own yet hold on-topic sentences: the case the option is for.
    expect(opened).toBeGreaterThan(10);
  });

  it('changes nothing on a text that passes the page gate by itself', () => {
    for (const text of fixtureTexts) {
      const whole = engine.checkText(text);
      if (whole.length > 0) expect(engine.checkText(text, { pageKnownOnTopic: true })).toEqual(whole);
    }
  });

  it('unlike assumeOnTopic, does not take a weak mention alone for a sentence about the story', () => {
    const text = 'Nara is lovely in the spring.';
    expect(engine.checkText(text, { assumeOnTopic: true })).toHaveLength(1);
    expect(engine.checkText(text, { pageKnownOnTopic: true })).toEqual([]);
  });
});
