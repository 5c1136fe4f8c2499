import type { Claim } from '../lib/types';
import type { ExtractedText } from './extract';
import { locate } from './offsets';
import { frameAtPoint } from './frames';

export interface Mark {
  index: number;
  claim: Claim;
  range: Range;
}

/**
 * DOM ranges for claims whose offsets index `extracted.text`; claims that no longer map are dropped.
 * A range is made by its text's own document: a claim read inside a same-origin frame lives there.
 */
export function buildMarks(doc: Document, claims: Claim[], extracted: ExtractedText): Mark[] {
  const marks: Mark[] = [];
  claims.forEach((claim, index) => {
    const from = locate(extracted.segments, claim.start);
    const to = locate(extracted.segments, claim.end, true);
    if (!from || !to) return;
    try {
      // A claim cannot span a frame's edge (a line break is read there), so both ends share a document.
      const range = (from.node.ownerDocument ?? doc).createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      marks.push({ index, claim, range });
    } catch {
      // A node detached between extraction and marking: skip that claim rather than fail the page.
    }
  });
  return marks;
}

interface CaretDoc {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

/**
 * The mark under a viewport point, if the point is really over its text (not just nearest to it).
 * With `frames` (some marks are inside same-origin frames), a point over a frame is looked up in it.
 */
export function markAtPoint(doc: Document, marks: readonly Mark[], x: number, y: number, frames = false): Mark | undefined {
  const inner = frames ? frameAtPoint(doc, x, y) : null;
  if (inner) return markAtPoint(inner.doc, marks, inner.x, inner.y, true);
  const d = doc as unknown as CaretDoc;
  let node: Node | undefined;
  let offset = 0;
  if (d.caretPositionFromPoint) {
    const pos = d.caretPositionFromPoint(x, y);
    if (pos) ({ offsetNode: node, offset } = pos);
  } else if (d.caretRangeFromPoint) {
    const r = d.caretRangeFromPoint(x, y);
    if (r) ({ startContainer: node, startOffset: offset } = r);
  }
  if (!node) return undefined;
  for (const mark of marks) {
    try {
      if (!mark.range.isPointInRange(node, offset)) continue;
    } catch {
      continue;
    }
    for (const rect of mark.range.getClientRects()) {
      if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return mark;
    }
  }
  return undefined;
}
