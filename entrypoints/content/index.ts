import browser from 'webextension-polyfill';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { checkText } from '../../extension/checker';
import { PageChecker, runCommand } from '../../extension/page-checker';
import { isMessage, type Message, type ResultsReply } from '../../extension/protocol';
import { checksSite, readSettings, watchSettings, type Settings } from '../../extension/settings';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const page = new PageChecker(document, (text) => checkText(text));
    let on = false;

    const report = () => {
      const msg: Message = { type: 'factcheck:update', url: location.href, claims: page.claims };
      browser.runtime.sendMessage(msg).catch(() => undefined);
    };
    const apply = (settings: Settings) => {
      if (!ctx.isValid) return;
      page.setPrefs({ verdicts: settings.markedVerdicts, style: settings.markStyle });
      const want = checksSite(settings, location.hostname);
      if (want === on) return;
      on = want;
      if (on) page.run();
      else page.clear();
      report();
    };

    const onMessage = (msg: unknown): Promise<unknown> | undefined => {
      if (!isMessage(msg)) return undefined;
      if (msg.type === 'factcheck:results') {
        const reply: ResultsReply = { url: location.href, claims: page.claims };
        return Promise.resolve(reply);
      }
      if (msg.type === 'factcheck:reveal') return Promise.resolve({ ok: page.reveal(msg.index) });
      if (msg.type === 'factcheck:command') return Promise.resolve({ ok: runCommand(page, msg.command) });
      if (msg.type === 'factcheck:check-selection') return Promise.resolve({ claims: page.checkSelection(msg.text) });
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    const unwatch = watchSettings(apply);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      unwatch();
      page.clear();
    });

    apply(await readSettings());
  },
});
