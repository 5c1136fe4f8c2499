/**
 * What the card layer is drawn from: marks and selections as boxes in document coordinates. The
 * content script measures the page into these and the components draw them, so neither needs the other.
 */
import type { Claim } from '../lib/types';

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface Viewport {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface MarkView {
  index: number;
  claim: Claim;
  /** First line box of the mark, in document coordinates. */
  box: Box;
  /** Last line box, where the card hangs from. */
  last: Box;
  /** Every line box of the mark. */
  lines: Box[];
}

/** Claims checked from a selection, shown in a card at the selection. */
export interface SelectionView {
  claims: Claim[];
  box: Box;
  last: Box;
}
