// Least privilege, no remote code, bundle budgets: checked on the build that `npm test` has just made.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleSizes, buildDir } from '../../scripts/bench-bundles';

const chrome = buildDir();
const firefox = chrome.replace(/chrome-mv3$/, 'firefox-mv2');
const builds = [chrome, ...(existsSync(join(firefox, 'manifest.json')) ? [firefox] : [])];

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ext) : ext.test(name) ? [path] : [];
  });
}

const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
const code = (dir: string) => files(dir, /\.js$/).map((f) => ({ file: relative(dir, f), text: readFileSync(f, 'utf8') }));

/**
 * Each permission the extension may ask for, and the use of it that must be in the built code.
 * A permission not listed here fails the test: add it only with the code that needs it.
 */
const USES: Record<string, RegExp> = {
  storage: /\.storage\.(?:sync|local|session|onChanged)\b|["'](?:sync|local|session):/,
  tabs: /\.tabs\.(?:query|get)\b[\s\S]*\.url\b/,
  contextMenus: /\.(?:contextMenus|menus)\.create\b/,
};

describe.each(builds)('the manifest in %s', (dir) => {
  const manifest = manifestOf(dir);
  const js = code(dir);
  const all = js.map((f) => f.text).join('\n');

  it('asks only for permissions the code uses', () => {
    const permissions = (manifest.permissions ?? []) as string[];
    for (const p of permissions) {
      expect(Object.keys(USES), `permission "${p}" is not on the allow-list`).toContain(p);
      expect(USES[p]!.test(all), `permission "${p}" is declared but not used`).toBe(true);
    }
  });

  it('has no host permissions, optional permissions or pages exposed to the web', () => {
    for (const key of ['host_permissions', 'optional_permissions', 'optional_host_permissions', 'externally_connectable']) {
      expect(manifest[key], key).toBeUndefined();
    }
    // Chrome lets the content script import() only a web-accessible file: the page checker, at a URL that
    // changes every session (extension/content/front.ts). Firefox needs no such listing.
    const exposed = manifest.web_accessible_resources;
    if (dir === firefox) expect(exposed).toBeUndefined();
    else expect(exposed).toEqual([{ resources: ['page-checker.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }]);
    // MV2 (Firefox) lists host patterns among permissions; none may be there.
    expect(((manifest.permissions ?? []) as string[]).filter((p) => p.includes('://') || p === '<all_urls>')).toEqual([]);
  });

  it('runs its content script on web pages only', () => {
    const scripts = (manifest.content_scripts ?? []) as { matches: string[] }[];
    expect(scripts.length).toBe(1);
    expect([...scripts[0]!.matches].sort()).toEqual(['http://*/*', 'https://*/*']);
  });

  it('loads no remote code and evaluates no strings as code', () => {
    const csp = JSON.stringify(manifest.content_security_policy ?? '');
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|wasm-unsafe-eval/);
    for (const { file, text } of js) {
      expect(text, file).not.toMatch(/(?<![\w$.])eval\s*\(/);
      expect(text, file).not.toMatch(/new\s+Function\s*\(/);
      expect(text, file).not.toMatch(/importScripts\s*\(/);
      expect(text, file).not.toMatch(/import\s*\(\s*["'`]https?:/);
      expect(text, file).not.toMatch(/(?:setTimeout|setInterval)\s*\(\s*["'`]/);
    }
    for (const html of files(dir, /\.html$/)) {
      expect(readFileSync(html, 'utf8'), html).not.toMatch(/<script[^>]+src=["']?(?:https?:)?\/\//);
    }
  });

  it('has no network code in the content script or the background', () => {
    const scripts = [
      ...((manifest.content_scripts ?? []) as { js?: string[] }[]).flatMap((c) => c.js ?? []),
      'page-checker.js',
      ...(((manifest.background ?? {}) as { service_worker?: string; scripts?: string[] }).service_worker
        ? [(manifest.background as { service_worker: string }).service_worker]
        : []),
      ...(((manifest.background ?? {}) as { scripts?: string[] }).scripts ?? []),
    ];
    expect(scripts.length).toBeGreaterThan(2);
    for (const s of scripts) {
      const text = readFileSync(join(dir, s), 'utf8');
      expect(text, s).not.toMatch(/(?<![\w$])fetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|RTCPeerConnection/);
    }
  });
});

describe('bundle budgets (scripts/bench-budget.json)', () => {
  it.each(bundleSizes(chrome).map((b) => [b.name, b] as const))('%s stays within its budget', (_, b) => {
    expect(b.files.length).toBeGreaterThan(0);
    expect(b.bytes, `${b.name}: ${b.bytes} bytes (${b.files.join(', ')})`).toBeLessThanOrEqual(b.budget);
  });
});
