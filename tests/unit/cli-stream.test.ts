import { describe, expect, it } from 'vitest';
import { escapeControls, JsonClaims, readableClaim } from '../../cli/format';
import { streamClaims } from '../../cli/stream';
import { dataset } from '../../data/index';
import { IncrementalChecker, type Engine } from '../../extension/plan/incremental';
import { createChecker } from '../../lib/check';
import type { Claim } from '../../lib/types';
import { filler, pageLines, storyArticles } from '../../scripts/bench-pages';

const engine = createChecker(dataset);
const sliced: Engine = (text, options) => engine.checkText(text, options);
const streamed = (text: string, eng: Engine = sliced) => {
  const out: Claim[] = [];
  streamClaims(text, (c) => out.push(c), eng);
  return out;
};

describe('the CLI check, streamed', { timeout: 120_000 }, () => {
  it('gives the whole-text result on pages in lines, and the content script’s on one long line', () => {
    const lines = pageLines('on', 20_000);
    expect(streamed(lines.join('\n'))).toEqual(engine.checkText(lines.join('\n')));
    const one = lines.join(' ');
    const claims = streamed(one);
    expect(claims.length).toBeGreaterThan(10);
    expect(claims).toEqual(new IncrementalChecker(sliced, dataset).checkSync(one));
    for (const c of claims) expect(one.slice(c.start, c.end)).toBe(c.text);
  });

  it('cuts one very long line so the engine never reads more than a slice of it', () => {
    const story = storyArticles()[0]!
      .filter((l) => /[.!?]$/.test(l))
      .join(' ');
    const text = [filler(40_000, 5).join(' '), story, filler(40_000, 6).join(' ')].join(' ');
    expect(text.length).toBeGreaterThan(500_000);
    let longest = 0;
    const claims = streamed(text, (t, o) => {
      longest = Math.max(longest, t.length);
      return sliced(t, o);
    });
    expect(claims.map((c) => c.text)).toEqual(engine.checkText(story).map((c) => c.text));
    expect(longest).toBeLessThan(40_000);
  });

  it('hands each claim on before the rest of the text is checked', () => {
    const text = pageLines('on', 20_000).join('\n');
    let calls = 0;
    const callsAtFirstClaim: number[] = [];
    streamClaims(
      text,
      () => callsAtFirstClaim.push(calls),
      (t, o) => (calls++, sliced(t, o)),
    );
    expect(callsAtFirstClaim.length).toBeGreaterThan(0);
    expect(callsAtFirstClaim[0]!).toBeLessThan(calls / 2);
  });
});

describe('the CLI output', () => {
  const claims = engine.checkText('Takaichi and Lee played the drums in Tokyo on Wednesday.\nTakaichi and Lee drummed to BTS after the summit in Nara.');

  it('streams JSON byte for byte as JSON.stringify prints it', () => {
    for (const list of [[], claims.slice(0, 1), claims]) {
      let out = '';
      const json = new JsonClaims((s) => (out += s));
      for (const c of list) json.add(c);
      json.end();
      expect(out).toBe(JSON.stringify({ claims: list }, null, 2) + '\n');
    }
  });

  it('shows control characters escaped: no escape sequence, NUL or bidi override reaches the terminal', () => {
    const hostile = 'Takaichi\u001b]0;owned\u0007 and Lee\u0000 played\u009b2J the \u202edrums\u001b[31m.';
    expect(escapeControls(hostile)).toBe('Takaichi\\x1b]0;owned\\x07 and Lee\\x00 played\\x9b2J the \\u202edrums\\x1b[31m.');
    const line = readableClaim({ ...claims[0]!, text: hostile, reason: `Sources say Nara; this says “${hostile}”` });
    expect(line).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(line).toContain('\\x1b]0;owned\\x07');
  });
});
