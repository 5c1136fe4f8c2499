/**
 * The card layer drawn: the page's marks measured near the viewport (./near-viewport.ts) and handed,
 * as boxes, to the Overlay component. The one place the content script renders Preact.
 */
import { Overlay, type OverlayProps } from '../../components/Overlay';
import type { Mark } from '../../dom/marks';
import type { Claim } from '../../lib/types';
import { uiLanguage, type Theme } from '../../ui-base/vocabulary';
import { viewsNearViewport } from './near-viewport';
import type { UiHost } from './ui-host';
import { markView, selectionView } from './views';

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

/** The layer's own state at a draw. */
export interface LayerState {
  active: number | null;
  selection: { claims: Claim[]; range: Range | null } | null;
  announcement: string;
}

export type LayerActions = Pick<OverlayProps, 'onOpen' | 'onEnter' | 'onClose' | 'onReport'>;

export function drawLayer(ui: UiHost, doc: Document, source: LayerSource, state: LayerState, actions: LayerActions): void {
  const win = doc.defaultView!;
  // Targets for the marks near the viewport only (and the open and focused ones): see viewsNearViewport.
  const focused = Number(ui.focused()?.closest<HTMLElement>('.fc-target')?.dataset.index ?? NaN);
  const keep = new Set([state.active, focused].filter((i): i is number => typeof i === 'number' && !Number.isNaN(i)));
  const views = viewsNearViewport(source.visible(), win, keep);
  // A claim revealed from the popup whose verdict is not marked inline still gets its card.
  const unmarked = views.some((v) => v.index === state.active) ? undefined : source.all().find((m) => m.index === state.active);
  const extra = unmarked ? markView(unmarked, win) : null;
  if (extra) views.push(extra);
  ui.render(
    <Overlay
      marks={views}
      active={state.active}
      selection={state.selection ? selectionView(state.selection.claims, state.selection.range, win) : null}
      viewport={{ top: win.scrollY, left: win.scrollX, width: win.innerWidth, height: win.innerHeight }}
      announcement={state.announcement}
      theme={source.theme()}
      drawLines={source.drawLines()}
      lang={uiLanguage()}
      {...actions}
    />,
  );
}
