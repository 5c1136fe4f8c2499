import { LABELS, type Label } from './dev-set';

export interface Scores {
  n: number;
  perLabel: Record<Label, { precision: number; recall: number; f1: number; support: number }>;
  macroF1: number;
  confusion: Record<Label, Record<Label, number>>;
}

/** Precision, recall and F1 per label, macro-F1 over the labels present in the gold set, and the confusion matrix. */
export function score(pairs: readonly { gold: Label; predicted: Label }[]): Scores {
  const confusion = Object.fromEntries(LABELS.map((g) => [g, Object.fromEntries(LABELS.map((p) => [p, 0]))])) as Scores['confusion'];
  for (const { gold, predicted } of pairs) confusion[gold][predicted]++;
  const perLabel = {} as Scores['perLabel'];
  const present: number[] = [];
  for (const l of LABELS) {
    const tp = confusion[l][l];
    const predicted = LABELS.reduce((s, g) => s + confusion[g][l], 0);
    const support = LABELS.reduce((s, p) => s + confusion[l][p], 0);
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perLabel[l] = { precision, recall, f1, support };
    if (support > 0) present.push(f1);
  }
  const macroF1 = present.length ? present.reduce((a, b) => a + b, 0) / present.length : 0;
  return { n: pairs.length, perLabel, macroF1, confusion };
}
