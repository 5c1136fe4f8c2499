import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness';

const FIREFOX = join(ROOT, process.env.WXT_OUT_DIR ?? '.output', 'firefox-mv2');

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

describe('the Firefox build', () => {
  it('exists (npm run build makes it) and passes web-ext lint with no errors', async () => {
    expect(existsSync(join(FIREFOX, 'manifest.json')), `${FIREFOX} is missing: run npm run build`).toBe(true);
    const manifest = JSON.parse(readFileSync(join(FIREFOX, 'manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(manifest.default_locale).toBe('en');
    // web-ext exits non-zero when it finds errors; the JSON report says which.
    const run = await promisify(execFile)(
      join(ROOT, 'node_modules/.bin/web-ext'),
      ['lint', '--source-dir', FIREFOX, '--output', 'json', '--no-config-discovery'],
      { cwd: ROOT, maxBuffer: 16 << 20 },
    ).catch((err: { stdout?: string }) => ({ stdout: err.stdout ?? '' }));
    const report = JSON.parse(run.stdout) as { summary: { errors: number }; errors: LintMessage[]; warnings: LintMessage[] };
    expect(report.errors.map((e) => `${e.code}: ${e.message} (${e.file})`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });
});
