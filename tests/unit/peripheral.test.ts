import { describe, expect, it } from 'vitest';
import { checkText } from '../../extension/background/checker';
import { labelOf } from '../eval/dev-set';

const judge = (text: string) => labelOf(checkText(text, { assumeOnTopic: true }));
const DETAIL = 'two senior officials briefed reporters late that evening at a hotel near the station';

// The labelling rule: a sourced central claim with an unsourced detail around it is still supported.
// Each detail here is long enough that, weighed like the central claim, it would drag the sentence to unverified.
describe('detail around a sourced central claim', () => {
  it.each([
    `According to ${DETAIL.replace('briefed', 'who briefed')}, Takaichi and Lee drummed to “Dynamite” after their talks.`,
    `Takaichi and Lee drummed to “Dynamite” after their talks (${DETAIL} about the encounter).`,
    `Takaichi and Lee drummed to “Dynamite” after their talks — an encounter that ${DETAIL.replace('briefed', 'described to')} — and smiled.`,
    `Takaichi and Lee drummed to “Dynamite” after their talks, prompting ${DETAIL.replace('briefed', 'to brief')}.`,
  ])('supported: %s', (s) => expect(judge(s)).toBe('supported'));

  it('the same words as the central claim stay unverified', () => {
    expect(judge(`Later, ${DETAIL} about the leaders’ talks.`)).toBe('unverified');
  });

  it('a wrong value in an aside still conflicts', () => {
    expect(judge('Takaichi and Lee drummed to “Dynamite” after their talks (held in Tokyo on Tuesday).')).toBe('contradicted');
  });
});

// Each outlet translates a leader's post its own way: once a curated fact knows the quote's phrase and its
// speaker, the quote's other words are that translation, not new claims.
describe('another translation of a known quote', () => {
  it.each([
    '“Honestly it felt a bit awkward to begin with, yet with every hit the beat settled in,” Lee posted afterwards.',
    '「最初は少しぎこちなかったけれど、叩くうちに息が合ってきた」と李大統領はXに書き込んだ。',
  ])('supported: %s', (s) => expect(judge(s)).toBe('supported'));

  it('the same quote with no phrase a fact knows stays unverified', () => {
    expect(judge('“Honestly it felt odd to begin with, yet with every hit the beat settled in,” Lee posted afterwards.')).toBe('unverified');
  });

  it('the known phrase put in the other leader’s mouth still conflicts', () => {
    expect(judge('“Honestly it felt a bit awkward to begin with, yet with every hit the beat settled in,” Takaichi said of her own playing.')).toBe(
      'contradicted',
    );
  });
});
