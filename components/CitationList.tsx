import type { Citation } from '../lib/types';
import { emphasize } from './emphasis';
import { t } from './i18n';

interface Props {
  citations: Citation[];
  /** The claim's text: words the quote shares with it are emphasised. */
  claim: string;
  /** What the sources say where the claim differs: in a conflicting quote, those words are emphasised instead. */
  differing?: string;
}

function Quote({ quote, claim, differing }: { quote: string; claim: string; differing?: string }) {
  const parts = differing ? emphasize(quote, differing) : emphasize(quote, claim);
  const cls = differing ? 'fc-hit fc-diff-source' : 'fc-hit';
  return <blockquote class="fc-quote">{parts.map((part, i) => (part.hit ? <strong key={i} class={cls}>{part.text}</strong> : part.text))}</blockquote>;
}

function Group({ title, items, relation, claim, differing }: { title: string; items: Citation[]; relation: Citation['relation']; claim: string; differing?: string }) {
  if (items.length === 0) return null;
  return (
    <section class={`fc-cites fc-cites-${relation}`} aria-label={title}>
      <h4 class="fc-cites-title">
        <span aria-hidden="true">{relation === 'supports' ? '+' : '–'}</span> {title}
      </h4>
      <ul>
        {items.map((c) => (
          <li key={c.sentenceId} data-relation={c.relation}>
            <Quote quote={c.quote} claim={claim} differing={relation === 'conflicts' && differing ? differing : undefined} />
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
export function CitationList({ citations, claim, differing }: Props) {
  if (citations.length === 0) return <p class="fc-none">{t('noSource')}</p>;
  return (
    <div class="fc-citations">
      <Group title={t('conflictsWith')} items={citations.filter((c) => c.relation === 'conflicts')} relation="conflicts" claim={claim} differing={differing} />
      <Group title={t('corroboratedBy')} items={citations.filter((c) => c.relation === 'supports')} relation="supports" claim={claim} />
    </div>
  );
}
