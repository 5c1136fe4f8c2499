import type { Message } from '../extension/shared/protocol';

/** Where on the sources page to land: the row of a cited sentence (`cite`, a seed sentence id), preferring the point that says `point`. */
export interface SourcesTarget {
  cite?: string;
  point?: string;
}

interface RuntimeApi {
  getURL(path: string): string;
  sendMessage(msg: unknown): Promise<unknown>;
}

function runtime(): RuntimeApi | undefined {
  const g = globalThis as { browser?: { runtime?: RuntimeApi }; chrome?: { runtime?: RuntimeApi } };
  return g.browser?.runtime ?? g.chrome?.runtime;
}

export const SOURCES_PAGE = '/sources.html';

export function sourcesPath(target: SourcesTarget = {}): string {
  const query = new URLSearchParams();
  if (target.cite) query.set('cite', target.cite);
  if (target.point) query.set('point', target.point);
  const q = query.toString();
  return q ? `${SOURCES_PAGE}?${q}` : SOURCES_PAGE;
}

export function sourcesHref(target?: SourcesTarget): string {
  const path = sourcesPath(target);
  return runtime()?.getURL(path) ?? path;
}

/** Opens the sources page in a new tab, through the background: a web page may not open an extension page itself. */
export function openSources(target?: SourcesTarget): void {
  const msg: Message = { type: 'factcheck:open-sources', path: sourcesPath(target) };
  void runtime()
    ?.sendMessage(msg)
    .catch(() => undefined);
}
