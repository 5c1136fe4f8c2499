import Fuse from 'fuse.js';
import type { ContentWords } from './cjk';
import type { Lexicon, Mention } from './lexicon';
import { normalize } from './normalize';
import { isNegated } from './polarity';
import { findDurations } from './quantity';
import { contentTokens } from './tokens';
import type { SourceDoc, SourceSentence } from './types';
import type { Words } from './compiled-words';

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
  /** Whether the source sentence itself negates something (read once, not per claim). */
  negated: boolean;
}

export interface Candidate {
  seed: SeedEntry;
  /** Weighted share of the claim's content tokens that this seed sentence also has. */
  coverage: number;
  shared: string[];
}

/** `words`: the words that state nothing checkable (lib/words.ts). */
export function read(text: string, lexicon: Lexicon, words: ContentWords): Reading {
  const norm = normalize(text);
  // A title only (no name) after a former holder's mark names someone else ("then-President", 김대중 당시 대통령):
  // a mention of type "former", which a fact about the event's own occasion may list in its `unless`.
  const former = (m: Mention) => m.type === 'person' && !m.named && words.former.test(norm.slice(Math.max(0, m.start - 12), m.start));
  const found = lexicon.find(norm).map((m): Mention => (former(m) ? { ...m, key: `former:${m.key}`, type: 'former', anchor: undefined } : m));
  const mentions = [...found, ...findDurations(norm)];
  return { norm, mentions, tokens: contentTokens(norm, mentions, words) };
}

/** A token held by at least this share of the source sentences is the story's own vocabulary (leaders, drums, summit, ties)… */
const HUB_SHARE = 0.2;
/** …and weighs this much of its usual weight in coverage. */
const HUB_WEIGHT = 0.6;

/**
 * Lexicon values weigh more than plain words. A Japanese or Korean word the lexicon cannot translate (ja:, ko:)
 * can never meet the English sources, though a translation of a sourced sentence has many: it weighs less, so
 * a faithful translation is not held to a bar an English paraphrase would not meet.
 */
export const tokenWeight = (t: string): number => (/^(?:ja|ko):/.test(t) ? UNTRANSLATED : t.includes(':') ? 1.5 : 1);
const UNTRANSLATED = 0.7;

/**
 * Candidate source sentences for a claim. An inverted index finds every sentence sharing a token;
 * fuse.js maps the claim's words that the sources never use onto close source words
 * ("organised" → "organiz"), so a sentence differing only in spelling is still a candidate.
 * `rank` then scores candidates by exactly shared tokens: fuzzy likeness widens the search, never the verdict.
 */
export class SeedIndex {
  readonly entries: SeedEntry[];
  private readonly byToken = new Map<string, number[]>();
  private readonly vocabulary: Fuse<string>;
  private readonly fuzzy = new Map<string, string | null>();
  /** How many source sentences hold each token. */
  private readonly df = new Map<string, number>();
  private readonly byId: Map<string, SeedEntry>;

  constructor(sources: SourceDoc[], lexicon: Lexicon, lang: Pick<Words, 'content' | 'negation'>) {
    this.entries = sources.flatMap((source) =>
      source.sentences.map((sentence) => {
        const reading = read(sentence.text, lexicon, lang.content);
        return { source, sentence, reading, tokenSet: new Set(reading.tokens), negated: isNegated(reading.norm, lang.negation, reading.mentions) };
      }),
    );
    this.byId = new Map(this.entries.map((e) => [e.sentence.id, e]));
    this.entries.forEach((e, i) => {
      if (e.sentence.sourcing) return;
      for (const t of e.tokenSet) this.byToken.set(t, [...(this.byToken.get(t) ?? []), i]);
    });
    for (const [t, ids] of this.byToken) this.df.set(t, ids.length);
    const words = [...this.byToken.keys()].filter((t) => !t.includes(':'));
    this.vocabulary = new Fuse(words, { threshold: 0.2, ignoreLocation: true, includeScore: true, minMatchCharLength: 4 });
  }

  /** A source sentence by its id (`004-12`). */
  entry(id: string): SeedEntry | undefined {
    return this.byId.get(id);
  }

  /** The source token a claim token stands for: itself, a close spelling (fuse.js), or none. */
  private canonical(t: string): string | null {
    if (this.byToken.has(t)) return t;
    if (t.includes(':') || t.length < 5) return null;
    let hit = this.fuzzy.get(t);
    if (hit === undefined) {
      const best = this.vocabulary.search(t, { limit: 1 })[0];
      hit = best && best.item.length >= 4 && Math.abs(best.item.length - t.length) <= 2 ? best.item : null;
      this.fuzzy.set(t, hit);
    }
    return hit;
  }

  /**
   * A token's weight in coverage. Tokens that a large share of the source sentences hold (the leaders,
   * the drums, the summit, ties) say what the story is about, not what a claim adds to it: they weigh less,
   * so a new detail cannot pass as stated just by sharing the story's vocabulary.
   */
  weight(t: string): number {
    const share = (this.df.get(t) ?? 0) / Math.max(1, this.entries.length);
    return tokenWeight(t) * (share >= HUB_SHARE ? HUB_WEIGHT : 1);
  }

  /** Candidates for a claim, best first. */
  rank(claim: Reading, limit = 8): Candidate[] {
    if (claim.tokens.length === 0) return [];
    const mapped = claim.tokens.map((t) => [t, this.canonical(t)] as const);
    const seen = new Set<number>();
    for (const [, c] of mapped) for (const i of (c && this.byToken.get(c)) || []) seen.add(i);
    const total = claim.tokens.reduce((s, t) => s + this.weight(t), 0);
    const scored = [...seen].map((i) => {
      const seed = this.entries[i]!;
      const shared = claim.tokens.filter((t) => seed.tokenSet.has(t));
      return { seed, shared, coverage: shared.reduce((s, t) => s + this.weight(t), 0) / total };
    });
    return scored.sort((a, b) => b.coverage - a.coverage || a.seed.sentence.id.localeCompare(b.seed.sentence.id)).slice(0, limit);
  }
}
