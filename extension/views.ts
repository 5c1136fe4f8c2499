import type { Box, MarkView, SelectionView } from '../components/Overlay';
import type { Mark } from '../dom/marks';
import type { Claim } from '../lib/types';

export function toDoc(r: DOMRect, win: Window): Box {
  return { top: r.top + win.scrollY, left: r.left + win.scrollX, width: r.width, height: r.height };
}

function lineBoxes(range: Range | null, win: Window): { box: Box; last: Box; lines: Box[] } | null {
  const lines = [...(range?.getClientRects() ?? [])].filter((r) => r.width > 0).map((r) => toDoc(r, win));
  return lines.length ? { box: lines[0]!, last: lines[lines.length - 1]!, lines } : null;
}

/** Where a mark is now, in document coordinates; null when it is not laid out (hidden, detached). */
export function markView(m: Mark, win: Window): MarkView | null {
  const lines = lineBoxes(m.range, win);
  return lines ? { index: m.index, claim: m.claim, ...lines } : null;
}

/** The selection card's anchor; a selection that has gone (or was in a frame) anchors at the viewport's corner. */
export function selectionView(claims: Claim[], range: Range | null, win: Window): SelectionView {
  const corner: Box = { top: win.scrollY + 16, left: win.scrollX + 16, width: 0, height: 0 };
  const lines = lineBoxes(range, win);
  return { claims, box: lines?.box ?? corner, last: lines?.last ?? corner };
}
