import { checkText } from '../../extension/background/checker';
import { labelOf, loadDevSet, type DevLine, type Label } from './dev-set';
import { score, type Scores } from './metrics';

export interface Outcome {
  line: DevLine;
  predicted: Label;
  reason: string;
}

/** Run the engine on every dev line: "event" lines as part of a page about the story, "other" lines as a page of their own. */
export function runDevSet(lines: DevLine[] = loadDevSet()): Outcome[] {
  return lines.map((line) => {
    const claims = checkText(line.text, { assumeOnTopic: line.page === 'event' });
    const predicted = labelOf(claims);
    const reason = claims.find((c) => c.verdict === predicted)?.reason ?? '';
    return { line, predicted, reason };
  });
}

export function scoreOutcomes(outcomes: Outcome[], lang?: string): Scores {
  return score(outcomes.filter((o) => !lang || o.line.lang === lang).map((o) => ({ gold: o.line.label, predicted: o.predicted })));
}
