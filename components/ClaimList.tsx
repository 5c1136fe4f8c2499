import type { Claim, Verdict } from '../lib/types';
import { CitationList } from './CitationList';
import { VERDICT_INFO, VERDICT_ORDER } from './verdicts';

interface Props {
  claims: Claim[];
  onReveal: (index: number) => void;
}

/** The page's claims grouped by verdict, most important first; each can be revealed on the page. */
export function ClaimList({ claims, onReveal }: Props) {
  const groups = new Map<Verdict, { claim: Claim; index: number }[]>();
  claims.forEach((claim, index) => groups.set(claim.verdict, [...(groups.get(claim.verdict) ?? []), { claim, index }]));
  return (
    <div class="fc-groups">
      {VERDICT_ORDER.filter((v) => groups.has(v)).map((verdict) => (
        <section key={verdict} class={`fc-group fc-${verdict}`} data-verdict={verdict}>
          <h2 class="fc-group-title">
            <span aria-hidden="true">{VERDICT_INFO[verdict].symbol}</span> {VERDICT_INFO[verdict].label} ({groups.get(verdict)!.length})
          </h2>
          <ol class="fc-claims">
            {groups.get(verdict)!.map(({ claim, index }) => (
              <li key={index} class="fc-claim" data-verdict={verdict}>
                <button type="button" class="fc-claim-text" onClick={() => onReveal(index)} title="Show on the page">
                  {claim.text}
                </button>
                <p class="fc-reason">{claim.reason}</p>
                <CitationList citations={claim.citations} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
