import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { ClaimList } from '../../components/ClaimList';
import { Summary } from '../../components/Summary';
import { Switch } from '../../components/Switch';
import type { Message, ResultsReply } from '../../extension/protocol';
import { checksSite, enabledItem, readSettings, setSiteEnabled, watchSettings, type Settings } from '../../extension/settings';

interface Target {
  tabId: number;
  hostname: string | null;
}

// Tests (and the demo) open the popup as a page with ?tab=<id>; a real popup uses the active tab.
async function findTarget(): Promise<Target | null> {
  const param = Number(new URLSearchParams(location.search).get('tab'));
  const tab = Number.isInteger(param) && param > 0
    ? await browser.tabs.get(param)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined) return null;
  const url = tab.url ? new URL(tab.url) : null;
  return { tabId: tab.id, hostname: url && /^https?:$/.test(url.protocol) ? url.hostname : null };
}

async function fetchResults(tabId: number): Promise<ResultsReply | null> {
  const ask: Message = { type: 'factcheck:results' };
  try {
    return (await browser.tabs.sendMessage(tabId, ask)) as ResultsReply;
  } catch {
    const fallback: Message = { type: 'factcheck:tab-results', tabId };
    return ((await browser.runtime.sendMessage(fallback)) as ResultsReply | null) ?? null;
  }
}

export function App() {
  const [target, setTarget] = useState<Target | null | undefined>(undefined);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [results, setResults] = useState<ResultsReply | null>(null);

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

  const reveal = (index: number) => {
    if (!target) return;
    const msg: Message = { type: 'factcheck:reveal', index };
    void browser.tabs.sendMessage(target.tabId, msg).catch(() => undefined);
  };

  if (target === undefined || settings === null) return <main class="fc-popup" aria-busy="true" />;
  const host = target?.hostname ?? null;
  const siteOn = host !== null && checksSite({ ...settings, enabled: true }, host);
  const claims = results?.claims ?? [];
  let body;
  if (!host) body = <p class="fc-empty">This page can’t be checked.</p>;
  else if (!settings.enabled) body = <p class="fc-empty">Checking is off everywhere.</p>;
  else if (!siteOn) body = <p class="fc-empty">Checking is off for this site.</p>;
  else if (claims.length === 0) body = <p class="fc-empty">Nothing on this page is about the drum summit.</p>;
  else body = (
    <>
      <Summary claims={claims} />
      <ClaimList claims={claims} onReveal={reveal} />
    </>
  );

  return (
    <main class="fc-popup">
      <h1>Drum Summit Fact-Check</h1>
      <div class="fc-switches">
        <Switch id="fc-global" label="Fact-checking on" checked={settings.enabled} onChange={(on) => void enabledItem.setValue(on)} />
        {host && (
          <Switch id="fc-site" label={`Check this site (${host})`} checked={siteOn} disabled={!settings.enabled} onChange={(on) => void setSiteEnabled(host, on)} />
        )}
      </div>
      {body}
    </main>
  );
}
