/**
 * Checks page text in small pieces so the content script never holds the main thread for long, and
 * re-checks only what changed when the page changes.
 *
 * The engine (`checkText`) reads whole texts. Its decisions are local: sentences never span a line,
 * each sentence is judged on its own text, and whether a sentence is about the story depends only on
 * the sentences within three of it, once the page as a whole is known to be on topic. So the text is
 * cut into units (./units.ts), and a run of units is sent with three non-blank units of context on
 * either side and the run's own range: the engine reads the context for its topic gates but judges
 * only the range. Once some run has passed the page gate, later runs say the page is known to be on
 * topic, so a run without the story's names still gets its sentences checked.
 *
 * Exact on every fixture and generated page (tests/unit/robust-incremental.test.ts). Known limits:
 * a pronoun chain ("He… She… They…") longer than the context is cut, and so is a story's running prose
 * longer than the context's stretch (./units.ts); a page known to be on topic
 * stays so while its text still names the story (the prefilter), even if an edit removed the very
 * sentences that put it on topic.
 */
import type { TopicData } from '../../lib/pack';
import type { Claim } from '../../lib/types';
import type { CheckRunOptions, Engine, IncrementalOptions, RemoteEngine } from './engine';
import { createPrefilter, type Prefilter } from './prefilter';
import { planCheck, type PlanConfig } from './slices';
import { yieldToPage } from './yield';
import { finalClaims, PAUSE, type CheckState, type CheckStats, type SliceOptions, type Work } from './work';

export type { CheckRunOptions, CheckStats, Engine, IncrementalOptions, RemoteEngine, SliceOptions };

/** Aim for engine calls of about this long, well under the 50 ms of a long task. */
const TARGET_MS = 20;
const MIN_CHUNK = 1500;

export class IncrementalChecker {
  readonly stats: CheckStats = { engineCalls: 0, checkedChars: 0, engineChars: 0, fullChecks: 0, partialChecks: 0 };
  private state: CheckState | undefined;
  /** The scan that rules pages out; the page watcher also asks it about the page's cheapest reading. */
  readonly prefilter: Prefilter;
  private readonly chunkChars: number;
  private readonly maxUnitChars: number;
  private readonly context: number;
  private nextChars: number;
  private remote: RemoteEngine | undefined;

  constructor(
    /** The engine in this context; null where only the remote one may run (the content script carries none). */
    private readonly engine: Engine | null,
    dataset: TopicData,
    options: IncrementalOptions = {},
  ) {
    this.prefilter = createPrefilter(dataset);
    this.chunkChars = options.chunkChars ?? 4000;
    this.maxUnitChars = options.maxUnitChars ?? 500;
    this.context = options.context ?? 3;
    this.nextChars = this.chunkChars;
    this.remote = options.remote;
  }

  /** The claims of the last text checked. */
  get claims(): Claim[] {
    return this.state?.claims ?? [];
  }

  /**
   * Have the remote engine get ready (build itself) now, while the page is still being read: its first
   * build takes a good part of a second. An empty text costs nothing else; failures are the check's to see.
   */
  warm(): void {
    this.remote?.('', {}).catch(() => undefined);
  }

  /** Forget the last page (a new route or a new document): the next check is a full one. */
  reset(): void {
    this.state = undefined;
  }

  /** Claims for `text`, all at once, with the local engine. */
  checkSync(text: string): Claim[] {
    const engine = this.engine;
    if (!engine) throw new Error('checkSync needs a local engine');
    const work = this.work(text);
    let r = work.next();
    while (!r.done) r = work.next(r.value === PAUSE ? [] : engine(r.value.text, r.value.options));
    return this.commit(r.value);
  }

  /**
   * Claims for `text`. With a remote engine the page's main thread only waits for answers; with the
   * local one, slices are sized to about TARGET_MS and the page gets a turn whenever `budgetMs` has
   * been used. Resolves to undefined if `cancelled()` turns true (a newer check supersedes this one).
   */
  async check(text: string, opts: CheckRunOptions = {}): Promise<Claim[] | undefined> {
    const budget = opts.budgetMs ?? 12;
    const pause = opts.pause ?? yieldToPage;
    const work = this.work(text, opts);
    let since = performance.now();
    // Give the page a turn; false when a newer check has superseded this one meanwhile.
    const turn = async (): Promise<boolean> => {
      await pause();
      since = performance.now();
      return !opts.cancelled?.();
    };
    let r = work.next();
    while (!r.done) {
      if (r.value === PAUSE) {
        if (!(await turn())) return undefined;
        r = work.next([]);
        continue;
      }
      const { text: slice, options } = r.value;
      let claims: Claim[] | undefined;
      if (this.remote) {
        try {
          claims = await this.remote(slice, options);
        } catch (error) {
          // The background is gone (the extension was reloaded) or refused the request: carry on here, if we can.
          if (!this.engine) throw error;
          this.remote = undefined;
        }
        if (opts.cancelled?.()) return undefined;
        since = performance.now();
      }
      if (!claims) {
        if (!this.engine) throw new Error('no engine here and no remote one');
        const t0 = performance.now();
        claims = this.engine(slice, options);
        // Size the next slice so one engine call takes about TARGET_MS on this machine and this kind of text.
        const perChar = (performance.now() - t0) / Math.max(1, slice.length);
        this.nextChars = Math.round(Math.min(this.chunkChars, Math.max(MIN_CHUNK, perChar > 0 ? TARGET_MS / perChar : this.chunkChars)));
        if (performance.now() - since >= budget && !(await turn())) return undefined;
      }
      r = work.next(claims);
    }
    return this.commit(r.value);
  }

  /** The work of one check against the last state; nothing is kept until it completes. */
  private work(text: string, opts: CheckRunOptions = {}): Work<CheckState> {
    const config: PlanConfig = {
      chunkChars: this.chunkChars,
      maxUnitChars: this.maxUnitChars,
      context: this.context,
      nextChars: () => this.nextChars,
      firstOffset: opts.firstOffset,
    };
    const progress = opts.onProgress;
    if (progress) {
      const final: [number, number][] = [];
      config.onFinal = (units, local, from, to) => {
        final.push([from, to]);
        // The claims final so far, in document order: made only if the caller asks for them.
        progress(() => finalClaims(units, local, final));
      };
    }
    return planCheck(text, this.state, config, this.prefilter, this.stats);
  }

  private commit(state: CheckState): Claim[] {
    this.state = state;
    return state.claims;
  }
}
