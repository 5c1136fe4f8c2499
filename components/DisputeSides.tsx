import type { ComponentChildren } from 'preact';
import type { Claim } from '../lib/types';
import { CitationItem } from './CitationList';
import { disputeSides } from './dispute';
import { t } from '../ui-base/vocabulary';

/**
 * A disputed claim's sources as the sides they take: what each side holds (the data pack's paraphrase,
 * not set in quotes), the sentences of the sources on it, and which side the page's sentence takes.
 */
export function DisputeSides({ claim, fallback }: { claim: Claim; fallback: ComponentChildren }) {
  const found = disputeSides(claim);
  if (!found) return <>{fallback}</>;
  const taken = found.sides.some((s) => s.taken);
  return (
    <section class="fc-sides" aria-label={t('sidesTitle')}>
      <h4 class="fc-cites-title">{t('sidesTitle')}</h4>
      <ol class="fc-sides-list">
        {found.sides.map((side, i) => (
          <li key={i} class="fc-side" data-taken={side.taken}>
            <p class="fc-side-says">
              <span class="fc-side-label">{t('sideLabel', i + 1)}</span> {side.says}
            </p>
            {side.taken && <p class="fc-side-taken">{t('sideTaken')}</p>}
            <ul class="fc-cites">
              {side.citations.map((c) => (
                <CitationItem key={c.sentenceId} c={c} claim={claim.text} point={`dispute:${found.id}`} />
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {!taken && <p class="fc-none fc-side-none">{t('sideNone')}</p>}
    </section>
  );
}
