/**
 * On a first look at a long page, its beginning is checked and marked while the rest is still being
 * read (the reading hands over its first PREVIEW_CHARS characters of text). Only claims well before the
 * end of that text are marked: their sentences' context is all there, so the whole page's check gives
 * them the same verdicts, and it replaces these marks once done.
 */
import type { ExtractedText } from '../../dom/extract';
import type { Claim } from '../../lib/types';
import type { IncrementalChecker } from '../plan/incremental';

export const PREVIEW_CHARS = 30_000;

/**
 * Where the claims of a text's beginning are settled: before its last lines, well past the context the
 * checker reads around a sentence (three units and a stretch of six, extension/plan/units.ts).
 */
export function settledEnd(text: string): number {
  let at = text.length;
  for (let n = 0; n < 16 && at > 0; n++) at = text.lastIndexOf('\n', at - 1);
  return Math.max(0, Math.min(at, text.length - 8000));
}

/** The settled claims of the beginning of a page (`read`), or none if the check was cancelled or failed. */
export async function previewClaims(incremental: IncrementalChecker, read: ExtractedText, cancelled: () => boolean): Promise<Claim[]> {
  try {
    const claims = await incremental.check(read.text, { cancelled });
    if (!claims || cancelled()) return [];
    const end = settledEnd(read.text);
    return claims.filter((c) => c.end <= end);
  } catch (error) {
    console.debug('[drum-factcheck] preview skipped:', error);
    return [];
  }
}
