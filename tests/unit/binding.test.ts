import { describe, expect, it } from 'vitest';
import { checkText } from '../../extension/background/checker';
import { labelOf } from '../eval/dev-set';
import { normalize } from '../../lib/normalize';

// A value contradicts a fact only when the sentence gives it to the fact's own event (issue 11, item 2).
// Each case pairs a sentence whose odd-looking value belongs to something else with one that does bind it.
const judge = (text: string) => labelOf(checkText(normalize(text), { assumeOnTopic: true }));

describe('binding a value to its own event', () => {
  it('reads a list item by item: an artist before the next item is the item before’s', () => {
    expect(judge('Their set list: “Dynamite”, the BTS smash, and “Golden”, from the Netflix hit KPop Demon Hunters.')).toBe('supported');
    expect(judge('Lee and Takaichi drummed along to “Dynamite” from BTS, and “Golden” from the animated film.')).not.toBe('contradicted');
    expect(judge('Takaichi and Lee drummed to BTS’s “Golden”.')).toBe('contradicted');
  });

  it('gives a day to the journey home and a length to the talks that govern it, in three languages', () => {
    expect(judge('Lee heads home on Wednesday, a day after drumming with Takaichi in Nara.')).not.toBe('contradicted');
    expect(judge('李大統領は翌14日に帰国し、前日には奈良で高市首相とドラムをたたいた。')).not.toBe('contradicted');
    expect(judge('두 정상은 약 20분간 드럼을 쳤고, 정상회담은 2시간 넘게 이어졌다.')).not.toBe('contradicted');
    expect(judge('They drummed for about 20 minutes after the summit talks had run for over two hours.')).not.toBe('contradicted');
    // The session's own day and length are still checked.
    expect(judge('Lee drummed with Takaichi in Nara on Wednesday before heading home.')).toBe('contradicted');
    expect(judge('두 정상의 합주는 2시간 동안 이어졌다.')).toBe('contradicted');
  });

  it('leaves a value in a relative clause on a person to that clause, and a colour to the thing it colours', () => {
    expect(judge('Takaichi, who grew up commuting to school in Osaka, welcomed Lee to the drum kits in Nara.')).not.toBe('contradicted');
    expect(judge('Lee, who had a green tie on for the talks, later drummed in a blue track jacket.')).not.toBe('contradicted');
    // A fronted place, and a colour on the jackets, are still the session's own.
    expect(judge('In Osaka, the two leaders sat down at the drum kits.')).toBe('contradicted');
    expect(judge('The leaders drummed in track jackets, which were green.')).toBe('contradicted');
  });

  it('leaves a song of another year to that year, and still checks the set list', () => {
    expect(judge('BTS, whose “Butter” ruled the charts back in 2021, was heard in the leaders’ “Dynamite”.')).not.toBe('contradicted');
    expect(judge('The leaders drummed along to “Butter” by BTS.')).toBe('contradicted');
  });

  it('reads a day in its own clause, and a place that names an institution as that institution’s', () => {
    expect(judge('The two-day summit, which resumes on Wednesday, closed its first day with the drums.')).not.toBe('contradicted');
    expect(judge('両首脳は13日の会談後にドラムを演奏し、翌14日には東大寺を訪れた。')).not.toBe('contradicted');
    expect(judge('이 대통령은 13일 다카이치 총리와 드럼을 친 데 이어 14일에는 도다이지를 찾았다.')).not.toBe('contradicted');
    expect(judge('Takaichi, who drummed in a metal band at Kobe University, played with Lee in Nara.')).not.toBe('contradicted');
    // The session's own day and place are still checked.
    expect(judge('両首脳は14日、奈良でドラムを演奏した。')).toBe('contradicted');
    expect(judge('Takaichi played with Lee in Kobe after their talks.')).toBe('contradicted');
  });

  it('reads a kind of work only where it names the film, not another series in the sentence', () => {
    expect(judge('Their set, the opening act in a series of warm gestures, featured “Golden” from KPop Demon Hunters.')).not.toBe('contradicted');
    expect(judge('Their set featured “Golden” from the Netflix series KPop Demon Hunters.')).toBe('contradicted');
  });

  it('leaves a day or place that another occasion governs alone, and still checks the event’s own', () => {
    expect(judge('Takaichi and Lee drummed in Nara, a jam nobody had announced before Lee’s visit, with his stay lasting until Thursday, Jan 15.')).not.toBe(
      'contradicted',
    );
    expect(judge('The drumming idea went back to an earlier meeting in Busan, where Lee told Takaichi it was a lifelong dream.')).not.toBe('contradicted');
    expect(judge('The leaders drummed together in Busan after their summit.')).toBe('contradicted');
    expect(judge('The two leaders drummed together on Thursday, Jan 15.')).toBe('contradicted');
  });

  it('gives an apposition’s artist to the song it follows, and a list’s artist to its own item', () => {
    expect(judge('The pair closed with “Golden,” a chart-topper by BTS, before swapping sticks.')).toBe('contradicted');
    expect(judge('The pair closed with “Golden”, the hit from BTS, before swapping sticks.')).toBe('contradicted');
    expect(judge('They played “Dynamite,” a hit for BTS, and “Golden,” the anthem from KPop Demon Hunters.')).not.toBe('contradicted');
  });

  it('leaves the place of another leaders’ meeting alone: a former holder’s title, a former leader named', () => {
    expect(judge('1965년 당시 대통령과 당시 총리는 도쿄에서 국교 정상화 문제를 논의했다.')).not.toBe('contradicted');
    expect(judge('当時の首相と当時の大統領は東京で会談した。')).not.toBe('contradicted');
    expect(judge('Park Geun-hye held a summit with Japan’s prime minister in Seoul.')).not.toBe('contradicted');
    expect(judge('The prime minister and the president held their summit in Seoul.')).toBe('contradicted');
  });

  it('leaves the place of a meeting on another occasion unred, and still lets the event’s own place confirm', () => {
    expect(judge('Lee and Ishiba held a summit in Tokyo in August 2025.')).not.toBe('contradicted');
    expect(judge('이 대통령은 지난해 8월 도쿄에서 이시바 총리와 정상회담을 했다.')).not.toBe('contradicted');
    expect(judge('The leaders drummed together in Busan after their summit.')).toBe('contradicted');
    expect(judge('The leaders drummed together in Busan on January 13.')).toBe('contradicted');
  });

  it('contradicts a negation only where the sources state what it negates', () => {
    // The sources say these issues were absent from the agenda: the claim negates no word they state.
    expect(judge('Wartime grievances and territorial spats did not feature on the agenda in Nara.')).not.toBe('contradicted');
    // …and a source saying the same in other words (“absent from the agenda”) is itself a negation.
    expect(judge('이번 회담에서도 과거사 문제와 영토 문제는 의제에 오르지 않았다.')).not.toBe('contradicted');
    // かないました is 叶いました, no negation.
    expect(judge('李大統領は「子どもの頃からの夢が、きょうかないました」と語った。')).not.toBe('contradicted');
    expect(judge('Lee did not play the drums with Takaichi.')).toBe('contradicted');
    expect(judge('Takaichi’s husband received nothing from the Korean side.')).toBe('contradicted');
    expect(judge('이 대통령은 드럼을 치지 않고 구경만 했다.')).toBe('contradicted');
  });

  it('reads the venue a Korean stage was set up in as the event’s place, and an arrival as another occasion’s', () => {
    expect(judge('두 정상의 드럼 합주 자리는 부산 시내의 한 전통 가옥에 마련됐다.')).toBe('contradicted');
    expect(judge('이 대통령은 부산에 도착한 뒤 나라로 이동해 다카이치 총리와 드럼을 쳤다.')).not.toBe('contradicted');
  });

  it('does not take the time someone needed to learn for the length of the session', () => {
    expect(judge('Takaichi said Lee got the hang of the drums in just three minutes.')).not.toBe('contradicted');
    expect(judge('다카이치 총리는 이 대통령이 3분 만에 드럼을 익혔다고 말했다.')).not.toBe('contradicted');
    expect(judge('The two leaders drummed for about 45 minutes.')).toBe('contradicted');
  });

  it('finds an English predicate’s subject before it, or the reporting speaker', () => {
    expect(judge('Lee said drumming had been a wish since boyhood and thanked his host for making it happen.')).toBe('supported');
    expect(judge('Lee said drumming had been Takaichi’s dream, not his.')).toBe('contradicted');
    expect(judge('The set was a tribute to Takaichi’s student days behind a metal band’s drum kit and closed Lee’s time in Nara.')).not.toBe('contradicted');
  });

  it('hears a reply word as a reply, not as the opposite of what the sources state', () => {
    expect(judge('“Keeping up with you isn’t easy,” Lee told Takaichi on the drums; “No, no! You did great,” she answered.')).not.toBe('contradicted');
    expect(judge('이 대통령이 “박자를 맞추기가 쉽지 않네요”라고 하자 다카이치 총리는 “아니에요, 잘하셨어요”라고 답했다.')).not.toBe('contradicted');
  });

  it('reads a title-case dateline with an agency, a live-blog timestamp and a bullet as prefixes', () => {
    expect(judge('Nara, Jan. 15 (Kyodo)–Takaichi and Lee drummed to K-pop hits after their summit on Tuesday.')).toBe('supported');
    expect(judge('14:20 — Takaichi and Lee drummed to K-pop hits in Nara after their summit.')).toBe('supported');
  });
});

