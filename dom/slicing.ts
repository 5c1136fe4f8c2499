/** A turn for the page between slices of work, and how long a slice may run. */
export interface SliceRules {
  budgetMs: number;
  pause: () => Promise<void>;
  /** True once the work is no longer wanted (a newer check superseded it): it stops at the next turn. */
  cancelled?: () => boolean;
}

/**
 * Run `work` (a generator that yields wherever it may be paused) in slices of about `budgetMs`, with a
 * turn for the page between them; undefined if cancelled at a turn.
 */
export async function runSliced<T>(work: Generator<void, T, void>, rules: SliceRules): Promise<T | undefined> {
  let since = performance.now();
  for (let r = work.next(); ; r = work.next()) {
    if (r.done) return r.value;
    if (performance.now() - since < rules.budgetMs) continue;
    await rules.pause();
    if (rules.cancelled?.()) return undefined;
    since = performance.now();
  }
}
