import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readInputFile as readInput } from '../../cli/read-input';
import { checkText } from '../../extension/background/checker';
import type { Label } from './dev-set';

const dir = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));

export interface PageOutcome {
  page: string;
  lang: string;
  contains: string;
  gold: Label;
  predicted: Label;
}

/** Pages written as a held-out check (`heldout-*`): scored apart from the dev pages. */
const HELD_OUT = /^heldout\d*-/;

/**
 * Every labelled sentence of every fixture page, judged as the extension judges the whole page: the dev
 * pages, or with `heldOut` the held-out ones.
 */
export function runPages(heldOut = false): PageOutcome[] {
  const out: PageOutcome[] = [];
  const files = readdirSync(dir).filter((f) => f.endsWith('.expected.json') && HELD_OUT.test(f) === heldOut);
  for (const file of files.sort()) {
    const page = file.replace('.expected.json', '.html');
    let expected: { contains: string; label: Label }[];
    try {
      expected = JSON.parse(readFileSync(dir + file, 'utf8'));
    } catch {
      continue;
    }
    const text = readInput(dir + page);
    const claims = checkText(text);
    for (const e of expected) {
      const at = text.indexOf(e.contains);
      const claim = at < 0 ? undefined : claims.find((c) => c.start <= at && at < c.end);
      out.push({ page, lang: page.replace(HELD_OUT, '').slice(0, 2), contains: e.contains, gold: e.label, predicted: claim ? claim.verdict : 'off-topic' });
    }
  }
  return out;
}
