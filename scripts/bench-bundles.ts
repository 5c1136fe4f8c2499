/** Sizes of the built extension's bundles (content script, the page checker it loads, popup, background) and their budgets. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export type BundleName = 'content' | 'checker' | 'popup' | 'background';
/** The page checker the content script loads where a page may be on topic (extension/content/front.ts). */
const CHECKER = 'page-checker.js';
export const BUDGET: Record<BundleName, number> = JSON.parse(readFileSync(join(ROOT, 'scripts/bench-budget.json'), 'utf8'));

export function buildDir(): string {
  return join(ROOT, process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
}

export interface BundleSize {
  name: BundleName;
  files: string[];
  bytes: number;
  gzip: number;
  budget: number;
}

/** Every file a page loads: its scripts and styles, and the modules those import. */
function pageFiles(dir: string, html: string): string[] {
  const files = new Set<string>([html]);
  const queue = [...readFileSync(join(dir, html), 'utf8').matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]!.replace(/^\//, ''));
  while (queue.length) {
    const file = queue.shift()!;
    if (files.has(file) || !existsSync(join(dir, file))) continue;
    files.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+\.js)["']/g)) {
      queue.push(join(dirname(file), m[1]!).replace(/^\.\//, ''));
    }
  }
  return [...files];
}

export function bundleSizes(dir = buildDir()): BundleSize[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[]; css?: string[] }[];
    background?: { service_worker?: string };
    action?: { default_popup?: string };
  };
  const groups: Record<BundleName, string[]> = {
    content: (manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]),
    checker: existsSync(join(dir, CHECKER)) ? [CHECKER] : [],
    popup: manifest.action?.default_popup ? pageFiles(dir, manifest.action.default_popup) : [],
    background: manifest.background?.service_worker ? [manifest.background.service_worker] : [],
  };
  return (Object.keys(groups) as BundleName[]).map((name) => {
    const files = groups[name];
    const bytes = files.reduce((n, f) => n + statSync(join(dir, f)).size, 0);
    const gzip = files.reduce((n, f) => n + gzipSync(readFileSync(join(dir, f))).length, 0);
    return { name, files, bytes, gzip, budget: BUDGET[name] };
  });
}
