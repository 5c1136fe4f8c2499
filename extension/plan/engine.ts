/**
 * How the incremental checker (./incremental.ts) is driven: the engines it may call, here or in another
 * context, and what a caller can ask of one check.
 */
import type { Claim } from '../../lib/types';
import type { SliceOptions } from './work';

/** The engine; it must honour the options, or slices are judged as pages of their own. */
export type Engine = (text: string, options: SliceOptions) => Claim[];
/** The same engine elsewhere (the extension's background), answering asynchronously. */
export type RemoteEngine = (text: string, options: SliceOptions) => Promise<Claim[]>;

export interface IncrementalOptions {
  /** Target characters of page text per engine call. */
  chunkChars?: number;
  /** Lines longer than this are cut at sentence ends into several units (so context stays a few sentences). */
  maxUnitChars?: number;
  /** Non-blank units of context either side of a checked run. */
  context?: number;
  /**
   * Where `check()` sends the engine's work, off the page's main thread; the local engine, if there
   * is one, is used by `checkSync()`, and by `check()` if the remote one fails.
   */
  remote?: RemoteEngine;
}

export interface CheckRunOptions {
  budgetMs?: number;
  /** True once a newer check supersedes this one. */
  cancelled?: () => boolean;
  pause?: () => Promise<void>;
  /** A full check starts where the reader is looking: the run holding this offset of the text. */
  firstOffset?: number;
  /** Told each time more claims of a full check are final; `claims()` makes the list of those so far. */
  onProgress?: (claims: () => Claim[]) => void;
}
