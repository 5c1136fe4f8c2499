import { describe, expect, it } from 'vitest';
import { checkText } from '../../extension/background/checker';
import { labelOf } from '../eval/dev-set';
import { dataset } from '../../data/index';
import { Grammar } from '../../lib/grammar';
import { Lexicon } from '../../lib/lexicon';
import { read } from '../../lib/match';
import { isNegated } from '../../lib/polarity';
import { people } from '../../lib/people';
import { roleOf, type Role } from '../../lib/roles';

const lexicon = new Lexicon(dataset.pack.lexicon);
const words = new Grammar(dataset.pack.grammar).words;
const pronouns = { 'person:takaichi': /\b(?:she|her)\b/giu, 'person:lee': /\b(?:he|his|him)\b/giu };

function who(text: string, predicate: string, role: Role): string | undefined {
  const r = read(text, lexicon, words.content);
  const pred = r.mentions.find((m) => m.key === predicate);
  if (!pred) throw new Error(`no ${predicate} in ${text}`);
  return roleOf(role, pred, r.norm, people(r.mentions, r.norm, pronouns), words.roles);
}

describe('roleOf', () => {
  it.each<[string, string, Role, string | undefined]>([
    ['Takaichi gave Lee drumsticks engraved with his name.', 'thing:engraved-sticks', 'agent', 'person:takaichi'],
    ['Takaichi gave Lee drumsticks engraved with his name.', 'thing:engraved-sticks', 'recipient', 'person:lee'],
    ['Lee was given drumsticks engraved with his name by Takaichi.', 'thing:engraved-sticks', 'agent', 'person:takaichi'],
    ['Drumming had long been a dream of Japan’s premier.', 'concept:dream', 'owner', 'person:takaichi'],
    ['Lee planned it after Takaichi told him at APEC that drumming was her dream.', 'concept:dream', 'owner', 'person:takaichi'],
    // "her" is the one told, not the owner: the nearest possessive decides.
    ['She prepared the surprise after Lee told her about his dream at APEC.', 'concept:dream', 'owner', 'person:lee'],
    ['Takaichi said playing had been her longtime dream.', 'concept:dream', 'owner', 'person:takaichi'],
    // A particle between a predicate and the noun after it: that noun is another clause's (remembered, praised).
    ['李氏がドラムをたたくのが夢だと話したことを首相は覚えていて、準備した。', 'concept:dream', 'owner', 'person:lee'],
    ['首相は、数分でリズムをつかんだ李氏をたたえた。', 'concept:learn', 'owner', 'person:lee'],
    ['Takaichi and Lee planned the surprise together.', 'concept:surprise-plan', 'agent', undefined],
    ['Takaichi praised her guest as a quick learner.', 'concept:learn', 'owner', 'person:lee'],
    ['高市首相は李大統領に、名前を刻んだドラムスティックを贈った。', 'thing:engraved-sticks', 'agent', 'person:takaichi'],
    ['高市首相は李大統領に、名前を刻んだドラムスティックを贈った。', 'thing:engraved-sticks', 'recipient', 'person:lee'],
    ['학창 시절 밴드 드러머였던 이 대통령이 초보인 다카이치 총리를 이끌었다.', 'concept:novice', 'owner', 'person:takaichi'],
    ['식기 선물은 남편이 청혼할 때 한 약속에서 착안했다.', 'thing:tableware', 'agent', undefined],
    // A nominative subject inside a quoted clause that closes before the verb: not the verb's subject.
    ['다카이치 총리는 작년 회담 때 이 대통령이 “드럼을 쳐 보고 싶다”고 한 말을 떠올려 깜짝 이벤트를 준비했다.', 'concept:surprise-plan', 'agent', undefined],
    // …but one whose clause holds the predicate is its own.
    ['이 대통령은 다카이치 총리가 몇 분 만에 리듬을 익혔다며 칭찬했다.', 'concept:learn', 'owner', 'person:takaichi'],
    // A quality inside a quote belongs to the one the sentence says the quote describes, else to no one it says.
    ['李大統領は高市首相について「数分でリズムをつかむ、飲み込みの早い人だ」と述べた。', 'concept:learn', 'owner', 'person:takaichi'],
    ['李大統領は「数分でリズムをつかむ、飲み込みの早い人だ」と述べた。', 'concept:learn', 'owner', undefined],
    // A clause on the noun names its holder or its granter: whose dream it was is not read from the subject.
    ['Takaichi staged a surprise jam, fulfilling a dream he had long held.', 'concept:dream', 'owner', undefined],
    // Reported speech in a participle opens a clause of its own: the one after "that" learned quickly.
    ['Takaichi was all smiles afterwards, noting that her guest had picked up the beat in no time.', 'concept:learn', 'owner', 'person:lee'],
    // A subject pronoun right before its verb is its subject, whoever the clause named first.
    ['Takaichi planned it for Lee, who had once told her in Gyeongju he longed to play the drums.', 'concept:dream', 'owner', 'person:lee'],
    // A predicate inside what the topic says or praises (…다며 칭찬했다, …とたたえた) has an unsaid subject of its own.
    ['이 대통령에게 다카이치 총리는 금세 리듬을 익혔다며 엄지를 치켜세웠다.', 'concept:learn', 'owner', undefined],
    ['李大統領に対し、高市首相はすぐにリズムをつかんだとたたえた。', 'concept:learn', 'owner', undefined],
    // A relative clause's verb belongs to the name the clause opens on.
    ['Takaichi sat at the kit beside Lee, who took office in June, and counted him in.', 'concept:took-office', 'agent', 'person:lee'],
    // Two gifts in two clauses: each clause names its own recipient.
    ['Lee handed Takaichi a Markers kit, while Takaichi handed Lee drumsticks engraved with his name.', 'thing:engraved-sticks', 'recipient', 'person:lee'],
    // A possessor is not the one who receives: the husband got the gift, not the premier.
    ['総理の夫には、李大統領から手作りの漆塗りの食器が贈られた。', 'thing:tableware', 'recipient', 'person:takaichi-husband'],
    ['이 대통령은 총리의 남편에게 옻칠 식기를 선물했다.', 'thing:tableware', 'recipient', 'person:takaichi-husband'],
  ])('%s → %s %s', (text, predicate, role, expected) => {
    expect(who(text, predicate, role)).toBe(expected);
  });
});

