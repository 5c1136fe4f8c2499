import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, ftruncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../e2e/harness';

const tsx = join(ROOT, 'node_modules/.bin/tsx');
const cli = join(ROOT, 'cli/check.ts');
const run = (...args: string[]) => spawnSync(tsx, [cli, ...args], { encoding: 'utf8', cwd: ROOT, timeout: 60_000 });
const runWith = (input: string | Buffer, ...args: string[]) =>
  spawnSync(tsx, [cli, ...args], { encoding: 'utf8', cwd: ROOT, input, timeout: 60_000, maxBuffer: 1 << 26 });
const STORY = 'Takaichi and Lee played the drums in Tokyo on Wednesday.\nTakaichi and Lee drummed to BTS after the summit in Nara.\n';
/** A one-line error on stderr, exit code 2, nothing on stdout. */
function refused(r: ReturnType<typeof run>, message: RegExp) {
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(message);
}

// Each case starts the CLI (tsx, then the engine): seconds each on a busy machine.
describe('npm run check', { timeout: 60_000 }, () => {
  it('prints claims with verdicts and citations as JSON for an HTML page', () => {
    const out = execFileSync(tsx, [cli, 'tests/fixtures/pages/en-tabloid-errors.html', '--json'], { encoding: 'utf8', cwd: ROOT });
    const { claims } = JSON.parse(out) as { claims: { verdict: string; citations: { relation: string; outlet: string; quote: string }[] }[] };
    expect(claims.length).toBeGreaterThan(5);
    expect(claims.some((c) => c.verdict === 'contradicted' && c.citations.some((x) => x.relation === 'conflicts' && x.outlet && x.quote))).toBe(true);
  });

  it('indexes a text file by its own offsets', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fc-cli-'));
    const file = join(dir, 'a.txt');
    const text =
      'Headline: leaders drum\n\nTakaichi and Lee played the drums in Tokyo on Wednesday.\nTakaichi and Lee drummed to BTS after the summit in Nara.';
    writeFileSync(file, text);
    const { claims } = JSON.parse(run(file, '--json').stdout) as { claims: { text: string; start: number; end: number }[] };
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(readFileSync(file, 'utf8').slice(c.start, c.end)).toBe(c.text);
  });

  it('prints a readable list', () => {
    const r = run('tests/fixtures/pages/en-wire-story.html');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/SUPPORTED/);
  });

  it('fails with one line and exit code 2 on a missing file', () => {
    const r = run('no/such/file.html', '--json');
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/cannot read no\/such\/file\.html/);
  });

  it('reads standard input for -, as text or, when it starts like one, as an HTML document', () => {
    const text = runWith(STORY, '-', '--json');
    expect(text.status).toBe(0);
    expect((JSON.parse(text.stdout) as { claims: unknown[] }).claims.length).toBeGreaterThan(0);
    const html = runWith(readFileSync(join(ROOT, 'tests/fixtures/pages/en-wire-story.html')), '-', '--json');
    const file = run('tests/fixtures/pages/en-wire-story.html', '--json');
    expect(html.stdout).toBe(file.stdout);
  });

  it('refuses a named pipe at once, a directory, and a missing file, saying so in words', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fc-cli-'));
    const fifo = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    refused(run(fifo), /named pipe, not a regular file/);
    refused(run(dir), /is a directory/);
    refused(run(join(dir, 'nothing.txt')), /no such file or directory/);
  });

  it('refuses an unknown option with the usage and exit code 2', () => {
    const r = run('tests/fixtures/pages/en-wire-story.html', '--jsn');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/unknown option --jsn/);
    expect(r.stderr).toMatch(/usage: npm run check/);
  });

  it('refuses input past the limit with one line and exit code 2, from a file or standard input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fc-cli-'));
    const big = join(dir, 'big.txt');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 33 * 1024 * 1024);
    closeSync(fd);
    refused(run(big, '--json'), /over 32 MB/);
    refused(runWith(Buffer.alloc(33 * 1024 * 1024, 'a'), '-'), /standard input is over 32 MB/);
  });

  it('shows control characters in the text escaped in the readable list; JSON keeps them, escaped by JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fc-cli-'));
    const file = join(dir, 'evil.txt');
    writeFileSync(file, 'Takaichi and Lee played the drums\u001b]0;owned\u0007 in Tokyo\u0000 on Wednesday.\u001b[2J\n');
    const r = run(file);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/CONTRADICTED/);
    expect(r.stdout).not.toMatch(/[\u0000\u0007\u001b]/);
    expect(r.stdout).toContain('\\x1b]0;owned\\x07');
    const json = run(file, '--json');
    expect(json.stdout).not.toMatch(/[\u0000\u0007\u001b]/);
    expect((JSON.parse(json.stdout) as { claims: { text: string }[] }).claims[0]!.text).toContain('\u001b]0;owned\u0007');
  });
});
