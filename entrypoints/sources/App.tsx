import { useEffect } from 'preact/hooks';
import { Disagreements } from '../../components/Disagreements';
import { t } from '../../ui-base/vocabulary';
import { PointsTable } from '../../components/PointsTable';
import { SourceList } from '../../components/SourceList';
import { DISAGREEMENTS, POINTS, SOURCES, targetOf } from '../../components/sources-model';

/** The sources page: the five articles, the points they state, and where they disagree. ?cite=&point= land on a citation's row. */
export function App({ search }: { search: string }) {
  const query = new URLSearchParams(search);
  const cite = query.get('cite');
  const current = targetOf(cite, query.get('point'));
  useEffect(() => {
    const el = current ? document.getElementById(current) : null;
    el?.scrollIntoView({ block: 'center' });
    el?.focus({ preventScroll: true });
  }, [current]);
  return (
    <main class="fc-sources">
      <h1>{t('sourcesTitle')}</h1>
      <p class="fc-muted">{t('sourcesIntro')}</p>
      <section aria-labelledby="fc-h-list">
        <h2 id="fc-h-list">{t('sourcesListTitle')}</h2>
        <SourceList sources={SOURCES} />
      </section>
      <section aria-labelledby="fc-h-points">
        <h2 id="fc-h-points">{t('pointsTitle')}</h2>
        <PointsTable points={POINTS} sources={SOURCES} current={current} cite={cite} />
      </section>
      <section aria-labelledby="fc-h-disagree">
        <h2 id="fc-h-disagree">{t('disagreementsTitle')}</h2>
        <Disagreements items={DISAGREEMENTS} current={current} cite={cite} />
      </section>
    </main>
  );
}
