import type { Box, Viewport } from '../ui-base/view-types';

export interface Placement {
  top: number;
  left: number;
  /** Height the card may take before it scrolls inside. */
  maxHeight: number;
  side: 'below' | 'above';
}

const GAP = 6;
const MARGIN = 8;

/**
 * Where the card goes for a mark, in document coordinates: below the mark's last line if it fits
 * in the viewport, else above its first line if that fits, else on the roomier side, scrolling inside.
 * Horizontally it never leaves the viewport.
 */
export function placeCard(first: Box, last: Box, size: { width: number; height: number }, vp: Viewport, prefer?: Placement['side']): Placement {
  const below = vp.top + vp.height - (last.top + last.height + GAP) - MARGIN;
  const above = first.top - GAP - (vp.top + MARGIN);
  // Keep the side the card is on while it still fits there: a card jumping across its mark mid-scroll is hard to follow.
  const fits = prefer && size.height <= (prefer === 'below' ? below : above);
  const side = fits ? prefer : size.height <= below || below >= above ? 'below' : 'above';
  const room = Math.max(side === 'below' ? below : above, 120);
  const height = Math.min(size.height, room);
  const top = side === 'below' ? last.top + last.height + GAP : first.top - GAP - height;
  const maxLeft = vp.left + vp.width - size.width - MARGIN;
  const left = Math.max(vp.left + MARGIN, Math.min(last.left, maxLeft));
  return { top, left, maxHeight: room, side };
}
