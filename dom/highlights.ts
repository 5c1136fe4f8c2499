import type { Verdict } from '../lib/types';

/**
 * Marks are painted with the CSS Custom Highlight API: the page's DOM is never modified,
 * so framework-managed pages (React, hydration) keep working.
 */
export const HIGHLIGHT_NAMES: Record<Verdict | 'flash', string> = {
  supported: 'fc-supported',
  contradicted: 'fc-contradicted',
  disputed: 'fc-disputed',
  unverified: 'fc-unverified',
  flash: 'fc-flash',
};

// Each verdict differs by line style as well as colour: dotted, wavy, double, dashed.
const CSS = `
::highlight(fc-supported) { text-decoration: underline dotted 2px #1a7f37; }
::highlight(fc-contradicted) { background-color: rgba(207, 34, 46, 0.14); text-decoration: underline wavy 1.5px #cf222e; }
::highlight(fc-disputed) { background-color: rgba(191, 135, 0, 0.16); text-decoration: underline double 3px #9a6700; }
::highlight(fc-unverified) { text-decoration: underline dashed 1.5px #6e7781; }
::highlight(fc-flash) { background-color: rgba(255, 213, 0, 0.75); color: #000; }
`;

interface HighlightRegistry {
  set(name: string, value: unknown): void;
  delete(name: string): void;
}

function registry(): HighlightRegistry | undefined {
  const css = globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined;
  return css?.highlights && typeof (globalThis as { Highlight?: unknown }).Highlight === 'function' ? css.highlights : undefined;
}

export function highlightsSupported(): boolean {
  return registry() !== undefined;
}

type HighlightCtor = new (...ranges: Range[]) => unknown;

export class Highlighter {
  private sheet: CSSStyleSheet | undefined;

  constructor(private readonly doc: Document) {}

  paint(groups: Map<Verdict, Range[]>): void {
    const reg = registry();
    if (!reg) return;
    this.installStyles();
    const Ctor = (globalThis as unknown as { Highlight: HighlightCtor }).Highlight;
    for (const verdict of Object.keys(HIGHLIGHT_NAMES) as (Verdict | 'flash')[]) {
      if (verdict === 'flash') continue;
      const ranges = groups.get(verdict) ?? [];
      if (ranges.length) reg.set(HIGHLIGHT_NAMES[verdict], new Ctor(...ranges));
      else reg.delete(HIGHLIGHT_NAMES[verdict]);
    }
  }

  flash(range: Range, ms = 1600): void {
    const reg = registry();
    if (!reg) return;
    const Ctor = (globalThis as unknown as { Highlight: HighlightCtor }).Highlight;
    reg.set(HIGHLIGHT_NAMES.flash, new Ctor(range));
    setTimeout(() => reg.delete(HIGHLIGHT_NAMES.flash), ms);
  }

  clear(): void {
    const reg = registry();
    for (const name of Object.values(HIGHLIGHT_NAMES)) reg?.delete(name);
    if (this.sheet) this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
    this.sheet = undefined;
  }

  // An adopted stylesheet adds no node to the page; ::highlight rules must live in the document's styles.
  private installStyles(): void {
    if (this.sheet) return;
    const win = this.doc.defaultView;
    if (!win) return;
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(CSS);
    this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
    this.sheet = sheet;
  }
}
