/**
 * Which changes to a page the watcher (./observer.ts) and its frames' observers (./frame-watch.ts) look
 * at: those that can alter the text the checker reads, and none of the extension's own.
 */
import { isFrame } from '../../dom/frames';

/**
 * What the page's and the frames' observers watch: text, nodes, and the attributes that show or hide
 * text; `width` and `height` only count on frames (a frame sized from zero comes into reading).
 */
export const OPTIONS: MutationObserverInit = {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['class', 'style', 'hidden', 'open', 'aria-hidden', 'width', 'height'],
};

const EDITABLE = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

/** Whether a change can alter the page text the checker reads. */
export function relevantChange(r: MutationRecord, isOwn: (el: Element) => boolean): boolean {
  const target = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
  if (!target) return r.type === 'childList';
  if (ownOrEditable(target, isOwn)) return false;
  if (r.attributeName === 'width' || r.attributeName === 'height') return isFrame(target);
  if (r.type === 'childList') {
    const nodes = [...r.addedNodes, ...r.removedNodes];
    return nodes.some((n) => n.nodeType !== 1 || !isOwn(n as Element));
  }
  return true;
}

function ownOrEditable(el: Element, isOwn: (el: Element) => boolean): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (isOwn(e)) return true;
  return el.closest(EDITABLE) !== null;
}
