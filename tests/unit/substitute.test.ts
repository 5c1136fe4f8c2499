import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../extension/background/checker';
import { normalize } from '../../lib/normalize';

// Alterations no curated fact lists (issue 11, item 3): a close restatement of a source with one value swapped
// is contradicted, citing the source sentence it departs from; the faithful restatement stays supported.
interface Alteration {
  id: string;
  label: 'supported' | 'contradicted';
  kind: string;
  text: string;
}
const lines = readFileSync(new URL('../fixtures/alterations.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Alteration);

describe('the general substitution check', () => {
  it.each(lines.map((l) => [l.id, l.kind, l] as const))('%s (%s)', (_id, _kind, line) => {
    const claim = checkText(normalize(line.text), { assumeOnTopic: true })[0];
    expect(claim?.verdict).toBe(line.label);
    if (line.label === 'contradicted') expect(claim?.citations.some((c) => c.relation === 'conflicts')).toBe(true);
  });
});
