import browser from 'webextension-polyfill';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { checkInBackground, createPageCheck } from '../../extension/content/live';
import { PageWatcher } from '../../extension/content/observer';
import { PageChecker, runCommand } from '../../extension/content/page-checker';
import { HOST_TAG } from '../../extension/content/ui-host';
import { listen, type Message } from '../../extension/shared/protocol';
import { checksSite, readSettings, watchSettings, type Settings } from '../../extension/shared/settings';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
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
    const watcher = new PageWatcher(document, {
      incremental,
      isOwn: (el) => el.tagName.toLowerCase() === HOST_TAG,
      apply: (read, claims) => {
        page.run(read, claims);
        report();
      },
    });
    const apply = (settings: Settings) => {
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

    const onMessage = listen({
      // Answer once the page has been checked, not with a check half done.
      'factcheck:results': () => initial.then(() => watcher.settled()).then(() => ({ url: location.href, claims: page.claims })),
      'factcheck:reveal': (msg) => ({ ok: page.reveal(msg.index) }),
      'factcheck:command': (msg) => ({ ok: runCommand(page, msg.command) }),
      'factcheck:check-selection': (msg) => page.checkSelection(msg.text).then((claims) => ({ claims })),
    });
    browser.runtime.onMessage.addListener(onMessage);
    const unwatch = watchSettings(apply);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      unwatch();
      clearTimeout(reporting);
      watcher.stop();
      page.clear();
    });

    apply(await initial);
  },
});
