import { t } from '../ui-base/vocabulary';
import type { Point, SourceInfo } from './sources-model';

interface Props {
  points: Point[];
  sources: SourceInfo[];
  /** The row a citation led here for, and its sentence: shown as the current row, the sentence marked. */
  current: string | null;
  cite: string | null;
}

/** The story's checkable points as a table: what the sources agree on, then each source's sentences on it, or that it is silent. */
export function PointsTable({ points, sources, current, cite }: Props) {
  return (
    <div class="fc-table-wrap" role="region" aria-labelledby="fc-points-caption" tabIndex={0}>
      <table class="fc-points">
        <caption id="fc-points-caption">{t('pointsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('pointColumn')}</th>
            {sources.map((s) => (
              <th key={s.id} scope="col" data-source={s.id}>
                {s.outlet}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.id} id={`point-${p.id}`} data-point={p.id} data-current={current === `point-${p.id}` || undefined} tabIndex={-1}>
              <th scope="row">
                <span class="fc-point-about">{p.about}</span>
                <span class="fc-point-says">
                  {t('sourcesAgree')} {p.says}
                </span>
              </th>
              {sources.map((s) => {
                const cell = p.cells[s.id] ?? [];
                return (
                  <td key={s.id} data-source={s.id} data-silent={cell.length === 0 || undefined}>
                    {cell.length === 0 ? (
                      <span class="fc-silent">{t('silent')}</span>
                    ) : (
                      cell.map((sentence) => (
                        <blockquote key={sentence.id} class="fc-quote" data-sentence={sentence.id}>
                          {sentence.id === cite ? <mark>{sentence.text}</mark> : sentence.text}
                        </blockquote>
                      ))
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
