/**
 * The page watcher's cheap no (dom/cheap-read.ts): while a page's text, read without styles or layout,
 * misses every word of some topic group of each page rule (`page`, `alsoPage`), the page is off topic and
 * nothing more of it is read. Its changes
 * are then judged by the text they bring (with a little on either side), in proportion to the change; a
 * frame's new document, a new route, or a change that brings a frame or a shadow root means a whole
 * cheap reading again.
 */
import { changedText } from '../../dom/changed-text';
import { missingCheaply } from '../../dom/cheap-read';
import type { FrameRead } from '../../dom/extract';
import { runSliced, type SliceRules } from '../../dom/slicing';
import type { TopicWords } from '../plan/topic-words';

export class CheapGate {
  /** The groups whose words the page misses, and the text changes brought since it was last asked. */
  private state: { missing: number[]; brought: string[]; whole: boolean } | undefined;
  /** The front (./front.ts) has just read the page cheaply and found it may be on topic: no need to again. */
  private passed = false;

  constructor(
    private readonly doc: Document,
    private readonly prefilter: TopicWords,
    private readonly isOwn: (el: Element) => boolean,
  ) {}

  /** The next question is answered "may be on topic" without reading (the page was just read so). */
  passOnce(): void {
    this.passed = true;
  }

  /** Forget the page: the next question reads it whole. */
  reset(): void {
    this.state = undefined;
  }

  /** Something the changes do not show (a frame's new document): the next question reads the page whole. */
  readWholeNext(): void {
    if (this.state) this.state.whole = true;
  }

  /** Changes the watcher found relevant; kept only while the page is known to be off topic. */
  note(records: readonly MutationRecord[]): void {
    const s = this.state;
    if (!s || s.whole) return;
    const text = changedText(records);
    if (text === undefined) s.whole = true;
    else s.brought.push(text);
  }

  /**
   * Whether the page is off topic by its cheapest reading, with the same-origin frames read when it is (for
   * the watcher to follow); undefined if cancelled meanwhile.
   */
  async offTopic(slice: SliceRules): Promise<{ frames?: FrameRead[] } | false | undefined> {
    const s = this.state;
    if (this.passed) {
      this.passed = false;
    } else if (s && !s.whole) {
      const brought = s.brought.join('\n');
      s.brought = [];
      s.missing = s.missing.filter((i) => !this.prefilter.hasWords(brought, i));
      if (!this.prefilter.passesWithout(s.missing)) return {};
    } else {
      const prefilter = this.prefilter;
      const work = missingCheaply(
        this.doc,
        (text) => prefilter.missingWords(text),
        this.isOwn,
        (missing) => prefilter.passesWithout(missing),
      );
      const read = await runSliced(work, slice);
      if (!read) return undefined;
      if (!prefilter.passesWithout(read.missing)) {
        this.state = { missing: read.missing, brought: [], whole: false };
        return { frames: read.frames };
      }
    }
    this.state = undefined;
    return false;
  }
}
