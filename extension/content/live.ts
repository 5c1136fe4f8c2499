// The page checker the content script uses: the prefilter (from the pack's topic terms only), and
// chunked, incremental checks whose engine work the background does. The content script carries no
// engine: every page it loads into would pay to parse one, and most never need it.
import browser from 'webextension-polyfill';
import { topicData } from '../../data/topic';
import type { Claim } from '../../lib/types';
import { IncrementalChecker, type SliceOptions } from '../plan/incremental';
import { ask, type CheckTextRequest, type ReplyTo } from '../shared/protocol';

type Options = Omit<CheckTextRequest, 'type' | 'text'>;

/** The engine, in the background. Rejects when the background does not answer or refuses the request. */
export async function checkInBackground(text: string, options: Options = {}): Promise<Claim[]> {
  // undefined when no listener answered (the background is starting or gone).
  const reply: ReplyTo<'factcheck:check-text'> | undefined = await ask((m) => browser.runtime.sendMessage(m), {
    type: 'factcheck:check-text',
    text,
    ...options,
  });
  if (!reply || !Array.isArray(reply.claims)) throw new Error('no answer from the background');
  if (reply.error) throw new Error(reply.error);
  return reply.claims;
}

export function createPageCheck(): IncrementalChecker {
  return new IncrementalChecker(null, topicData, { remote: (text, options: SliceOptions) => checkInBackground(text, options) });
}
