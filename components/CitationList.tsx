import type { Citation } from '../lib/types';

interface Props {
  citations: Citation[];
}

function Group({ title, items, relation }: { title: string; items: Citation[]; relation: Citation['relation'] }) {
  if (items.length === 0) return null;
  return (
    <section class={`fc-cites fc-cites-${relation}`} aria-label={title}>
      <h4 class="fc-cites-title">
        <span aria-hidden="true">{relation === 'supports' ? '+' : '–'}</span> {title}
      </h4>
      <ul>
        {items.map((c) => (
          <li key={c.sentenceId} data-relation={c.relation}>
            <blockquote class="fc-quote">{c.quote}</blockquote>
            <cite class="fc-outlet">
              {c.outlet}
              {c.date ? `, ${c.date}` : ''}
            </cite>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Corroborating and conflicting citations, always shown apart. */
export function CitationList({ citations }: Props) {
  const supports = citations.filter((c) => c.relation === 'supports');
  const conflicts = citations.filter((c) => c.relation === 'conflicts');
  if (citations.length === 0) return <p class="fc-none">No source sentence covers this.</p>;
  return (
    <div class="fc-citations">
      <Group title="Conflicts with" items={conflicts} relation="conflicts" />
      <Group title="Corroborated by" items={supports} relation="supports" />
    </div>
  );
}
