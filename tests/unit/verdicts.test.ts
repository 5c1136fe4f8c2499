import { describe, expect, it } from 'vitest';
import { checkText } from '../../extension/background/checker';
import { labelOf, loadDevSet } from '../eval/dev-set';
import { runDevSet, scoreOutcomes } from '../eval/run';
import { runPages } from '../eval/pages';
import { score } from '../eval/metrics';
import { runRealPages } from '../eval/real-pages';

const judge = (text: string) => labelOf(checkText(text, { assumeOnTopic: true }));

describe('verdicts on hand-written sentences', () => {
  it.each([
    'The two leaders sat at drum kits in Nara on Tuesday and played along to K-pop.',
    'Takaichi and Lee drummed to BTS’s “Dynamite” after their talks.',
    'The jam session ran for roughly 20 minutes.',
  ])('supported: %s', (s) => expect(judge(s)).toBe('supported'));

  it.each([
    'The two leaders sat at drum kits in Tokyo on Tuesday and played along to K-pop.',
    'Takaichi and Lee drummed together in Seoul after their summit.',
    'The drum session took place on Wednesday, after the summit in Nara.',
    'The leaders jammed on Monday, Jan 12, in Nara.',
  ])('contradicted (place or day): %s', (s) => expect(judge(s)).toBe('contradicted'));

  it('reads a dateline as the filing bureau, not the venue', () => {
    expect(judge('TOKYO (AP) — Takaichi and Lee drummed to K-pop hits after their summit in Nara on Tuesday.')).toBe('supported');
  });

  it('does not take a place that belongs to a journey or a press remark for the venue', () => {
    expect(judge('Lee flew into Osaka on the eve of the summit with Takaichi.')).not.toBe('contradicted');
    expect(judge('Takaichi told reporters in Tokyo that the drum session with Lee had gone well.')).not.toBe('contradicted');
    expect(judge('李大統領は大阪に到着した後、高市首相との首脳会談に臨んだ。')).not.toBe('contradicted');
    // The venue itself is still checked when a journey is mentioned elsewhere in the sentence.
    expect(judge('Lee, who had arrived that morning, played drums with Takaichi in Tokyo.')).toBe('contradicted');
    expect(judge('李大統領は到着後、高市首相と東京でドラムを演奏した。')).toBe('contradicted');
    // A place counts for the venue only near the leaders or the event, a fronted one too.
    expect(judge('In Tokyo, Takaichi and Lee played the drums after their summit.')).toBe('contradicted');
    expect(judge('Lee will meet Korean residents in Osaka before flying home, officials said.')).not.toBe('contradicted');
    expect(judge('In Seoul, the opposition party dismissed the jam as a stunt.')).not.toBe('contradicted');
  });

  it('treats Jan. 13 and Tuesday as the same day', () => {
    expect(judge('On Jan. 13 the leaders drummed along to K-pop after the summit in Nara.')).toBe('supported');
  });

  it('cites a conflicting source sentence for a contradiction', () => {
    const [claim] = checkText('Takaichi and Lee drummed together in Tokyo after their summit.', { assumeOnTopic: true });
    expect(claim?.citations.some((c) => c.relation === 'conflicts' && /Nara/.test(c.quote))).toBe(true);
  });
});

describe('the labelled dev set', () => {
  const outcomes = runDevSet();

  it('is large enough and well formed', () => {
    const lines = loadDevSet();
    expect(lines.length).toBeGreaterThanOrEqual(300);
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
  });

  it('every supported, contradicted and disputed verdict carries a citation', () => {
    for (const o of outcomes) {
      for (const c of checkText(o.line.text, { assumeOnTopic: o.line.page === 'event' })) {
        if (c.verdict !== 'unverified') expect(c.citations.length, o.line.id).toBeGreaterThan(0);
      }
    }
  });

  // Floors sit just under what the engine reaches today (npm run eval), so a regression fails CI.
  // The dev set was written here; the real pages (below) decide where the two pull apart (issue 11: ≥ 0.90).
  it('holds its macro-F1 floor, overall and per language', () => {
    expect(scoreOutcomes(outcomes).macroF1).toBeGreaterThanOrEqual(0.91);
    for (const lang of ['en', 'ja', 'ko']) expect(scoreOutcomes(outcomes, lang).macroF1, lang).toBeGreaterThanOrEqual(0.88);
  });

  it('keeps contradicted recall at 0.9 or more', () => {
    expect(scoreOutcomes(outcomes).perLabel.contradicted.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps Japanese and Korean within 0.06 of English', () => {
    const en = scoreOutcomes(outcomes, 'en').macroF1;
    for (const lang of ['ja', 'ko']) expect(Math.abs(scoreOutcomes(outcomes, lang).macroF1 - en), lang).toBeLessThanOrEqual(0.06);
  });

  it('labels the fixture pages, read whole, at its floor', () => {
    const pages = runPages();
    expect(score(pages.map((p) => ({ gold: p.gold, predicted: p.predicted }))).macroF1).toBeGreaterThanOrEqual(0.93);
  });

  it('labels the held-out pages (heldout-*) at their own, lower floor', () => {
    const pages = runPages(true);
    expect(pages.length).toBeGreaterThan(100);
    expect(score(pages.map((p) => ({ gold: p.gold, predicted: p.predicted }))).macroF1).toBeGreaterThanOrEqual(0.83);
  });
});

describe('the real pages (tests/fixtures/real-pages), each read whole', () => {
  const outcomes = runRealPages();
  const scores = (lang?: string) => score(outcomes.filter((o) => !lang || o.lang === lang));

  it('holds its macro-F1 floor, overall and per language', () => {
    expect(outcomes.length).toBe(221);
    expect(scores().macroF1).toBeGreaterThanOrEqual(0.88);
    for (const lang of ['en', 'ja', 'ko']) expect(scores(lang).macroF1, lang).toBeGreaterThanOrEqual(0.85);
  });

  it('finds what the sources state, reworded or translated, in every language', () => {
    for (const lang of ['en', 'ja', 'ko']) expect(scores(lang).perLabel.supported.f1, lang).toBeGreaterThanOrEqual(0.85);
  });

  it('puts a red mark only where it is right, and finds the wrong sentences', () => {
    expect(scores().perLabel.contradicted.precision).toBeGreaterThanOrEqual(0.99);
    expect(scores().perLabel.contradicted.recall).toBeGreaterThanOrEqual(0.85);
  });

  it('leaves the off-topic pages unmarked', () => {
    const offPages = new Set(outcomes.filter((o) => o.gold === 'off-topic').map((o) => o.id.split('-')[0]));
    for (const o of outcomes.filter((x) => offPages.has(x.id.split('-')[0]) && x.gold === 'off-topic')) expect(o.predicted, o.id).toBe('off-topic');
  });
});
