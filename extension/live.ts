// The page checker the content script uses: the bundled data pack, the prefilter, chunked and incremental
// checks, with the engine's work done by the background (off the page's main thread) when it answers.
import browser from 'webextension-polyfill';
import { dataset } from '../data/index';
import type { Claim } from '../lib/types';
import { checkText } from './checker';
import { IncrementalChecker, type SliceOptions } from './incremental';
import type { Message, ReplyTo } from './protocol';

async function checkInBackground(text: string, options: SliceOptions): Promise<Claim[]> {
  const msg: Message = { type: 'factcheck:check-text', text, ...options };
  const reply = (await browser.runtime.sendMessage(msg)) as ReplyTo<'factcheck:check-text'> | undefined;
  if (!reply || !Array.isArray(reply.claims)) throw new Error('no answer from the background');
  if (reply.error) throw new Error(reply.error);
  return reply.claims;
}

export function createPageCheck(): IncrementalChecker {
  return new IncrementalChecker((text, options) => checkText(text, options), dataset, { remote: checkInBackground });
}
