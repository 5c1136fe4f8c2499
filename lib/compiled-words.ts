import { contentWords, type ContentWords } from './cjk';
import { negationWords, type NegationWords } from './polarity';
import { roleWords, type RoleWords } from './role-words';
import { topicWords, type TopicWords } from './topic';
import { entries, type WordLists } from './words';

/** The word lists compiled, as the modules that read them want them. */
export interface Words {
  content: ContentWords;
  roles: RoleWords;
  topic: TopicWords;
  negation: NegationWords;
}

export function compileWords(lists: WordLists): Words {
  return {
    content: contentWords(lists),
    roles: roleWords(entries(lists.titles), entries(lists.passive), entries(lists.recipientBefore)),
    topic: topicWords(entries(lists.continuation), entries(lists.linked)),
    negation: negationWords(entries(lists.negation), entries(lists.reportingNegation)),
  };
}
