/**
 * Keeps a page's marks current as the page changes: text added later (infinite scroll, "read more"),
 * text removed, and single-page apps that change route through the History API.
 *
 * A MutationObserver collects changes; after a short quiet spell (and never more than MAX_WAIT_MS
 * after the first change) the page text is read again and handed to the incremental checker, which
 * re-checks only the changed lines and their neighbours, in slices that yield to the page. The page
 * is re-marked only when the claims changed, so the extension's own reaction (its marks, its one
 * host element) gives the page nothing new to react to. Changes inside editable fields and inside the
 * extension's own layer are ignored; a page that keeps changing is checked less and less often.
 *
 * The reading is the watcher's `Reader`: on every page first the front's (./front.ts: the cheap reading
 * alone, until the page may be on topic), then the page checker's (./page-read.ts: it rules most pages
 * out by their cheapest reading first, and paints the first marks before the page is all checked).
 */
import type { FrameRead } from '../../dom/extract';
import { FrameWatch } from './frame-watch';
import { OPTIONS, relevantChange } from './mutations';

const QUIET_MS = 150;
const MAX_WAIT_MS = 600;
/** More than this many re-checks within LOOP_WINDOW_MS and the watcher backs off. */
const LOOP_LIMIT = 12;
const LOOP_WINDOW_MS = 10_000;
const MAX_BACKOFF_MS = 30_000;

/** What a reading needs of the watcher around it. */
export interface Watched {
  /** Watch the frames just read; true when one shows another document than at the last read. */
  syncFrames(read: readonly FrameRead[]): boolean;
  /** Changes made but not yet delivered: handed to the watcher, so that they schedule the next check. */
  flush(): void;
}

/** One reading of the page, and what it keeps between readings. */
export interface Reader {
  /** A new start at `url`: the next reading is whole. */
  reset(url: string): void;
  /** Something the changes do not show (a frame's new document, a new route): the next reading is whole. */
  readWholeNext(): void;
  /** Changes the watcher found relevant. */
  note(records: readonly MutationRecord[]): void;
  check(win: Window, body: HTMLElement, cancelled: () => boolean): Promise<void>;
}

export class PageWatcher {
  private observer: MutationObserver | undefined;
  /** Same-origin frames read with the page: their own changes and loads. */
  private frames: FrameWatch | undefined;
  private listeners: AbortController | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstPending = 0;
  private running: Promise<void> | undefined;
  private again = false;
  private generation = 0;
  private recent: number[] = [];
  private backoff = 0;
  private readonly reader: Reader;

  constructor(
    private readonly doc: Document,
    /** Whether an element is the extension's own (its UI host): changes in it are not the page's. */
    private readonly isOwn: (el: Element) => boolean,
    reader: (watched: Watched) => Reader,
  ) {
    this.reader = reader({
      syncFrames: (read) => this.frames?.sync(read) ?? false,
      flush: () => {
        const pending = [...(this.observer?.takeRecords() ?? []), ...(this.frames?.takeRecords() ?? [])];
        if (pending.length) this.onMutations(pending);
      },
    });
  }

  /** Check the page now, then keep watching it. */
  start(): void {
    this.stop();
    const win = this.doc.defaultView;
    if (!win) return;
    this.reader.reset(win.location.href);
    this.observer = new win.MutationObserver((records) => this.onMutations(records));
    this.observer.observe(this.doc.documentElement, OPTIONS);
    this.listeners = new AbortController();
    const { signal } = this.listeners;
    const soon = () => {
      // A frame's new document or a new route: read the whole page again.
      this.reader.readWholeNext();
      this.schedule(0);
    };
    this.frames = new FrameWatch(win, (records) => this.onMutations(records), soon);
    win.addEventListener('popstate', soon, { signal });
    win.addEventListener('hashchange', soon, { signal });
    (win as unknown as { navigation?: EventTarget }).navigation?.addEventListener?.('navigatesuccess', soon, { signal });
    this.schedule(0);
  }

  /** Stop watching; a check under way is abandoned. */
  stop(): void {
    this.generation++;
    this.observer?.disconnect();
    this.observer = undefined;
    this.frames?.stop();
    this.frames = undefined;
    this.listeners?.abort();
    this.listeners = undefined;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.firstPending = 0;
  }

  /** Resolves when no check is pending or under way (what the popup waits for before it asks). */
  async settled(timeoutMs = 5000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while ((this.timer !== undefined || this.running) && Date.now() < until) {
      await (this.running ?? new Promise((r) => setTimeout(r, 20)));
    }
  }

  private onMutations(records: MutationRecord[]): void {
    const relevant = records.filter((r) => relevantChange(r, this.isOwn));
    if (relevant.length === 0) return;
    this.reader.note(relevant);
    this.schedule(QUIET_MS);
  }

  private schedule(delay: number): void {
    const now = Date.now();
    if (!this.firstPending) this.firstPending = now;
    const latest = this.firstPending + MAX_WAIT_MS + this.backoff;
    const at = Math.min(now + delay + this.backoff, latest);
    clearTimeout(this.timer);
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.firstPending = 0;
        void this.refresh();
      },
      Math.max(0, at - now),
    );
  }

  private async refresh(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.work().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        this.schedule(QUIET_MS);
      }
    });
    await this.running;
  }

  private async work(): Promise<void> {
    const gen = this.generation;
    const win = this.doc.defaultView;
    const body = this.doc.body;
    if (!win || !body) return;
    this.throttle();
    try {
      await this.reader.check(win, body, () => gen !== this.generation);
    } catch (error) {
      // Nothing the page does may surface as an error on the page.
      console.debug('[drum-factcheck] check skipped:', error);
    }
  }

  /** A page that changes all the time (or answers every change of ours) is checked less and less often. */
  private throttle(): void {
    const now = Date.now();
    this.recent = this.recent.filter((t) => now - t < LOOP_WINDOW_MS);
    this.recent.push(now);
    this.backoff = this.recent.length > LOOP_LIMIT ? Math.min(MAX_BACKOFF_MS, Math.max(1000, this.backoff * 2)) : 0;
  }
}
