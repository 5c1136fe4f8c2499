/**
 * The few extension APIs the front (./front.ts) uses, straight from the browser: Firefox's `browser`,
 * Chrome's `chrome`. The polyfill the rest of the extension uses would cost every page a few milliseconds
 * to load and set up; these calls need none of it (a listener answering through `sendResponse` works the
 * same in both browsers).
 */
import type { Sender } from '../shared/protocol';

export type Listener = (msg: unknown, sender: Sender, sendResponse: (reply: unknown) => void) => boolean;

export interface Runtime {
  id?: string;
  getURL(path: string): string;
  onMessage: { addListener(listener: Listener): void; removeListener(listener: Listener): void };
}

/** Undefined once the extension is reloaded or removed and this script is left behind on the page. */
export function runtime(): Runtime | undefined {
  const g = globalThis as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  try {
    const rt = g.browser?.runtime ?? g.chrome?.runtime;
    return rt?.id ? rt : undefined;
  } catch {
    return undefined;
  }
}
