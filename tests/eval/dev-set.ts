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

/** Every labelled line of tests/fixtures/claims.*.jsonl. */
export function loadDevSet(): DevLine[] {
  const files = readdirSync(fixtures).filter((f) => /^claims\.[a-z]+\.jsonl$/.test(f)).sort();
  return files.flatMap((f) =>
    readFileSync(fixtures + f, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as DevLine),
  );
}

const RANK: Record<Verdict, number> = { contradicted: 4, disputed: 3, unverified: 2, supported: 1 };

/** One label for a text that may hold several sentences: the precedence rule, or off-topic for no claim. */
export function labelOf(claims: readonly Claim[]): Label {
  if (claims.length === 0) return 'off-topic';
  return claims.reduce((a, c) => (RANK[c.verdict] > RANK[a.verdict] ? c : a)).verdict;
}
