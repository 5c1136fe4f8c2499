import { describe, expect, it } from 'vitest';
import { checkText } from '../../extension/checker';

const EVENT = [
  'Japan’s leader and her South Korean guest traded diplomacy for drumsticks.',
  'Prime Minister Sanae Takaichi and President Lee Jae-myung drummed along to K-pop songs after their talks in Nara.',
  'Stock markets in Asia were mixed on Tuesday.',
  'The two leaders are expected to meet again later this year.',
].join('\n');

describe('topic gate', () => {
  it('checks a page about the drum session, sentence by sentence', () => {
    const claims = checkText(EVENT);
    const texts = claims.map((c) => c.text);
    expect(texts).toContain('Prime Minister Sanae Takaichi and President Lee Jae-myung drummed along to K-pop songs after their talks in Nara.');
    expect(texts).not.toContain('Stock markets in Asia were mixed on Tuesday.');
  });

  it.each([
    ['Nara’s deer', 'Visitors to Nara Park buy crackers for the deer, which bow before eating. Taiko drums sound at the spring festival in Nara.'],
    ['BTS in 2020', 'BTS released “Dynamite” in August 2020, and the song went straight to No. 1 on the Billboard Hot 100. The band’s drummer-free disco track became a pandemic anthem.'],
    ['another summit', 'Japanese Prime Minister Sanae Takaichi and South Korean President Lee Jae-myung held talks in Gyeongju on the sidelines of APEC. They discussed trade and North Korea.'],
    ['a figure of speech', 'Takaichi hopes to drum up support for her budget, while Lee faces questions at home.'],
  ])('gives nothing on a page that only shares words: %s', (_name, page) => {
    expect(checkText(page)).toEqual([]);
  });

  it('returns offsets that slice the input to each claim', () => {
    for (const c of checkText(EVENT)) expect(EVENT.slice(c.start, c.end)).toBe(c.text);
  });

  it('is empty for empty input', () => {
    expect(checkText('')).toEqual([]);
  });
});
