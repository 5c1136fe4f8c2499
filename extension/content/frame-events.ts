import { frameChain } from '../../dom/frames';
import type { Mark } from '../../dom/marks';

/**
 * Pointer, key and scroll events inside a same-origin frame never reach the top document, so the card
 * layer's listeners are added to every frame document that holds marks (and to the frames around it,
 * whose scrolling moves them too). Pages without marks in frames get no listener and no work.
 */
export class FrameEvents {
  private readonly docs = new Map<Document, AbortController>();

  constructor(
    private readonly top: Document,
    /** The layer's own signal: when the layer unmounts, every frame listener goes with it. */
    layer: AbortSignal,
    /** Adds the layer's listeners to a frame's document and window, until `signal` aborts. */
    private readonly listen: (doc: Document, signal: AbortSignal) => void,
  ) {
    layer.addEventListener('abort', () => this.stop(), { once: true });
  }

  /** Whether any marks are in frames (hit-testing then looks into frames under the pointer). */
  get active(): boolean {
    return this.docs.size > 0;
  }

  /** Listen to the frames that hold `marks` now; frames that no longer do (or are gone) are let go. */
  sync(marks: readonly Mark[]): void {
    const want = new Set<Document>();
    for (const m of marks) {
      const doc = m.range.startContainer.ownerDocument;
      if (doc && doc !== this.top && !want.has(doc)) for (const d of frameChain(doc, this.top)) want.add(d);
    }
    for (const [doc, ctl] of this.docs) {
      if (want.has(doc) && doc.defaultView) continue;
      ctl.abort();
      this.docs.delete(doc);
    }
    for (const doc of want) {
      if (this.docs.has(doc) || !doc.defaultView) continue;
      const ctl = new AbortController();
      try {
        this.listen(doc, ctl.signal);
        this.docs.set(doc, ctl);
      } catch {
        // A frame navigating away as we reach it: the next re-check finds its new document.
        ctl.abort();
      }
    }
  }

  stop(): void {
    for (const ctl of this.docs.values()) ctl.abort();
    this.docs.clear();
  }
}
