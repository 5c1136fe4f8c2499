import { escape } from './forms';

/** The role grammar's words (data/language.json and the pack's own), compiled once per pack. */
export interface RoleWords {
  /** A title right after a name: 高市首相は, 이 대통령이. */
  leadingTitle: RegExp;
  jaSubject: RegExp;
  koSubject: RegExp;
  /** Topic-marked (は, 은/는) as against nominative-marked (が, 이/가) subjects. */
  topic: RegExp;
  jaTo: RegExp;
  koTo: RegExp;
  jaFrom: RegExp;
  koFrom: RegExp;
  /** A name's possessive particle, its title between: 高市首相の…, 이 대통령의…. */
  owner: RegExp;
  passive: RegExp;
  recipientBefore: RegExp;
}

const NEVER = '(?!)';
const any = (sources: readonly string[]) => (sources.length ? sources.join('|') : NEVER);

/** Titles are plain words; passive verbs and what precedes a recipient are regular-expression sources. */
export function roleWords(titles: readonly string[], passive: readonly string[], recipientBefore: readonly string[]): RoleWords {
  const words = [...titles].sort((a, b) => b.length - a.length).map(escape);
  // Titles that may sit between a name and its particle.
  const title = `(?:\\s?(?:${any(words)}))?`;
  return {
    leadingTitle: new RegExp(`^\\s?(?:${any(words)})`),
    jaSubject: new RegExp(`^${title}(?:は|が|も)`),
    koSubject: new RegExp(`^${title}\\s?(?:은|는|이|가|도)(?![가-힣])`),
    topic: new RegExp(`^${title}(?:は|\\s?(?:은|는)(?![가-힣]))`),
    jaTo: new RegExp(`^${title}(?:に|へ)`),
    koTo: new RegExp(`^${title}\\s?(?:에게|께|한테)(?!서)`),
    jaFrom: new RegExp(`^${title}(?:から|より)`),
    koFrom: new RegExp(`^${title}\\s?(?:에게서|로부터|한테서)`),
    owner: new RegExp(`^${title}(?:の|의)[^、。,.]{0,10}$`),
    passive: new RegExp(any(passive), 'u'),
    recipientBefore: new RegExp(any(recipientBefore), 'iu'),
  };
}
