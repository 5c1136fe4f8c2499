import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/index';
import { IncrementalChecker, type Engine } from '../../extension/plan/incremental';
import { createChecker } from '../../lib/check';
import type { Claim } from '../../lib/types';
import { filler, pageLines, storyArticles } from '../../scripts/bench-pages';

const engine = createChecker(dataset);
const sliced: Engine = (text, options) => engine.checkText(text, options);
const pages: [string, string][] = [
  ['generated', pageLines('on', 12_000).join('\n')],
  ['story late', [...filler(6000, 3), ...storyArticles()[0]!, ...filler(3000, 4), ...storyArticles()[1]!].join('\n')],
  ['one line', pageLines('on', 8000).join(' ')],
];

describe('a full check starting where the reader is looking', { timeout: 120_000 }, () => {
  it.each(pages)('%s: the same claims from any starting point, and the claims near it first', async (name, text) => {
    // The check from the top, which equals the engine's on the whole text where no sentence outgrows a unit.
    const whole = new IncrementalChecker(sliced, dataset, { chunkChars: 1500 }).checkSync(text);
    if (name !== 'one line') expect(whole).toEqual(engine.checkText(text));
    for (const at of [0.3, 0.6, 0.95].map((f) => Math.floor(text.length * f))) {
      const inc = new IncrementalChecker(null, dataset, { chunkChars: 1500, remote: async (t, o) => sliced(t, o) });
      const seen: Claim[][] = [];
      const claims = await inc.check(text, { firstOffset: at, pause: async () => undefined, onProgress: (now) => seen.push(now()) });
      expect(claims, `from ${at}`).toEqual(whole);
      // Progress only ever adds final claims, each as the whole check has it.
      for (const partial of seen) for (const c of partial) expect(whole).toContainEqual(c);
      const first = seen.find((p) => p.length > 0);
      if (first && whole.some((c) => c.start >= at))
        expect(
          first.some((c) => c.end >= at),
          `from ${at}`,
        ).toBe(true);
    }
  });
});
