// The bundled data pack for this story; the engine receives it as a value and never imports it.
// Checked whole as it loads (lib/pack-check.ts): a broken reference fails here, naming file, entry and field.
// Named imports leave the files' `$` comments out of the bundle; the unit tests check the files whole.
import type { Dataset } from '../lib/pack';
import { readDataset } from '../lib/pack-check';
import { id, slotCues, substitutable, title, topic, words } from './packs/drum-summit/pack.json';
import { entries } from './packs/drum-summit/lexicon.json';
import { disputes, facts, roles } from './packs/drum-summit/facts.json';
import { sources } from './packs/drum-summit/sources.json';
import language from './language.json';

export const dataset: Dataset = readDataset(
  {
    pack: { id, title, topic, slotCues, substitutable, words },
    lexicon: { entries },
    facts: { facts, roles, disputes },
    language,
    sources: { sources },
  },
  'data/packs/drum-summit/',
  'data/language.json',
);
