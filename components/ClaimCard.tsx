import type { Claim } from '../lib/types';
import { CitationList } from './CitationList';
import { VERDICT_INFO } from './verdicts';

interface Props {
  claim: Claim;
  id: string;
  onClose: () => void;
}

/** The hover card for one marked claim: verdict in words, why, and the citations. */
export function ClaimCard({ claim, id, onClose }: Props) {
  const info = VERDICT_INFO[claim.verdict];
  return (
    <div class={`fc-card fc-${claim.verdict}`} id={id} role="dialog" aria-label={`Fact-check: ${info.label}`} data-verdict={claim.verdict}>
      <header class="fc-card-head">
        <span class="fc-verdict">
          <span aria-hidden="true">{info.symbol}</span> {info.label}
        </span>
        <button type="button" class="fc-close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <p class="fc-reason">{claim.reason}</p>
      <CitationList citations={claim.citations} />
    </div>
  );
}
