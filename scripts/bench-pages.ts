/**
 * Deterministic generated pages for `npm run bench`, `npm run bench:browser` and the robustness tests.
 * Off-topic pages are news-like prose that never names the story; on-topic pages are the same prose
 * with a real article about the drum session (the fixtures' text) every 5,000 words, as on a news
 * page whose sidebar, comments and related stories surround the article.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { hiddenByAttributes } from '../dom/elements';
import { extractText } from '../dom/extract';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

const WORDS = (
  'council budget report market shares growth policy officials city residents weather forecast rain season harvest ' +
  'farmers prices energy transport railway station bridge river school teachers students exam results hospital ' +
  'doctors patients research study university library museum exhibition painting gallery artist festival food ' +
  'restaurant chef recipe garden park football match league season coach players stadium fans tickets election ' +
  'voters candidate debate campaign company profits quarter investors bank interest rates inflation housing rent ' +
  'construction project engineers software update phone battery screen launch customers service delivery traffic ' +
  'accident police investigation court judge ruling appeal law regulation minister committee hearing report ' +
  'climate emissions solar wind power grid water supply drought flood storm coast tourism hotel visitors summer ' +
  'winter autumn spring morning evening weekend holiday family children community volunteers charity donation'
).split(' ');
const GLUE = 'the a of in on for with to from and after before during about across near over under'.split(' ');
const NAMES = 'Smith Garcia Novak Okafor Larsen Rossi Dubois Costa Jensen Moreau Silva Brown Keller Varga'.split(' ');

/** A small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

function sentence(r: () => number): { text: string; words: number } {
  const n = 8 + Math.floor(r() * 13);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(i % 3 === 1 ? pick(r, GLUE) : r() < 0.08 ? pick(r, NAMES) : pick(r, WORDS));
  const text = out.join(' ');
  return { text: text[0]!.toUpperCase() + text.slice(1) + (r() < 0.1 ? '?' : '.'), words: n };
}

/** Paragraphs (one per line) of off-topic prose, about `words` words. */
export function filler(words: number, seed = 1): string[] {
  const r = rng(seed);
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const sentences: string[] = [];
    const n = 3 + Math.floor(r() * 4);
    for (let i = 0; i < n && count < words; i++) {
      const s = sentence(r);
      sentences.push(s.text);
      count += s.words;
    }
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs;
}

let articles: string[][] | undefined;
/** The lines of the fixtures' English articles about the story. */
export function storyArticles(): string[][] {
  articles ??= ['en-wire-story.html', 'en-tabloid-errors.html'].map((name) => {
    const { document } = parseHTML(readFileSync(join(ROOT, 'tests/fixtures/pages', name), 'utf8'));
    return extractText(document.body as unknown as Element, { isHidden: hiddenByAttributes }).text.split('\n');
  });
  return articles;
}

const countWords = (lines: readonly string[]) => lines.reduce((n, l) => n + (l.match(/\S+/g)?.length ?? 0), 0);

export type Topic = 'on' | 'off';

/** A page of about `words` words as lines of text; on-topic pages carry an article every 5,000 words. */
export function pageLines(topic: Topic, words: number, seed = 7): string[] {
  if (topic === 'off') return filler(words, seed);
  const lines: string[] = [];
  const stories = storyArticles();
  let used = 0;
  for (let k = 0; used < words; k++) {
    const article = stories[k % stories.length]!;
    lines.push(...article);
    used += countWords(article);
    const rest = Math.min(5000 - countWords(article), words - used);
    if (rest > 0) {
      lines.push(...filler(rest, seed + k));
      used += rest;
    }
  }
  return lines;
}

/** Words needed for about `chars` characters of generated text. */
export function wordsForChars(chars: number): number {
  const sample = filler(5000, 3).join('\n');
  return Math.round((chars / sample.length) * 5000);
}

/** The sizes the bench measures. */
export const SIZES: { label: string; words: number }[] = [
  { label: '1k words', words: 1000 },
  { label: '5k words', words: 5000 },
  { label: '50k words', words: 50_000 },
  { label: '1 MB', words: wordsForChars(1_000_000) },
];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The same lines as one paragraph, a single text node: the worst case for layout and for cutting text. */
export function oneNodeHtml(lines: readonly string[], title: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><p>${esc(lines.join(' '))}</p></body></html>`;
}

/** An HTML page with one paragraph per line; text is escaped, never markup. */
export function pageHtml(lines: readonly string[], title: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><main>${lines
    .map((l) => `<p>${esc(l)}</p>`)
    .join('\n')}</main></body></html>`;
}