describe('isNegated', () => {
  it('sees negation in three languages', () => {
    expect(isNegated('Lee did not play the drums.', words.negation)).toBe(true);
    expect(isNegated('李大統領は演奏に加わらなかった。', words.negation)).toBe(true);
    expect(isNegated('이 대통령은 드럼을 치지 않았다.', words.negation)).toBe(true);
  });

  it('ignores reporters’ negations and contrasts', () => {
    expect(isNegated('Officials did not say whether they would play again.', words.negation)).toBe(false);
    expect(isNegated('The leaders traded beats, not barbs.', words.negation)).toBe(false);
    expect(isNegated('Lee played the drums.', words.negation)).toBe(false);
  });

  it('ignores negation inside named values', () => {
    const text = '李大統領は日本を「欠かせないパートナー」と呼んだ。';
    expect(isNegated(text, words.negation, read(text, lexicon, words.content).mentions)).toBe(false);
  });
});

describe('a negation red only where the source states what it negates', () => {
  const judge = (text: string) => labelOf(checkText(text, { assumeOnTopic: true }));
  // 議題 reads as both "agenda" and "ties": a source holding only "ties" does not state what is negated.
  it('asks every reading of the negated word', () => {
    expect(judge('今回の会談で、こうした問題は議題にならなかった。')).not.toBe('contradicted');
    expect(judge('李大統領はドラムを演奏しなかった。')).toBe('contradicted');
  });
});

describe('a word in another sense is not the story’s value', () => {
  const keys = (text: string) => read(text, lexicon, words.content).mentions.map((m) => m.key);
  it('reads "play a role" and "trade ties" as no playing and no swapping', () => {
    expect(keys('Both nations vowed to play a bigger part in keeping the region calm.')).not.toContain('concept:play');
    expect(keys('Seoul wants trade ties with Tokyo to deepen.')).not.toContain('concept:swap');
    expect(keys('The two leaders played the drums.')).toContain('concept:play');
    expect(keys('They traded their suits for track jackets.')).toContain('concept:swap');
  });
});
