// The prefilter looks for its words in the text as it is, and normalizes only a text with characters
// outside ASCII: these are the names it must still find then, and the plain texts it must rule out.
import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/index';
import { topicData } from '../../data/topic';
import { createPrefilter } from '../../extension/plan/prefilter';
import { createChecker } from '../../lib/check';

const engine = createChecker(dataset);
const hidden = {
  'full-width letters': 'Ｔａｋａｉｃｈｉ and Ｌｅｅ played the ｄｒｕｍｓ together in Nara.',
  'soft hyphens inside names': 'Taka\u00ADichi and L\u00ADee played the dru\u00ADms together in Nara.',
  'zero-width spaces inside names': 'Taka\u200Bichi and Lee played the dr\u200Bums together in Nara.',
  'decomposed Hangul': '다카이치 총리와 이재명 대통령이 드럼을 함께 연주했다.'.normalize('NFD'),
};

describe.each([
  ['the pack', dataset],
  ['the content script’s topic terms', topicData],
] as const)('the prefilter built from %s', (_, data) => {
  const prefilter = createPrefilter(data);

  it.each(Object.entries(hidden))('finds names written with %s', (_, text) => {
    expect(engine.checkText(text).length).toBeGreaterThan(0);
    expect(prefilter.mayBeOnTopic(text)).toBe(true);
    expect(prefilter.passesWithout(prefilter.missingWords(text))).toBe(true);
  });

  it('rules out plain text that names no leader, by any rule', () => {
    const text = 'The drum shop in Nara sold a Pearl kit to a visitor after the summit of the regional council.';
    expect(prefilter.mayBeOnTopic(text)).toBe(false);
    expect(prefilter.passesWithout(prefilter.missingWords(text))).toBe(false);
  });

  it('reads words inside longer words as words (it only ever says maybe)', () => {
    // "Lee" in "fleet": the words are there, the names are not; the full patterns decide.
    const text = 'A fleet of leaders drummed.';
    expect(prefilter.missingWords(text)).not.toContain(0);
    expect(prefilter.mayBeOnTopic('A fleet of drum shops.')).toBe(false);
  });
});
