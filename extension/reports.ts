/**
 * "This verdict is wrong" reports. Kept in `local:` storage on purpose: they never leave the
 * device (not even through browser sync) unless the user exports them from the options page.
 */
import { storage } from 'wxt/utils/storage';
import type { Claim, Verdict } from '../lib/types';

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
const VERDICTS = new Set<string>(['supported', 'contradicted', 'disputed', 'unverified']);

export const reportsItem = storage.defineItem<VerdictReport[]>('local:verdictReports', { fallback: [], version: 1 });

function isReport(v: unknown): v is VerdictReport {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return ['id', 'at', 'url', 'claim', 'reason', 'comment'].every((k) => typeof r[k] === 'string') && VERDICTS.has(r.verdict as string);
}

export function validReports(value: unknown): VerdictReport[] {
  return Array.isArray(value) ? value.filter(isReport) : [];
}

export async function readReports(): Promise<VerdictReport[]> {
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
  await reportsItem.setValue([...(await readReports()), report].slice(-MAX_REPORTS));
  return report;
}

export async function deleteReport(id: string): Promise<void> {
  await reportsItem.setValue((await readReports()).filter((r) => r.id !== id));
}

export async function clearReports(): Promise<void> {
  await reportsItem.removeValue();
}

export function watchReports(onChange: (reports: VerdictReport[]) => void): () => void {
  return reportsItem.watch((v) => onChange(validReports(v)));
}

/** The export file's contents: stable, readable JSON with a format marker for whoever reads it later. */
export function exportReports(reports: readonly VerdictReport[]): string {
  return JSON.stringify({ format: 'drum-factcheck-reports', version: 1, reports }, null, 2) + '\n';
}
