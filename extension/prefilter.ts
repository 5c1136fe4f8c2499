/**
 * A cheap, conservative gate in front of the engine: one regular-expression pass over the page text
 * that says whether the page can possibly be about the story. The engine calls a page on topic only
 * when, within a few sentences, it finds a strong mention from every group of `pack.topic.page`;
 * a page with no strong mention of some group anywhere can never pass, so it costs one scan and
 * the engine never runs. When this says "maybe", the engine decides.
 *
 * Built from the data pack (the same forms and patterns the lexicon compiles), so it follows the
 * data as the data changes. Soundness (gate says no ⇒ `checkText` returns []) is property-tested
 * in tests/unit/robust-engine.test.ts.
 */
import { formSource } from '../lib/lexicon';
import type { Dataset } from '../lib/pack';

// Mirrors lib/normalize.ts (tested equal there), minus its cost on large ASCII pages.
const INVISIBLE = /[\u00AD\u200B-\u200F\u2060\uFEFF]/g;
const LINE_BREAKS = /[\n\r\u2028\u2029]/g;
const NON_ASCII = /[^\x00-\x7F]/;

/**
 * The text as the engine's lexicon sees it, sentence by sentence: NFKC, no invisible characters,
 * straight apostrophes, runs of white space as one space. Line breaks become U+0000, which no
 * form, pattern or look-around treats as a letter or a space, so no match can span two lines
 * (the engine never reads across a line either).
 */
export function scanText(text: string): string {
  let t = text.replace(LINE_BREAKS, '\u0000');
  if (NON_ASCII.test(t)) t = t.normalize('NFKC').replace(INVISIBLE, '').replace(/[\u2018\u2019\u2032]/g, "'");
  return t.replace(/\s{2,}|[^\S ]/g, ' ');
}

export interface Prefilter {
  /** False only when the engine would certainly find the page off topic. */
  mayBeOnTopic(text: string): boolean;
  /** Which topic groups have a strong mention somewhere in `text`. */
  groupsHit(text: string): boolean[];
}

export function createPrefilter(dataset: Dataset): Prefilter {
  const byKey = new Map(dataset.pack.lexicon.map((e) => [e.key, e]));
  const groups = dataset.pack.topic.page;
  const sources = groups.map((group) =>
    group.flatMap((key) => {
      const entry = byKey.get(key);
      // Only strong mentions count for the page gate; an unknown key can never be hit.
      if (!entry || entry.anchor !== 'strong') return [];
      return [...(entry.forms ?? []).map(formSource), ...(entry.patterns ?? [])];
    }),
  );
  // One alternation, one named group per topic group: a single left-to-right pass.
  const alternatives = sources.map((s, i) => (s.length ? `(?<g${i}>${s.map((x) => `(?:${x})`).join('|')})` : '')).filter(Boolean);
  const re = alternatives.length ? new RegExp(alternatives.join('|'), 'giu') : undefined;

  const groupsHit = (text: string): boolean[] => {
    const hit = groups.map(() => false);
    if (!re || typeof text !== 'string' || text.length === 0) return hit;
    const scan = scanText(text);
    let left = groups.length;
    re.lastIndex = 0;
    for (let m = re.exec(scan); m && left > 0; m = re.exec(scan)) {
      if (m[0].length === 0) re.lastIndex++;
      for (let i = 0; i < groups.length; i++) {
        if (!hit[i] && m.groups?.[`g${i}`] !== undefined) {
          hit[i] = true;
          left--;
        }
      }
    }
    return hit;
  };
  return {
    groupsHit,
    mayBeOnTopic: (text) => groups.length === 0 || groupsHit(text).every(Boolean),
  };
}
