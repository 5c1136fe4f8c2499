import { t } from '../ui-base/vocabulary';
import type { Disagreement } from './sources-model';

/** Where the sources disagree: each disagreement's sides side by side, each with its sources' sentences. */
export function Disagreements({ items, current, cite }: { items: Disagreement[]; current: string | null; cite: string | null }) {
  return (
    <div class="fc-disagreements">
      {items.map((d) => (
        <section
          key={d.id}
          id={`dispute-${d.id}`}
          class="fc-box fc-disagreement"
          data-current={current === `dispute-${d.id}` || undefined}
          tabIndex={-1}
          aria-labelledby={`dispute-${d.id}-title`}
        >
          <h3 id={`dispute-${d.id}-title`}>{d.about}</h3>
          <div class="fc-side-by-side">
            {d.sides.map((side, i) => (
              <article key={i} class="fc-side" aria-label={t('sideLabel', i + 1)}>
                <p class="fc-side-says">
                  <span class="fc-side-label">{t('sideLabel', i + 1)}</span> {side.says}
                </p>
                <ul class="fc-cites">
                  {side.quotes.map(({ source, sentence }) => (
                    <li key={sentence.id} data-sentence={sentence.id}>
                      <blockquote class="fc-quote">{sentence.id === cite ? <mark>{sentence.text}</mark> : sentence.text}</blockquote>
                      <cite class="fc-outlet">
                        {source.outlet}
                        {source.date ? <time dateTime={source.date}>, {source.date}</time> : null}
                      </cite>
                    </li>
                  ))}
                </ul>
              </article>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
