import { t, type MessageKey } from '../ui-base/vocabulary';
import type { SourceInfo, SourceKind } from './sources-model';

const KIND: Record<SourceKind, MessageKey> = {
  feature: 'kindFeature',
  explainer: 'kindExplainer',
  wire: 'kindWire',
  rewrite: 'kindRewrite',
  report: 'kindReport',
};

/** The five source articles: outlet, kind of piece, date, title and link where known. */
export function SourceList({ sources }: { sources: SourceInfo[] }) {
  return (
    <ol class="fc-source-list">
      {sources.map((s) => (
        <li key={s.id} id={`source-${s.id}`} class="fc-box fc-source" tabIndex={-1}>
          <h3 class="fc-source-outlet">{s.outlet}</h3>
          <p class="fc-source-meta">
            {s.kind && <span class="fc-source-kind">{t(KIND[s.kind])}</span>}
            {' · '}
            {s.date ? <time dateTime={s.date}>{s.date}</time> : <span class="fc-muted-inline">{t('dateUnknown')}</span>}
          </p>
          {s.title && <p class="fc-source-title">{s.title}</p>}
          <p class="fc-source-url">
            {s.url ? (
              <a href={s.url} rel="noreferrer noopener" target="_blank">
                {s.url}
              </a>
            ) : (
              <span class="fc-muted-inline">{t('noLink')}</span>
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}
