import type { Box, MarkView, SelectionView } from '../../ui-base/view-types';
import { frameShift } from '../../dom/frames';
import type { Mark } from '../../dom/marks';
import type { Claim } from '../../lib/types';

export function toDoc(r: Pick<DOMRect, 'top' | 'left' | 'width' | 'height'>, win: Window): Box {
  return { top: r.top + win.scrollY, left: r.left + win.scrollX, width: r.width, height: r.height };
}

/**
 * A range's line boxes in `win`'s viewport. A range inside a same-origin frame has rects relative to the
 * frame's viewport: they are moved by the frame's place on the page, and lines scrolled out of the
 * frame are dropped (they are not on screen, so they get no target and no drawn underline).
 */
function clientLines(range: Range, win: Window): DOMRect[] {
  const rects = [...range.getClientRects()].filter((r) => r.width > 0);
  const doc = range.startContainer.ownerDocument;
  if (!doc || doc === win.document) return rects;
  const shift = frameShift(doc, win.document);
  if (!shift) return [];
  const { clip } = shift;
  return rects
    .map((r) => new DOMRect(r.left + shift.x, r.top + shift.y, r.width, r.height))
    .filter((r) => r.right > clip.left && r.left < clip.right && r.bottom > clip.top && r.top < clip.bottom);
}

/** A range's bounding box in `win`'s viewport (moved out of its frame, if it is in one); null if its frame is gone. */
export function viewportRect(range: Range, win: Window): DOMRect | null {
  const r = range.getBoundingClientRect();
  const doc = range.startContainer.ownerDocument;
  if (!doc || doc === win.document) return r;
  const shift = frameShift(doc, win.document);
  return shift ? new DOMRect(r.left + shift.x, r.top + shift.y, r.width, r.height) : null;
}

function lineBoxes(range: Range | null, win: Window): { box: Box; last: Box; lines: Box[] } | null {
  const lines = (range ? clientLines(range, win) : []).map((r) => toDoc(r, win));
  return lines.length ? { box: lines[0]!, last: lines[lines.length - 1]!, lines } : null;
}

/** Where a mark is now, in document coordinates; null when it is not laid out (hidden, detached, scrolled out of its frame). */
export function markView(m: Mark, win: Window): MarkView | null {
  const lines = lineBoxes(m.range, win);
  return lines ? { index: m.index, claim: m.claim, ...lines } : null;
}

/** The selection card's anchor (in a same-origin frame too); a selection that has gone anchors at the viewport's corner. */
export function selectionView(claims: Claim[], range: Range | null, win: Window): SelectionView {
  const corner: Box = { top: win.scrollY + 16, left: win.scrollX + 16, width: 0, height: 0 };
  const lines = lineBoxes(range, win);
  return { claims, box: lines?.box ?? corner, last: lines?.last ?? corner };
}
