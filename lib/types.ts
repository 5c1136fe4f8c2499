/** Verdict on one sentence of a page. */
export type Verdict = 'supported' | 'contradicted' | 'disputed' | 'unverified';

/** One sentence of a source article, id stable across `npm run data` runs. */
export interface SourceSentence {
  id: string;
  text: string;
  /** A headline, section heading or caption: a line without sentence punctuation. */
  heading: boolean;
  /** The article's own list of sources ("Sources: …"): cited where a fact rests on it, never matched, as it names things without stating them. */
  sourcing?: boolean;
}

export interface SourceDoc {
  id: string;
  file: string;
  outlet: string;
  url: string | null;
  date: string | null;
  title: string | null;
  sentences: SourceSentence[];
}

/** A seed sentence cited for a claim, and whether it backs the claim or conflicts with it. */
export interface Citation {
  sourceId: string;
  sentenceId: string;
  outlet: string;
  date: string | null;
  quote: string;
  relation: 'supports' | 'conflicts';
}

/** A value said in the reader's language: English always, Japanese and Korean where the data gives them. */
export interface LocalText {
  en: string;
  ja?: string;
  ko?: string;
}

/** What differs between a claim and the sources on one point: the structured form of `reason`. */
export interface Difference {
  /** Which check found it: a curated fact, a role (who did what), the general substitution check, a negation, or a disagreement among the sources. */
  kind: 'fact' | 'role' | 'substitution' | 'negation' | 'dispute';
  /** The fact, role or dispute id; for a substitution, the value's type. */
  key: string;
  /** What the point is about, in English ("where the drum session and summit took place"). */
  about: string;
  /** The claim's words for the value; offsets index the claim's `text` (-1 when the words could not be placed). */
  claimValue?: { text: string; start: number; end: number };
  /** What the sources say: one value, or one per side of a disagreement. */
  sourceValues: LocalText[];
  /** The source sentences behind `sourceValues`. */
  sourceSentenceIds: string[];
  /** The value belongs to a claim the sentence reports or corrects ("some early reports placed the jam in Kyoto"): no red mark. */
  reported?: boolean;
}

/** A checked sentence: offsets index the text given to `checkText`. */
export interface Claim {
  text: string;
  start: number;
  end: number;
  verdict: Verdict;
  /** One line on why, e.g. "Sources say Nara; this says Tokyo". */
  reason: string;
  citations: Citation[];
  /** For contradicted and disputed claims (and claims that report a wrong claim): what differs, point by point. */
  differences?: Difference[];
}

/** How `checkText` reads a text: the gates it may skip, the sentences it judges. */
export interface CheckOptions {
  /**
   * Treat the text as part of a page already known to be about the story, and every sentence as
   * sitting among on-topic ones: the page gate is skipped and the per-sentence gate loosened (a
   * weak mention is enough). For a sentence checked on its own, such as a selection.
   */
  assumeOnTopic?: boolean;
  /**
   * The page this text is part of is already known to be about the story: only the page gate is
   * skipped. Each sentence must still pass the strict per-sentence gate, read among its neighbours
   * in this text, exactly as in a whole-page check. For a slice of a page that passed the gate elsewhere.
   */
  pageKnownOnTopic?: boolean;
  /**
   * Judge and return only the sentences that start in [start, end) (offsets into the text). The
   * whole text is still read for the page gate and for each sentence's neighbours, so a claim is the
   * same as in a check of the whole text; context around the range costs a read, not a judgement.
   */
  range?: { start: number; end: number };
}
