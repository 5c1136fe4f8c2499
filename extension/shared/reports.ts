/**
 * "This verdict is wrong" reports. Kept in `local:` storage on purpose: they never leave the
 * device (not even through browser sync) unless the user exports them from the options page.
 */
import { storage } from 'wxt/utils/storage';
import { VERDICT_ORDER } from '../../ui-base/vocabulary';
import type { Claim, Verdict } from '../../lib/types';

export interface VerdictReport {
  id: string;
  /** ISO time the report was made. */
  at: string;
  url: string;
  claim: string;
  verdict: Verdict;
  reason: string;
  comment: string;
}

const MAX_REPORTS = 500;
const MAX_TEXT = 2000;
const VERDICTS = new Set<unknown>(VERDICT_ORDER);

export const reportsItem = storage.defineItem<VerdictReport[]>('local:verdictReports', { fallback: [], version: 1 });

/** The reports as read, with how many stored entries could not be read (dropped) or were mended (repaired). */
export interface ReadReports {
  reports: VerdictReport[];
  dropped: number;
  repaired: number;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v.slice(0, MAX_TEXT) : undefined);

/**
 * One stored entry as a report. Without a claim or a known verdict there is nothing to show: dropped.
 * Anything else wrong is mended, so one bad field never hides the report (nor, thrown while rendering,
 * every other report): an unreadable time becomes "" (shown without a date), a missing text "".
 */
function readReport(v: unknown, i: number): { report: VerdictReport; repaired: boolean } | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const r = v as Record<string, unknown>;
  const claim = text(r.claim);
  if (!claim || !VERDICTS.has(r.verdict)) return null;
  const at = typeof r.at === 'string' && !Number.isNaN(Date.parse(r.at)) ? r.at : '';
  const id = typeof r.id === 'string' && r.id ? r.id : `repaired-${i}`;
  const report: VerdictReport = {
    id,
    at,
    url: text(r.url) ?? '',
    claim,
    verdict: r.verdict as Verdict,
    reason: text(r.reason) ?? '',
    comment: text(r.comment) ?? '',
  };
  return { report, repaired: (Object.keys(report) as (keyof VerdictReport)[]).some((k) => report[k] !== r[k]) };
}

export function validReports(value: unknown): ReadReports {
  if (value === null || value === undefined) return { reports: [], dropped: 0, repaired: 0 };
  if (!Array.isArray(value)) return { reports: [], dropped: 1, repaired: 0 };
  const out: ReadReports = { reports: [], dropped: 0, repaired: 0 };
  const ids = new Set<string>();
  value.forEach((v, i) => {
    const read = readReport(v, i);
    // A repeated id would make "Delete" remove both: the later one is a copy.
    if (!read || ids.has(read.report.id)) return void out.dropped++;
    ids.add(read.report.id);
    if (read.repaired) out.repaired++;
    out.reports.push(read.report);
  });
  return out;
}

export async function readReports(): Promise<ReadReports> {
  return validReports(await reportsItem.getValue());
}

export function makeReport(claim: Claim, url: string, comment: string, now = new Date()): VerdictReport {
  return {
    id: `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    at: now.toISOString(),
    url,
    claim: claim.text.slice(0, MAX_TEXT),
    verdict: claim.verdict,
    reason: claim.reason.slice(0, MAX_TEXT),
    comment: comment.trim().slice(0, MAX_TEXT),
  };
}

export async function addReport(claim: Claim, url: string, comment: string): Promise<VerdictReport> {
  const report = makeReport(claim, url, comment);
  await reportsItem.setValue([...(await readReports()).reports, report].slice(-MAX_REPORTS));
  return report;
}

export async function deleteReport(id: string): Promise<void> {
  await reportsItem.setValue((await readReports()).reports.filter((r) => r.id !== id));
}

export async function clearReports(): Promise<void> {
  await reportsItem.removeValue();
}

export function watchReports(onChange: (read: ReadReports) => void): () => void {
  return reportsItem.watch((v) => onChange(validReports(v)));
}

/** The export file's contents: stable, readable JSON with a format marker for whoever reads it later. */
export function exportReports(reports: readonly VerdictReport[]): string {
  return JSON.stringify({ format: 'drum-factcheck-reports', version: 1, reports }, null, 2) + '\n';
}
