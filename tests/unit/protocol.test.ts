// The message handlers are typed per message: a wrong reply is a type error (`npm run typecheck` runs over
// this file, so an @ts-expect-error that no longer errs fails it), and the listener routes by type.
import { describe, expect, it } from 'vitest';
import { ask, listen, type Handlers } from '../../extension/shared/protocol';

describe('typed messages', () => {
  it('answers only the messages it has handlers for, each with its own reply', async () => {
    const onMessage = listen({ 'factcheck:reveal': (msg) => ({ ok: msg.index === 2 }) });
    expect(await onMessage({ type: 'factcheck:reveal', index: 2 }, {})).toEqual({ ok: true });
    expect(onMessage({ type: 'factcheck:results' }, {})).toBeUndefined();
    expect(onMessage({ type: 'not ours' }, {})).toBeUndefined();
    expect(onMessage('factcheck:reveal', {})).toBeUndefined();
  });

  it('refuses a wrong reply at compile time', () => {
    const wrong: Handlers<'factcheck:reveal'> = {
      // @ts-expect-error a reveal is answered with { ok: boolean }, not claims
      'factcheck:reveal': () => ({ claims: [] }),
    };
    // @ts-expect-error a handler for a message the protocol does not have
    const unknown: Handlers<'factcheck:nope'> = { 'factcheck:nope': () => ({ ok: true }) };
    expect([wrong, unknown]).toHaveLength(2);
  });

  it('types the reply of what it asks', async () => {
    const reply = await ask(async () => ({ ok: true }), { type: 'factcheck:reveal', index: 0 });
    const ok: boolean = reply.ok;
    // @ts-expect-error a reveal's reply has no claims
    expect([ok, reply.claims]).toEqual([true, undefined]);
  });
});
