/**
 * What the front (./front.ts, the content script on every page) hands the page checker it loads
 * (entrypoints/page-checker.ts). Both run in the same isolated world, which the page cannot see, so a
 * global keyed by a registered symbol carries it: the checker is a script of its own, not a module the
 * front could call.
 */
import type { Sender } from '../shared/protocol';

/** A `runtime.onMessage` handler as `listen` (extension/shared/protocol.ts) makes one. */
export type Handler = (msg: unknown, sender: Sender) => Promise<unknown> | undefined;

export interface Handoff {
  /** The front's cheap reading found the page may be on topic: the checker need not read it so again. */
  mayBeOnTopic: boolean;
  /** The checker's message handler: the front's one listener passes it every message from then on. */
  serve(handler: Handler): void;
}

const KEY = Symbol.for('drum-factcheck.handoff');

export function handOff(handoff: Handoff): void {
  (globalThis as Record<symbol, unknown>)[KEY] = handoff;
}

/** The front's handoff, once: undefined if this script was not loaded by the front. */
export function takeHandoff(): Handoff | undefined {
  const g = globalThis as Record<symbol, Handoff | undefined>;
  const handoff = g[KEY];
  delete g[KEY];
  return handoff;
}
