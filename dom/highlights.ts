import type { Verdict } from '../lib/types';
import type { MarkStyle, Theme } from '../ui-base/vocabulary';
import { pageTheme } from './theme';
import { HIGHLIGHT_NAMES, highlightCss, PAINTED_VERDICTS } from './highlight-css';

interface HighlightRegistry {
  set(name: string, value: unknown): void;
  delete(name: string): void;
}

/**
 * In forced-colors mode Chromium paints every highlight in the system selection colours, whatever the
 * author styles say, so verdicts would look alike: the page checker then draws per-line underlines instead.
 */
export function forcedColors(win: Window | null): boolean {
  return win?.matchMedia?.('(forced-colors: active)').matches ?? false;
}

type HighlightCtor = new (...ranges: Range[]) => unknown;

/** A window's own highlight registry and Highlight class: each document paints only its own ranges. */
function registryOf(win: Window | null): { reg: HighlightRegistry; Ctor: HighlightCtor } | undefined {
  const w = win as unknown as { CSS?: { highlights?: HighlightRegistry }; Highlight?: HighlightCtor } | null;
  return w?.CSS?.highlights && typeof w.Highlight === 'function' ? { reg: w.CSS.highlights, Ctor: w.Highlight } : undefined;
}

/**
 * The document as the page itself sees it. A Firefox content script sees the page through Xray
 * wrappers, and Firefox refuses `adoptedStyleSheets` through them ("Accessing from Xray wrapper is
 * not supported"); its `wrappedJSObject` is the page's own object. Elsewhere there is no wrapper.
 */
function pageSide(doc: Document): Document {
  return (doc as Document & { wrappedJSObject?: Document }).wrappedJSObject ?? doc;
}

const docOf = (range: Range, fallback: Document) => range.startContainer.ownerDocument ?? fallback;

/**
 * Paints ranges in the page and in its same-origin frames. Highlights and ::highlight() rules belong to
 * one document each, so every document with marks gets its own registry entries and its own stylesheet.
 */
export class Highlighter {
  private readonly painted = new Map<Document, { reg: HighlightRegistry; sheet?: CSSStyleSheet; css?: string }>();

  constructor(private readonly doc: Document) {}

  paint(groups: Map<Verdict, Range[]>, style: MarkStyle = 'standard', theme: Theme = 'light'): void {
    const byDoc = new Map<Document, Map<Verdict, Range[]>>();
    for (const [verdict, ranges] of groups) {
      for (const range of ranges) {
        const doc = docOf(range, this.doc);
        const mine = byDoc.get(doc) ?? byDoc.set(doc, new Map()).get(doc)!;
        const list = mine.get(verdict) ?? mine.set(verdict, []).get(verdict)!;
        list.push(range);
      }
    }
    for (const doc of this.painted.keys()) if (!byDoc.has(doc)) this.clearDoc(doc);
    for (const [doc, mine] of byDoc) {
      const found = registryOf(doc.defaultView);
      if (!found) continue;
      // A frame may be dark on a light page: its marks follow its own background.
      this.installStyles(doc, found.reg, highlightCss(style, doc === this.doc ? theme : pageTheme(doc)));
      for (const verdict of PAINTED_VERDICTS) {
        const ranges = mine.get(verdict) ?? [];
        if (ranges.length) found.reg.set(HIGHLIGHT_NAMES[verdict], new found.Ctor(...ranges));
        else found.reg.delete(HIGHLIGHT_NAMES[verdict]);
      }
    }
  }

  flash(range: Range, ms = 1600): void {
    const found = registryOf(docOf(range, this.doc).defaultView);
    if (!found) return;
    found.reg.set(HIGHLIGHT_NAMES.flash, new found.Ctor(range));
    setTimeout(() => found.reg.delete(HIGHLIGHT_NAMES.flash), ms);
  }

  clear(): void {
    // The page's own registry too, even with nothing painted: a flash may still be on.
    for (const doc of new Set([this.doc, ...this.painted.keys()])) this.clearDoc(doc);
  }

  private clearDoc(doc: Document): void {
    const entry = this.painted.get(doc);
    this.painted.delete(doc);
    const reg = entry?.reg ?? registryOf(doc.defaultView)?.reg;
    try {
      for (const name of Object.values(HIGHLIGHT_NAMES)) reg?.delete(name);
      if (entry?.sheet) {
        const list = pageSide(doc).adoptedStyleSheets;
        const at = list.indexOf(entry.sheet);
        if (at >= 0) list.splice(at, 1);
      }
    } catch {
      // A frame already gone from the page: its marks went with it.
    }
  }

  // An adopted stylesheet adds no node to the page; ::highlight rules must live in the document's styles.
  private installStyles(doc: Document, reg: HighlightRegistry, css: string): void {
    const entry = this.painted.get(doc);
    if (entry?.sheet) {
      // A changed stylesheet restyles the whole document (::highlight rules match every element): only when it changed.
      if (entry.css !== css) entry.sheet.replaceSync(css);
      entry.css = css;
      return;
    }
    const page = pageSide(doc);
    const win = page.defaultView;
    if (!win) return;
    // Made by the document's own window: a stylesheet can be adopted only by the document it was made for.
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(css);
    page.adoptedStyleSheets.push(sheet);
    this.painted.set(doc, { reg, sheet, css });
  }
}
