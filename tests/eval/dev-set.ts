import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Claim, Verdict } from '../../lib/types';

export type Label = Verdict | 'off-topic';
export const LABELS: Label[] = ['supported', 'contradicted', 'disputed', 'unverified', 'off-topic'];

export interface DevLine {
  id: string;
  lang: 'en' | 'ja' | 'ko';
  page: 'event' | 'other';
  text: string;
  label: Label;
  seeds: string[];
  note: string;
}

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));

const readLines = (f: string): DevLine[] =>
  readFileSync(fixtures + f, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as DevLine);

/** Every labelled line of tests/fixtures/claims.{en,ja,ko}.jsonl (the dev set; the held-out file is not part of it). */
export function loadDevSet(): DevLine[] {
  const files = readdirSync(fixtures)
    .filter((f) => /^claims\.(en|ja|ko)\.jsonl$/.test(f))
    .sort();
  return files.flatMap(readLines);
}

/** tests/fixtures/claims.heldout.jsonl: lines written apart from the dev set, scored on their own and never tuned on. */
export function loadHeldOut(): DevLine[] {
  return readLines('claims.heldout.jsonl');
}

const RANK: Record<Verdict, number> = { contradicted: 4, disputed: 3, unverified: 2, supported: 1 };

/** One label for a text that may hold several sentences: the precedence rule, or off-topic for no claim. */
export function labelOf(claims: readonly Claim[]): Label {
  if (claims.length === 0) return 'off-topic';
  return claims.reduce((a, c) => (RANK[c.verdict] > RANK[a.verdict] ? c : a)).verdict;
}
