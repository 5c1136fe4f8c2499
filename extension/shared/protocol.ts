/**
 * Every runtime message the extension sends, as one discriminated union.
 * `factcheck:results` is a public contract: its reply shape must not change.
 */
import type { CheckOptions, Claim } from '../../lib/types';
import type { Command } from './commands';

export interface ResultsReply {
  url: string;
  claims: Claim[];
}

export interface CheckTextRequest extends Pick<CheckOptions, 'range' | 'pageKnownOnTopic' | 'assumeOnTopic'> {
  type: 'factcheck:check-text';
  text: string;
}

export interface ProtocolMap {
  /** Popup (or any test) → content script: the claims checked on this page, in page order. */
  'factcheck:results': { request: { type: 'factcheck:results' }; reply: ResultsReply };
  /** Popup → content script: scroll to claim `index` of the last results and flash it. */
  'factcheck:reveal': { request: { type: 'factcheck:reveal'; index: number }; reply: { ok: boolean } };
  /** Content script → background: the page's claims changed; the background keeps them per tab and sets the badge. */
  'factcheck:update': { request: { type: 'factcheck:update'; url: string; claims: Claim[] }; reply: { ok: boolean } };
  /** Popup → background: the claims last reported by a tab, for pages whose content script cannot answer. */
  'factcheck:tab-results': { request: { type: 'factcheck:tab-results'; tabId: number }; reply: ResultsReply | null };
  /** Background → content script: a keyboard shortcut (manifest `commands`) was pressed on this tab. */
  'factcheck:command': { request: { type: 'factcheck:command'; command: Command }; reply: { ok: boolean } };
  /** Background → content script: "Fact-check selection" from the context menu; works on switched-off sites too. */
  'factcheck:check-selection': { request: { type: 'factcheck:check-selection'; text: string }; reply: { claims: Claim[] } };
  /**
   * Content script → background: run the engine on this text (a slice of the page), off the page's
   * main thread. `range` and `pageKnownOnTopic` are the engine's options of the same names (lib/check.ts):
   * judge only the slice's own lines, read the context around them for the topic gates only, and skip
   * the page gate once the page is known to be on topic; `assumeOnTopic` checks a selection the user
   * asked about as part of a page about the story. The engine runs only here: the content script
   * carries no engine, so every page loads less script. A malformed request is answered with no
   * claims and an `error` saying what was wrong.
   */
  'factcheck:check-text': { request: CheckTextRequest; reply: { claims: Claim[]; error?: string } };
  /** A card, the popup or the options → background: open the sources page (`path`: /sources.html and its query) in a new tab. */
  'factcheck:open-sources': { request: { type: 'factcheck:open-sources'; path: string }; reply: { ok: boolean } };
}

export { isCommand, type Command } from './commands';

export type MessageType = keyof ProtocolMap;
export type Request<T extends MessageType> = ProtocolMap[T]['request'];
export type Message = Request<MessageType>;
export type ReplyTo<T extends MessageType> = ProtocolMap[T]['reply'];

/** Who sent a message: all the handlers read of `runtime.MessageSender`. */
export interface Sender {
  tab?: { id?: number };
}

/** One handler per message a context answers; each must reply with its own message's reply, or tsc fails. */
export type Handlers<K extends MessageType> = { [T in K]: (msg: Request<T>, sender: Sender) => ReplyTo<T> | Promise<ReplyTo<T>> };

/**
 * A `runtime.onMessage` listener answering the messages `handlers` names; any other message (ours for
 * another context, or not ours) gets no answer from it, so another listener may give one.
 */
export function listen<K extends MessageType>(handlers: Handlers<K>): (msg: unknown, sender: Sender) => Promise<ReplyTo<K>> | undefined {
  return (msg, sender) => {
    if (!isMessage(msg) || !Object.hasOwn(handlers, msg.type)) return undefined;
    // TypeScript cannot tie a union message to its own handler; `Handlers` already did, per message.
    const handle = handlers[msg.type as K] as (msg: Message, sender: Sender) => ReplyTo<K> | Promise<ReplyTo<K>>;
    return Promise.resolve(handle(msg, sender));
  };
}

/**
 * Send `msg` with `send` (runtime.sendMessage, or tabs.sendMessage bound to a tab) and get its reply,
 * typed by the protocol: the one place a reply from another context is taken to be what it should be.
 */
export async function ask<T extends MessageType>(send: (msg: Message) => Promise<unknown>, msg: Request<T> & { type: T }): Promise<ReplyTo<T>> {
  return (await send(msg)) as ReplyTo<T>;
}

const TYPES: ReadonlySet<string> = new Set<MessageType>([
  'factcheck:results',
  'factcheck:reveal',
  'factcheck:update',
  'factcheck:tab-results',
  'factcheck:command',
  'factcheck:check-selection',
  'factcheck:check-text',
  'factcheck:open-sources',
]);

/** Narrow an unknown runtime message to one of ours; anything else is ignored by our listeners. */
export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && TYPES.has((value as { type?: unknown }).type as string);
}
