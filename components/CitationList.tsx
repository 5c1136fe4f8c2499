import type { Citation } from '../lib/types';
import { emphasize } from './emphasis';
import { t } from './i18n';

interface Props {
  citations: Citation[];
  /** The claim's text: words the quote shares with it are emphasised. */
  claim: string;
}

function Quote({ quote, claim }: { quote: string; claim: string }) {
  return (
    <blockquote class="fc-quote">
      {emphasize(quote, claim).map((part, i) => (part.hit ? <strong key={i} class="fc-hit">{part.text}</strong> : part.text))}
    </blockquote>
  );
}

function Group({ title, items, relation, claim }: { title: string; items: Citation[]; relation: Citation['relation']; claim: string }) {
  if (items.length === 0) return null;
  return (
    <section class={`fc-cites fc-cites-${relation}`} aria-label={title}>
      <h4 class="fc-cites-title">
        <span aria-hidden="true">{relation === 'supports' ? '+' : '–'}</span> {title}
      </h4>
      <ul>
        {items.map((c) => (
          <li key={c.sentenceId} data-relation={c.relation}>
            <Quote quote={c.quote} claim={claim} />
            <cite class="fc-outlet">
              {c.outlet}
              {c.date ? <time dateTime={c.date}>, {c.date}</time> : null}
            </cite>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Corroborating and conflicting citations, always shown apart. */
export function CitationList({ citations, claim }: Props) {
  if (citations.length === 0) return <p class="fc-none">{t('noSource')}</p>;
  return (
    <div class="fc-citations">
      <Group title={t('conflictsWith')} items={citations.filter((c) => c.relation === 'conflicts')} relation="conflicts" claim={claim} />
      <Group title={t('corroboratedBy')} items={citations.filter((c) => c.relation === 'supports')} relation="supports" claim={claim} />
    </div>
  );
}
