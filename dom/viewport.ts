import type { TextSegment } from './offsets';

interface CaretDoc {
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node } | null;
}

/**
 * The offset in the page's text of what the reader is looking at (the text near the top of the viewport),
 * found with one hit test and a binary search over the text's nodes in document order. 0 on a page not
 * scrolled (it starts at the top anyway: no hit test, no layout).
 */
export function viewportOffset(doc: Document, segments: readonly TextSegment[]): number {
  const win = doc.defaultView;
  if (!win || segments.length === 0 || (win.scrollY === 0 && win.scrollX === 0)) return 0;
  const d = doc as unknown as CaretDoc;
  const x = win.innerWidth / 2;
  const y = win.innerHeight / 4;
  const node = d.caretPositionFromPoint?.(x, y)?.offsetNode ?? d.caretRangeFromPoint?.(x, y)?.startContainer;
  if (!node) return 0;
  // The last segment at or before the node in document order.
  let lo = 0;
  let hi = segments.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = segments[mid]!.node;
    const before = seg === node || (node.compareDocumentPosition(seg) & 2) /* PRECEDING */ !== 0;
    if (before) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return segments[found]!.start;
}
