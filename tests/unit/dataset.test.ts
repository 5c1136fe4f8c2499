import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSourcesJson, buildTopicTermsJson } from '../../scripts/build-data';
import { dataset } from '../../data/index';
import { topicData } from '../../data/topic';
import { Grammar } from '../../lib/grammar';
import { Lexicon } from '../../lib/lexicon';
import { read, SeedIndex } from '../../lib/match';
import { createPrefilter } from '../../extension/plan/prefilter';
import { pageLines } from '../../scripts/bench-pages';

const dir = () => readdirSync(new URL('../fixtures/pages/', import.meta.url)).filter((f) => f.endsWith('.html'));
const seed = (file: string) => readFileSync(new URL(`../../data/packs/drum-summit/seeds/${file}`, import.meta.url), 'utf8');

describe('bundled dataset', () => {
  it('has the five sources with outlets', () => {
    expect(dataset.sources.map((s) => s.id)).toEqual(['000', '001', '002', '003', '004']);
    for (const s of dataset.sources) expect(s.outlet.length).toBeGreaterThan(0);
  });

  it('quotes every sentence verbatim from its seed', () => {
    for (const source of dataset.sources) {
      const text = seed(source.file);
      for (const s of source.sentences) expect(text, s.id).toContain(s.text);
      if (source.title) expect(text).toContain(source.title);
    }
  });

  it('gives every sentence a unique, stable id', () => {
    const ids = dataset.sources.flatMap((s) => s.sentences.map((x) => x.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^\d{3}-\d{2}$/);
  });

  it('is exactly what `npm run data` builds from the seeds', () => {
    const onDisk = readFileSync(new URL('../../data/packs/drum-summit/sources.json', import.meta.url), 'utf8');
    expect(buildSourcesJson()).toBe(onDisk);
  });

  it('ships the content script the page gate terms exactly as `npm run data` builds them from the pack', () => {
    const onDisk = readFileSync(new URL('../../data/packs/drum-summit/topic-terms.json', import.meta.url), 'utf8');
    expect(buildTopicTermsJson(), 'data/packs/drum-summit/topic-terms.json is stale: run `npm run data`').toBe(onDisk);
  });

  it('gates pages with the topic terms alone exactly as with the whole pack', () => {
    const slim = createPrefilter(topicData);
    const full = createPrefilter(dataset);
    const pages = dir().map((f) => readFileSync(new URL(`../fixtures/pages/${f}`, import.meta.url), 'utf8'));
    const texts = [...pages, ...[1, 2, 3].map((seed) => pageLines('off', 3000, seed).join('\n')), pageLines('on', 6000).join('\n')];
    let onTopic = 0;
    for (const text of texts) {
      expect(slim.groupsHit(text)).toEqual(full.groupsHit(text));
      if (slim.mayBeOnTopic(text)) onTopic++;
    }
    expect(onTopic).toBeGreaterThan(5);
    expect(onTopic).toBeLessThan(texts.length);
  });

  it("cites an article's own list of sources but never matches a claim against it", () => {
    const lexicon = new Lexicon(dataset.pack.lexicon);
    const words = new Grammar(dataset.pack.grammar).words;
    const index = new SeedIndex(dataset.sources, lexicon, words);
    const lists = dataset.sources.flatMap((s) => s.sentences.filter((x) => x.sourcing));
    expect(lists.length).toBeGreaterThan(0);
    for (const list of lists) {
      expect(list.text).toMatch(/^Sources:/);
      expect(index.rank(read(list.text, lexicon, words.content)).map((c) => c.seed.sentence.id)).not.toContain(list.id);
    }
    const cited = [...readFileSync(new URL('../../data/packs/drum-summit/facts.json', import.meta.url), 'utf8').matchAll(/"(\d{3}-\d{2})"/g)].map((m) => m[1]);
    expect(cited).toEqual(expect.arrayContaining(lists.map((l) => l.id)));
  });

  it('leaves page furniture out', () => {
    const all = dataset.sources.flatMap((s) => s.sentences.map((x) => x.text)).join('\n');
    for (const junk of [
      'Bookmark popover',
      'Related Articles',
      'LEAVE A REPLY',
      'Image Source',
      'Recent Stories',
      'Skip to Content',
      'AP via CNN Newsource',
      'KTVZ',
      'Question for readers',
      'Removed from bookmarks',
    ]) {
      expect(all).not.toContain(junk);
    }
  });

  it('counts the thrice-printed 003 article once', () => {
    const texts = dataset.sources.find((s) => s.id === '003')!.sentences.map((s) => s.text);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.filter((t) => t.startsWith('In an unexpected yet symbolic gesture'))).toHaveLength(1);
  });
});

describe('lexicon hints', async () => {
  const { Lexicon } = await import('../../lib/lexicon');
  const { normalize } = await import('../../lib/normalize');
  const { loadDevSet } = await import('../eval/dev-set');
  const fast = new Lexicon(dataset.pack.lexicon);
  const full = new Lexicon(dataset.pack.lexicon, false);
  const texts = [...dataset.sources.flatMap((s) => s.sentences.map((x) => x.text)), ...loadDevSet().map((l) => l.text)].map(normalize);

  it('never change what the lexicon finds (they only skip entries that cannot match)', () => {
    for (const t of texts) expect(fast.find(t), t).toEqual(full.find(t));
  });

  it('never change what the topic gate sees', () => {
    for (const t of texts) expect(fast.findAnchors(t), t).toEqual(full.findAnchors(t));
  });
});
