// Each way a newcomer can break the pack by hand, on a deep copy of the real files: the load must
// fail, naming the file, the entry and the field.
import { describe, expect, it } from 'vitest';
import pack from '../../data/packs/drum-summit/pack.json';
import lexicon from '../../data/packs/drum-summit/lexicon.json';
import facts from '../../data/packs/drum-summit/facts.json';
import sources from '../../data/packs/drum-summit/sources.json';
import language from '../../data/language.json';
import terms from '../../data/packs/drum-summit/topic-terms.json';
import { PackError, readDataset, type PackJson } from '../../lib/pack-check';
import { readTopicData } from '../../lib/pack-topic';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test data is edited freely
/** A lexicon entry by its key, so a case does not break when entries are added before it. */
const at = (key: string): number => lexicon.entries.findIndex((e) => e.key === key);
const entry = (j: Json, key: string): Json => j.lexicon.entries[at(key)];

const real = () => structuredClone({ pack, lexicon, facts, language, sources }) as unknown as Record<keyof PackJson, Json>;
const factAt = (json: Json, id: string) => (json.facts.facts as Json[]).findIndex((f) => f.id === id);
const roleAt = (json: Json, id: string) => (json.facts.roles as Json[]).findIndex((f) => f.id === id);

/** The errors loading the pack after `breakIt` reports (none when it loads). */
function errorsAfter(breakIt: (json: Record<keyof PackJson, Json>) => void): string[] {
  const json = real();
  breakIt(json);
  try {
    readDataset(json, 'data/packs/drum-summit/', 'data/language.json');
    return [];
  } catch (e) {
    if (!(e instanceof PackError)) throw e;
    expect(e.message).toContain(e.errors[0]);
    return e.errors;
  }
}

