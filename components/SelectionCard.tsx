import type { Claim } from '../lib/types';
import { ClaimCard } from './ClaimCard';
import { t } from '../ui-base/vocabulary';

interface Props {
  claims: Claim[];
  onClose: () => void;
  onReport: (claim: Claim, comment: string) => Promise<void>;
}

/** The result of "Fact-check selection": one card per claim in the selected text, or a plain "nothing here". */
export function SelectionCard({ claims, onClose, onReport }: Props) {
  return (
    <section class="fc-selection" aria-label={t('selectionTitle')}>
      <header class="fc-card-head fc-selection-head">
        <h3 class="fc-selection-title">{t('selectionTitle')}</h3>
        <button type="button" class="fc-close" aria-label={t('close')} title={t('close')} onClick={onClose}>
          ×
        </button>
      </header>
      {claims.length === 0 && <p class="fc-none fc-card">{t('selectionNone')}</p>}
      {claims.map((c, i) => (
        <ClaimCard key={i} id={`fc-sel-${i}`} claim={c} onReport={onReport} />
      ))}
    </section>
  );
}
