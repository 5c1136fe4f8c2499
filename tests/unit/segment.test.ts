import { describe, expect, it } from 'vitest';
import { segment } from '../../lib/segment';

const texts = (t: string) => segment(t).map((s) => s.text);

describe('segment', () => {
  it('returns offsets that slice the input to each sentence', () => {
    const input = '  Headline without stop\nFirst one. Second one!  \n\nThird?';
    for (const s of segment(input)) expect(input.slice(s.start, s.end)).toBe(s.text);
    expect(texts(input)).toEqual(['Headline without stop', 'First one.', 'Second one!', 'Third?']);
  });

  it('keeps abbreviations inside a sentence', () => {
    expect(texts('Mr. Lee met Ms. Takaichi on Jan. 13 in Nara. Then they played.')).toEqual([
      'Mr. Lee met Ms. Takaichi on Jan. 13 in Nara.',
      'Then they played.',
    ]);
  });

  it('ends a sentence where inline elements lost the space after its full stop, not inside an abbreviation', () => {
    expect(texts('The leaders drummed in Nara on Tuesday.Photograph: Cabinet Office handout')).toEqual([
      'The leaders drummed in Nara on Tuesday.',
      'Photograph: Cabinet Office handout',
    ]);
    expect(texts('The U.S.Army band and Mr.Lee stayed.')).toEqual(['The U.S.Army band and Mr.Lee stayed.']);
  });

  it('splits Japanese and Korean sentences', () => {
    expect(texts('高市首相はドラムをたたいた。李大統領も参加した！')).toEqual(['高市首相はドラムをたたいた。', '李大統領も参加した！']);
    expect(texts('이재명 대통령이 드럼을 쳤다.다카이치 총리도 함께했다.')).toEqual(['이재명 대통령이 드럼을 쳤다.', '다카이치 총리도 함께했다.']);
  });

  it('starts a new sentence with a quote that opens right after a full stop, and keeps a quote of two sentences whole', () => {
    expect(texts('演奏は約20分続いた。「夢がかないました」という李氏の投稿も話題を呼んだ。')).toEqual([
      '演奏は約20分続いた。',
      '「夢がかないました」という李氏の投稿も話題を呼んだ。',
    ]);
    expect(texts('李氏は「楽しかった。また叩きたい」と話した。')).toEqual(['李氏は「楽しかった。また叩きたい」と話した。']);
  });

  it('handles empty and whitespace-only input', () => {
    expect(segment('')).toEqual([]);
    expect(segment(' \n\t ')).toEqual([]);
  });
});
