import { Overlay } from '../../components/Overlay';
import { uiLanguage, type Theme } from '../../ui-base/vocabulary';
import { markAtPoint, type Mark } from '../../dom/marks';
import type { Claim } from '../../lib/types';
import type { FrameEvents } from './frame-events';
import { listenForInput } from './layer-input';
import { addReport } from '../shared/reports';
import { UiHost } from './ui-host';
import { viewsNearViewport } from './near-viewport';
import { nextStop, type From } from './tab-order';
import { viewportRect } from './views';
import { markView, selectionView } from './views';

const CLOSE_DELAY = 250;

/** What the layer shows: the page checker's marks, as they are now. */
export interface LayerSource {
  /** Marks painted on the page (the user's verdict choice and the toggle applied). */
  visible(): Mark[];
  /** Every claim's mark, painted or not: a claim revealed from the popup gets its card either way. */
  all(): Mark[];
  theme(): Theme;
  /** Whether the layer draws the marks' underlines (forced colours). */
  drawLines(): boolean;
}

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
  /** The pointer's latest position, in viewport coordinates. */
  private pointer = { x: -1, y: -1 };
  private selection: { claims: Claim[]; range: Range | null } | null = null;
  private announcement = '';
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private listeners: AbortController | undefined;
  private frames: FrameEvents | undefined;

  constructor(
    private readonly doc: Document,
    private readonly source: LayerSource,
  ) {}

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
    clearTimeout(this.closeTimer);
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

  /** Tab onto a mark: scrolled into view if it is out of it, its card open, its target focused. */
  private focusMark(mark: Mark): void {
    const win = this.doc.defaultView!;
    const r = viewportRect(mark.range, win);
    if (!r || r.bottom < 0 || r.top > win.innerHeight) mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    this.open(mark.index, true);
    this.focusTarget(mark.index);
  }

  /** Enter on a mark's target: into its card, whose buttons and links are otherwise not Tab stops of their own. */
  private enterCard(index: number): void {
    if (this.active !== index) this.open(index, true);
    this.ui?.root.querySelector<HTMLElement>('.fc-card-wrap button, .fc-card-wrap a[href]')?.focus();
  }

  /** One Tab stop per mark, in document order among the page's own (see tab-order.ts). */
  private tab(e: KeyboardEvent): void {
    const marks = this.source.visible();
    const dir = e.shiftKey ? -1 : 1;
    const inLayer = !!this.ui && e.composedPath().includes(this.ui.host);
    const focused = inLayer ? this.ui!.focused() : null;
    let from: From;
    if (!inLayer) from = { el: this.doc.activeElement === this.doc.body ? null : this.doc.activeElement };
    else {
      const inCard = focused?.closest('.fc-card-wrap');
      const index = inCard ? this.active : Number(focused?.closest<HTMLElement>('.fc-target')?.dataset.index ?? NaN);
      const mark = marks.find((m) => m.index === index) ?? this.source.all().find((m) => m.index === index);
      if (!mark) return;
      if (inCard) {
        // Inside an entered card, Tab walks its controls; past either end it leaves for the mark or the next stop.
        const controls = [...inCard.querySelectorAll<HTMLElement>('button, a[href], textarea, input')];
        if (focused !== controls[dir === 1 ? controls.length - 1 : 0]) return;
        if (dir === -1) {
          e.preventDefault();
          return this.focusTarget(mark.index);
        }
      }
      from = { mark };
    }
    const stop = nextStop(this.doc, marks, from, dir, (el) => el === this.ui?.host);
    if (stop?.kind === 'mark') {
      e.preventDefault();
      this.focusMark(stop.mark);
    } else if ('mark' in from) {
      // Leaving the marks for the page: the card goes with the focus.
      e.preventDefault();
      this.close();
      if (stop) stop.el.focus();
      else (this.ui?.focused() as HTMLElement | null)?.blur();
    }
  }

  private mount(): void {
    // Already mounted: only the set of frames holding marks may have changed.
    if (this.ui) return void this.frames?.sync(this.source.all());
    this.ui = new UiHost(this.doc);
    this.listeners = new AbortController();
    let pressed: Mark | undefined;
    this.frames = listenForInput(this.doc, this.listeners.signal, {
      hover: (p) => ((this.pointer = p), this.hover()),
      press: (e) => (pressed = this.markAt(e)),
      click: (e) => this.click(e, pressed),
      escape: () => this.close(),
      tab: (e) => this.tab(e),
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

  private markAt(e: MouseEvent): Mark | undefined {
    if (this.ui && e.composedPath().includes(this.ui.host)) return undefined;
    // Links, buttons and fields in a claim keep their own click.
    if ((e.target as Element | null)?.closest?.('a[href], button, input, select, textarea, label, [contenteditable]')) return undefined;
    // An event in a frame has the frame's viewport coordinates: it is looked up in the frame's document.
    const doc = (e.view as Window | null)?.document ?? this.doc;
    return markAtPoint(doc, this.source.visible(), e.clientX, e.clientY, this.frames?.active);
  }

  private click(e: MouseEvent, pressed: Mark | undefined): void {
    if (this.ui && e.composedPath().includes(this.ui.host)) return;
    const mark = this.markAt(e);
    if (mark && mark === pressed) this.open(mark.index, true);
    else if (this.pinned) this.close();
  }

  private hover(): void {
    const { x, y } = this.pointer;
    const mark = markAtPoint(this.doc, this.source.visible(), x, y, this.frames?.active);
    if (mark) {
      clearTimeout(this.closeTimer);
      if (this.active !== mark.index && !this.pinned) this.open(mark.index, false);
    } else if (this.active !== null && !this.pinned && !this.overCard() && !this.ui?.focused()?.closest('.fc-card-wrap')) {
      clearTimeout(this.closeTimer);
      this.closeTimer = setTimeout(() => !this.pinned && !this.overCard() && this.close(), CLOSE_DELAY);
    }
  }

  // Measured, not tracked with mouseenter/leave: the card is re-rendered under a still pointer when the page changes.
  private overCard(): boolean {
    const rect = this.ui?.root.querySelector('.fc-card-wrap')?.getBoundingClientRect();
    const { x, y } = this.pointer;
    return !!rect && x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
  }

  private draw(): void {
    if (!this.ui) return;
    const win = this.doc.defaultView!;
    // Targets for the marks near the viewport only (and the open and focused ones): see viewsNearViewport.
    const focused = Number(this.ui.focused()?.closest<HTMLElement>('.fc-target')?.dataset.index ?? NaN);
    const keep = new Set([this.active, focused].filter((i): i is number => typeof i === 'number' && !Number.isNaN(i)));
    const views = viewsNearViewport(this.source.visible(), win, keep);
    // A claim revealed from the popup whose verdict is not marked inline still gets its card.
    const unmarked = views.some((v) => v.index === this.active) ? undefined : this.source.all().find((m) => m.index === this.active);
    const extra = unmarked ? markView(unmarked, win) : null;
    if (extra) views.push(extra);
    this.ui.render(
      <Overlay
        marks={views}
        active={this.active}
        selection={this.selection ? selectionView(this.selection.claims, this.selection.range, win) : null}
        viewport={{ top: win.scrollY, left: win.scrollX, width: win.innerWidth, height: win.innerHeight }}
        announcement={this.announcement}
        theme={this.source.theme()}
        drawLines={this.source.drawLines()}
        lang={uiLanguage()}
        onOpen={(i) => !this.quietFocus && this.open(i, true)}
        onEnter={(i) => this.enterCard(i)}
        onClose={() => this.close()}
        onReport={(claim, comment) => addReport(claim, this.doc.location?.href ?? '', comment).then(() => undefined)}
      />,
    );
  }
}
