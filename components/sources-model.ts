// The sources page's content, derived from the data pack the engine reads (data/), never copied by hand:
// a fix to the data shows on the page too.
import { sources as configured } from '../data/packs/drum-summit/sources.config.json';
import { disputes, facts, roles } from '../data/packs/drum-summit/facts.json';
import { sources as built } from '../data/packs/drum-summit/sources.json';
import type { SourceSentence } from '../lib/types';

export type SourceKind = 'feature' | 'explainer' | 'wire' | 'rewrite' | 'report';

export interface SourceInfo {
  id: string;
  outlet: string;
  date: string | null;
  url: string | null;
  title: string | null;
  kind: SourceKind | null;
  sentences: SourceSentence[];
}

/** One checkable point: what the sources agree it is, and each source's sentences on it (none: silent). */
export interface Point {
  /** Row id: the first fact of the point. */
  id: string;
  /** The facts and role facts the row stands for. */
  facts: string[];
  about: string;
  says: string;
  /** Source id → its sentences the data cites for this point. */
  cells: Record<string, SourceSentence[]>;
}

export interface Disagreement {
  id: string;
  about: string;
  sides: { says: string; quotes: { source: SourceInfo; sentence: SourceSentence }[] }[];
}

export const SOURCES: SourceInfo[] = built.map((s) => ({
  id: s.id,
  outlet: s.outlet,
  date: s.date,
  url: s.url,
  title: s.title,
  kind: (configured.find((c) => c.id === s.id) as { kind?: SourceKind } | undefined)?.kind ?? null,
  sentences: s.sentences as SourceSentence[],
}));

const sentence = new Map(SOURCES.flatMap((src) => src.sentences.map((s) => [s.id, { source: src, sentence: s }] as const)));

/** Facts and role facts that say the same thing about the same point are one row (a month and a year of one date). */
export const POINTS: Point[] = (() => {
  const rows = new Map<string, Point>();
  for (const f of [...facts, ...roles] as { id: string; about: string; says: string; sources: string[] }[]) {
    const key = `${f.about}\u0000${f.says}`;
    const row =
      rows.get(key) ??
      rows.set(key, { id: f.id, facts: [], about: f.about, says: f.says, cells: Object.fromEntries(SOURCES.map((s) => [s.id, []])) }).get(key)!;
    row.facts.push(f.id);
    for (const id of f.sources) {
      const found = sentence.get(id);
      const cell = found && row.cells[found.source.id];
      if (cell && !cell.some((s) => s.id === id)) cell.push(found.sentence);
    }
  }
  return [...rows.values()];
})();

export const DISAGREEMENTS: Disagreement[] = (disputes as { id: string; about: string; sides: { says: string; sources: string[] }[] }[]).map((d) => ({
  id: d.id,
  about: d.about,
  sides: d.sides.map((side) => ({ says: side.says, quotes: side.sources.flatMap((id) => sentence.get(id) ?? []) })),
}));

/**
 * The element a card's citation lands on: the disagreement it names (`dispute:<id>`), else the row of
 * the point it names (a fact or role id, or what its sources say) that cites the sentence, else the first
 * row citing it, else the source.
 */
export function targetOf(cite: string | null, point: string | null): string | null {
  if (point?.startsWith('dispute:') && DISAGREEMENTS.some((d) => `dispute:${d.id}` === point)) return point.replace(':', '-');
  if (!cite) return null;
  const citing = POINTS.filter((p) => Object.values(p.cells).some((cell) => cell.some((s) => s.id === cite)));
  const row = citing.find((p) => (point !== null && p.facts.includes(point)) || p.says === point) ?? citing[0];
  if (row) return `point-${row.id}`;
  const src = sentence.get(cite)?.source;
  return src ? `source-${src.id}` : null;
}
