import type { Mention } from './lexicon';

const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  fifteen: 15,
  twenty: 20,
  'twenty-five': 25,
  thirty: 30,
  forty: 40,
  'forty-five': 45,
  fifty: 50,
  sixty: 60,
  ninety: 90,
};
const NUM = `(\\d+(?:\\.\\d+)?|${Object.keys(WORD_NUMBERS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;

// Each pattern yields minutes from its first capture (or a fixed value).
const DURATIONS: { re: RegExp; minutes: (m: RegExpExecArray) => number }[] = [
  { re: new RegExp(`(?<![\\p{L}\\p{N}])${NUM}[\\s-]*(?:minutes?|mins?)(?![\\p{L}])`, 'giu'), minutes: (m) => num(m[1]) },
  { re: new RegExp(`(?<![\\p{L}\\p{N}])${NUM}[\\s-]*(?:hours?|hrs?)(?![\\p{L}])`, 'giu'), minutes: (m) => num(m[1]) * 60 },
  { re: /(?<![\p{L}])half[\s-]an?[\s-]hour(?![\p{L}])/giu, minutes: () => 30 },
  { re: /(?<![\p{L}])(?:an|one|a full|a whole|full)[\s-]hour(?![\p{L}])|(?<![\p{L}])hour[\s-]long(?![\p{L}])/giu, minutes: () => 60 },
  { re: /(\d+)\s?分(?:間)?/gu, minutes: (m) => num(m[1]) },
  { re: /(\d+)\s?時間/gu, minutes: (m) => num(m[1]) * 60 },
  { re: /(\d+)\s?분(?:간|\s?동안|여)?/gu, minutes: (m) => num(m[1]) },
  { re: /(\d+)\s?시간/gu, minutes: (m) => num(m[1]) * 60 },
];

function num(s: string | undefined): number {
  if (!s) return NaN;
  const lower = s.toLowerCase();
  return lower in WORD_NUMBERS ? WORD_NUMBERS[lower]! : Number(lower);
}

/** Durations in the text as mentions of type `duration`, valued in minutes. */
export function findDurations(text: string): Mention[] {
  const out: Mention[] = [];
  for (const { re, minutes } of DURATIONS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const value = minutes(m);
      if (Number.isFinite(value)) {
        out.push({ key: `duration:${value}`, type: 'duration', start: m.index, end: m.index + m[0].length, anchor: undefined, value });
      }
    }
  }
  // "an hour" inside "half an hour" is not a second duration.
  return out.filter((m) => !out.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start));
}