describe('a claim the sentence reports or corrects', () => {
  const claim = (text: string) => checkText(normalize(text), { assumeOnTopic: true })[0]!;

  it('makes no red mark, and lists every wrong value of the reported claim', () => {
    const c = claim('One tabloid claimed the pair drummed for an hour on Wednesday in Tokyo.');
    expect(c.verdict).not.toBe('contradicted');
    expect(
      c.differences
        ?.filter((d) => d.reported)
        .map((d) => d.key)
        .sort(),
    ).toEqual(['day', 'duration', 'place']);
    expect(claim('Some early reports placed the drum jam in Kyoto, but Takaichi and Lee played in Nara.').verdict).toBe('supported');
    expect(claim('一部の報道は演奏が東京で行われたと伝えたが、実際は奈良だった。').verdict).not.toBe('contradicted');
    // Japanese and Korean put the frame after the claim it reports: the clause it closes is reported.
    expect(claim('両首脳が叩いたのはヤマハ製だと伝えたメディアもあったが、実際はパールのドラムだった。').verdict).not.toBe('contradicted');
    expect(claim('몇몇 외신은 합주가 1시간 동안 이어졌다고 보도했지만, 실제로는 20분가량이었다.').verdict).not.toBe('contradicted');
    expect(claim('합주가 1시간 동안 이어졌다는 보도도 나왔지만 사실과 다르다.').verdict).not.toBe('contradicted');
    // …and the claim the sentence makes in its own voice is what it is judged on.
    expect(claim('Several outlets said the jam ran for an hour, but it actually lasted about 20 minutes.').verdict).toBe('supported');
    expect(claim('합주는 1시간 동안 이어졌다.').verdict).toBe('contradicted');
  });

  it('does not take a value the sentence denies for its own', () => {
    expect(claim('The jam took place in Nara, not Tokyo, after the summit.').verdict).toBe('supported');
    expect(claim('두 정상은 도쿄가 아니라 나라에서 드럼을 쳤다.').verdict).not.toBe('contradicted');
    // The same values stated as the sentence's own are still wrong.
    expect(claim('Takaichi and Lee drummed in Tokyo on Wednesday.').verdict).toBe('contradicted');
  });

  it('places each difference in the claim’s own text', () => {
    const text = 'Takaichi and Lee drummed in Tokyo on Wednesday.';
    const c = claim(text);
    for (const d of c.differences ?? []) expect(text.slice(d.claimValue!.start, d.claimValue!.end)).toBe(d.claimValue!.text);
    expect(c.differences?.[0]?.sourceValues[0]).toEqual({ en: 'Nara', ja: '奈良', ko: '나라' });
  });
});
