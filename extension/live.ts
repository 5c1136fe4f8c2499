// The page checker the content script uses: the bundled data pack, the prefilter, chunked and incremental
// checks, with the engine's work done by the background (off the page's main thread) when it answers.
import browser from 'webextension-polyfill';
import { dataset } from '../data/index';
import type { Claim } from '../lib/types';
import { checkText } from './checker';
import { IncrementalChecker } from './incremental';
import type { Message, ReplyTo } from './protocol';

async function checkInBackground(text: string): Promise<Claim[]> {
  const msg: Message = { type: 'factcheck:check-text', text };
  const reply = (await browser.runtime.sendMessage(msg)) as ReplyTo<'factcheck:check-text'> | undefined;
  if (!reply || !Array.isArray(reply.claims)) throw new Error('no answer from the background');
  return reply.claims;
}

export function createPageCheck(): IncrementalChecker {
  return new IncrementalChecker((text) => checkText(text), dataset, { remote: checkInBackground });
}
