// The background's side of `factcheck:check-text`. The request comes from another context, so every
// field is checked and only the known options are passed on: a bad one gets an error, never a throw.
import type { CheckOptions, Claim } from '../../lib/types';
import type { ReplyTo } from '../shared/protocol';

type Read = { text: string; options: CheckOptions } | { error: string };

export function readCheckText(msg: unknown): Read {
  const m = (typeof msg === 'object' && msg !== null ? msg : {}) as Record<string, unknown>;
  if (typeof m.text !== 'string') return { error: 'text must be a string' };
  const options: CheckOptions = {};
  if (m.pageKnownOnTopic !== undefined) {
    if (typeof m.pageKnownOnTopic !== 'boolean') return { error: 'pageKnownOnTopic must be a boolean' };
    options.pageKnownOnTopic = m.pageKnownOnTopic;
  }
  if (m.assumeOnTopic !== undefined) {
    if (typeof m.assumeOnTopic !== 'boolean') return { error: 'assumeOnTopic must be a boolean' };
    options.assumeOnTopic = m.assumeOnTopic;
  }
  if (m.range !== undefined) {
    const { start, end } = (typeof m.range === 'object' && m.range !== null ? m.range : {}) as Record<string, unknown>;
    if (!isOffset(start) || !isOffset(end) || end < start) return { error: 'range must be { start, end } with whole numbers 0 ≤ start ≤ end' };
    options.range = { start, end };
  }
  return { text: m.text, options };
}

export function answerCheckText(msg: unknown, check: (text: string, options: CheckOptions) => Claim[]): ReplyTo<'factcheck:check-text'> {
  const req = readCheckText(msg);
  return 'error' in req ? { claims: [], error: `factcheck:check-text: ${req.error}` } : { claims: check(req.text, req.options) };
}

const isOffset = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;
