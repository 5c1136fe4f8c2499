import type { Claim, Verdict } from '../lib/types';
import { Citations } from './ClaimCard';
import { t, VERDICT_ORDER, VERDICT_SYMBOL, verdictLabel } from '../ui-base/vocabulary';
import { reasonText } from './reason';
import { Differences, MarkedClaim, structured } from './Differences';
import { ReportForm } from './ReportForm';

interface Props {
  claims: Claim[];
  /** Verdicts to list; an empty set lists all. */
  only: ReadonlySet<Verdict>;
  onReveal: (index: number) => void;
  onReport: (claim: Claim, comment: string) => Promise<void>;
}

/** The page's claims grouped by verdict, most important first; each can be revealed on the page. */
export function ClaimList({ claims, only, onReveal, onReport }: Props) {
  const groups = new Map<Verdict, { claim: Claim; index: number }[]>();
  claims.forEach((claim, index) => groups.set(claim.verdict, [...(groups.get(claim.verdict) ?? []), { claim, index }]));
  const shown = VERDICT_ORDER.filter((v) => groups.has(v) && (only.size === 0 || only.has(v)));
  if (shown.length === 0) return <p class="fc-empty">{t('emptyFiltered')}</p>;
  return (
    <div class="fc-groups">
      {shown.map((verdict) => (
        <section key={verdict} class={`fc-group fc-${verdict}`} data-verdict={verdict}>
          <h2 class="fc-group-title">
            <span aria-hidden="true">{VERDICT_SYMBOL[verdict]}</span> {verdictLabel(verdict)} ({groups.get(verdict)!.length})
          </h2>
          <ol class="fc-claims">
            {groups.get(verdict)!.map(({ claim, index }) => (
              <li key={index} class="fc-claim" data-verdict={verdict}>
                <button type="button" class="fc-claim-text" onClick={() => onReveal(index)} title={t('showOnPage')}>
                  <MarkedClaim text={claim.text} differences={claim.differences ?? []} />
                </button>
                {structured(claim) ? null : <p class="fc-reason">{reasonText(claim)}</p>}
                {claim.differences?.length ? <Differences differences={claim.differences} /> : null}
                <Citations claim={claim} />
                <ReportForm onReport={(comment) => onReport(claim, comment)} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
