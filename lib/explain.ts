import { escape } from './forms';
import type { Mention } from './lexicon';
import type { Dispute, LexEntry } from './pack';
import type { Substitution } from './substitute';
import type { Difference, LocalText } from './types';
import type { FactHit, Judged } from './verify';

/**
 * Where a value read in the normalized body sits in the claim's own text: normalization folds quotes,
 * widths and spaces, so the surface is searched for (nearest its normalized offset), not assumed.
 */
export function locate(text: string, bodyStart: number, surface: string, near: number): Difference['claimValue'] {
  const source = surface
    .split(/\s+/)
    .map((w) => escape(w).replace(/'/g, "['’‘′]"))
    .join('\\s+');
  const re = new RegExp(source, 'giu');
  let best: RegExpExecArray | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) break;
    if (!best || Math.abs(m.index - bodyStart - near) < Math.abs(best.index - bodyStart - near)) best = m;
  }
  if (best) return { text: best[0], start: best.index, end: best.index + best[0].length };
  // NFKC may have changed the surface itself (full-width letters): say it without offsets.
  return { text: surface, start: -1, end: -1 };
}

const local = (en: string, saysIn?: { ja?: string; ko?: string }): LocalText => ({ en, ...saysIn });

/** One difference per wrong value of each conflicting fact or role: every wrong value, not only the first. */
export function factDifferences(
  hits: readonly FactHit[],
  place: (v: Judged) => Difference['claimValue'],
  wrong: (v: Judged) => boolean,
  reported = false,
): Difference[] {
  return hits.flatMap((h) =>
    h.values.filter(wrong).map((v) => ({
      kind: 'slot' in h.fact ? ('fact' as const) : ('role' as const),
      key: h.fact.id,
      about: h.fact.about,
      claimValue: place(v),
      sourceValues: [local(h.fact.says, h.fact.saysIn)],
      sourceSentenceIds: h.fact.sources,
      ...(reported ? { reported: true } : {}),
    })),
  );
}

/** The sources' value in each language the lexicon names it in: the English surface, and the first Japanese and Korean form. */
export function substitutionDifference(swap: Substitution, place: Difference['claimValue'], entry: LexEntry | undefined): Difference {
  const forms = entry?.forms ?? [];
  const ja = forms.find((f) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(f) && !/[가-힣]/.test(f));
  const ko = forms.find((f) => /[가-힣]/.test(f));
  return {
    kind: 'substitution',
    key: swap.type,
    about: swap.kind === 'opposite' ? 'a word for its opposite' : `the ${swap.type}`,
    claimValue: place,
    sourceValues: [{ en: swap.sourceValue, ...(ja ? { ja } : {}), ...(ko ? { ko } : {}) }],
    sourceSentenceIds: [swap.candidate.seed.sentence.id],
  };
}

export function disputeDifference(dispute: Dispute, claimValue?: Difference['claimValue']): Difference {
  return {
    kind: 'dispute',
    key: dispute.id,
    about: dispute.about,
    ...(claimValue ? { claimValue } : {}),
    sourceValues: dispute.sides.map((s) => local(s.says, s.saysIn)),
    sourceSentenceIds: dispute.sides.flatMap((s) => s.sources),
  };
}

/** The mention a dispute side names in the claim ("southeastern"), if any: the claim's words for its side. */
export function sideMention(dispute: Dispute, mentions: readonly Mention[]): Mention | undefined {
  const keys = new Set(dispute.sides.flatMap((s) => s.match ?? []));
  return mentions.find((m) => keys.has(m.key));
}
