/**
 * The card layer's mouse: hovering a mark opens its card until the pointer leaves both (after a short
 * delay, so it can cross the gap to the card); a click on a mark pins the card open.
 */
import { markAtPoint, type Mark } from '../../dom/marks';
import type { LayerHandle } from './card-handle';

const CLOSE_DELAY = 250;

export class CardPointer {
  /** The pointer's latest position, in viewport coordinates. */
  private pos = { x: -1, y: -1 };
  private closeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly layer: LayerHandle) {}

  /** A closing card stays: the layer is going, or was reset. */
  cancel(): void {
    clearTimeout(this.closeTimer);
  }

  /** The mark under a mouse event on the page, if any; none for our own layer or the page's controls. */
  markAt(e: MouseEvent): Mark | undefined {
    const ui = this.layer.ui();
    if (ui && e.composedPath().includes(ui.host)) return undefined;
    // Links, buttons and fields in a claim keep their own click.
    if ((e.target as Element | null)?.closest?.('a[href], button, input, select, textarea, label, [contenteditable]')) return undefined;
    // An event in a frame has the frame's viewport coordinates: it is looked up in the frame's document.
    const doc = (e.view as Window | null)?.document ?? this.layer.doc;
    return markAtPoint(doc, this.layer.visible(), e.clientX, e.clientY, this.layer.inFrames());
  }

  /** A click, whose press was on `pressed`: on the same mark it pins that card; elsewhere a pinned card closes. */
  click(e: MouseEvent, pressed: Mark | undefined): void {
    const ui = this.layer.ui();
    if (ui && e.composedPath().includes(ui.host)) return;
    const mark = this.markAt(e);
    if (mark && mark === pressed) this.layer.open(mark.index, true);
    else if (this.layer.pinned()) this.layer.close();
  }

  /** The pointer is at `p` (in the page's viewport coordinates). */
  moved(p: { x: number; y: number }): void {
    this.pos = p;
    const layer = this.layer;
    const mark = markAtPoint(layer.doc, layer.visible(), p.x, p.y, layer.inFrames());
    if (mark) {
      clearTimeout(this.closeTimer);
      if (layer.active() !== mark.index && !layer.pinned()) layer.open(mark.index, false);
    } else if (layer.active() !== null && !layer.pinned() && !this.overCard() && !layer.ui()?.focused()?.closest('.fc-card-wrap')) {
      clearTimeout(this.closeTimer);
      this.closeTimer = setTimeout(() => !layer.pinned() && !this.overCard() && layer.close(), CLOSE_DELAY);
    }
  }

  // Measured, not tracked with mouseenter/leave: the card is re-rendered under a still pointer when the page changes.
  private overCard(): boolean {
    const rect = this.layer.ui()?.root.querySelector('.fc-card-wrap')?.getBoundingClientRect();
    const { x, y } = this.pos;
    return !!rect && x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
  }
}
