/**
 * One reading and check of the page for the watcher (./observer.ts), and what is kept between them: the
 * address last checked, the claims last marked, and the cheap gate (./cheap-gate.ts) that rules most
 * pages out before they are walked, styled or laid out. A page that may be on topic is read in slices of
 * a few milliseconds (dom/extract.ts), and its first marks are painted before it is all checked.
 */
import { hiddenByLayout } from '../../dom/elements';
import { extractTextSliced, type ExtractedText } from '../../dom/extract';
import { frameDocument } from '../../dom/frames';
import { viewportOffset } from '../../dom/viewport';
import type { Claim } from '../../lib/types';
import type { IncrementalChecker } from '../plan/incremental';
import { yieldToPage } from '../plan/yield';
import { CheapGate } from './cheap-gate';
import type { Reader, Watched } from './observer';
import { PREVIEW_CHARS, previewClaims } from './preview';

/** The page is read in slices of about this long, with a turn for the page between them. */
const READ_SLICE_MS = 8;

export interface PageReadOptions {
  incremental: IncrementalChecker;
  /**
   * Re-mark the page from the checker's claims and report them; called when claims or URL changed,
   * with the page text the claims were found in (if the page changed since, another check is already
   * on its way: marks are right again within a second, and nothing is checked on the page's thread).
   */
  apply: (read: ExtractedText, claims: Claim[]) => void;
  /** Whether an element is the extension's own (its UI host). */
  isOwn: (el: Element) => boolean;
  /** The front found the page may be on topic by the same cheap reading the gate would do first. */
  gatePassed?: boolean;
}

function claimsKey(claims: readonly Claim[]): string {
  return claims.map((c) => `${c.start}:${c.end}:${c.verdict}:${c.reason}`).join('|');
}

export class PageRead implements Reader {
  /** A frame's document was replaced since the page was last marked: mark it again even if no claim changed. */
  private remark = false;
  private url = '';
  private key: string | undefined;
  /** Rules the page out from its text alone while it names no word of some topic group. */
  private readonly gate: CheapGate;

  constructor(
    private readonly doc: Document,
    private readonly opts: PageReadOptions,
    private readonly watched: Watched,
  ) {
    this.gate = new CheapGate(doc, opts.incremental.prefilter, opts.isOwn);
    if (opts.gatePassed) this.gate.passOnce();
  }

  /** A new start at `url`: the next check reads and checks the page whole. */
  reset(url: string): void {
    this.url = url;
    this.key = undefined;
    this.gate.reset();
    this.opts.incremental.reset();
  }

  /** Something the changes do not show (a frame's new document, a new route): the next reading is whole. */
  readWholeNext(): void {
    this.gate.readWholeNext();
  }

  /** Changes the watcher found relevant. */
  note(records: readonly MutationRecord[]): void {
    this.gate.note(records);
  }

  /** Read the page at `win`'s address and check it, unless the cheap gate rules it out. */
  async check(win: Window, body: HTMLElement, cancelled: () => boolean): Promise<void> {
    const moved = win.location.href !== this.url;
    if (moved) {
      // A new route is a new page: check it whole, and report it under its own URL.
      this.url = win.location.href;
      this.opts.incremental.reset();
      this.gate.reset();
    }
    const ruledOut = await this.ruledOut(moved, cancelled);
    if (ruledOut === false && !cancelled()) await this.readAndCheck(body, moved, cancelled);
  }

  /** Whether the cheap gate rules the page out (its marks, if any, then go); undefined if cancelled. */
  private async ruledOut(moved: boolean, cancelled: () => boolean): Promise<boolean | undefined> {
    const offTopic = await this.gate.offTopic({ budgetMs: READ_SLICE_MS, pause: yieldToPage, cancelled });
    if (offTopic === undefined || cancelled()) return undefined;
    if (!offTopic) return false;
    if (offTopic.frames && this.watched.syncFrames(offTopic.frames)) this.remark = true;
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
    if (this.watched.syncFrames(read.frames ?? [])) this.remark = true;
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
    this.watched.flush();
    this.opts.apply(read, claims);
  }

  /** Mark the beginning of a long page, read so far, unless marks came first. */
  private async preview(read: ExtractedText, cancelled: () => boolean): Promise<void> {
    const claims = await previewClaims(this.opts.incremental, read, cancelled);
    if (claims.length === 0 || cancelled() || this.key !== undefined) return;
    this.key = claimsKey(claims);
    this.opts.apply(read, claims);
  }
}
