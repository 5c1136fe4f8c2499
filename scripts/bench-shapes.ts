/**
 * Two generated (seeded) page shapes for `npm run bench:browser`, built like pages people read:
 *
 *   heavy news page  about 1 MB of visible text in about 50,000 elements: short unrelated briefs with
 *                    inline markup (<a>, <em>, <strong>, <span>, <b>, <i>) around every few words, and a
 *                    few hundred sentences about the drum session (the fixtures' articles) scattered
 *   off-story page   about 200 KB about Nara's deer park, a drum shop and the K-pop charts: it shares
 *                    the story's words (Nara, drums, Pearl, "Dynamite", "Golden", BTS, Seoul, Tokyo) but
 *                    never names the leaders or their meeting
 */
import { filler, rng, storyArticles } from './bench-pages';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const INLINE = ['a', 'em', 'strong', 'span', 'b', 'i'] as const;

/** Words in runs of one to six, each run wrapped in an inline element (links get an href, some runs nest). */
function marked(text: string, r: () => number): string {
  const words = text.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    const n = 1 + Math.floor(r() * 6);
    const run = esc(words.slice(i, i + n).join(' '));
    i += n;
    const tag = pick(r, INLINE);
    const open = tag === 'a' ? `<a href="#s${Math.floor(r() * 1000)}">` : `<${tag}>`;
    const inner = r() < 0.1 ? `<span>${run}</span>` : run;
    out.push(`${open}${inner}</${tag}>`);
  }
  return out.join(' ');
}

/** Lines of the story's articles long enough to be prose, in order (each a paragraph of one to three sentences). */
function storyParagraphs(): string[][] {
  return storyArticles().map((lines) => lines.filter((l) => l.length > 80));
}

/** The heavy news page: briefs of filler prose, and every 40th brief two paragraphs of the story. */
export function heavyNewsHtml(chars = 1_000_000, seed = 11): string {
  const r = rng(seed);
  const stories = storyParagraphs();
  const paragraphs = filler(Math.round(chars / 7.6), seed);
  const briefs: string[] = [];
  let k = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const head = p.split(' ').slice(0, 6).join(' ');
    briefs.push(`<article class="brief"><h3>${marked(head, r)}</h3><p>${marked(p, r)}</p></article>`);
    if (i % 40 === 20) {
      const story = stories[k % stories.length]!;
      const at = (k * 2) % Math.max(1, story.length - 1);
      const body = story
        .slice(at, at + 2)
        .map((l) => `<p>${marked(l, r)}</p>`)
        .join('');
      briefs.push(`<article class="brief"><h3>${marked('Leaders drum after the summit', r)}</h3>${body}</article>`);
      k++;
    }
  }
  const nav = Array.from({ length: 40 }, (_, i) => `<li><a href="#n${i}">Section ${i}</a></li>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Heavy news page</title></head><body><header><nav><ul>${nav}</ul></nav></header><main>${briefs.join('\n')}</main><footer><p>© The Daily Brief</p></footer></body></html>`;
}

const DEER = [
  'The deer of Nara Park bow to visitors who hold out {snack}.',
  'About {n} sika deer roam the park around {place} in Nara.',
  'Keepers in Nara say the deer have grown bolder with the {season} crowds.',
  'A sign near {place} warns that the deer may nibble maps and tickets.',
  'Rangers counted {n} fawns in Nara this {season}, more than last year.',
  'Tourists from Tokyo and Seoul queue for {snack} at the stalls by {place}.',
];
const DRUMS = [
  'The drum shop on {street} keeps {n} Pearl kits on its upper floor.',
  'A used Pearl snare drum sold for {n},000 yen at the shop this week.',
  "Drummers come from Tokyo to try the shop's {colour} drum kits.",
  'The owner has tuned drums for session players for {n} years.',
  "Lessons for beginner drummers start at {n} o'clock on {day}s.",
  'Drumsticks, cymbals and a {colour} bass drum fill the front window.',
];
const KPOP = [
  'BTS\'s "Dynamite" re-entered the chart at number {n}.',
  'The song "Golden" held the top spot in Seoul for a {nth} week.',
  'Fans in Tokyo and Seoul streamed "Dynamite" {n} million times this {season}.',
  "The chart's drummer of the year played on {n} of its top songs.",
  'A cover of "Golden" by a Tokyo drum circle went viral on {day}.',
  'Seoul\'s music shows ranked "Dynamite" and "Golden" side by side.',
];
const SLOTS: Record<string, readonly string[]> = {
  snack: ['deer crackers', 'shika senbei', 'rice crackers'],
  place: ['Todai-ji', 'Kasuga Taisha', 'the Kofuku-ji pagoda', 'Nara Station'],
  season: ['spring', 'summer', 'autumn', 'winter'],
  street: ['Sanjo-dori', 'Higashimuki', 'Konishi-dori'],
  colour: ['red', 'sparkle blue', 'black', 'white pearl'],
  day: ['Monday', 'Tuesday', 'Friday', 'Saturday'],
  nth: ['second', 'third', 'fifth', 'ninth'],
};
function fill(template: string, r: () => number): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => (slot === 'n' ? String(2 + Math.floor(r() * 900)) : pick(r, SLOTS[slot]!)));
}

/** The off-story page: sections on the deer, the drum shop and the charts, in paragraphs with some inline markup. */
export function offStoryHtml(chars = 200_000, seed = 5): string {
  const r = rng(seed);
  const topics = [
    { title: "Nara's deer", lines: DEER },
    { title: 'The drum shop', lines: DRUMS },
    { title: 'K-pop charts', lines: KPOP },
  ];
  const parts: string[] = [];
  let size = 0;
  for (let s = 0; size < chars; s++) {
    const topic = topics[s % topics.length]!;
    parts.push(`<section><h2>${esc(topic.title)}</h2>`);
    for (let p = 0; p < 6; p++) {
      const n = 3 + Math.floor(r() * 4);
      const text = Array.from({ length: n }, () => fill(pick(r, topic.lines), r)).join(' ');
      size += text.length + 1;
      parts.push(`<p>${r() < 0.5 ? marked(text, r) : esc(text)}</p>`);
    }
    parts.push('</section>');
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Nara, drums and the charts</title></head><body><main>${parts.join('\n')}</main></body></html>`;
}
