import type { Mark } from '../../dom/marks';

/**
 * Where Tab goes next when marks are among the page's own focusable elements.
 *
 * The marks' keyboard targets live in the extension's layer at the end of the document, out of the
 * page's Tab order (tabindex -1): left to the browser, every mark would come after every link of the
 * page. Instead the layer moves focus itself, to the next stop in document order, whenever a mark is
 * that stop; where none is, the browser's own Tab is left alone.
 */
export type Stop = { kind: 'mark'; mark: Mark } | { kind: 'page'; el: HTMLElement };

/** Where Tab starts: a page element (none: the top of the page) or a mark's target. */
export type From = { mark: Mark } | { el: Element | null };

const FOCUSABLE = 'a[href], area[href], button, input, select, textarea, iframe, summary, audio[controls], video[controls], [tabindex], [contenteditable]';

/** The page's own Tab stops, as far as a selector can tell; null when the page orders focus itself with positive tabindex. */
function pageStops(doc: Document, isOwn: (el: Element) => boolean): HTMLElement[] | null {
  const stops: HTMLElement[] = [];
  for (const el of doc.querySelectorAll<HTMLElement>(FOCUSABLE)) {
    if (el.tabIndex > 0) return null;
    if (el.tabIndex < 0 || isOwn(el) || (el as HTMLButtonElement).disabled || (el instanceof HTMLInputElement && el.type === 'hidden')) continue;
    if (el.contentEditable === 'true' && el.parentElement?.isContentEditable) continue;
    if (typeof el.checkVisibility === 'function' ? !el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions) : !el.getClientRects().length)
      continue;
    stops.push(el);
  }
  return stops;
}

/** The node of `doc`'s own tree that stands for `node`: itself, or the shadow host or frame element it is inside. */
function inTree(doc: Document, node: Node): Node | null {
  let n: Node | null = node;
  while (n && n.ownerDocument !== doc && n !== doc) n = n.ownerDocument?.defaultView?.frameElement ?? null;
  while (n && n.getRootNode() instanceof ShadowRoot) n = (n.getRootNode() as ShadowRoot).host;
  return n;
}

/** A point in `doc`'s tree: a mark's start, or an element's own position (before its content). */
function markPoint(doc: Document, mark: Mark): [Node, number] | null {
  const start = mark.range.startContainer;
  const n = inTree(doc, start);
  return n === start ? [start, mark.range.startOffset] : n ? [n, 0] : null;
}

/** -1 when point `a` comes before `b` in document order, 1 after, 0 at the same place. */
function compare(doc: Document, a: [Node, number], b: [Node, number]): number {
  const range = doc.createRange();
  try {
    range.setStart(a[0], a[1]);
    return -range.comparePoint(b[0], b[1]) || 0;
  } catch {
    return 0;
  }
}

/**
 * The next stop from `from` in direction `dir` (1: Tab, -1: Shift+Tab) among the page's elements and
 * the marks (in document order); null when there is none, or when the page orders its own focus.
 * An element inside a marked sentence (a link in it) comes after the mark.
 */
export function nextStop(doc: Document, marks: readonly Mark[], from: From, dir: 1 | -1, isOwn: (el: Element) => boolean): Stop | null {
  const stops = pageStops(doc, isOwn);
  if (!stops) return null;
  const placed = marks.map((mark) => ({ mark, at: markPoint(doc, mark) })).filter((m): m is { mark: Mark; at: [Node, number] } => m.at !== null);
  const fromMark = 'mark' in from ? placed.find((m) => m.mark === from.mark) : undefined;
  const fromEl = 'el' in from && from.el ? inTree(doc, from.el) : null;
  const origin: [Node, number] | null = fromMark ? fromMark.at : fromEl ? [fromEl, 0] : null;
  // After the origin (forward) or before it (backward); from a page element, a mark at its own place (a mark inside a link) is after it.
  const ahead = (at: [Node, number], isMark: boolean) => {
    if (!origin) return dir === 1;
    const c = compare(doc, origin, at);
    if (c === 0) return dir === 1 ? !fromMark && isMark : !!fromMark && !isMark;
    return c === -dir;
  };
  const candidates = [
    ...placed.filter((m) => m !== fromMark && ahead(m.at, true)).map((m) => ({ stop: { kind: 'mark', mark: m.mark } as Stop, at: m.at })),
    ...stops.filter((el) => el !== fromEl && ahead([el, 0], false)).map((el) => ({ stop: { kind: 'page', el } as Stop, at: [el, 0] as [Node, number] })),
  ];
  let best = candidates[0];
  for (const c of candidates.slice(1)) {
    const order = compare(doc, c.at, best!.at);
    // The nearest one; at the same place, the mark first going forward (it is read before a link inside it).
    if (order === -dir || (order === 0 && (c.stop.kind === 'mark') === (dir === 1))) best = c;
  }
  return best?.stop ?? null;
}
