// Deterministic: the same seeds and config always give byte-identical data/packs/drum-summit/sources.json, and the same
// pack and lexicon give byte-identical data/packs/drum-summit/topic-terms.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readTopicData } from '../lib/pack-topic';
import { segment } from '../lib/segment';
import type { LexEntry, TopicRules } from '../lib/pack';
import type { SourceDoc, SourceSentence } from '../lib/types';

/** A source as sources.config.json describes it: the built document's fields, less its sentences, and how to cut them. */
interface SourceConfig extends Omit<SourceDoc, 'sentences'> {
  skip: string[];
  stopAt: string[];
  strip: string[];
  /** Lines that list the article's own sources (see SourceSentence.sourcing). */
  sourcing?: string[];
}

const dataDir = fileURLToPath(new URL('../data/packs/drum-summit/', import.meta.url));
const config: { sources: SourceConfig[] } = JSON.parse(readFileSync(dataDir + 'sources.config.json', 'utf8'));

function buildSource(cfg: SourceConfig): SourceDoc {
  const raw = readFileSync(`${dataDir}seeds/${cfg.file}`, 'utf8');
  const skip = cfg.skip.map((p) => new RegExp(p));
  const stop = cfg.stopAt.map((p) => new RegExp(p));
  const strip = cfg.strip.map((p) => new RegExp(p));
  const sourcing = (cfg.sourcing ?? []).map((p) => new RegExp(p));
  const sentences: SourceSentence[] = [];
  const seen = new Set<string>();
  for (const rawLine of raw.split('\n')) {
    let line = rawLine.trim();
    if (stop.some((re) => re.test(line))) break;
    if (!line || skip.some((re) => re.test(line))) continue;
    for (const re of strip) line = line.replace(re, '');
    const spans = segment(line);
    for (const s of spans) {
      if (seen.has(s.text)) continue;
      seen.add(s.text);
      const heading = spans.length === 1 && !/[.!?。」”"]$/.test(s.text);
      const id = `${cfg.id}-${String(sentences.length).padStart(2, '0')}`;
      sentences.push(sourcing.some((re) => re.test(line)) ? { id, text: s.text, heading, sourcing: true } : { id, text: s.text, heading });
    }
  }
  return { id: cfg.id, file: cfg.file, outlet: cfg.outlet, url: cfg.url, date: cfg.date, title: cfg.title, sentences };
}

/** The sources.json document, as text; the test suite compares it with the checked-in file. */
export function buildSourcesJson(): string {
  return JSON.stringify({ sources: config.sources.map(buildSource) }, null, 1) + '\n';
}

/**
 * data/packs/drum-summit/topic-terms.json: the topic rules and the lexicon entries the page gate names, all that the
 * content script's prefilter needs (the engine, with the rest of the pack, runs in the background).
 */
export function buildTopicTermsJson(): string {
  const pack = JSON.parse(readFileSync(dataDir + 'pack.json', 'utf8')) as { topic: TopicRules };
  const { entries } = JSON.parse(readFileSync(dataDir + 'lexicon.json', 'utf8')) as { entries: LexEntry[] };
  const keys = new Set([pack.topic.page, ...(pack.topic.alsoPage ?? [])].flat(2));
  return JSON.stringify({ topic: pack.topic, lexicon: entries.filter((e) => keys.has(e.key)) }, null, 1) + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // The content script ships these terms unchecked: check them here, before they are written.
  const terms = buildTopicTermsJson();
  readTopicData(JSON.parse(terms), 'data/packs/drum-summit/topic-terms.json');
  writeFileSync(dataDir + 'topic-terms.json', terms);
  const json = buildSourcesJson();
  writeFileSync(dataDir + 'sources.json', json);
  const { sources } = JSON.parse(json) as { sources: SourceDoc[] };
  console.log(sources.map((s) => `${s.id} ${s.outlet}: ${s.sentences.length} sentences`).join('\n'));
}
