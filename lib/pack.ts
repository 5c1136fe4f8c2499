/**
 * The shape of a data pack: everything the engine knows about one story.
 * The engine itself is story-agnostic; swapping the pack checks another event.
 */
import type { GrammarData } from './words';
import type { LexEntry } from './lexicon';
import type { Role } from './roles';
import type { SourceDoc } from './types';

export type { LexEntry };

/** Groups of keys: every group must have at least one key present. */
export type KeyGroups = string[][];

/** A checkable fact: in a claim that mentions `when`, any value of type `slot` must be one of `accept`. */
export interface Fact {
  id: string;
  /** What the fact is about, for the reason line ("place of the drum session"). */
  about: string;
  slot: string;
  when: KeyGroups;
  unless?: string[];
  /**
   * Keys that may put the sentence on another occasion than the event's ("last year", "in October"): the
   * fact still confirms a right value there, but a wrong one makes no red mark, since it may be that occasion's.
   */
  elsewhen?: string[];
  /**
   * Words that take a value right beside them for their own ("arrived in Osaka", "reporters in Tokyo",
   * 大阪に到着): such a value is not the fact's. Beside means a few words away in the same clause, with
   * none of `when`'s words between: before the value in spaced scripts, after it in Japanese and Korean.
   */
  governors?: string[];
  /**
   * Only values right beside a mention of one of these keys count (`chars` apart at most, no clause break
   * and no other value of that key's type between): "BTS's “Golden”", not "BTS's “Dynamite” and “Golden”".
   */
  near?: { keys: string[]; chars: number };
  accept?: string[];
  /** For numeric slots (durations in minutes): the accepted closed range. */
  range?: [number, number];
  /** Only when this person has this role for the predicate (whose office began in June?). */
  subject?: { predicate: string[]; role: Role; is: string };
  /** What the sources say, in words, for the reason line. */
  says: string;
  /** `says` in Japanese and Korean, for the card in the reader's language. */
  saysIn?: { ja?: string; ko?: string };
  sources: string[];
}

/** Who did, owns or received something: the person in `role` of any `predicate` mention must be in `accept` (and not in `reject`). */
export interface RoleFact {
  id: string;
  about: string;
  predicate: string[];
  /** Only in sentences that also hit these groups (a gift needs a giving verb). */
  when?: KeyGroups;
  role: Role;
  accept?: string[];
  reject?: string[];
  says: string;
  saysIn?: { ja?: string; ko?: string };
  sources: string[];
}

/** A point on which the sources disagree with each other. */
export interface Dispute {
  id: string;
  about: string;
  when: KeyGroups;
  unless?: string[];
  sides: { says: string; saysIn?: { ja?: string; ko?: string }; sources: string[]; match?: string[] }[];
}

/** Context a value needs to count for a slot, e.g. a place only as a location ("in Tokyo", 東京で). */
export interface SlotCue {
  before?: string;
  after?: string;
}

export interface TopicRules {
  /** A page is about the story when one sentence (or a window of sentences) hits every group. */
  page: KeyGroups;
  /** Other sets of groups that put a page on the story as `page` does (the summit's own report, without the drums). */
  alsoPage?: KeyGroups[];
  /** How many neighbouring sentences may together satisfy `page`. */
  window: number;
  /** Key sets that anchor a sentence strongly when all are present, though each alone is weak (both leaders named). */
  together?: string[][];
  /**
   * Strong anchors that put a bare line (a headline, a link, a caption without a full stop) on topic
   * anywhere on the page: the event itself. Other strong anchors (a song, the film, the summit) put a
   * bare line on topic only near the story's own prose, since sidebars name them for other stories.
   * Unset: every strong anchor does, anywhere.
   */
  anywhere?: string[];
}

export interface DataPack {
  id: string;
  title: string;
  lexicon: LexEntry[];
  topic: TopicRules;
  slotCues: Record<string, SlotCue>;
  facts: Fact[];
  roles: RoleFact[];
  disputes: Dispute[];
  /** Lexicon types a claim may swap for another value of the same type while restating a source (lib/substitute.ts). */
  substitutable?: string[];
  /** The languages' own grammar words (data/language.json, shared by every story), with the story's own words added (pack.json "words"). */
  grammar: GrammarData;
}

/** What a page's topic gate needs of a pack: enough to tell a page can never be about the story. */
export interface TopicData {
  pack: Pick<DataPack, 'lexicon' | 'topic'>;
}

export interface Dataset {
  pack: DataPack;
  sources: SourceDoc[];
}
