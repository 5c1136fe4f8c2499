import { describe, expect, it } from 'vitest';
import { dataset } from '../../data';
import { Lexicon } from '../../lib/lexicon';
import { normalize } from '../../lib/normalize';
import { findDurations } from '../../lib/quantity';
import { salientNumbers } from '../../lib/tokens';

const lexicon = new Lexicon(dataset.pack.lexicon);
const salient = (text: string) => {
  const norm = normalize(text);
  return salientNumbers(norm, [...lexicon.find(norm), ...findDurations(norm)]);
};

describe('numbers that name a detail of their own', () => {
  it('takes the first half of a range with the value its second half names', () => {
    expect(salient('다카이치 총리는 “5~10분 만에 드럼을 칠 수 있게 됐다”고 말했다.')).toEqual([]);
    expect(salient('He picked it up in 5 to 10 minutes.')).toEqual([]);
    expect(salient('He picked it up in 5-10 minutes.')).toEqual([]);
    expect(salient('“He picked it up in 5, 10 minutes,” she said.')).toEqual([]);
  });

  it('takes one or two of something counted in digits as "two" spelled out: no new detail', () => {
    expect(salient('両首脳はドラム2台の前に並んで座った。')).toEqual([]);
    expect(salient('두 정상은 드럼 2대 앞에 나란히 앉았다.')).toEqual([]);
    expect(salient('関係者30人が見守った。')).toEqual(['30']);
  });

  it('still counts a number that stands alone', () => {
    expect(salient('Some 30 aides watched the two leaders drum for 10 minutes.')).toEqual(['30']);
    expect(salient('Lee brought 5 gifts and stayed 10 minutes.')).toEqual(['5']);
  });
});

describe('a value read from inside another word', () => {
  const keys = (text: string) => lexicon.find(normalize(text)).map((m) => m.key);
  it('does not take the first character of 青瓦台 or 青森 for the colour blue', () => {
    expect(keys('青瓦台の報道官が発表した。')).not.toContain('color:blue');
    expect(keys('青森の祭りでも太鼓が響いた。')).not.toContain('color:blue');
    expect(keys('両首脳は青いジャケットを着ていた。')).toContain('color:blue');
  });
});

describe('durations', () => {
  const durations = (text: string) => findDurations(normalize(text)).map((m) => m.key);
  it('reads "half an hour" as one duration, not also as an hour', () => {
    expect(durations('The jam lasted half an hour.')).toEqual(['duration:30']);
    expect(durations('It ran for an hour and 5 minutes.').sort()).toEqual(['duration:5', 'duration:60']);
  });
});
