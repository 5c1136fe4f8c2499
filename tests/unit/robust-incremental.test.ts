import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/index';
import { hiddenByAttributes } from '../../dom/elements';
import { extractText } from '../../dom/extract';
import { IncrementalChecker, type Engine, type SliceOptions } from '../../extension/plan/incremental';
import { createPrefilter, scanText } from '../../extension/plan/prefilter';
import { toUnits } from '../../extension/plan/units';
import { createChecker } from '../../lib/check';
import { normalize } from '../../lib/normalize';
import { filler, pageLines, storyArticles } from '../../scripts/bench-pages';
import { ROOT } from '../e2e/harness';

const engine = createChecker(dataset);
const check = (text: string) => engine.checkText(text);
/** The engine as the incremental checker calls it, slice options included. */
const sliced: Engine = (text, options) => engine.checkText(text, options);

/** The engine, counting its calls and the claims it hands back (each one a sentence judged). */
function counting() {
  const count = { calls: 0, claims: 0 };
  const fn: Engine = (text, options) => {
    const claims = engine.checkText(text, options);
    count.calls++;
    count.claims += claims.length;
    return claims;
  };
  return [fn, count] as const;
}
const pages = join(ROOT, 'tests/fixtures/pages');
const fixtureTexts = readdirSync(pages)
  .filter((f) => f.endsWith('.html'))
  .map((f) => {
    const { document } = parseHTML(readFileSync(join(pages, f), 'utf8'));
    return [f, extractText(document.body as unknown as Element, { isHidden: hiddenByAttributes }).text] as const;
  });

describe('prefilter', () => {
  const prefilter = createPrefilter(dataset);

  it('lets every fixture page through that the engine finds on topic, and only scans the others', () => {
    for (const [name, text] of fixtureTexts) {
      const claims = check(text);
      if (claims.length > 0) expect(prefilter.mayBeOnTopic(text), name).toBe(true);
    }
    expect(prefilter.mayBeOnTopic(filler(3000).join('\n'))).toBe(false);
  });

  it('sees names through soft hyphens, zero-width characters and full-width letters', () => {
    expect(prefilter.mayBeOnTopic('Taka\u00ADichi played the drums.')).toBe(true);
    expect(prefilter.mayBeOnTopic('Ｔａｋａｉｃｈｉ played the ｄｒｕｍｓ.')).toBe(true);
    expect(prefilter.mayBeOnTopic('Lee\u200B drummed.')).toBe(true);
    expect(prefilter.mayBeOnTopic('The drums were loud.')).toBe(false);
  });

  it('reads text as lib/normalize does, line by line', () => {
    for (const s of ['a\u00A0 b', 'Ｔａｋａ\u00ADichi’s  drum', 'x\u200By\tz', '高市\u3000首相']) expect(scanText(s)).toBe(normalize(s));
    // A look-ahead never reads past the end of a line, as the engine never does.
    const text = 'Takaichi said they drum\nup next: the weather.';
    expect(check(text).length).toBeGreaterThan(0);
    expect(prefilter.mayBeOnTopic(text)).toBe(true);
  });
});

function expectSame(actual: ReturnType<typeof check>, expected: ReturnType<typeof check>, label: string) {
  expect(
    actual.map((c) => [c.start, c.end, c.verdict, c.text]),
    label,
  ).toEqual(expected.map((c) => [c.start, c.end, c.verdict, c.text]));
  expect(actual, label).toEqual(expected);
}

