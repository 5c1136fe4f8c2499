import browser from 'webextension-polyfill';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { takeHandoff } from '../extension/content/handoff';
import { isOwn } from '../extension/content/host-tag';
import { checkInBackground, createPageCheck } from '../extension/content/live';
import { PageWatcher } from '../extension/content/observer';
import { PageChecker, runCommand } from '../extension/content/page-checker';
import { PageRead } from '../extension/content/page-read';
import type { ExtractedText } from '../dom/extract';
import type { Claim } from '../lib/types';
import { listen, type Message } from '../extension/shared/protocol';
import { checksSite, readSettings, watchSettings, type Settings } from '../extension/shared/settings';

// Loaded by the content script on every page (entrypoints/page-gate.ts, extension/content/front.ts) once
// the page may be on topic or a message needs it: it reads, checks and marks the page from then on.
export default defineUnlistedScript(async () => {
  const handoff = takeHandoff();
  if (!handoff) return;
  const ctx = new ContentScriptContext('page-checker');
  // Whole-page checks go through the prefilter and the incremental checker; a selection straight to the engine.
  const incremental = createPageCheck();
  const page = new PageChecker(document, (text) => checkInBackground(text, { assumeOnTopic: true }));
  let on = false;
  const initial = readSettings();

  // Sending hundreds of claims costs a long page tens of milliseconds of cloning: in a task of its own,
  // not the one that marked the page.
  let reporting: ReturnType<typeof setTimeout> | undefined;
  const report = () => {
    clearTimeout(reporting);
    reporting = setTimeout(() => {
      const msg: Message = { type: 'factcheck:update', url: location.href, claims: page.claims };
      browser.runtime.sendMessage(msg).catch(() => undefined);
    }, 0);
  };
  // Re-checks the page as it changes (new text, removed text, a new route) and re-marks it when its claims change.
  const apply = (read: ExtractedText, claims: Claim[]) => {
    page.run(read, claims);
    report();
  };
  const gatePassed = handoff.mayBeOnTopic;
  const watcher = new PageWatcher(document, isOwn, (watched) => new PageRead(document, { incremental, isOwn, apply, gatePassed }, watched));
  const applySettings = (settings: Settings) => {
    if (!ctx.isValid) return;
    page.setPrefs({ verdicts: settings.markedVerdicts, style: settings.markStyle });
    const want = checksSite(settings, location.hostname);
    if (want === on) return;
    on = want;
    if (on) watcher.start();
    else {
      watcher.stop();
      page.clear();
    }
    report();
  };

  // The front's one listener answers with these from now on.
  handoff.serve(
    listen({
      // Answer once the page has been checked, not with a check half done.
      'factcheck:results': () => initial.then(() => watcher.settled()).then(() => ({ url: location.href, claims: page.claims })),
      'factcheck:reveal': (msg) => ({ ok: page.reveal(msg.index) }),
      'factcheck:command': (msg) => ({ ok: runCommand(page, msg.command) }),
      'factcheck:check-selection': (msg) => page.checkSelection(msg.text).then((claims) => ({ claims })),
    }),
  );
  const unwatch = watchSettings(applySettings);
  ctx.onInvalidated(() => {
    unwatch();
    clearTimeout(reporting);
    watcher.stop();
    page.clear();
  });

  applySettings(await initial);
});
