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
 * Every reading pays for itself first by the cheapest one (./cheap-gate.ts): most pages never name the
 * story, and are then never walked, styled or laid out for it. A page that may be on topic is read in
 * slices of a few milliseconds (dom/extract.ts), and its first marks are painted before it is all checked.
 */
import { extractTextSliced, hiddenByLayout, type ExtractedText } from '../../dom/extract';
import { frameDocument, isFrame } from '../../dom/frames';
import { viewportOffset } from '../../dom/viewport';
import type { Claim } from '../../lib/types';
import { CheapGate } from './cheap-gate';
import { FrameWatch, OPTIONS } from './frame-watch';
import { yieldToPage, type IncrementalChecker } from '../plan/incremental';
import { PREVIEW_CHARS, previewClaims } from './preview';

const QUIET_MS = 150;
const MAX_WAIT_MS = 600;
/** The page is read in slices of about this long, with a turn for the page between them. */
const READ_SLICE_MS = 8;
/** More than this many re-checks within LOOP_WINDOW_MS and the watcher backs off. */
const LOOP_LIMIT = 12;
const LOOP_WINDOW_MS = 10_000;
const MAX_BACKOFF_MS = 30_000;

export interface WatcherOptions {
  incremental: IncrementalChecker;
  /**
   * Re-mark the page from the checker's claims and report them; called when claims or URL changed,
   * with the page text the claims were found in (if the page changed since, another check is already
   * on its way: marks are right again within a second, and nothing is checked on the page's thread).
   */
  apply: (read: ExtractedText, claims: Claim[]) => void;
  /** Whether an element is the extension's own (its UI host). */
  isOwn: (el: Element) => boolean;
}

const EDITABLE = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

function claimsKey(claims: readonly Claim[]): string {
  return claims.map((c) => `${c.start}:${c.end}:${c.verdict}:${c.reason}`).join('|');
}

export class PageWatcher {
  private observer: MutationObserver | undefined;
  /** Same-origin frames read with the page: their own changes and loads. */
  private frames: FrameWatch | undefined;
  /** A frame's document was replaced since the page was last marked: mark it again even if no claim changed. */
  private remark = false;
  private listeners: AbortController | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstPending = 0;
  private running: Promise<void> | undefined;
  private again = false;
  private generation = 0;
  private url = '';
  private key: string | undefined;
  private recent: number[] = [];
  private backoff = 0;
  /** Rules the page out from its text alone while it names no word of some topic group. */
  private readonly gate: CheapGate;

  constructor(
    private readonly doc: Document,
    private readonly opts: WatcherOptions,
  ) {
    this.gate = new CheapGate(doc, opts.incremental.prefilter, opts.isOwn);
  }

