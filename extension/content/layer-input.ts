import { topPoint, type Point } from '../../dom/frames';
import { FrameEvents } from './frame-events';

/** What the card layer does with the reader's pointer, keys and scrolling. */
export interface LayerInput {
  /** The pointer is at `p`, in the page's viewport coordinates (-1, -1: it left the page); once a frame at most. */
  hover(p: Point): void;
  /** A press began: hit-tested before the page's handlers run (a click that re-renders the page can move a mark). */
  press(e: MouseEvent): void;
  click(e: MouseEvent): void;
  escape(): void;
  /** Tab or Shift+Tab on the page or in the layer, not yet handled by the page. */
  tab(e: KeyboardEvent): void;
  /** A scroll or resize moved the marks; once a frame at most. */
  redraw(): void;
}

/**
 * The card layer's listeners on the page, and on each same-origin frame with marks (the returned
 * FrameEvents adds them as frames come and go), until `signal` aborts.
 */
export function listenForInput(doc: Document, signal: AbortSignal, input: LayerInput): FrameEvents {
  const win = doc.defaultView!;
  // One frame slot per kind of work, and the pointer's latest position: a mouse move that lands while a
  // scroll redraw is pending must not be dropped, or a card can stay open after the mouse has left.
  const perFrame = (fn: () => void) => {
    let frame = 0;
    return () => {
      if (!frame) frame = win.requestAnimationFrame(() => ((frame = 0), fn()));
    };
  };
  let pointer: Point = { x: -1, y: -1 };
  const hoverSoon = perFrame(() => input.hover(pointer));
  const drawSoon = perFrame(() => input.redraw());
  const listen = (d: Document, signal: AbortSignal) => {
    // Moves over the card reach the document too (mouse events leave the shadow root), so one listener sees all.
    d.addEventListener('mousemove', (e) => ((pointer = topPoint(e, doc)), hoverSoon()), { signal, passive: true });
    d.addEventListener('pointerdown', (e) => input.press(e), { signal, passive: true, capture: true });
    d.addEventListener('click', (e) => input.click(e), { signal, passive: true });
    d.addEventListener('keydown', (e) => e.key === 'Escape' && input.escape(), { signal });
    // Capture: scrolls of inner containers do not bubble, and they move marks too.
    d.defaultView?.addEventListener('scroll', drawSoon, { signal, passive: true, capture: true });
    d.defaultView?.addEventListener('resize', drawSoon, { signal, passive: true });
  };
  listen(doc, signal);
  // Bubbling, so that a page's own focus handling (a dialog's focus trap) goes first and is left alone.
  doc.addEventListener('keydown', (e) => e.key === 'Tab' && !e.altKey && !e.ctrlKey && !e.metaKey && !e.defaultPrevented && input.tab(e), { signal });
  doc.addEventListener('mouseleave', () => ((pointer = { x: -1, y: -1 }), hoverSoon()), { signal, passive: true });
  return new FrameEvents(doc, signal, listen);
}
