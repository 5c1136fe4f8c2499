// The background's answer to `factcheck:check-text`: slice options reach the engine; bad input gets an error, never a throw.
import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/index';
import { answerCheckText } from '../../extension/background/check-text';
import { createChecker } from '../../lib/check';
import type { CheckOptions } from '../../lib/types';

const engine = createChecker(dataset);
const TEXT = 'Prime Minister Sanae Takaichi and President Lee Jae-myung drummed along to K-pop songs in Nara.\nThey played for 20 minutes.';
const second = TEXT.indexOf('\n') + 1;

describe('factcheck:check-text in the background', () => {
  it('passes range, pageKnownOnTopic and assumeOnTopic to the engine, and nothing else', () => {
    const seen: CheckOptions[] = [];
    const check = (text: string, options: CheckOptions) => (seen.push(options), engine.checkText(text, options));
    const whole = answerCheckText({ type: 'factcheck:check-text', text: TEXT }, check);
    expect(whole.error).toBeUndefined();
    expect(whole.claims).toEqual(engine.checkText(TEXT));
    expect(whole.claims).toHaveLength(2);
    const part = answerCheckText(
      { type: 'factcheck:check-text', text: TEXT, range: { start: second, end: TEXT.length }, pageKnownOnTopic: true, extra: true },
      check,
    );
    expect(part.claims).toEqual(whole.claims.slice(1));
    // A selection the user asked about: judged as part of a page about the story, though it names no one.
    const alone = TEXT.slice(second);
    expect(engine.checkText(alone)).toEqual([]);
    const selection = answerCheckText({ type: 'factcheck:check-text', text: alone, assumeOnTopic: true }, check);
    expect(selection.claims).toHaveLength(1);
    expect(seen).toEqual([{}, { range: { start: second, end: TEXT.length }, pageKnownOnTopic: true }, { assumeOnTopic: true }]);
  });

  it.each([
    ['no text', { type: 'factcheck:check-text' }, /text/],
    ['text not a string', { type: 'factcheck:check-text', text: 42 }, /text/],
    ['range not an object', { type: 'factcheck:check-text', text: TEXT, range: 'all' }, /range/],
    ['range without end', { type: 'factcheck:check-text', text: TEXT, range: { start: 0 } }, /range/],
    ['fractional offset', { type: 'factcheck:check-text', text: TEXT, range: { start: 0.5, end: 9 } }, /range/],
    ['negative offset', { type: 'factcheck:check-text', text: TEXT, range: { start: -1, end: 9 } }, /range/],
    ['end before start', { type: 'factcheck:check-text', text: TEXT, range: { start: 9, end: 2 } }, /range/],
    ['NaN', { type: 'factcheck:check-text', text: TEXT, range: { start: NaN, end: 9 } }, /range/],
    ['flag not a boolean', { type: 'factcheck:check-text', text: TEXT, pageKnownOnTopic: 'yes' }, /pageKnownOnTopic/],
    ['selection flag not a boolean', { type: 'factcheck:check-text', text: TEXT, assumeOnTopic: 1 }, /assumeOnTopic/],
    ['not an object', null, /text/],
  ])('answers %s with an error and no claims, without running the engine', (_name, msg, error) => {
    let calls = 0;
    const reply = answerCheckText(msg, (t, o) => (calls++, engine.checkText(t, o)));
    expect(reply.claims).toEqual([]);
    expect(reply.error).toMatch(error);
    expect(calls).toBe(0);
  });
});
