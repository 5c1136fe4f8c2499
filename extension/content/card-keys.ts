/**
 * The card layer's Tab key: one stop per mark, in document order among the page's own stops
 * (./tab-order.ts), and through an entered card's controls.
 */
import type { Mark } from '../../dom/marks';
import type { LayerHandle } from './card-handle';
import { nextStop, type From } from './tab-order';
import { viewportRect } from './views';

/** One Tab or Shift+Tab, not yet handled by the page. */
export function tabKey(e: KeyboardEvent, layer: LayerHandle): void {
  const marks = layer.visible();
  const dir = e.shiftKey ? -1 : 1;
  const ui = layer.ui();
  const inLayer = !!ui && e.composedPath().includes(ui.host);
  const focused = inLayer ? ui!.focused() : null;
  let from: From;
  if (!inLayer) from = { el: layer.doc.activeElement === layer.doc.body ? null : layer.doc.activeElement };
  else {
    const inCard = focused?.closest('.fc-card-wrap');
    const index = inCard ? layer.active() : Number(focused?.closest<HTMLElement>('.fc-target')?.dataset.index ?? NaN);
    const mark = marks.find((m) => m.index === index) ?? layer.all().find((m) => m.index === index);
    if (!mark) return;
    if (inCard) {
      // Inside an entered card, Tab walks its controls; past either end it leaves for the mark or the next stop.
      const controls = [...inCard.querySelectorAll<HTMLElement>('button, a[href], textarea, input')];
      if (focused !== controls[dir === 1 ? controls.length - 1 : 0]) return;
      if (dir === -1) {
        e.preventDefault();
        return layer.focusTarget(mark.index);
      }
    }
    from = { mark };
  }
  const stop = nextStop(layer.doc, marks, from, dir, (el) => el === layer.ui()?.host);
  if (stop?.kind === 'mark') {
    e.preventDefault();
    focusMark(layer, stop.mark);
  } else if ('mark' in from) {
    // Leaving the marks for the page: the card goes with the focus.
    e.preventDefault();
    layer.close();
    if (stop) stop.el.focus();
    else (layer.ui()?.focused() as HTMLElement | null)?.blur();
  }
}

/** Tab onto a mark: scrolled into view if it is out of it, its card open, its target focused. */
function focusMark(layer: LayerHandle, mark: Mark): void {
  const win = layer.doc.defaultView!;
  const r = viewportRect(mark.range, win);
  if (!r || r.bottom < 0 || r.top > win.innerHeight)
    mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  layer.open(mark.index, true);
  layer.focusTarget(mark.index);
}
