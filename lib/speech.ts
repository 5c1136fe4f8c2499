/**
 * Quotes in a sentence and who says them: a quoted word belongs to its speaker, not to the sentence's
 * subject, and a quote that reports someone else's words says nothing of whose they are (lib/roles.ts).
 */
import { coordinated, type Ref } from './people';
import type { RoleWords } from './role-words';

export const QUOTES = /["“”「」『』‘’]/;
export const REPORTED =
  /^[^」”"]*?(?:と|って)(?:おっしゃ|言っ|言わ|話し|聞い)|^[^”"]*?\b(?:you said|you told|told me|he said|she said)\b|^[^”"]*?(?:라고|다고)\s?(?:하셨|하셔|했|말씀|들)/;

export function insideQuote(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const opens = (before.match(/[“「『]/g) ?? []).length - (before.match(/[”」』]/g) ?? []).length;
  const straight = (before.match(/"/g) ?? []).length % 2 === 1;
  return opens > 0 || straight;
}

const SAYS =
  /^[\s,]*(?:\p{L}+\s+){0,3}?(?:said|says|told|tells|wrote|writes|added|posted|remarked|recalled|noted|stated|commented)\b|^[\s,]*(?:と|って)(?:述べ|語っ|話し|書い|投稿|言っ|明かし|強調)|^[\s,]*(?:라고|이라고|고|며)\s?(?:말했|밝혔|썼|적었|전했|강조했|덧붙였)/u;

/**
 * Who says a quote: the person named right after it with a reporting verb ("…," Lee said), else the person
 * named last before it opens ("Lee wrote on X that the performance at first “felt a bit awkward”").
 */
export function speaker(text: string, refs: readonly Ref[], pred: { start: number; end: number }, w: RoleWords): string | undefined {
  const open = Math.max(text.lastIndexOf('“', pred.start), text.lastIndexOf('「', pred.start), lastStraightOpen(text, pred.start));
  if (open < 0) return undefined;
  const closeAt = text.slice(pred.end).search(/[”」"]/);
  if (closeAt >= 0) {
    const close = pred.end + closeAt + 1;
    const after = refs.find((r) => r.start >= close && r.start - close <= 30 && SAYS.test(text.slice(r.end)));
    if (after) return after.key;
  }
  const before = refs.filter((r) => r.end <= open);
  const last = before[before.length - 1];
  // "Takaichi and Lee said …": both speak; the quote is not one person's.
  const partner = before[before.length - 2];
  if (last && partner && partner.key !== last.key && coordinated(text, partner, last, w)) return undefined;
  return last?.key;
}

function lastStraightOpen(text: string, at: number): number {
  const quotes = [...text.slice(0, at).matchAll(/"/g)].map((m) => m.index!);
  return quotes.length % 2 === 1 ? quotes[quotes.length - 1]! : -1;
}

const CLOSING: Readonly<Record<string, string>> = { '“': '”', '「': '」', '『': '』', '"': '"' };

/** The quoted stretches of a sentence, marks included: paired curly or corner quotes, or straight ones in pairs. */
export function quoteSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    const close = CLOSING[text[i]!];
    if (!close) continue;
    const end = text.indexOf(close, i + 1);
    if (end < 0) break;
    spans.push([i, end + 1]);
    i = end;
  }
  return spans;
}
