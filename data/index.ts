// The bundled data pack for this story; the engine receives it as a value and never imports it.
import type { GrammarData } from '../lib/grammar';
import type { DataPack, Dataset, Dispute, Fact, LexEntry, RoleFact, SlotCue, TopicRules } from '../lib/pack';
import type { SourceDoc } from '../lib/types';
import packJson from './pack.json';
import lexiconJson from './lexicon.json';
import factsJson from './facts.json';
import sourcesJson from './sources.json';
import languageJson from './language.json';

const pack: DataPack = {
  id: packJson.id,
  title: packJson.title,
  topic: packJson.topic as TopicRules,
  slotCues: packJson.slotCues as Record<string, SlotCue>,
  lexicon: lexiconJson.entries as LexEntry[],
  facts: factsJson.facts as Fact[],
  roles: factsJson.roles as RoleFact[],
  disputes: factsJson.disputes as Dispute[],
  grammar: languageJson as unknown as GrammarData,
  substitutable: packJson.substitutable,
};

export const dataset: Dataset = { pack, sources: sourcesJson.sources as SourceDoc[] };
