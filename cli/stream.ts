/**
 * The CLI's check of a whole text, streamed: the text is cut and checked in slices the way the content
 * script checks a page (extension/plan/slices.ts), so a text of one very long line costs in proportion to its
 * length, and each claim is handed on as soon as it is final instead of being collected first.
 */
import { dataset } from '../data/index';
import type { Engine } from '../extension/plan/incremental';
import { createPrefilter } from '../extension/plan/prefilter';
import { planCheck } from '../extension/plan/slices';
import { PAUSE, type CheckStats } from '../extension/plan/work';
import { createChecker } from '../lib/check';
import type { Claim } from '../lib/types';

// Larger than the content script's slices: here nothing waits for a turn, and fewer slices read less context.
const CHUNK_CHARS = 16_000;
const MAX_UNIT_CHARS = 500;

let bundled: Engine | undefined;
const bundledEngine: Engine = (text, options) => {
  if (!bundled) {
    const checker = createChecker(dataset);
    bundled = (t, o) => checker.checkText(t, o);
  }
  return bundled(text, options);
};

/** Check `text`, calling `emit` with each claim in document order as soon as it is final. */
export function streamClaims(text: string, emit: (claim: Claim) => void, engine: Engine = bundledEngine): void {
  const stats: CheckStats = { engineCalls: 0, checkedChars: 0, engineChars: 0, fullChecks: 0, partialChecks: 0 };
  const work = planCheck(
    text,
    undefined,
    {
      chunkChars: CHUNK_CHARS,
      maxUnitChars: MAX_UNIT_CHARS,
      context: 3,
      nextChars: () => CHUNK_CHARS,
      onFinal: (units, local, from, to) => {
        for (let i = from; i < to; i++) {
          const u = units[i]!;
          for (const c of local[i]!) emit({ ...c, start: u.start + c.start, end: u.start + c.end });
          // Passed on: nothing of it is kept, so memory stays flat however long the text.
          local[i] = [];
        }
      },
    },
    createPrefilter(dataset),
    stats,
  );
  for (let r = work.next(); !r.done;) r = work.next(r.value === PAUSE ? [] : engine(r.value.text, r.value.options));
}
