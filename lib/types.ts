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

/** A checked sentence: offsets index the text given to `checkText`. */
export interface Claim {
  text: string;
  start: number;
  end: number;
  verdict: Verdict;
  /** One line on why, e.g. "Sources say Nara; this says Tokyo". */
  reason: string;
  citations: Citation[];
}
