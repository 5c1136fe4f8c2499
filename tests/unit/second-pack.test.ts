// The engine checks whatever story its pack tells: a made-up second one (two mayors planting an oak) loads
// through the same validator and gets the same kinds of verdicts, with data/language.json's grammar reused.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import language from '../../data/language.json';
import lexicon from '../../data/packs/drum-summit/lexicon.json';
import pack from '../../data/packs/drum-summit/pack.json';
import { createChecker } from '../../lib/check';
import { Grammar } from '../../lib/grammar';
import { readDataset } from '../../lib/pack-check';

const dir = 'tests/fixtures/packs/tree-planting/';
const json = (name: string): unknown => JSON.parse(readFileSync(`${dir}${name}.json`, 'utf8'));
const dataset = readDataset({ pack: json('pack'), lexicon: json('lexicon'), facts: json('facts'), sources: json('sources'), language }, dir);
const checker = createChecker(dataset);

const verdicts = (text: string) => checker.checkText(text).map((c) => c.verdict);

describe('a second story, from its pack alone', () => {
  it.each([
    ['supported', 'Mayor Marsh and Mayor Reyes planted an oak tree in Harbor Park on Saturday.'],
    ['supported', 'Reyes gave Marsh a bronze plaque for the tree.'],
    ['contradicted', 'The two mayors planted the oak in Riverton.'],
    ['contradicted', 'Marsh gave Reyes a bronze plaque for the tree.'],
    ['disputed', 'About 500 residents watched the two mayors plant the tree.'],
    ['unverified', 'Marsh and Reyes planted the oak while a brass band played marching songs.'],
    // A predicate that is a claim of its own (lexicon `claim`) must be the close sources' too.
    ['unverified', 'Mayor Marsh and Mayor Reyes dug and planted an oak tree in Harbor Park on Saturday.'],
    ['supported', 'Marsh predicted the oak would outlast them both.'],
  ])('%s: %s', (verdict, text) => {
    expect(verdicts(text)).toEqual([verdict]);
  });

  it('says why, citing its own sources', () => {
    const [wrong] = checker.checkText('The two mayors planted the oak in Riverton.');
    expect(wrong?.reason).toBe('Sources say Harbor Park, Brightwater; this says “Riverton”.');
    expect(wrong?.citations.map((c) => c.sentenceId)).toContain('gaz-01');
  });

  it('finds no claims on a page about something else in the same city', () => {
    expect(checker.checkText("Brightwater's football club won its match on Sunday. The stadium in Harbor Park was full. Fans sang for an hour.")).toEqual([]);
  });

  it('reads the drum story as off-topic, and the drum story its own words only', () => {
    expect(verdicts('Takaichi and Lee played the drums in Nara after their summit.')).toEqual([]);
    const own = new Grammar(dataset.pack.grammar).words.topic.linked;
    expect([own.test('Then the sapling grew.'), own.test('Then the clip went viral.')]).toEqual([true, false]);
  });
});

/** The code of lib/, comments left out: what the engine itself knows. */
const code = readdirSync('lib')
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(`lib/${f}`, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''))
  .join('\n');

describe('the engine in lib/', () => {
  it('names nothing of the bundled story: no person, place, song or group, none of its own words', () => {
    const named = lexicon.entries.filter((e) => ['person', 'place', 'song', 'group', 'film', 'artist'].includes(e.type)).flatMap((e) => e.forms ?? []);
    const words = Object.values(pack.words).flatMap((lists) => (typeof lists === 'string' ? [] : Object.values(lists).flat()));
    // Latin names as whole, capitalised words: "TWICE" the group, not "twice".
    const found = (w: string) =>
      /^[\p{Script=Latin}\s'.-]+$/u.test(w) ? new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(code) : code.includes(w);
    expect([...new Set([...named, ...words])].filter((w) => w.length > 1 && found(w))).toEqual([]);
  });
});
