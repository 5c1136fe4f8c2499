/** The way back from offsets in the page's text (./extract.ts) to the DOM: text nodes and positions in them. */

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the extracted text. */
  start: number;
}

export function findSegment(segments: TextSegment[], offset: number): TextSegment | undefined {
  let lo = 0;
  let hi = segments.length - 1;
  let found: TextSegment | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = segments[mid]!;
    if (seg.start <= offset) {
      found = seg;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The DOM position of a text offset: the text node holding it and the offset inside that node. */
export function locate(segments: TextSegment[], offset: number, preferEnd = false): { node: Text; offset: number } | undefined {
  const seg = findSegment(segments, preferEnd ? offset - 1 : offset);
  if (!seg) return undefined;
  const inner = Math.min(Math.max(offset - seg.start, 0), seg.node.data.length);
  return { node: seg.node, offset: inner };
}
