/**
 * A data pack read from its JSON files and checked whole: each file's shape (lib/pack-shapes.ts), then
 * every reference between them. A misspelt key would otherwise make a fact silently stop applying, so
 * a broken pack does not load: the error names the file, the entry and the field.
 */
import type { Dataset, LexEntry } from './pack';
import { factsFile, type FactsFile, languageFile, lexiconFile, packFile, type PackFile, sourcesFile } from './pack-shapes';
import { checkTopicRefs, known, type Known, PackError } from './pack-topic';
import type { Errors } from './schema';
import { withStoryWords } from './words';

export { PackError };

/** The pack's files as parsed JSON, by name. */
export interface PackJson {
  pack: unknown;
  lexicon: unknown;
  facts: unknown;
  language: unknown;
  sources: unknown;
}

/** Mention types the engine reads itself, not from the lexicon: lengths of time (lib/quantity.ts), a former holder's title (lib/match.ts). */
const COMPUTED_TYPES = ['duration', 'former'];

/**
 * The pack read and checked whole; errors name each file as `dir` + its name (the language file, shared by
 * every story, may sit elsewhere: `languageAt`).
 */
export function readDataset(json: PackJson, dir = '', languageAt = `${dir}language.json`): Dataset {
  const errors: Errors = [];
  const at = (name: keyof PackJson) => `${dir}${name}.json:`;
  const pack = packFile(json.pack, at('pack'), errors);
  const lexicon = lexiconFile(json.lexicon, at('lexicon'), errors);
  const facts = factsFile(json.facts, at('facts'), errors);
  const grammar = languageFile(json.language, `${languageAt}:`, errors);
  const sources = sourcesFile(json.sources, at('sources'), errors);
  if (!pack || !lexicon || !facts || !grammar || !sources) throw new PackError(errors);

  const lex = known(lexicon.entries, COMPUTED_TYPES);
  const sentences = new Set<string>();
  for (const s of sources.sources) {
    s.sentences.forEach((x, i) => {
      if (!x.id.startsWith(`${s.id}-`)) errors.push(`${at('sources')} sources ${s.id}.sentences[${i}]: id "${x.id}" does not start with "${s.id}-"`);
      if (sentences.has(x.id)) errors.push(`${at('sources')} sources ${s.id}.sentences[${i}]: id "${x.id}" is used twice`);
      sentences.add(x.id);
    });
  }
  checkLexicon(lexicon.entries, `${at('lexicon')} entries`, errors);
  checkPackRefs(pack, lex, at('pack'), errors);
  checkFacts(facts, lex, (id) => sentences.has(id), at('facts'), errors);
  if (errors.length) throw new PackError(errors);
  return {
    pack: {
      id: pack.id,
      title: pack.title,
      topic: pack.topic,
      slotCues: pack.slotCues,
      substitutable: pack.substitutable,
      lexicon: lexicon.entries,
      grammar: withStoryWords(grammar, pack.words),
      ...facts,
    },
    sources: sources.sources,
  };
}

function checkLexicon(entries: readonly LexEntry[], at: string, errors: Errors): void {
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    if (seen.has(e.key)) errors.push(`${at}[${i}] ${e.key}: key used twice`);
    seen.add(e.key);
    if (!e.forms?.length && !e.patterns?.length && !e.weakForms?.length)
      errors.push(`${at}[${i}] ${e.key}: no forms, patterns or weakForms, so it never matches`);
    // A hint is matched against lower-cased text (lib/lexicon.ts): an upper-case one would skip the entry for good.
    e.hints?.forEach((h, j) => h !== h.toLowerCase() && errors.push(`${at}[${i}] ${e.key}.hints[${j}]: "${h}" must be lower case`));
  });
}

function checkPackRefs(pack: PackFile, lex: Known, at: string, errors: Errors): void {
  checkTopicRefs(pack.topic, lex, `${at} topic`, errors);
  for (const slot of Object.keys(pack.slotCues))
    if (!slot.startsWith('$') && !lex.types.has(slot)) errors.push(`${at} slotCues.${slot}: "${slot}" is not a lexicon type`);
  pack.substitutable?.forEach((t, i) => !lex.types.has(t) && errors.push(`${at} substitutable[${i}]: "${t}" is not a lexicon type`));
}

function checkFacts(file: FactsFile, lex: Known, isSentence: (id: string) => boolean, at: string, errors: Errors): void {
  const ids = new Map<string, string>();
  /** Report each key of `ks` that is not known; `exact`: the engine compares keys as they are, so no "type:". */
  const refs = (where: string, ks: readonly string[] | undefined, exact = false, type?: string) =>
    ks?.forEach((k, i) => {
      const entry = lex.keys.get(k);
      if (exact ? !entry : !lex.key(k)) errors.push(`${where}[${i}]: "${k}" is not a lexicon key${exact ? '' : ' or type:'}`);
      else if (type && entry && entry.type !== type) errors.push(`${where}[${i}]: "${k}" is a ${entry.type}, not a ${type}`);
    });
  const whenRefs = (where: string, groups: readonly string[][] | undefined) => groups?.forEach((g, i) => refs(`${where}[${i}]`, g));
  const cites = (where: string, sources: readonly string[]) =>
    sources.forEach((s, j) => !isSentence(s) && errors.push(`${where}[${j}]: "${s}" is not a sentence id of sources.json`));
  // Differences and the sources page name a point by its id alone.
  const entry = (kind: string, i: number, id: string) => {
    const here = `${at} ${kind}[${i}] ${id}`;
    if (ids.has(id)) errors.push(`${here}: id also used by ${ids.get(id)}`);
    ids.set(id, `${kind}[${i}]`);
    return here;
  };

  file.facts.forEach((f, i) => {
    const here = entry('facts', i, f.id);
    cites(`${here}.sources`, f.sources);
    if (!lex.types.has(f.slot)) errors.push(`${here}.slot: "${f.slot}" is not a lexicon type`);
    whenRefs(`${here}.when`, f.when);
    refs(`${here}.unless`, f.unless);
    refs(`${here}.elsewhen`, f.elsewhen);
    refs(`${here}.governors`, f.governors);
    refs(`${here}.near.keys`, f.near?.keys, true);
    refs(`${here}.accept`, f.accept, true, f.slot);
    if (!f.accept && !f.range) errors.push(`${here}: needs "accept" or "range"`);
    if (f.range && f.range[0] > f.range[1]) errors.push(`${here}.range: ${f.range[0]} is above ${f.range[1]}`);
    if (f.subject) {
      // lib/verify.ts compares the subject's predicate keys exactly.
      refs(`${here}.subject.predicate`, f.subject.predicate, true);
      refs(`${here}.subject.is`, [f.subject.is], true, 'person');
    }
  });
  file.roles.forEach((r, i) => {
    const here = entry('roles', i, r.id);
    cites(`${here}.sources`, r.sources);
    refs(`${here}.predicate`, r.predicate);
    whenRefs(`${here}.when`, r.when);
    // A role is read as the key of a person mention (lib/people.ts `people`).
    refs(`${here}.accept`, r.accept, true, 'person');
    refs(`${here}.reject`, r.reject, true, 'person');
    if (!r.accept && !r.reject) errors.push(`${here}: needs "accept" or "reject"`);
  });
  file.disputes.forEach((d, i) => {
    const here = entry('disputes', i, d.id);
    whenRefs(`${here}.when`, d.when);
    refs(`${here}.unless`, d.unless);
    d.sides.forEach((s, j) => {
      refs(`${here}.sides[${j}].match`, s.match);
      cites(`${here}.sides[${j}].sources`, s.sources);
    });
  });
}