describe('chunked checking', { timeout: 60_000 }, () => {
  it('gives exactly the engine result on every fixture page, in small chunks', () => {
    for (const [name, text] of fixtureTexts) {
      for (const chunkChars of [300, 1500]) {
        const [counted, count] = counting();
        const inc = new IncrementalChecker(counted, dataset, { chunkChars });
        const claims = inc.checkSync(text);
        expectSame(claims, check(text), `${name} @${chunkChars}`);
        // Context is read, not judged: every claim the engine returned was kept, none judged twice.
        expect(count.claims, `${name} @${chunkChars}`).toBe(claims.length);
      }
    }
  }, 120_000);

  it('gives exactly the engine result on generated pages with the story inside', () => {
    const text = pageLines('on', 7_000).join('\n');
    const [counted, count] = counting();
    const inc = new IncrementalChecker(counted, dataset, { chunkChars: 2000 });
    const claims = inc.checkSync(text);
    expectSame(claims, check(text), 'generated');
    expect(inc.stats.engineCalls).toBeGreaterThan(10);
    expect(count.claims).toBe(claims.length);
  });

  it('cuts one very long line at sentence ends and keeps offsets exact', () => {
    const story = storyArticles()[0]!
      .filter((l) => /[.!?]$/.test(l))
      .join(' ');
    const text = [filler(2000, 5).join(' '), story, filler(2000, 6).join(' ')].join(' ');
    const units = toUnits(text, 1000);
    expect(units.length).toBeGreaterThan(10);
    expect(units.map((u) => u.text).join('')).toBe(text);
    const inc = new IncrementalChecker(sliced, dataset, { chunkChars: 1000, maxUnitChars: 1000 });
    const claims = inc.checkSync(text);
    for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(claims.map((c) => c.text)).toEqual(check(text).map((c) => c.text));
  });

  it('cuts after a quotation closed before the full stop, where the segmenter ends the sentence too', () => {
    const sentence = 'They played the hit from “KPop Demon Hunters”. ';
    const units = toUnits(sentence.repeat(20), 120);
    expect(units.length).toBeGreaterThan(5);
    for (const u of units.slice(0, -1)) expect(u.text.endsWith('”. ')).toBe(true);
  });

  it('yields between pieces and can be cancelled', async () => {
    const text = pageLines('on', 3000).join('\n');
    const inc = new IncrementalChecker(sliced, dataset, { chunkChars: 1000 });
    let pauses = 0;
    const done = await inc.check(text, { budgetMs: 0, pause: async () => void pauses++ });
    expect(pauses).toBeGreaterThan(3);
    expectSame(done!, check(text), 'async');
    const other = new IncrementalChecker(sliced, dataset, { chunkChars: 1000 });
    expect(await other.check(text, { budgetMs: 0, pause: async () => undefined, cancelled: () => true })).toBeUndefined();
    expect(other.claims).toEqual([]);
  });

  it('gives the page a turn between scanning a very long text and cutting it, before any engine call', async () => {
    const text = pageLines('on', 30_000).join('\n');
    expect(text.length).toBeGreaterThan(100_000);
    const events: string[] = [];
    const remote = async (t: string, o: SliceOptions) => (events.push('engine'), engine.checkText(t, o));
    const inc = new IncrementalChecker(null, dataset, { remote });
    const done = await inc.check(text, { pause: async () => void events.push('pause') });
    expect(events[0]).toBe('pause');
    expectSame(done!, check(text), 'paused');
  });
});

describe('checking through a remote engine (the background)', { timeout: 60_000 }, () => {
  it('sends every engine call away and gives the same claims; falls back to the local engine if it fails', async () => {
    const text = pageLines('on', 3000).join('\n');
    let local = 0;
    let remote = 0;
    const asked: SliceOptions[] = [];
    const inc = new IncrementalChecker((t, o) => (local++, sliced(t, o)), dataset, {
      chunkChars: 1000,
      remote: async (t, o) => (remote++, asked.push(o), sliced(t, o)),
    });
    expectSame((await inc.check(text))!, check(text), 'remote');
    expect(remote).toBeGreaterThan(3);
    expect(local).toBe(0);
    // The remote engine gets the slice's options: its range, and that the page is on topic once known.
    expect(asked.every((o) => o.range !== undefined)).toBe(true);
    expect(asked.some((o) => o.pageKnownOnTopic)).toBe(true);
    const broken = new IncrementalChecker((t, o) => (local++, sliced(t, o)), dataset, {
      chunkChars: 1000,
      remote: () => Promise.reject(new Error('Extension context invalidated.')),
    });
    expectSame((await broken.check(text))!, check(text), 'fallback');
    expect(local).toBeGreaterThan(3);
  });
});

describe('incremental checking', { timeout: 60_000 }, () => {
  const base = pageLines('on', 5500);
  const more = filler(400, 99);
  const story = storyArticles()[1]!;
  const edits: [string, string[]][] = [
    ['appended prose (infinite scroll)', [...base, ...more]],
    ['appended story', [...base, ...story]],
    ['inserted story ("read more")', [...base.slice(0, 40), ...story, ...base.slice(40)]],
    ['removed story', base.slice(story.length + 10)],
    ['changed sentence', base.map((l, i) => (i === 3 ? l.replace(/Nara/g, 'Tokyo') : l))],
    ['nothing left', ['']],
  ];

  it.each(edits)('%s: same claims as a fresh check, re-checking only near the change', (name, lines) => {
    const inc = new IncrementalChecker(sliced, dataset, { chunkChars: 1500 });
    inc.checkSync(base.join('\n'));
    const before = { ...inc.stats };
    const text = lines.join('\n');
    expectSame(inc.checkSync(text), check(text), name);
    const checked = inc.stats.checkedChars - before.checkedChars;
    if (name.startsWith('appended prose') || name.startsWith('changed')) expect(checked).toBeLessThan(text.length / 4);
  });

  it('turns an off-topic page on topic when the story arrives, and checks nothing while it does not', () => {
    const off = filler(6000, 11);
    const inc = new IncrementalChecker(sliced, dataset, { chunkChars: 1500 });
    expect(inc.checkSync(off.join('\n'))).toEqual([]);
    const calls = inc.stats.engineCalls;
    expect(inc.checkSync([...off, ...more].join('\n'))).toEqual([]);
    expect(inc.stats.engineCalls).toBe(calls);
    const text = [...off, ...story].join('\n');
    expectSame(inc.checkSync(text), check(text), 'story arrives');
  });
});
