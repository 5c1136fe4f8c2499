import type { Claim } from '../lib/types';
import { CitationList } from './CitationList';
import { differing, Differences, MarkedClaim, structured } from './Differences';
import { t, verdictLabel } from './i18n';
import { reasonText } from './reason';
import { ReportForm } from './ReportForm';
import { VERDICT_SYMBOL } from './verdicts';

interface Props {
  claim: Claim;
  id: string;
  /** Shown for a checked selection, where the claim's text is not marked on the page. */
  showText?: boolean;
  onClose?: () => void;
  onReport: (claim: Claim, comment: string) => Promise<void>;
}

/** One claim's card: verdict in words, one line on why, the citations, and a way to say it is wrong. */
export function ClaimCard({ claim, id, showText, onClose, onReport }: Props) {
  const label = verdictLabel(claim.verdict);
  return (
    <div class={`fc-card fc-${claim.verdict}`} id={id} role="dialog" aria-label={t('cardLabel', label)} aria-describedby={`${id}-why`} data-verdict={claim.verdict}>
      <header class="fc-card-head">
        <span class="fc-verdict">
          <span aria-hidden="true">{VERDICT_SYMBOL[claim.verdict]}</span> {label}
        </span>
        {onClose && (
          <button type="button" class="fc-close" aria-label={t('close')} title={t('close')} onClick={onClose}>
            ×
          </button>
        )}
      </header>
      {showText && (
        <p class="fc-claim-quoted">
          <MarkedClaim text={claim.text} differences={claim.differences ?? []} />
        </p>
      )}
      {structured(claim) ? (
        <div class="fc-reason" id={`${id}-why`}>
          <Differences differences={claim.differences ?? []} />
        </div>
      ) : (
        <p class="fc-reason" id={`${id}-why`}>{reasonText(claim.reason)}</p>
      )}
      {!structured(claim) && claim.differences?.length ? <Differences differences={claim.differences} /> : null}
      <CitationList citations={claim.citations} claim={claim.text} differing={differing(claim)} />
      <ReportForm key={`${claim.start}:${claim.text}`} onReport={(comment) => onReport(claim, comment)} />
    </div>
  );
}
