import { useEffect, useState } from 'preact/hooks';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { MARK_STYLES, t, VERDICT_ORDER, verdictLabel } from '../../ui-base/vocabulary';
import { ReportList } from '../../components/ReportList';
import { openSources, sourcesHref } from '../../components/sources-link';
import { SiteList } from '../../components/SiteList';
import { downloadText } from '../../extension/pages/download';
import { clearReports, deleteReport, exportReports, readReports, watchReports, type ReadReports } from '../../extension/shared/reports';
import {
  markedVerdictsItem,
  markStyleItem,
  parseSite,
  readSettings,
  resetSettings,
  setSiteEnabled,
  siteModeItem,
  watchSettings,
  type MarkStyle,
  type Settings,
  type SiteMode,
} from '../../extension/shared/settings';

const STYLE_LABEL = { standard: 'styleStandard', underline: 'styleUnderline', strong: 'styleStrong' } as const satisfies Record<MarkStyle, string>;

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [{ reports, dropped, repaired }, setReports] = useState<ReadReports>({ reports: [], dropped: 0, repaired: 0 });
  const [status, setStatus] = useState('');

  useEffect(() => {
    void readSettings().then(setSettings);
    void readReports().then(setReports);
    const unwatch = [watchSettings(setSettings), watchReports(setReports)];
    return () => unwatch.forEach((u) => u());
  }, []);

  if (!settings) return <main class="fc-options" aria-busy="true" />;
  const chosen = settings.siteMode === 'chosen';
  const toggleVerdict = (v: (typeof VERDICT_ORDER)[number], on: boolean) =>
    void markedVerdictsItem.setValue(on ? [...new Set([...settings.markedVerdicts, v])] : settings.markedVerdicts.filter((x) => x !== v));

  return (
    <main class="fc-options">
      <h1>{t('optionsTitle')}</h1>
      <p class="fc-muted">{t('syncNote')}</p>
      <p>
        <a class="fc-sources-link" href={sourcesHref()} onClick={(e) => (e.preventDefault(), openSources())}>
          {t('openSources')}
        </a>
      </p>
      <ChoiceGroup<SiteMode>
        name="siteMode"
        legend={t('modeLegend')}
        value={settings.siteMode}
        options={[
          { value: 'all', label: t('modeAll') },
          { value: 'chosen', label: t('modeChosen') },
        ]}
        onChange={(v) => void siteModeItem.setValue(v)}
      />
      <SiteList
        title={t(chosen ? 'sitesOn' : 'sitesOff')}
        sites={chosen ? settings.enabledSites : settings.disabledSites}
        parse={parseSite}
        onAdd={(site) => void setSiteEnabled(site, chosen)}
        onRemove={(site) => void setSiteEnabled(site, !chosen)}
      />
      <ChoiceGroup
        name="markedVerdicts"
        legend={t('verdictsLegend')}
        value={settings.markedVerdicts}
        options={VERDICT_ORDER.map((v) => ({ value: v, label: verdictLabel(v) }))}
        onChange={toggleVerdict}
      />
      <ChoiceGroup<MarkStyle>
        name="markStyle"
        legend={t('styleLegend')}
        value={settings.markStyle}
        options={MARK_STYLES.map((style) => ({ value: style, label: t(STYLE_LABEL[style]) }))}
        onChange={(v) => void markStyleItem.setValue(v)}
      />
      <div class="fc-actions">
        <button type="button" class="fc-button fc-reset" onClick={() => void resetSettings().then(() => setStatus(t('resetDone')))}>
          {t('reset')}
        </button>
        <span class="fc-muted" role="status">
          {status}
        </span>
      </div>
      <ReportList
        reports={reports}
        unreadable={{ dropped, repaired }}
        onDelete={(id) => void deleteReport(id)}
        onClear={() => void clearReports()}
        onExport={() => downloadText(document, 'drum-factcheck-reports.json', exportReports(reports))}
      />
    </main>
  );
}
