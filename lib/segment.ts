/** A sentence of the input with its offsets: `text === input.slice(start, end)`. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

// ICU breaks after these even mid-sentence ("Mr. Lee", "Jan. 13"); rejoin them.
const ABBREVIATION = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|No|vs|U\.S|U\.K|e\.g|i\.e)\.$/;
// Korean sentences often end "다." / "요." without a following space before quotes or in tight CJK text.
const KO_END = /([다요])\.(?=\S)/g;
// ICU reads an opening bracket or quote right after a full stop as closing the sentence before (。「…): a new
// sentence opens with it ("…実現したそうです。「サプライズで準備しました」という…").
const CJK_END = /[。！？](?=[「『（“])/g;
// Inline elements set side by side lose the space between them ("…on Tuesday.Photograph: Cabinet Office"):
// a full stop after a word, then a capitalised word, is a sentence end all the same.
const JOINED = /(?<=\p{Ll}{2}[.!?]["”’)]?)(?=\p{Lu}\p{Ll})/gu;

let segmenter: Intl.Segmenter | undefined;
function getSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  return segmenter;
}

/**
 * Split text into sentences. Every line is its own unit first, so headlines,
 * captions and list items without a full stop stay separate sentences.
 */
export function segment(text: string): Span[] {
  const out: Span[] = [];
  const lineRe = /[^\n\r\u2028\u2029]+/g;
  for (let line = lineRe.exec(text); line; line = lineRe.exec(text)) {
    segmentLine(line[0], line.index, out);
  }
  return out;
}

function segmentLine(line: string, base: number, out: Span[]): void {
  if (!/\S/.test(line)) return;
  const cuts: number[] = [];
  for (const seg of getSegmenter().segment(line)) {
    if (seg.index > 0) cuts.push(seg.index);
  }
  for (const m of line.matchAll(KO_END)) cuts.push(m.index! + 2);
  for (const m of line.matchAll(CJK_END)) cuts.push(m.index! + 1);
  for (const m of line.matchAll(JOINED)) cuts.push(m.index!);
  cuts.sort((a, b) => a - b);
  let from = 0;
  for (const cut of [...cuts, line.length]) {
    if (cut <= from) continue;
    const piece = line.slice(from, cut).trimEnd();
    if (cut < line.length && (ABBREVIATION.test(piece) || insideBrackets(piece) || insideQuote(piece, line.slice(cut)))) continue;
    push(line, from, cut, base, out);
    from = cut;
  }
}

// A title such as 『KPOPガールズ！デーモン・ハンターズ』 holds a "！" that does not end the sentence.
function insideBrackets(piece: string): boolean {
  const open = (piece.match(/[『「（(]/g) ?? []).length;
  const close = (piece.match(/[』」）)]/g) ?? []).length;
  return open > close;
}

// A quote of several sentences is one claim with its speaker ("“I did it. It was my dream,” Lee said"),
// when the quote closes later on the line: an unclosed quote mark (a pull quote, a typo) must not swallow the line.
function insideQuote(piece: string, rest: string): boolean {
  const curly = (piece.match(/“/g) ?? []).length > (piece.match(/”/g) ?? []).length && rest.includes('”');
  const straight = (piece.match(/"/g) ?? []).length % 2 === 1 && rest.includes('"');
  return curly || straight;
}

function push(line: string, from: number, to: number, base: number, out: Span[]): void {
  const raw = line.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (!text) return;
  const start = base + from + lead;
  out.push({ text, start, end: start + text.length });
}
