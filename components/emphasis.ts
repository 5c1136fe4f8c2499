import { stem } from '../lib/tokens';

export interface QuotePart {
  text: string;
  /** The word also occurs in the claim: shown emphasised so the reader sees what matched. */
  hit: boolean;
}

// Words too common to say anything about why a source was cited.
const STOP = new Set(
  'the and for with from that this was were are has have had its his her their into after before about than then also said says will would'.split(' '),
);
// Made on first use: building a word segmenter loads ICU's dictionaries, tens of milliseconds that every
// page would pay when the content script loads, though only a card ever needs it.
let segmenter: Intl.Segmenter | undefined;
const words = { segment: (text: string) => (segmenter ??= new Intl.Segmenter('und', { granularity: 'word' })).segment(text) };
const LATIN = /^[\p{Script=Latin}\p{N}'’]+$/u;

function key(word: string): string | null {
  const w = word.toLowerCase();
  if (LATIN.test(w)) return w.length < 3 && !/\d/.test(w) ? null : STOP.has(w) ? null : stem(w.replace(/['’]s$/, ''));
  // Japanese and Korean: the segmenter's words, two characters or more (single kana and particles say nothing).
  return [...w].length >= 2 ? w : null;
}

/** The content words of a text, as comparable keys. */
function keysOf(text: string): Set<string> {
  const keys = new Set<string>();
  for (const s of words.segment(text)) {
    const k = s.isWordLike ? key(s.segment) : null;
    if (k) keys.add(k);
  }
  return keys;
}

/** How many content words `text` shares with `claim`. */
export function sharedWords(text: string, claim: string): number {
  const claimKeys = keysOf(claim);
  return [...keysOf(text)].filter((k) => claimKeys.has(k)).length;
}

/** Split `quote` into runs, marking the words it shares with `claim`. */
export function emphasize(quote: string, claim: string): QuotePart[] {
  const claimKeys = keysOf(claim);
  const tokens = [...words.segment(quote)].map((s) => {
    const k = s.isWordLike ? key(s.segment) : null;
    return { text: s.segment, hit: k !== null && claimKeys.has(k) };
  });
  // A space between two hits joins them, so "Nara on Tuesday"-like runs read as one emphasis.
  tokens.forEach((tok, i) => {
    if (!tok.hit && /^\s+$/.test(tok.text) && tokens[i - 1]?.hit && tokens[i + 1]?.hit) tok.hit = true;
  });
  const parts: QuotePart[] = [];
  for (const tok of tokens) {
    const last = parts[parts.length - 1];
    if (last && last.hit === tok.hit) last.text += tok.text;
    else parts.push({ ...tok });
  }
  return parts;
}
