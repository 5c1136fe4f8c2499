import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../e2e/harness';

const tsx = join(ROOT, 'node_modules/.bin/tsx');
const cli = join(ROOT, 'cli/check.ts');
const run = (...args: string[]) => spawnSync(tsx, [cli, ...args], { encoding: 'utf8', cwd: ROOT });

describe('npm run check', () => {
  it('prints claims with verdicts and citations as JSON for an HTML page', () => {
    const out = execFileSync(tsx, [cli, 'tests/fixtures/pages/en-tabloid-errors.html', '--json'], { encoding: 'utf8', cwd: ROOT });
    const { claims } = JSON.parse(out) as { claims: { verdict: string; citations: { relation: string; outlet: string; quote: string }[] }[] };
    expect(claims.length).toBeGreaterThan(5);
    expect(claims.some((c) => c.verdict === 'contradicted' && c.citations.some((x) => x.relation === 'conflicts' && x.outlet && x.quote))).toBe(true);
  });

  it('indexes a text file by its own offsets', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fc-cli-'));
    const file = join(dir, 'a.txt');
    const text = 'Headline: leaders drum\n\nTakaichi and Lee played the drums in Tokyo on Wednesday.\nTakaichi and Lee drummed to BTS after the summit in Nara.';
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
});
