/**
 * The layers, checked from the sources themselves: an import that runs back up the table below, or any
 * import cycle (type-only imports count: they couple files as much for a reader), fails here with the
 * file and the import named. The README's "How it works" draws the same table.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Folders, most specific first: a file belongs to the first whose path it starts with. */
const LAYERS = [
  'lib',
  'data',
  'ui-base',
  'dom',
  'extension/plan',
  'extension/shared',
  'components',
  'extension/background',
  'extension/content',
  'extension/pages',
  'entrypoints',
  'cli',
  'public',
] as const;
type Layer = (typeof LAYERS)[number];

/** What each layer may import besides itself. Everything else is a wrong-way arrow. */
const ALLOWED: Record<Layer, readonly Layer[]> = {
  lib: [],
  data: ['lib'],
  'ui-base': ['lib', 'public'],
  dom: ['lib', 'ui-base'],
  'extension/plan': ['lib'],
  'extension/shared': ['lib', 'ui-base'],
  components: ['lib', 'data', 'ui-base', 'extension/shared'],
  'extension/background': ['lib', 'data', 'ui-base', 'extension/shared'],
  'extension/content': ['lib', 'data', 'ui-base', 'dom', 'extension/plan', 'extension/shared', 'components'],
  'extension/pages': ['extension/shared'],
  entrypoints: ['lib', 'ui-base', 'dom', 'extension/shared', 'components', 'extension/background', 'extension/content', 'extension/pages'],
  cli: ['lib', 'data', 'ui-base', 'dom', 'extension/plan'],
  public: [],
};

/** Packages that reach the browser's extension APIs: only code that runs in one of the extension's runtimes. */
const BROWSER_PACKAGES = /^(webextension-polyfill|wxt)(\/|$)/;
const MAY_USE_BROWSER: readonly Layer[] = ['extension/shared', 'extension/background', 'extension/content', 'extension/pages', 'entrypoints'];

const ROOT = resolve(__dirname, '../..');
const SCANNED = ['lib', 'data', 'ui-base', 'dom', 'extension', 'components', 'entrypoints', 'cli'];
const IMPORT = /(?:^|;)\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]|(?:^|;)\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

function sources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The file a relative specifier names, as the bundler would find it. */
function resolveFile(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => existsSync(p) && statSync(p).isFile());
}

const layerOf = (file: string): Layer | undefined => LAYERS.find((l) => `${relative(ROOT, file)}/`.startsWith(`${l}/`));

interface Edge {
  from: string;
  spec: string;
  to?: string;
}

function importsOf(file: string): Edge[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => {
    const spec = (m[1] ?? m[2] ?? m[3])!;
    return { from: file, spec, to: spec.startsWith('.') ? resolveFile(file, spec) : undefined };
  });
}

/** Every import cycle's files, one cycle per strongly connected group (Tarjan), each as a → b → … → a. */
export function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const group = stack.splice(stack.indexOf(v));
    if (group.length > 1 || graph.get(v)?.includes(v)) found.push(path(graph, new Set(group), v));
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

/** One concrete cycle through `start` inside its group, found breadth-first so it is a shortest one. */
function path(graph: ReadonlyMap<string, readonly string[]>, group: ReadonlySet<string>, start: string): string[] {
  const prev = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const v = queue.shift()!;
    for (const w of graph.get(v) ?? []) {
      if (!group.has(w)) continue;
      if (w === start) {
        const out = [start];
        for (let u = v; u !== start; u = prev.get(u)!) out.splice(1, 0, u);
        return [...out, start];
      }
      if (prev.has(w)) continue;
      prev.set(w, v);
      queue.push(w);
    }
  }
  return [start, start];
}

const files = SCANNED.flatMap((d) => sources(join(ROOT, d)));
const edges = files.flatMap(importsOf);
const rel = (f: string) => relative(ROOT, f);

describe('layers', () => {
  it('finds the sources and their imports', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(edges.length).toBeGreaterThan(300);
  });

  it('resolves every relative import to a file', () => {
    const broken = edges.filter((e) => e.spec.startsWith('.') && !e.to).map((e) => `${rel(e.from)}: '${e.spec}'`);
    expect(broken).toEqual([]);
  });

  it('puts every source file in a layer', () => {
    expect(files.filter((f) => !layerOf(f)).map(rel)).toEqual([]);
  });

  it('imports only down the layers', () => {
    const wrong: string[] = [];
    for (const e of edges) {
      const from = layerOf(e.from)!;
      if (!e.to) {
        if (BROWSER_PACKAGES.test(e.spec) && !MAY_USE_BROWSER.includes(from)) wrong.push(`${rel(e.from)} (${from}) imports '${e.spec}': no browser API there`);
        continue;
      }
      const to = layerOf(e.to);
      if (to !== from && (!to || !ALLOWED[from].includes(to))) wrong.push(`${rel(e.from)} (${from}) imports '${e.spec}' (${to ?? rel(e.to)})`);
    }
    expect(wrong).toEqual([]);
  });

  it('has no import cycle', () => {
    const graph = new Map<string, string[]>(files.map((f) => [f, []]));
    for (const e of edges) if (e.to && graph.has(e.to)) graph.get(e.from)!.push(e.to);
    const found = cycles(graph).map((c) => c.map(rel).join(' → '));
    expect(found).toEqual([]);
  });

  it('reports a cycle it is shown', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
    ]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c', 'a']]);
  });
});
