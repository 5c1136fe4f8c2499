import type { VerdictReport } from '../extension/shared/reports';
import { t, uiLanguage, verdictLabel } from '../ui-base/vocabulary';

interface Props {
  reports: readonly VerdictReport[];
  /** Stored entries that could not be read and were left out, or were mended (extension/shared/reports.ts). */
  unreadable?: { dropped: number; repaired: number };
  onDelete: (id: string) => void;
  onExport: () => void;
  onClear: () => void;
}

/** The user's "this verdict is wrong" reports, newest first; they stay on this device unless exported. */
export function ReportList({ reports, unreadable = { dropped: 0, repaired: 0 }, onDelete, onExport, onClear }: Props) {
  const when = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section class="fc-box fc-reports" aria-labelledby="fc-reports-title">
      <h2 id="fc-reports-title">{t('reportsTitle')}</h2>
      {unreadable.dropped + unreadable.repaired > 0 && (
        <p class="fc-muted fc-reports-unreadable" role="status">
          {t('reportsUnreadable', unreadable.dropped, unreadable.repaired)}
        </p>
      )}
      {reports.length === 0 ? (
        <p class="fc-muted">{t('reportsEmpty')}</p>
      ) : (
        <>
          <ol class="fc-report-list">
            {[...reports].reverse().map((r) => (
              <li key={r.id} class={`fc-report-item fc-${r.verdict}`} data-verdict={r.verdict}>
                <p class="fc-report-claim">{r.claim}</p>
                <p class="fc-muted">
                  {t('reportVerdict', verdictLabel(r.verdict))} · {r.at && <time dateTime={r.at}>{when.format(new Date(r.at))}</time>}
                </p>
                <p class="fc-report-text">{r.comment || t('noComment')}</p>
                <p class="fc-muted fc-report-url">{r.url}</p>
                <button type="button" class="fc-button" onClick={() => onDelete(r.id)}>
                  {t('reportDelete')}
                </button>
              </li>
            ))}
          </ol>
          <div class="fc-actions">
            <button type="button" class="fc-button fc-export" onClick={onExport}>
              {t('reportsExport')}
            </button>
            <button type="button" class="fc-button fc-clear-reports" onClick={onClear}>
              {t('reportsClear')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
