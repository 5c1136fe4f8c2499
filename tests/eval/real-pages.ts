import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkText } from '../../extension/background/checker';
import type { Claim } from '../../lib/types';
import type { Label } from './dev-set';

const dir = fileURLToPath(new URL('../fixtures/real-pages/', import.meta.url));

interface RealLabel {
  id: string;
  text: string;
  label: Label;
  note: string;
  unsure?: boolean;
}

export interface RealOutcome {
  id: string;
  lang: string;
  text: string;
  gold: Label;
  predicted: Label;
  reason: string;
  note: string;
  unsure: boolean;
}

/** A page file: header lines (URL, Language, …) up to the first blank line, then the page text. */
export function loadRealPages(): { id: string; lang: string; body: string }[] {
  return readdirSync(dir + 'articles')
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const raw = readFileSync(dir + 'articles/' + f, 'utf8');
      const cut = raw.indexOf('\n\n');
      const lang = /^Language: (\w+)/m.exec(raw.slice(0, cut))?.[1] ?? 'en';
      return { id: f.split('_')[0]!, lang, body: raw.slice(cut + 2) };
    });
}

/**
 * The README's overlap rule: a labelled sentence takes the verdict of the claim overlapping it most,
 * if that claim covers at least a third of it; otherwise it is off-topic.
 */
export function verdictAt(claims: readonly Claim[], start: number, end: number): Claim | undefined {
  let best: Claim | undefined;
  let most = 0;
  for (const c of claims) {
    const overlap = Math.min(end, c.end) - Math.max(start, c.start);
    if (overlap > most) [best, most] = [c, overlap];
  }
  return best && most >= (end - start) / 3 ? best : undefined;
}

/** Every labelled sentence of the real pages, each page's whole text checked at once, as a reader's browser would. */
export function runRealPages(): RealOutcome[] {
  const gold = readFileSync(dir + 'labels.jsonl', 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as RealLabel);
  const out: RealOutcome[] = [];
  for (const page of loadRealPages()) {
    const claims = checkText(page.body);
    for (const g of gold.filter((x) => x.id.startsWith(page.id + '-'))) {
      const start = page.body.indexOf(g.text);
      const claim = start < 0 ? undefined : verdictAt(claims, start, start + g.text.length);
      out.push({
        id: g.id,
        lang: page.lang,
        text: g.text,
        gold: g.label,
        predicted: claim?.verdict ?? 'off-topic',
        reason: claim?.reason ?? '',
        note: g.note,
        unsure: g.unsure === true,
      });
    }
  }
  return out;
}
