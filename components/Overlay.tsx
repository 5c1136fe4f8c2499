import type { Claim } from '../lib/types';
import { ClaimCard } from './ClaimCard';
import { VERDICT_INFO } from './verdicts';

export interface Box {
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
}

interface Props {
  marks: MarkView[];
  active: number | null;
  viewport: { left: number; width: number };
  onOpen: (index: number) => void;
  onClose: () => void;
  onCardPointer: (inside: boolean) => void;
}

const CARD_WIDTH = 360;

/**
 * The extension's layer over the page, inside a Shadow DOM: one keyboard-focusable target per
 * mark (pointer-events off, so clicks still reach the page) and the card for the active mark.
 */
export function Overlay({ marks, active, viewport, onOpen, onClose, onCardPointer }: Props) {
  const current = marks.find((m) => m.index === active);
  const left = current
    ? Math.max(viewport.left + 8, Math.min(current.last.left, viewport.left + viewport.width - CARD_WIDTH - 8))
    : 0;
  return (
    <div class="fc-layer">
      {marks.map((m) => (
        <button
          key={m.index}
          type="button"
          class="fc-target"
          data-index={m.index}
          aria-label={`${VERDICT_INFO[m.claim.verdict].label} claim: ${m.claim.text}`}
          aria-describedby={active === m.index ? 'fc-card' : undefined}
          style={{ top: `${m.box.top}px`, left: `${m.box.left}px`, width: `${m.box.width}px`, height: `${m.box.height}px` }}
          onFocus={() => onOpen(m.index)}
          onKeyDown={(e) => e.key === 'Escape' && onClose()}
        />
      ))}
      {current && (
        <div
          class="fc-card-wrap"
          style={{ top: `${current.last.top + current.last.height + 6}px`, left: `${left}px`, width: `${CARD_WIDTH}px` }}
          onMouseEnter={() => onCardPointer(true)}
          onMouseLeave={() => onCardPointer(false)}
        >
          <ClaimCard id="fc-card" claim={current.claim} onClose={onClose} />
        </div>
      )}
    </div>
  );
}
