import type { Claim } from '../lib/types';
import { CitationList } from './CitationList';
import { differing, Differences, MarkedClaim, structured } from './Differences';
import { DisputeSides } from './DisputeSides';
import { t, VERDICT_SYMBOL, verdictLabel } from '../ui-base/vocabulary';
import { reasonText } from './reason';
import { ReportForm } from './ReportForm';
import { openSources, sourcesHref } from './sources-link';

interface Props {
  claim: Claim;
  id: string;
  onClose?: () => void;
  onReport: (claim: Claim, comment: string) => Promise<void>;
}

/** The claim's citations; a disputed claim's as the sides of the disagreement. */
export function Citations({ claim }: { claim: Claim }) {
  // The fact or role a red verdict rests on: its citations link to that point's row on the sources page.
  const point = claim.differences?.find((d) => d.kind === 'fact' || d.kind === 'role')?.key;
  const list = <CitationList citations={claim.citations} claim={claim.text} differing={differing(claim)} point={point} />;
  return claim.verdict === 'disputed' ? <DisputeSides claim={claim} fallback={list} /> : list;
}

/** One claim's card: the sentence it is for, the verdict in words, why, the citations, and a way to say it is wrong. */
export function ClaimCard({ claim, id, onClose, onReport }: Props) {
  const label = verdictLabel(claim.verdict);
  return (
    <div
      class={`fc-card fc-${claim.verdict}`}
      id={id}
      role="dialog"
      aria-label={t('cardLabel', label)}
      aria-describedby={`${id}-why`}
      data-verdict={claim.verdict}
    >
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
      <p class="fc-claim-quoted">
        <span class="fc-claim-label">{t('cardSentence')}</span>{' '}
        <q class="fc-card-sentence">
          <MarkedClaim text={claim.text} differences={claim.differences ?? []} />
        </q>
      </p>
      {structured(claim) ? (
        <div class="fc-reason" id={`${id}-why`}>
          <Differences differences={claim.differences ?? []} />
        </div>
      ) : (
        <p class="fc-reason" id={`${id}-why`}>
          {reasonText(claim)}
        </p>
      )}
      {!structured(claim) && claim.differences?.length ? <Differences differences={claim.differences} /> : null}
      <Citations claim={claim} />
      <footer class="fc-card-foot">
        <ReportForm key={`${claim.start}:${claim.text}`} onReport={(comment) => onReport(claim, comment)} />
        <a class="fc-sources-open" href={sourcesHref()} onClick={(e) => (e.preventDefault(), openSources())}>
          {t('openSources')}
        </a>
      </footer>
    </div>
  );
}