  /** Check the page now, then keep watching it. */
  start(): void {
    this.stop();
    const win = this.doc.defaultView;
    if (!win) return;
    this.url = win.location.href;
    this.key = undefined;
    this.gate.reset();
    this.opts.incremental.reset();
    this.observer = new win.MutationObserver((records) => this.onMutations(records));
    this.observer.observe(this.doc.documentElement, OPTIONS);
    this.listeners = new AbortController();
    const { signal } = this.listeners;
    const soon = () => {
      // A frame's new document or a new route: read the whole page again.
      this.gate.readWholeNext();
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
    const relevant = records.filter((r) => this.relevant(r));
    if (relevant.length === 0) return;
    this.gate.note(relevant);
    this.schedule(QUIET_MS);
  }

  /** Whether a change can alter the page text the checker reads. */
  private relevant(r: MutationRecord): boolean {
    const target = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
    if (!target) return r.type === 'childList';
    if (this.ownOrEditable(target)) return false;
    if (r.attributeName === 'width' || r.attributeName === 'height') return isFrame(target);
    if (r.type === 'childList') {
      const nodes = [...r.addedNodes, ...r.removedNodes];
      return nodes.some((n) => n.nodeType !== 1 || !this.opts.isOwn(n as Element));
    }
    return true;
  }

  private ownOrEditable(el: Element): boolean {
    for (let e: Element | null = el; e; e = e.parentElement) if (this.opts.isOwn(e)) return true;
    return el.closest(EDITABLE) !== null;
  }

  private schedule(delay: number): void {
    const now = Date.now();
    if (!this.firstPending) this.firstPending = now;
    const latest = this.firstPending + MAX_WAIT_MS + this.backoff;
    const at = Math.min(now + delay + this.backoff, latest);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.firstPending = 0;
      void this.refresh();
    }, Math.max(0, at - now));
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
      const moved = win.location.href !== this.url;
      if (moved) {
        // A new route is a new page: check it whole, and report it under its own URL.
        this.url = win.location.href;
        this.opts.incremental.reset();
        this.gate.reset();
      }
      const cancelled = () => gen !== this.generation;
      const ruledOut = await this.ruledOut(moved, cancelled);
      if (ruledOut === false && !cancelled()) await this.readAndCheck(body, moved, cancelled);
    } catch (error) {
      // Nothing the page does may surface as an error on the page.
      console.debug('[drum-factcheck] check skipped:', error);
    }
  }

  /** Whether the cheap gate rules the page out (its marks, if any, then go); undefined if cancelled. */
  private async ruledOut(moved: boolean, cancelled: () => boolean): Promise<boolean | undefined> {
    const offTopic = await this.gate.offTopic({ budgetMs: READ_SLICE_MS, pause: yieldToPage, cancelled });
    if (offTopic === undefined || cancelled()) return undefined;
    if (!offTopic) return false;
    if (offTopic.frames && this.frames?.sync(offTopic.frames)) this.remark = true;
    this.opts.incremental.reset();
    if (this.key !== '' || moved || this.remark) {
      this.key = '';
      this.remark = false;
      this.opts.apply({ text: '', segments: [] }, []);
    }
    return true;
  }

  /** Read the page in slices and check it; the first marks are painted as soon as some are final. */
  private async readAndCheck(body: HTMLElement, moved: boolean, cancelled: () => boolean): Promise<void> {
    const first = this.key === undefined;
    // The page may be on topic: the engine gets ready in the background while the page is read.
    if (first) this.opts.incremental.warm();
    // On a first look at a long page, its beginning is checked and marked while the rest is still read.
    let preview: Promise<void> | undefined;
    const prefix = first ? { chars: PREVIEW_CHARS, take: (p: ExtractedText) => (preview = this.preview(p, cancelled)) } : undefined;
    const slice = { budgetMs: READ_SLICE_MS, pause: yieldToPage, cancelled };
    const read = await extractTextSliced(body, { isHidden: hiddenByLayout, exclude: this.opts.isOwn, frames: frameDocument }, slice, prefix);
    await preview;
    if (!read || cancelled()) return;
    if (this.frames?.sync(read.frames ?? [])) this.remark = true;
    // Reading a large page can take a good share of a frame: give the page a turn before checking.
    await yieldToPage();
    if (cancelled()) return;
    // The marks where the reader is looking are painted as soon as they are final; the rest when all are.
    const onProgress = (claimsSoFar: () => Claim[]) => {
      if (this.key !== undefined) return;
      const now = claimsSoFar();
      if (now.length === 0) return;
      this.key = claimsKey(now);
      this.opts.apply(read, now);
    };
    const claims = await this.opts.incremental.check(read.text, { cancelled, firstOffset: viewportOffset(this.doc, read.segments), onProgress });
    if (!claims || cancelled()) return;
    const key = claimsKey(claims);
    if (!moved && !this.remark && key === this.key) return;
    this.key = key;
    this.remark = false;
    // Changes not yet delivered to the observer schedule the next check before marking.
    const pending = [...(this.observer?.takeRecords() ?? []), ...(this.frames?.takeRecords() ?? [])];
    if (pending.length) this.onMutations(pending);
    this.opts.apply(read, claims);
  }

  /** Mark the beginning of a long page, read so far, unless marks came first. */
  private async preview(read: ExtractedText, cancelled: () => boolean): Promise<void> {
    const claims = await previewClaims(this.opts.incremental, read, cancelled);
    if (claims.length === 0 || cancelled() || this.key !== undefined) return;
    this.key = claimsKey(claims);
    this.opts.apply(read, claims);
  }

  /** A page that changes all the time (or answers every change of ours) is checked less and less often. */
  private throttle(): void {
    const now = Date.now();
    this.recent = this.recent.filter((t) => now - t < LOOP_WINDOW_MS);
    this.recent.push(now);
    this.backoff = this.recent.length > LOOP_LIMIT ? Math.min(MAX_BACKOFF_MS, Math.max(1000, this.backoff * 2)) : 0;
  }
}
