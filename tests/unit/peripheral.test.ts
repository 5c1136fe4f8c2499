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
