// The part of the data pack a page's content script needs: the page gate's names, for the prefilter.
// Built by `npm run data` from pack.json and lexicon.json; the engine and the rest run in the background.
import type { LexEntry, TopicData, TopicRules } from '../lib/pack';
import terms from './topic-terms.json';

export const topicData: TopicData = { pack: { topic: terms.topic as TopicRules, lexicon: terms.lexicon as LexEntry[] } };
