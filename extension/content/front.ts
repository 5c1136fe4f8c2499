/**
 * The content script every http(s) page gets (entrypoints/page-gate.ts): the cheap gate alone
 * (./cheap-gate.ts), with the page watcher following its changes, and the one message listener. Most
 * pages are off the story and end here; only a page that may be on topic, or a message that needs more
 * (a command, a selection to check, a claim to reveal), loads the page checker (entrypoints/page-checker.ts:
 * reading, checking, marks, the card, settings), which takes over the page's watching and answers every
 * message from then on.
 *
 * Why a dynamic `import()` of the checker: it runs in this same isolated world and needs nothing of the
 * background. Firefox lets a content script import the extension's own files as they are; Chrome only
 * web-accessible ones, so the Chrome build lists that one file with `use_dynamic_url` (a URL that changes
 * every session and that only the content script is told: a page cannot probe for it). The other way,
 * asking the background to inject the checker (`scripting.executeScript`), would need host permissions
 * for every site in Chrome, and a round trip that wakes the service worker before a page's first marks.
 *
 * Nothing here touches an extension API before the first reading has begun: the browser's set-up of
 * the API in the page then falls in a task of its own, not on top of compiling and starting this script.
 */
import { topicData } from '../../data/topic';
import { isMessage, type Message, type Sender } from '../shared/protocol';
import { topicWords } from '../plan/topic-words';
import { yieldToPage } from '../plan/yield';
import { CheapGate } from './cheap-gate';
import { handOff, type Handler } from './handoff';
import { isOwn } from './host-tag';
import { PageWatcher, type Reader, type Watched } from './observer';
import { runtime, type Listener } from './runtime';

/** Where the build puts the page checker (entrypoints/page-checker.ts). */
const CHECKER = '/page-checker.js';
const READ_SLICE_MS = 8;
/** Messages the content script answers; the others are for the background. */
const FOR_PAGE: ReadonlySet<Message['type']> = new Set(['factcheck:results', 'factcheck:reveal', 'factcheck:command', 'factcheck:check-selection']);

/** The watcher's reading while the page looks off topic: the cheap gate only. */
class GateRead implements Reader {
  private url = '';
  private gate: CheapGate | undefined;

  constructor(
    private readonly doc: Document,
    private readonly watched: Watched,
    private readonly onMaybe: () => void,
    /** Whether the extension is gone (reloaded, updated, removed) and this script is left behind: then it stops. */
    private readonly leftBehind: () => boolean,
  ) {}

  reset(url: string): void {
    this.url = url;
    this.gate?.reset();
  }

  readWholeNext(): void {
    this.gate?.readWholeNext();
  }

  note(records: readonly MutationRecord[]): void {
    this.gate?.note(records);
  }

  async check(win: Window, _body: HTMLElement, cancelled: () => boolean): Promise<void> {
    if (this.leftBehind()) return;
    if (!this.gate) {
      // Its words are a few milliseconds' work: a task of their own, not the script's first nor a reading's.
      this.gate = new CheapGate(this.doc, topicWords(topicData), isOwn);
      await yieldToPage();
      if (cancelled()) return;
    }
    if (win.location.href !== this.url) {
      this.url = win.location.href;
      this.gate.reset();
    }
    const off = await this.gate.offTopic({ budgetMs: READ_SLICE_MS, pause: yieldToPage, cancelled });
    if (off === undefined || cancelled()) return;
    // Frames come only with a whole reading; a change judged by the text it brought leaves them as watched.
    if (!off) this.onMaybe();
    else if (off.frames) this.watched.syncFrames(off.frames);
  }
}

export function startFront(doc: Document): void {
  let handler: Handler | undefined;
  let loading: Promise<Handler | undefined> | undefined;
  // Once the listener is added (the API is then set up in the page), a runtime gone means the extension is.
  let attached = false;
  const leftBehind = (): boolean => {
    if (!attached || runtime()) return false;
    watcher.stop();
    return true;
  };
  const watcher: PageWatcher = new PageWatcher(doc, isOwn, (watched) => new GateRead(doc, watched, () => void load(true), leftBehind));
  // The checker watches the page itself once loaded; undefined if it cannot be (the extension was
  // reloaded or removed, and this script is left behind).
  const load = (mayBeOnTopic: boolean) =>
    (loading ??= (async () => {
      watcher.stop();
      const rt = runtime();
      if (!rt) return undefined;
      handOff({ mayBeOnTopic, serve: (h) => (handler = h) });
      await import(/* @vite-ignore */ rt.getURL(CHECKER));
      return handler;
    })().catch((error: unknown) => {
      console.debug('[drum-factcheck] page checker not loaded:', error);
      return undefined;
    }));

  const answer = (msg: Message, sender: Sender): Promise<unknown> | undefined => {
    if (handler) return handler(msg, sender);
    if (!FOR_PAGE.has(msg.type)) return undefined;
    // An off-topic page has nothing to show: said once the reading under way is over.
    if (msg.type === 'factcheck:results' && !loading) {
      return watcher.settled().then(() => (loading ?? Promise.resolve(undefined)).then((h) => h?.(msg, sender) ?? { url: location.href, claims: [] }));
    }
    return load(false).then((h) => h?.(msg, sender));
  };
  const listener: Listener = (msg, sender, sendResponse) => {
    if (!isMessage(msg)) return false;
    const reply = answer(msg, sender);
    if (!reply) return false;
    reply.then(sendResponse, () => sendResponse(undefined));
    return true;
  };

  watcher.start();
  setTimeout(() => {
    runtime()?.onMessage.addListener(listener);
    attached = true;
  }, 0);
}
