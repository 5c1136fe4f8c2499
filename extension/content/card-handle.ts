import type { Mark } from '../../dom/marks';
import type { UiHost } from './ui-host';

/**
 * The card layer as its input handlers (./card-keys.ts, ./card-pointer.ts) see it: its state read when
 * an event comes, never kept, and changed only through the layer's own methods.
 */
export interface LayerHandle {
  readonly doc: Document;
  /** The layer's host while it is mounted. */
  ui(): UiHost | undefined;
  /** The claim whose card is open. */
  active(): number | null;
  /** Whether the open card was opened by click or keyboard (it stays until Escape or a click elsewhere). */
  pinned(): boolean;
  /** Marks painted on the page. */
  visible(): Mark[];
  /** Every claim's mark, painted or not. */
  all(): Mark[];
  /** Whether any marks are in frames (hit-testing then looks into frames under the pointer). */
  inFrames(): boolean;
  open(index: number, pinned: boolean): void;
  close(): void;
  focusTarget(index: number): void;
}
