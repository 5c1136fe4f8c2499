import type { Citation } from '../lib/types';
import { emphasize } from './emphasis';
import { t } from '../ui-base/vocabulary';
import { openSources, sourcesHref, type SourcesTarget } from './sources-link';

interface Props {
  citations: Citation[];
  /** The claim's text: words the quote shares with it are emphasised. */
  claim: string;
  /** What the sources say where the claim differs: in a conflicting quote, those words are emphasised instead. */
  differing?: string;
  /** What the sources say on the claim's point, when a fact decided it: its citations link to that row. */
  point?: string;
}

function Quote({ quote, claim, differing }: { quote: string; claim: string; differing?: string }) {
  const parts = differing ? emphasize(quote, differing) : emphasize(quote, claim);
  const cls = differing ? 'fc-hit fc-diff-source' : 'fc-hit';
  return (
    <blockquote class="fc-quote">
      {parts.map((part, i) =>
        part.hit ? (
          <strong key={i} class={cls}>
            {part.text}
          </strong>
        ) : (
          part.text
        ),
      )}
    </blockquote>
  );
}

/** One cited sentence: the quote, its outlet and date, and a link to its row on the sources page. */
export function CitationItem({ c, claim, point, differing }: { c: Citation; claim: string; point?: string; differing?: string }) {
  const target: SourcesTarget = { cite: c.sentenceId, point };
  return (
    <li data-relation={c.relation} data-sentence={c.sentenceId}>
      <Quote quote={c.quote} claim={claim} differing={differing} />
      <cite class="fc-outlet">
        <a
          class="fc-source-link"
          href={sourcesHref(target)}
          title={t('citeOnSourcesPage')}
          onClick={(e) => {
            e.preventDefault();
            openSources(target);
          }}
        >
          {c.outlet}
        </a>
        {c.date ? <time dateTime={c.date}>, {c.date}</time> : null}
      </cite>
    </li>
  );
}

function Group({
  title,
  items,
  relation,
  claim,
  point,
  differing,
}: {
  title: string;
  items: Citation[];
  relation: Citation['relation'];
  claim: string;
  point?: string;
  differing?: string;
}) {
  if (items.length === 0) return null;
  return (
    <section class={`fc-cites fc-cites-${relation}`} aria-label={title}>
      <h4 class="fc-cites-title">
        <span aria-hidden="true">{relation === 'supports' ? '+' : '–'}</span> {title}
      </h4>
      <ul>
        {items.map((c) => (
          <CitationItem key={c.sentenceId} c={c} claim={claim} point={point} differing={differing} />
        ))}
      </ul>
    </section>
  );
}

/** Corroborating and conflicting citations, always shown apart. */
export function CitationList({ citations, claim, differing, point }: Props) {
  if (citations.length === 0) return <p class="fc-none">{t('noSource')}</p>;
  return (
    <div class="fc-citations">
      <Group
        title={t('conflictsWith')}
        items={citations.filter((c) => c.relation === 'conflicts')}
        relation="conflicts"
        claim={claim}
        point={point}
        differing={differing || undefined}
      />
      <Group title={t('corroboratedBy')} items={citations.filter((c) => c.relation === 'supports')} relation="supports" claim={claim} point={point} />
    </div>
  );
}
