import type { Mark } from '../../dom/marks';
import type { Claim } from '../../lib/types';
import { addReport } from '../shared/reports';
import type { LayerHandle } from './card-handle';
import { tabKey } from './card-keys';
import { CardPointer } from './card-pointer';
import { drawLayer, type LayerSource } from './card-view';
import type { FrameEvents } from './frame-events';
import { listenForInput } from './layer-input';
import { UiHost } from './ui-host';

/**
 * The card, focus targets and live region over the page, and the pointer and keyboard listeners that
 * drive them. Mounted only while the page has claims or a selection card.
 */
export class CardLayer {
  private ui: UiHost | undefined;
  private active: number | null = null;
  /** Opened by click or keyboard: stays until Escape or a click elsewhere, not just a mouse move. */
  private pinned = false;
  /** Set while focus is moved back to a target on close, so that focus does not reopen the card. */
  private quietFocus = false;
  private selection: { claims: Claim[]; range: Range | null } | null = null;
  private announcement = '';
  private listeners: AbortController | undefined;
  private frames: FrameEvents | undefined;
  /** What the input handlers see of the layer. */
  private readonly handle: LayerHandle;
  private readonly pointer: CardPointer;

  constructor(
    private readonly doc: Document,
    private readonly source: LayerSource,
  ) {
    this.handle = {
      doc,
      ui: () => this.ui,
      active: () => this.active,
      pinned: () => this.pinned,
      visible: () => this.source.visible(),
      all: () => this.source.all(),
      inFrames: () => this.frames?.active ?? false,
      open: (index, pinned) => this.open(index, pinned),
      close: () => this.close(),
      focusTarget: (index) => this.focusTarget(index),
    };
    this.pointer = new CardPointer(this.handle);
  }

  get activeIndex(): number | null {
    return this.active;
  }

  /**
   * Mount or unmount to match the source, keeping an open card only if its claim is still there. With
   * `later`, the drawing (which measures marks) waits for the page's next idle moment: just after new
   * marks are painted the page must restyle, and measuring then would force that into this task.
   */
  sync(later = false): void {
    if (this.active !== null && !this.source.all().some((m) => m.index === this.active)) this.active = null;
    if (this.source.all().length > 0 || this.selection) this.mount();
    else this.unmount();
    if (!later) return this.draw();
    const win = this.doc.defaultView as (Window & { requestIdleCallback?: (f: () => void, o: object) => number }) | null;
    if (this.drawSoon !== undefined) return;
    const draw = () => {
      this.drawSoon = undefined;
      this.draw();
    };
    this.drawSoon = win?.requestIdleCallback ? win.requestIdleCallback(draw, { timeout: 1000 }) : (setTimeout(draw, 50) as unknown as number);
  }
  private drawSoon: number | undefined;

  open(index: number, pinned: boolean): void {
    this.active = index;
    this.pinned = pinned;
    this.selection = null;
    this.sync();
  }

  /** The open claim moved to `index` after a re-check (-1: it is gone); the card follows without redrawing yet. */
  retarget(index: number): void {
    if (index < 0) this.active = null;
    else this.active = index;
  }

  close(): void {
    // Focus inside the closing card would fall to <body>; it goes back to the claim's target instead.
    const refocus = this.active !== null && !!this.ui?.focused()?.closest('.fc-card-wrap') ? this.active : null;
    this.active = null;
    this.pinned = false;
    this.selection = null;
    this.sync();
    if (refocus !== null) {
      this.quietFocus = true;
      this.focusTarget(refocus);
      this.quietFocus = false;
    }
  }

  /** Remove everything: no card, no listeners, no host element. */
  reset(): void {
    this.pointer.cancel();
    this.active = null;
    this.pinned = false;
    this.selection = null;
    this.unmount();
  }

  showSelection(claims: Claim[], range: Range | null): void {
    this.active = null;
    this.selection = { claims, range };
    this.pinned = true;
    this.mount();
    this.draw();
  }

  announce(text: string): void {
    this.mount();
    // Clearing first makes a repeated message (same claim twice) announce again.
    this.announcement = '';
    this.draw();
    this.announcement = text;
    setTimeout(() => this.draw(), 50);
  }

  focusTarget(index: number): void {
    this.ui?.root.querySelector<HTMLElement>(`.fc-target[data-index="${index}"]`)?.focus({ preventScroll: true });
  }

  /** Enter on a mark's target: into its card, whose buttons and links are otherwise not Tab stops of their own. */
  private enterCard(index: number): void {
    if (this.active !== index) this.open(index, true);
    this.ui?.root.querySelector<HTMLElement>('.fc-card-wrap button, .fc-card-wrap a[href]')?.focus();
  }

  private mount(): void {
    // Already mounted: only the set of frames holding marks may have changed.
    if (this.ui) return void this.frames?.sync(this.source.all());
    this.ui = new UiHost(this.doc);
    this.listeners = new AbortController();
    let pressed: Mark | undefined;
    this.frames = listenForInput(this.doc, this.listeners.signal, {
      hover: (p) => this.pointer.moved(p),
      press: (e) => (pressed = this.pointer.markAt(e)),
      click: (e) => this.pointer.click(e, pressed),
      escape: () => this.close(),
      tab: (e) => tabKey(e, this.handle),
      redraw: () => this.draw(),
    });
    this.frames.sync(this.source.all());
  }

  private unmount(): void {
    this.listeners?.abort();
    this.listeners = undefined;
    this.ui?.remove();
    this.ui = undefined;
  }

  private draw(): void {
    if (!this.ui) return;
    drawLayer(
      this.ui,
      this.doc,
      this.source,
      { active: this.active, selection: this.selection, announcement: this.announcement },
      {
        onOpen: (i) => !this.quietFocus && this.open(i, true),
        onEnter: (i) => this.enterCard(i),
        onClose: () => this.close(),
        onReport: (claim, comment) => addReport(claim, this.doc.location?.href ?? '', comment).then(() => undefined),
      },
    );
  }
}