describe('the data pack check', () => {
  it('passes the bundled pack, unchanged', () => {
    const dataset = readDataset(real());
    expect(dataset.pack.facts).toEqual(facts.facts);
    expect(dataset.pack.lexicon).toEqual(lexicon.entries);
    expect(dataset.sources).toEqual(sources.sources);
  });

  it.each([
    [
      'a misspelt slot',
      (j: Json) => (j.facts.facts[factAt(j, 'place')].slot = 'placee'),
      'data/packs/drum-summit/facts.json: facts[0] place.slot: "placee" is not a lexicon type',
    ],
    [
      'an unknown key in `when`',
      (j: Json) => (j.facts.facts[factAt(j, 'day')].when[0][0] = 'concept:drums'),
      'data/packs/drum-summit/facts.json: facts[1] day.when[0][0]: "concept:drums" is not a lexicon key or type:',
    ],
    [
      'an unknown type in `when`',
      (j: Json) => (j.facts.facts[factAt(j, 'place')].when[0][0] = 'type:persons'),
      'place.when[0][0]: "type:persons" is not a lexicon key or type:',
    ],
    [
      'a misspelt `near.keys` entry',
      (j: Json) => (j.facts.facts[factAt(j, 'golden-artist')].near.keys[0] = 'song:goldn'),
      'golden-artist.near.keys[0]: "song:goldn" is not a lexicon key',
    ],
    [
      'a type where `near` needs a key',
      (j: Json) => (j.facts.facts[factAt(j, 'golden-artist')].near.keys[0] = 'type:song'),
      'golden-artist.near.keys[0]: "type:song" is not a lexicon key',
    ],
    [
      'a misspelt `governors` entry',
      (j: Json) => (j.facts.facts[factAt(j, 'place')].governors[0] = 'concept:transits'),
      'place.governors[0]: "concept:transits" is not a lexicon key',
    ],
    [
      'an accepted value of another type',
      (j: Json) => (j.facts.facts[factAt(j, 'place')].accept[0] = 'person:lee'),
      'place.accept[0]: "person:lee" is a person, not a place',
    ],
    [
      'a renamed role `accept`',
      (j: Json) => (j.facts.roles[roleAt(j, 'dream-owner')].accept[0] = 'person:leee'),
      'data/packs/drum-summit/facts.json: roles[0] dream-owner.accept[0]: "person:leee" is not a lexicon key',
    ],
    [
      'a role held by no person',
      (j: Json) => (j.facts.roles[roleAt(j, 'dream-owner')].accept[0] = 'place:nara'),
      'dream-owner.accept[0]: "place:nara" is a place, not a person',
    ],
    [
      'an unknown role',
      (j: Json) => (j.facts.roles[roleAt(j, 'dream-owner')].role = 'giver'),
      'dream-owner.role: expected "agent" or "owner" or "recipient", found "giver"',
    ],
    [
      'a cited sentence that does not exist',
      (j: Json) => (j.facts.facts[factAt(j, 'day')].sources[1] = '002-99'),
      'day.sources[1]: "002-99" is not a sentence id of sources.json',
    ],
    ['a role citing no sentence', (j: Json) => (j.facts.roles[roleAt(j, 'novice')].sources = []), 'novice.sources: expected at least 1 item, found 0'],
    [
      'a dispute side citing a missing sentence',
      (j: Json) => (j.facts.disputes[0].sides[1].sources[0] = '004-1'),
      'data/packs/drum-summit/facts.json: disputes[0] gift-kit.sides[1].sources[0]: "004-1" is not a sentence id',
    ],
    ['a dispute with one side', (j: Json) => j.facts.disputes[1].sides.pop(), 'disputes[1] nara-region.sides: expected at least 2 items, found 1'],
    [
      'a dispute side matching a missing key',
      (j: Json) => (j.facts.disputes[1].sides[0].match[0] = 'region:south-east'),
      'nara-region.sides[0].match[0]: "region:south-east" is not a lexicon key',
    ],
    [
      'a misspelt optional field',
      (j: Json) => ((j.facts.facts[0].govenors = j.facts.facts[0].governors), delete j.facts.facts[0].governors),
      'data/packs/drum-summit/facts.json: facts[0] place: unknown field "govenors"',
    ],
    [
      'an `elsewhen` key the lexicon lacks',
      (j: Json) => (j.facts.facts[factAt(j, 'place')].elsewhen[0] = 'month:13'),
      'place.elsewhen[0]: "month:13" is not a lexicon key',
    ],
    ['a missing field', (j: Json) => delete j.facts.facts[2].says, 'facts[2] songs: missing field "says"'],
    ['a field of the wrong type', (j: Json) => (j.facts.facts[2].when = 'song:golden'), 'facts[2] songs.when: expected an array, found "song:golden"'],
    ['an empty `when` group', (j: Json) => j.facts.facts[1].when.push([]), 'day.when[1]: expected at least 1 item, found 0'],
    ['a fact id used twice', (j: Json) => (j.facts.roles[0].id = 'place'), 'roles[0] place: id also used by facts[0]'],
    [
      'a lexicon key used twice',
      (j: Json) => (j.lexicon.entries[1].key = j.lexicon.entries[0].key),
      'data/packs/drum-summit/lexicon.json: entries[1] person:takaichi: key used twice',
    ],
    [
      'a pattern that does not compile',
      (j: Json) => entry(j, 'femaleord:first').patterns.push('(?:first'),
      `data/packs/drum-summit/lexicon.json: entries[${at('femaleord:first')}] femaleord:first.patterns[6]: not a valid regular expression`,
    ],
    ['a repeated form', (j: Json) => j.lexicon.entries[0].forms.push('Takaichi'), 'entries[0] person:takaichi.forms[7]: "Takaichi" repeats item 1'],
    ['an upper-case hint', (j: Json) => (entry(j, 'femaleord:first').hints[0] = 'Female'), 'femaleord:first.hints[0]: "Female" must be lower case'],
    ['an unknown anchor', (j: Json) => (j.lexicon.entries[0].anchor = 'firm'), 'person:takaichi.anchor: expected "strong" or "weak", found "firm"'],
    ['a claim flag that is not true or false', (j: Json) => (j.lexicon.entries[0].claim = 'yes'), 'person:takaichi.claim: expected true or false, found "yes"'],
    [
      'a misspelt topic key',
      (j: Json) => (j.pack.topic.page[1][0] = 'concept:drumm'),
      'data/packs/drum-summit/pack.json: topic.page[1][0]: "concept:drumm" is not a lexicon key',
    ],
    [
      'a type in `together`, which compares keys',
      (j: Json) => (j.pack.topic.together[0][0] = 'type:person'),
      'data/packs/drum-summit/pack.json: topic.together[0][0]: "type:person" is not a lexicon key',
    ],
    [
      'a slot cue for no type',
      (j: Json) => (j.pack.slotCues.places = j.pack.slotCues.place),
      'data/packs/drum-summit/pack.json: slotCues.places: "places" is not a lexicon type',
    ],
    [
      'a slot cue that does not compile',
      (j: Json) => (j.pack.slotCues.place.before = '(?:in'),
      'data/packs/drum-summit/pack.json: slotCues.place.before: not a valid regular expression',
    ],
    [
      'an unknown substitutable type',
      (j: Json) => j.pack.substitutable.push('colour'),
      'data/packs/drum-summit/pack.json: substitutable[14]: "colour" is not a lexicon type',
    ],
    [
      'a grammar pattern that does not compile',
      (j: Json) => (j.language.elapsed.before = '(?<!'),
      'data/language.json: elapsed.before: not a valid regular expression',
    ],
    [
      'a linking word that does not compile',
      (j: Json) => (j.language.linked.en[0] = '(?:it'),
      'data/language.json: linked.en[0]: not a valid regular expression',
    ],
    [
      "a story's word added to a list the pack may not extend",
      (j: Json) => (j.pack.words.passive = { en: ['got'] }),
      'data/packs/drum-summit/pack.json: words: unknown field "passive"',
    ],
    [
      "a story's title that repeats",
      (j: Json) => j.pack.words.titles.ja.push('首相'),
      'data/packs/drum-summit/pack.json: words.titles.ja[4]: "首相" repeats item 0',
    ],
    [
      'a pair of opposites with one word',
      (j: Json) => j.language.opposites.en[0].pop(),
      'data/language.json: opposites.en[0]: expected at least 2 items, found 1',
    ],
    [
      'a sentence id used twice',
      (j: Json) => (j.sources.sources[0].sentences[1].id = '000-00'),
      'data/packs/drum-summit/sources.json: sources 000.sentences[1]: id "000-00" is used twice',
    ],
    [
      'a source date that is no date',
      (j: Json) => (j.sources.sources[1].date = '15 January'),
      'data/packs/drum-summit/sources.json: sources[1] 001.date: expected a date YYYY-MM-DD, found "15 January"',
    ],
  ])('fails on %s', (_, breakIt, message) => {
    expect(errorsAfter(breakIt)).toEqual(expect.arrayContaining([expect.stringContaining(message)]));
  });

  it('reports every error at once, not only the first', () => {
    const errors = errorsAfter((j) => {
      j.facts.facts[0].slot = 'placee';
      j.facts.roles[0].accept[0] = 'person:leee';
    });
    expect(errors).toEqual(expect.arrayContaining([expect.stringContaining('place.slot'), expect.stringContaining('dream-owner.accept[0]')]));
  });

  it("checks the content script's topic terms the same way", () => {
    expect(readTopicData(structuredClone(terms)).pack.lexicon).toEqual(terms.lexicon);
    const broken = structuredClone(terms) as Json;
    broken.topic.anywhere[0] = 'concept:drumm';
    expect(() => readTopicData(broken, 'data/packs/drum-summit/topic-terms.json')).toThrow(
      'data/packs/drum-summit/topic-terms.json: topic.anywhere[0]: "concept:drumm" is not a lexicon key',
    );
    broken.lexicon[0].forms = 'Takaichi';
    expect(() => readTopicData(broken, 'data/packs/drum-summit/topic-terms.json')).toThrow(
      'data/packs/drum-summit/topic-terms.json: lexicon[0] person:takaichi.forms: expected an array, found "Takaichi"',
    );
  });
});
