import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { ClaimList } from '../../components/ClaimList';
import { t, type MessageKey } from '../../ui-base/vocabulary';
import { openSources } from '../../components/sources-link';
import { countVerdicts, Summary } from '../../components/Summary';
import { Switch } from '../../components/Switch';
import { VerdictFilter } from '../../components/VerdictFilter';
import { fetchResults, findTarget, revealOnPage, type Target } from '../../extension/pages/popup-target';
import type { ResultsReply } from '../../extension/shared/protocol';
import { addReport } from '../../extension/shared/reports';
import { enabledItem, readSettings, setSiteEnabled, siteOn, watchSettings, type Settings } from '../../extension/shared/settings';
import type { Verdict } from '../../lib/types';

function Empty({ message }: { message: MessageKey }) {
  return (
    <p class="fc-empty" data-empty={message}>
      {t(message)}
    </p>
  );
}

export function App() {
  const [target, setTarget] = useState<Target | null | undefined>(undefined);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [results, setResults] = useState<ResultsReply | null>(null);
  const [only, setOnly] = useState<Set<Verdict>>(new Set());

  useEffect(() => {
    void findTarget().then(setTarget);
    void readSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  useEffect(() => {
    if (!target?.hostname) return;
    // The content script re-checks when settings change; ask again once it has.
    const timer = setTimeout(() => void fetchResults(target.tabId).then(setResults), settings ? 150 : 0);
    return () => clearTimeout(timer);
  }, [target, settings]);

  if (target === undefined || settings === null) return <main class="fc-popup" aria-busy="true" />;
  const host = target?.hostname ?? null;
  const on = host !== null && siteOn(settings, host);
  const claims = results?.claims ?? [];
  let body;
  if (!host) body = <Empty message="emptyBrowserPage" />;
  else if (!settings.enabled) body = <Empty message="emptyOffEverywhere" />;
  else if (!on) body = <Empty message="emptyOffSite" />;
  else if (claims.length === 0) body = <Empty message="emptyNothing" />;
  else
    body = (
      <>
        <Summary claims={claims} />
        <VerdictFilter counts={countVerdicts(claims)} selected={only} onChange={setOnly} />
        <ClaimList
          claims={claims}
          only={only}
          onReveal={(i) => target && revealOnPage(target.tabId, i)}
          onReport={(claim, comment) => addReport(claim, results?.url ?? target?.url ?? '', comment).then(() => undefined)}
        />
      </>
    );

  return (
    <main class="fc-popup">
      <header class="fc-popup-head">
        <h1>{t('extName')}</h1>
        <span class="fc-head-links">
          <button type="button" class="fc-sources-link" onClick={() => openSources()}>
            {t('openSources')}
          </button>
          <button type="button" class="fc-options-link" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('openOptions')}
          </button>
        </span>
      </header>
      <div class="fc-switches">
        <Switch id="fc-global" label={t('globalSwitch')} checked={settings.enabled} onChange={(v) => void enabledItem.setValue(v)} />
        {host && <Switch id="fc-site" label={t('siteSwitch', host)} checked={on} disabled={!settings.enabled} onChange={(v) => void setSiteEnabled(host, v)} />}
      </div>
      {body}
    </main>
  );
}
