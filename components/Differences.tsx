import type { Claim, Difference, LocalText } from '../lib/types';
import { t, uiLanguage } from '../ui-base/vocabulary';

interface Props {
  differences: Difference[];
}

/** A source value in the reader's language, English where the data gives no translation. */
export function localText(v: LocalText): string {
  const lang = uiLanguage();
  return (lang === 'ja' ? v.ja : lang === 'ko' ? v.ko : undefined) ?? v.en;
}

function Row({ d }: { d: Difference }) {
  const sources = d.sourceValues.map(localText);
  return (
    <li class={`fc-diff${d.reported ? ' fc-diff-reported' : ''}`} data-kind={d.kind}>
      {d.reported && <span class="fc-diff-label">{t('diffReported')} </span>}
      <span class="fc-diff-label">{t(d.kind === 'dispute' ? 'diffSourcesDisagree' : 'diffSources')}</span>{' '}
      {sources.map((s, i) => (
        <span key={i}>
          {i > 0 && <span aria-hidden="true"> / </span>}
          <span class="fc-diff-source">{s}</span>
        </span>
      ))}
      {d.claimValue && (
        <>
          <span aria-hidden="true"> · </span>
          <span class="fc-diff-label">{t('diffThisPage')}</span> <mark class="fc-diff-claim">{d.claimValue.text}</mark>
        </>
      )}
    </li>
  );
}

/**
 * What differs, point by point, from the engine's structured reasons: "Sources: Nara · This page: Tokyo",
 * in the reader's language, instead of an English reason line said again.
 */
export function Differences({ differences }: Props) {
  if (differences.length === 0) return null;
  const ordered = [...differences.filter((d) => !d.reported), ...differences.filter((d) => d.reported)];
  return (
    <ul class="fc-diffs">
      {ordered.map((d, i) => (
        <Row key={i} d={d} />
      ))}
    </ul>
  );
}

/** The claim's text with the words that differ from the sources marked, for a card that quotes the claim. */
export function MarkedClaim({ text, differences }: { text: string; differences: Difference[] }) {
  const spans = differences
    .map((d) => d.claimValue)
    .filter((v): v is NonNullable<typeof v> => v !== undefined && v.start >= 0 && v.end <= text.length)
    .sort((a, b) => a.start - b.start);
  const parts: (string | preact.JSX.Element)[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    parts.push(
      text.slice(at, s.start),
      <mark key={s.start} class="fc-diff-claim">
        {text.slice(s.start, s.end)}
      </mark>,
    );
    at = s.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

/** A red or amber verdict is explained by its differences, in the reader's language, when the engine gives them. */
export const structured = (claim: Claim): boolean => (claim.verdict === 'contradicted' || claim.verdict === 'disputed') && (claim.differences?.length ?? 0) > 0;

/** The sources' own words for what differs, to emphasise in the conflicting quotes. */
export const differing = (claim: Claim): string => (claim.differences ?? []).flatMap((d) => d.sourceValues.map((v) => v.en)).join(' ');

/** The differences as one line of text, for a screen reader's announcement. */
export function differencesText(differences: readonly Difference[]): string {
  return differences
    .filter((d) => !d.reported)
    .map(
      (d) =>
        `${t(d.kind === 'dispute' ? 'diffSourcesDisagree' : 'diffSources')} ${d.sourceValues.map(localText).join(' / ')}${d.claimValue ? ` · ${t('diffThisPage')} ${d.claimValue.text}` : ''}`,
    )
    .join('; ');
}
