/** The shape of each file of a data pack; what the fields mean is in lib/pack.ts and lib/grammar.ts. */
import type { GrammarData } from './words';
import type { Dispute, Fact, LexEntry, RoleFact, SlotCue, TopicRules } from './pack';
import { groups, lexEntry, regex, topicRules } from './pack-topic';
import type { Role } from './roles';
import { arr, bool, int, nonEmpty, nullable, num, obj, oneOf, opt, record, set, str, tuple, where } from './schema';
import type { SourceDoc, SourceSentence } from './types';
import type { StoryWords } from './words';

const keys = set(nonEmpty);
const role = oneOf<Role>('agent', 'owner', 'recipient');
const saysIn = opt(obj<{ ja?: string; ko?: string }>({ ja: opt(nonEmpty), ko: opt(nonEmpty) }));
/** Sentence ids of data/packs/drum-summit/sources.json: every fact rests on at least one. */
const cited = set(nonEmpty, 1);

const fact = obj<Fact>({
  id: nonEmpty,
  about: nonEmpty,
  slot: nonEmpty,
  when: groups,
  unless: opt(keys),
  elsewhen: opt(keys),
  governors: opt(keys),
  near: opt(obj<{ keys: string[]; chars: number }>({ keys: set(nonEmpty, 1), chars: int(1) })),
  accept: opt(keys),
  range: opt(tuple(num, num)),
  subject: opt(obj<NonNullable<Fact['subject']>>({ predicate: set(nonEmpty, 1), role, is: nonEmpty })),
  says: nonEmpty,
  saysIn,
  sources: cited,
});

const roleFact = obj<RoleFact>({
  id: nonEmpty,
  about: nonEmpty,
  predicate: set(nonEmpty, 1),
  when: opt(groups),
  role,
  accept: opt(keys),
  reject: opt(keys),
  says: nonEmpty,
  saysIn,
  sources: cited,
});

type Side = Dispute['sides'][number];
const dispute = obj<Dispute>({
  id: nonEmpty,
  about: nonEmpty,
  when: groups,
  unless: opt(keys),
  sides: arr(obj<Side>({ says: nonEmpty, saysIn, sources: cited, match: opt(keys) }), 2),
});

export interface FactsFile {
  facts: Fact[];
  roles: RoleFact[];
  disputes: Dispute[];
}
export const factsFile = obj<FactsFile>({ facts: arr(fact), roles: arr(roleFact), disputes: arr(dispute) });

export const lexiconFile = obj<{ entries: LexEntry[] }>({ entries: arr(lexEntry, 1) });

// Lists that the engine escapes are plain words; the others are regular-expression sources.
const words = record(set(nonEmpty, 1));
const patterns = record(set(regex('giu'), 1));

export interface PackFile {
  id: string;
  title: string;
  topic: TopicRules;
  slotCues: Record<string, SlotCue>;
  substitutable?: string[];
  words?: StoryWords;
}
export const packFile = obj<PackFile>({
  id: nonEmpty,
  title: nonEmpty,
  topic: topicRules,
  slotCues: record(obj<SlotCue>({ before: opt(regex('iu')), after: opt(regex('iu')) })),
  substitutable: opt(keys),
  words: opt(obj<StoryWords>({ stopWords: opt(words), titles: opt(words), continuation: opt(patterns), linked: opt(patterns) })),
});
const pair = obj<{ before: string; after: string }>({ before: regex('iu'), after: regex('iu') });
type Frames = { en?: string[]; ja?: string[]; ko?: string[] };
type Reported = Frames & { end?: string; notValue?: { before: string; after: string }; closing?: Frames };
const frames = opt(set(regex('giu'), 1));
const reported = obj<Reported>({
  en: frames,
  ja: frames,
  ko: frames,
  end: opt(regex('iu')),
  notValue: opt(pair),
  closing: opt(obj<Frames>({ en: frames, ja: frames, ko: frames })),
});

export const languageFile = obj<GrammarData>({
  coordinators: words,
  events: words,
  shifts: words,
  interjections: patterns,
  elapsed: pair,
  opposites: opt(record(arr(arr(nonEmpty, 2), 1))),
  reported: opt(reported),
  negativePrefixes: opt(words),
  peripheral: opt(patterns),
  appositive: opt(patterns),
  stopWords: opt(words),
  endings: opt(words),
  numbers: opt(words),
  ordinals: opt(words),
  former: opt(patterns),
  prepositions: opt(words),
  titles: opt(words),
  passive: opt(patterns),
  recipientBefore: opt(patterns),
  continuation: opt(patterns),
  linked: opt(patterns),
  negation: opt(patterns),
  reportingNegation: opt(patterns),
});

const sentence = obj<SourceSentence>({ id: nonEmpty, text: nonEmpty, heading: bool, sourcing: opt(bool) });
const date = where(str, (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)), 'a date YYYY-MM-DD');
const source = obj<SourceDoc>({
  id: nonEmpty,
  file: nonEmpty,
  outlet: nonEmpty,
  url: nullable(nonEmpty),
  date: nullable(date),
  title: nullable(nonEmpty),
  sentences: arr(sentence, 1),
});
export const sourcesFile = obj<{ sources: SourceDoc[] }>({ sources: arr(source, 1) });
