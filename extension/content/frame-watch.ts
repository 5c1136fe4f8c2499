import type { FrameRead } from '../../dom/extract';
import { OPTIONS } from './mutations';

/**
 * Follows the same-origin frames whose text was read: changes inside a frame's document, and a frame
 * that loads a new document (an `src` arriving after the page was read, a navigation inside it).
 * The page's own MutationObserver sees frames added and removed; this one sees what happens in them.
 * A page without frames never creates one.
 */
export class FrameWatch {
  private readonly observers = new Map<Document, MutationObserver>();
  /** Each frame's `load` listener, and the document it showed when last read. */
  private readonly frames = new Map<Element, { loads: AbortController; doc: Document }>();

  constructor(
    private readonly win: Window & typeof globalThis,
    private readonly onMutations: (records: MutationRecord[]) => void,
    private readonly onLoad: () => void,
  ) {}

  /**
   * Watch exactly the frames just read; frames no longer read (removed, hidden) are let go.
   * True when a frame shows another document than at the last read: its marks must be made again even
   * if its text (and so every claim) is the same, since the old ranges died with the old document.
   */
  sync(read: readonly FrameRead[]): boolean {
    const docs = new Set(read.map((f) => f.doc));
    const elements = new Set(read.map((f) => f.frame));
    for (const [doc, observer] of this.observers) {
      if (docs.has(doc)) continue;
      observer.disconnect();
      this.observers.delete(doc);
    }
    for (const [el, seen] of this.frames) {
      if (elements.has(el)) continue;
      seen.loads.abort();
      this.frames.delete(el);
    }
    let replaced = false;
    for (const { frame, doc } of read) {
      if (!this.observers.has(doc)) {
        const observer = new this.win.MutationObserver((records) => this.onMutations(records));
        // The document itself, not its root element: a frame the page rewrites with document.open() gets a new root.
        observer.observe(doc, OPTIONS);
        this.observers.set(doc, observer);
      }
      const seen = this.frames.get(frame);
      if (seen) {
        replaced ||= seen.doc !== doc;
        seen.doc = doc;
        continue;
      }
      // `load` does not bubble, and a frame's new document replaces the one observed above.
      const loads = new AbortController();
      frame.addEventListener('load', () => this.onLoad(), { signal: loads.signal });
      this.frames.set(frame, { loads, doc });
    }
    return replaced;
  }

  /** Changes made but not yet delivered to the callback. */
  takeRecords(): MutationRecord[] {
    return [...this.observers.values()].flatMap((o) => o.takeRecords());
  }

  stop(): void {
    for (const o of this.observers.values()) o.disconnect();
    for (const seen of this.frames.values()) seen.loads.abort();
    this.observers.clear();
    this.frames.clear();
  }
}
