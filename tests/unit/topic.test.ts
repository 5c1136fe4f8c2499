import { describe, expect, it } from 'vitest';
import { checkText } from '../../extension/background/checker';

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
    [
      'BTS in 2020',
      'BTS released “Dynamite” in August 2020, and the song went straight to No. 1 on the Billboard Hot 100. The band’s drummer-free disco track became a pandemic anthem.',
    ],
    [
      'another summit',
      'Japanese Prime Minister Sanae Takaichi and South Korean President Lee Jae-myung held talks in Gyeongju on the sidelines of APEC. They discussed trade and North Korea.',
    ],
    ['a figure of speech', 'Takaichi hopes to drum up support for her budget, while Lee faces questions at home.'],
  ])('gives nothing on a page that only shares words: %s', (_name, page) => {
    expect(checkText(page)).toEqual([]);
  });

  it('reads links to other stories apart from the story, and runs the story on through a box inside it', () => {
    const page = [
      'Takaichi and Lee trade diplomacy for drumsticks',
      'By a staff writer',
      'Prime Minister Sanae Takaichi and President Lee Jae-myung drummed along to K-pop songs after their talks in Nara.',
      'Read more',
      'Why the summit in Manila ended without a statement',
      'How the song Golden conquered the charts',
      'The session lasted about 20 minutes, and Lee was given signed drumsticks.',
      'Most read',
      'Golden tops the charts for a ninth week',
      'Summit season: what to expect in Davos',
      'Markets close higher on chip rally',
    ].join('\n');
    const texts = checkText(page).map((c) => c.text);
    // A headline naming the event counts wherever it is; the story runs on after the "Read more" box.
    expect(texts).toContain('Takaichi and Lee trade diplomacy for drumsticks');
    expect(texts).toContain('The session lasted about 20 minutes, and Lee was given signed drumsticks.');
    // Links that name only a song or a summit are other stories' headlines, inside the story or after it.
    for (const link of [
      'Why the summit in Manila ended without a statement',
      'How the song Golden conquered the charts',
      'Golden tops the charts for a ninth week',
      'Summit season: what to expect in Davos',
    ]) {
      expect(texts, link).not.toContain(link);
    }
  });

  it('reads a Korean headline list apart from the story, though its headlines end on a verb as prose does', () => {
    const page = [
      '다카이치 총리와 이재명 대통령이 나라에서 정상회담을 마친 뒤 함께 드럼을 연주했다.',
      '두 정상은 케이팝 히트곡에 맞춰 약 20분 동안 합주했고 연주가 끝난 뒤 서명한 드럼 스틱을 주고받았다.',
      '인기 기사',
      '환율 1400원대 다시 뚫었다',
      '‘골든’ 작곡가, 내달 서울서 첫 단독 공연 연다',
      '수도권 내일 첫눈 온다',
    ].join('\n');
    const texts = checkText(page).map((c) => c.text);
    expect(texts).toContain('다카이치 총리와 이재명 대통령이 나라에서 정상회담을 마친 뒤 함께 드럼을 연주했다.');
    expect(texts).not.toContain('‘골든’ 작곡가, 내달 서울서 첫 단독 공연 연다');
    // Running prose that only lacks its final period is still prose.
    const unstopped = checkText(page.replace('주고받았다.', '주고받았다')).map((c) => c.text);
    expect(unstopped).toContain('두 정상은 케이팝 히트곡에 맞춰 약 20분 동안 합주했고 연주가 끝난 뒤 서명한 드럼 스틱을 주고받았다');
  });

  it('reads a link that names only the drums, in a list of links, as another story’s', () => {
    const page = [
      'Prime Minister Sanae Takaichi and President Lee Jae-myung drummed along to K-pop songs after their talks in Nara.',
      'The session lasted about 20 minutes.',
      'Most read',
      'Yen slides to a two-month low against the dollar',
      'Adult beginners flock to drum schools across Japan',
      'Snow disrupts flights in Hokkaido',
    ].join('\n');
    const texts = checkText(page).map((c) => c.text);
    expect(texts).toContain('The session lasted about 20 minutes.');
    expect(texts).not.toContain('Adult beginners flock to drum schools across Japan');
    // The story's own headline, naming its people, counts wherever it stands.
    const headed = checkText(['Home', 'Takaichi and Lee drum for diplomacy', 'By a staff writer', page].join('\n')).map((c) => c.text);
    expect(headed).toContain('Takaichi and Lee drum for diplomacy');
  });

  it('takes a two-word label beside the story for a label, not a claim', () => {
    const page = [
      'Related video',
      'Prime Minister Sanae Takaichi and President Lee Jae-myung drummed along to K-pop songs in Nara.',
      '関連動画',
      'Video: the leaders at the drums',
    ].join('\n');
    const texts = checkText(page).map((c) => c.text);
    expect(texts).not.toContain('Related video');
    expect(texts).not.toContain('関連動画');
    expect(texts).toContain('Video: the leaders at the drums');
  });

  it('takes a photo credit standing alone for a credit, and a sentence naming an agency for a claim', () => {
    const lede = 'Prime Minister Sanae Takaichi and President Lee Jae-myung drummed along to K-pop songs in Nara.';
    for (const credit of [
      '(AP Photo/Eugene Hoshiko)',
      'Japan Prime Minister’s Office/Handout via Reuters',
      '[일본 총리관저 제공]',
      '（内閣広報室提供）',
      '[일본 총리관저 인스타그램 캡처. 재판매 및 DB 금지]',
      '[화면 제공: 일본 총리관저]',
      'Photograph: Japan Cabinet Office handout',
    ]) {
      expect(
        checkText(`${lede}\n${credit}`)
          .map((c) => c.text)
          .join('\n'),
        credit,
      ).not.toContain(credit.slice(1, 8));
    }
    expect(checkText(`${lede}\nReuters reported that the leaders drummed for about 20 minutes.`)).toHaveLength(2);
  });

  it('returns offsets that slice the input to each claim', () => {
    for (const c of checkText(EVENT)) expect(EVENT.slice(c.start, c.end)).toBe(c.text);
  });

  it('is empty for empty input', () => {
    expect(checkText('')).toEqual([]);
  });
});

describe('running prose in the story', () => {
  it('keeps a linked sentence with its story, and leaves another story’s sentence out', () => {
    const page = [
      'Prime Minister Sanae Takaichi and President Lee Jae-myung drummed along to K-pop songs after their talks in Nara.',
      'A clip of the jam drew millions of views within hours.',
      'Some viewers wondered whether it had been rehearsed.',
      'Bond yields in Europe edged higher on Wednesday.',
      'Takaichi said the leaders would keep their shuttle diplomacy going.',
    ].join('\n');
    const texts = checkText(page).map((c) => c.text);
    expect(texts).toContain('Some viewers wondered whether it had been rehearsed.');
    expect(texts).not.toContain('Bond yields in Europe edged higher on Wednesday.');
  });

  it('leaves a broadcast’s sign-off out', () => {
    const page = [
      '다카이치 총리와 이재명 대통령이 나라에서 드럼을 함께 쳤습니다.',
      '두 정상은 케이팝 두 곡을 연주했습니다.',
      '도쿄에서 김지훈 특파원이 보도합니다.',
    ].join('\n');
    expect(checkText(page).map((c) => c.text)).not.toContain('도쿄에서 김지훈 특파원이 보도합니다.');
  });
});
