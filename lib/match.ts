import Fuse from 'fuse.js';
import type { Lexicon, Mention } from './lexicon';
import { normalize } from './normalize';
import { findDurations } from './quantity';
import { contentTokens } from './tokens';
import type { SourceDoc, SourceSentence } from './types';

/** A sentence read for checking: its mentions and content tokens. */
export interface Reading {
  norm: string;
  mentions: Mention[];
  tokens: string[];
}

export interface SeedEntry {
  source: SourceDoc;
  sentence: SourceSentence;
  reading: Reading;
  tokenSet: Set<string>;
}

export interface Candidate {
  seed: SeedEntry;
  /** Weighted share of the claim's content tokens that this seed sentence also has. */
  coverage: number;
  shared: string[];
}

export function read(text: string, lexicon: Lexicon): Reading {
  const norm = normalize(text);
  const mentions = [...lexicon.find(norm), ...findDurations(norm)];
  return { norm, mentions, tokens: contentTokens(norm, mentions) };
}

/** Lexicon values weigh more than plain words; untranslated Japanese/Korean words (ja:, ko:) count as plain words. */
export const tokenWeight = (t: string): number => (t.includes(':') && !/^(?:ja|ko):/.test(t) ? 1.5 : 1);

/** fuse.js finds candidate seed sentences by fuzzy token overlap; `rank` then scores them exactly. */
export class SeedIndex {
  readonly entries: SeedEntry[];
  private readonly fuse: Fuse<{ i: number; tokens: string[] }>;

  constructor(sources: SourceDoc[], lexicon: Lexicon) {
    this.entries = sources.flatMap((source) =>
      source.sentences.map((sentence) => {
        const reading = read(sentence.text, lexicon);
        return { source, sentence, reading, tokenSet: new Set(reading.tokens) };
      }),
    );
    this.fuse = new Fuse(
      this.entries.map((e, i) => ({ i, tokens: e.reading.tokens })),
      { keys: ['tokens'], threshold: 0.25, ignoreLocation: true, includeScore: true, useExtendedSearch: true },
    );
  }

  /** Candidates for a claim, best first. */
  rank(claim: Reading, limit = 8): Candidate[] {
    if (claim.tokens.length === 0) return [];
    const query = { $or: claim.tokens.map((t) => ({ tokens: t.includes(':') ? `=${t}` : t })) };
    const hits = this.fuse.search(query, { limit: 40 });
    const total = claim.tokens.reduce((s, t) => s + tokenWeight(t), 0);
    const scored = hits.map((h) => {
      const seed = this.entries[h.item.i]!;
      const shared = claim.tokens.filter((t) => seed.tokenSet.has(t));
      return { seed, shared, coverage: shared.reduce((s, t) => s + tokenWeight(t), 0) / total };
    });
    return scored.sort((a, b) => b.coverage - a.coverage).slice(0, limit);
  }
}
