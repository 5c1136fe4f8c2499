import { useLayoutEffect, useRef } from 'preact/hooks';
import { Fragment, type ComponentChildren } from 'preact';
import type { Claim } from '../lib/types';
import { ClaimCard } from './ClaimCard';
import { t, verdictLabel, type Theme } from '../ui-base/vocabulary';
import { placeCard } from './placement';
import { SelectionCard } from './SelectionCard';
import type { Box, MarkView, SelectionView, Viewport } from '../ui-base/view-types';

export interface OverlayProps {
  marks: MarkView[];
  active: number | null;
  selection: SelectionView | null;
  viewport: Viewport;
  /** Text for the aria-live region: what keyboard stepping and the marks toggle did. */
  announcement: string;
  theme: Theme;
  /** Forced colours: the browser paints every highlight alike, so the layer underlines each line itself. */
  drawLines: boolean;
  lang: string;
  onOpen: (index: number) => void;
  /** Enter or Space on a mark's target: focus moves into its card. */
  onEnter: (index: number) => void;
  onClose: () => void;
  onReport: (claim: Claim, comment: string) => Promise<void>;
}

const CARD_WIDTH = 380;

/** The card's frame: placed after it is measured, so it can flip above the mark and stay in the viewport. */
function CardFrame(props: { first: Box; last: Box; viewport: Viewport; children: ComponentChildren }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // The width first: the layer is 0 px wide, so a card measured before it has its width is narrow and
    // far too tall, and one placed above its mark by that height would first be drawn hundreds of px too high.
    const width = Math.min(CARD_WIDTH, props.viewport.width - 16);
    Object.assign(el.style, { width: `${width}px`, maxHeight: '' });
    const prefer = el.dataset.side as 'below' | 'above' | undefined;
    const p = placeCard(props.first, props.last, { width, height: el.offsetHeight }, props.viewport, prefer);
    Object.assign(el.style, { top: `${p.top}px`, left: `${p.left}px`, maxHeight: `${p.maxHeight}px` });
    el.dataset.side = p.side;
  });
  return (
    <div class="fc-card-wrap" ref={ref}>
      {props.children}
    </div>
  );
}

/**
 * The extension's layer over the page, inside a Shadow DOM: one keyboard-focusable target per
 * mark (pointer-events off, so clicks still reach the page), the card, and a live region.
 */
export function Overlay(p: OverlayProps) {
  const current = p.marks.find((m) => m.index === p.active);
  return (
    <div class="fc-layer" data-theme={p.theme} lang={p.lang}>
      {p.drawLines &&
        p.marks.flatMap((m) =>
          m.lines.map((l, i) => (
            <div
              key={`${m.index}-${i}`}
              class={`fc-line fc-line-${m.claim.verdict}`}
              aria-hidden="true"
              style={{ top: `${l.top}px`, left: `${l.left}px`, width: `${l.width}px`, height: `${l.height}px` }}
            />
          )),
        )}
      {p.marks.map((m) => (
        // The card follows its target in the DOM, so a screen reader's reading order goes from a mark into its card.
        <Fragment key={m.index}>
          <button
            type="button"
            class="fc-target"
            data-index={m.index}
            aria-label={t('claimTarget', verdictLabel(m.claim.verdict), m.claim.text)}
            aria-describedby={p.active === m.index ? 'fc-card-why' : undefined}
            aria-expanded={p.active === m.index}
            // Out of the browser's Tab order: the layer puts each mark in its place among the page's stops.
            tabIndex={-1}
            onClick={() => p.onEnter(m.index)}
            style={{ top: `${m.box.top}px`, left: `${m.box.left}px`, width: `${m.box.width}px`, height: `${m.box.height}px` }}
            onFocus={() => p.active !== m.index && p.onOpen(m.index)}
          />
          {m === current && (
            <CardFrame first={m.box} last={m.last} viewport={p.viewport}>
              <ClaimCard id="fc-card" claim={m.claim} onClose={p.onClose} onReport={p.onReport} />
            </CardFrame>
          )}
        </Fragment>
      ))}
      {!current && p.selection && (
        <CardFrame key="selection" first={p.selection.box} last={p.selection.last} viewport={p.viewport}>
          <SelectionCard claims={p.selection.claims} onClose={p.onClose} onReport={p.onReport} />
        </CardFrame>
      )}
      <div class="fc-sr" role="status" aria-live="polite" aria-atomic="true">
        {p.announcement}
      </div>
    </div>
  );
}
