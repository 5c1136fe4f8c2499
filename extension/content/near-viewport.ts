import type { MarkView } from '../../ui-base/view-types';
import type { Mark } from '../../dom/marks';
import { markView, viewportRect } from './views';

/** How far beyond the viewport (in viewport heights) marks still get a target, so scrolling finds them ready. */
const MARGIN = 1;
/** Marks past the bottom margin measured before the scan stops: layouts are not always in document order. */
const PAST = 3;
/** Most marks measured per draw, whatever the layout. */
const CAP = 150;

/**
 * Views for the marks near the viewport, and for the marks in `keep` (the open claim, the focused
 * target) with their neighbours, in document order.
 *
 * Measuring a mark forces its line boxes; on a page with hundreds of claims, measuring every mark on
 * every draw (each scroll frame) is one long task. Marks are in document order, which is nearly always
 * top-to-bottom, so a binary search finds the first one near the viewport and a short scan the rest.
 * Every target keeps a neighbour on either side: Tab from the last one scrolls it into view, the next
 * draw moves the window on, so keyboard users still reach every mark in turn.
 */
export function viewsNearViewport(marks: readonly Mark[], win: Window, keep: ReadonlySet<number>): MarkView[] {
  const low = -MARGIN * win.innerHeight;
  const high = (1 + MARGIN) * win.innerHeight;
  const views = new Map<number, MarkView | null>();
  const view = (i: number) => {
    if (!views.has(i)) views.set(i, markView(marks[i]!, win));
    return views.get(i)!;
  };
  const lo = firstNear(marks, low, win);
  const chosen = new Set<number>();
  let past = 0;
  for (let i = lo; i < marks.length && past < PAST && views.size < CAP; i++) {
    const v = view(i);
    if (!v) continue;
    if (v.box.top - win.scrollY > high) past++;
    else if (v.last.top + v.last.height - win.scrollY >= low) chosen.add(i);
  }
  // The nearest laid-out mark either side of the window (or of the viewport, when no mark is near it).
  const shown = (from: number, dir: 1 | -1) => {
    for (let i = from, n = 0; i >= 0 && i < marks.length && n < PAST * 2; i += dir, n++) if (view(i)) return i;
    return -1;
  };
  const near = [...chosen];
  const ends = near.length ? [shown(Math.min(...near) - 1, -1), shown(Math.max(...near) + 1, 1)] : [shown(lo - 1, -1), shown(lo, 1)];
  marks.forEach((m, i) => {
    if (keep.has(m.index)) ends.push(i, shown(i - 1, -1), shown(i + 1, 1));
  });
  for (const i of ends) if (i >= 0) chosen.add(i);
  return [...chosen]
    .sort((a, b) => a - b)
    .map(view)
    .filter((v): v is MarkView => v !== null);
}

/** Binary search for the first mark whose box ends below `low`; unlaid-out marks (empty boxes) are stepped over. */
function firstNear(marks: readonly Mark[], low: number, win: Window): number {
  const empty = (r: DOMRect | null) => !r || (r.width === 0 && r.height === 0);
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    let probe = mid;
    let rect = viewportRect(marks[probe]!.range, win);
    while (empty(rect) && probe + 1 < hi && probe - mid < PAST * 2) rect = viewportRect(marks[++probe]!.range, win);
    if (empty(rect)) hi = mid;
    else if (rect!.bottom < low) lo = probe + 1;
    else hi = mid;
  }
  return lo;
}
