/**
 * Same-origin frames, as the top frame's content script reaches them. The content script runs in the
 * top frame only (one in every ad frame would cost every page), so it reads, marks and hit-tests the
 * frames whose documents it may touch; cross-origin and sandboxed frames stay out of reach (null).
 */

export interface Point {
  x: number;
  y: number;
}

/** A frame's place in the top viewport: where its viewport starts, and the part of it that shows. */
export interface FrameShift extends Point {
  clip: { left: number; top: number; right: number; bottom: number };
}

export function isFrame(el: Element): boolean {
  return el.tagName.toUpperCase() === 'IFRAME';
}

/**
 * The document inside a same-origin frame that shows something, or null: cross-origin and sandboxed
 * frames (the browser gives no document), and frames with no area (preloaders, tracking pixels).
 */
export function frameDocument(el: Element): Document | null {
  if (!isFrame(el)) return null;
  try {
    const doc = (el as HTMLIFrameElement).contentDocument;
    if (!doc || el.clientWidth === 0 || el.clientHeight === 0) return null;
    return doc;
  } catch {
    // Some browsers throw instead of returning null for a frame of another origin.
    return null;
  }
}

/** Where a frame's viewport starts in its parent's viewport: inside its border and padding. */
function frameOrigin(frame: Element): Point {
  const rect = frame.getBoundingClientRect();
  const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
  const pad = (v: string | undefined) => parseFloat(v ?? '') || 0;
  return { x: rect.left + frame.clientLeft + pad(style?.paddingLeft), y: rect.top + frame.clientTop + pad(style?.paddingTop) };
}

function frameElementOf(doc: Document): Element | null {
  try {
    return doc.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}

/**
 * How to move from `doc`'s viewport coordinates to `top`'s, through frames nested in frames, with the
 * part of `top`'s viewport where `doc` shows; null when `doc` is not (or no longer) inside `top`.
 */
export function frameShift(doc: Document, top: Document): FrameShift | null {
  const shift: FrameShift = { x: 0, y: 0, clip: { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity } };
  for (let d = doc; d !== top;) {
    const frame = frameElementOf(d);
    const win = d.defaultView;
    if (!frame || !win) return null;
    const o = frameOrigin(frame);
    const c = shift.clip;
    // Clip to this frame's viewport, in its parent's coordinates, then move everything into the parent.
    shift.clip = {
      left: Math.max(c.left, 0) + o.x,
      top: Math.max(c.top, 0) + o.y,
      right: Math.min(c.right, win.innerWidth) + o.x,
      bottom: Math.min(c.bottom, win.innerHeight) + o.y,
    };
    shift.x += o.x;
    shift.y += o.y;
    d = frame.ownerDocument;
  }
  return shift;
}

/** A pointer event's position in `top`'s viewport, wherever (in which frame) it happened. */
export function topPoint(e: MouseEvent, top: Document): Point {
  const doc = (e.view as Window | null)?.document;
  if (!doc || doc === top) return { x: e.clientX, y: e.clientY };
  const shift = frameShift(doc, top);
  return shift ? { x: e.clientX + shift.x, y: e.clientY + shift.y } : { x: -1, y: -1 };
}

/** The same-origin frame document under a viewport point of `doc`, and the point in its own viewport. */
export function frameAtPoint(doc: Document, x: number, y: number): { doc: Document; x: number; y: number } | null {
  const el = doc.elementFromPoint(x, y);
  const inner = el && isFrame(el) ? frameDocument(el) : null;
  if (!el || !inner) return null;
  const o = frameOrigin(el);
  return { doc: inner, x: x - o.x, y: y - o.y };
}

/** The documents from a frame's up to (not including) `top`: each one's events must be listened to. */
export function frameChain(doc: Document, top: Document): Document[] {
  const chain: Document[] = [];
  for (let d: Document | undefined = doc; d && d !== top; d = frameElementOf(d)?.ownerDocument) chain.push(d);
  return chain;
}

/**
 * The user's selection as a range, in `doc` or in the same-origin frame that has focus (selecting text
 * in a frame focuses it), through frames inside frames; null when nothing is selected there.
 */
export function selectedRange(doc: Document): Range | null {
  for (let d: Document | null = doc, depth = 0; d && depth < 8; depth++) {
    const sel = d.getSelection();
    if (sel && sel.rangeCount > 0 && !sel.isCollapsed) return sel.getRangeAt(0).cloneRange();
    const focused: Element | null = d.activeElement;
    d = focused && isFrame(focused) ? frameDocument(focused) : null;
  }
  return null;
}
