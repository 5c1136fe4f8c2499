/** Which elements the page's reading (./extract.ts) passes over, and which start a new line. */

/** Elements whose text is never page prose, or must never be touched (editable fields). */
export const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'HEAD',
  'TITLE',
  'CODE',
  'PRE',
]);
/** Elements that start a new line of text, so headlines and captions stay separate sentences. */
export const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'CAPTION',
]);

/** Attribute-level hiding, usable without layout (the CLI). */
export function hiddenByAttributes(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/**
 * Layout-level hiding, for the live page: what the browser does not render is not read.
 * An element with `display: contents` (a <slot>, many framework wrappers) has no box of its own,
 * so `checkVisibility()` calls it invisible, but its children are rendered: it is not hidden.
 */
export function hiddenByLayout(el: Element): boolean {
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const check = (el as unknown as { checkVisibility?: (o: object) => boolean }).checkVisibility;
  if (check && check.call(el, { visibilityProperty: true, contentVisibilityAuto: false })) return false;
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  if (!style) return false;
  if (style.display === 'contents') return false;
  return check ? true : style.display === 'none' || style.visibility === 'hidden';
}
