// The part of the data pack a page's content script needs: the page gate's names, for the prefilter.
// Built by `npm run data` from pack.json and lexicon.json; the engine and the rest run in the background.
// Not checked again here: `npm run data` writes it only once lib/pack-topic.ts passes it, and the unit
// tests check the file on disk, so every page the content script loads into need not carry the check.
import type { LexEntry, TopicData, TopicRules } from '../lib/pack';
import terms from './packs/drum-summit/topic-terms.json';

export const topicData: TopicData = { pack: { topic: terms.topic as TopicRules, lexicon: terms.lexicon as LexEntry[] } };
