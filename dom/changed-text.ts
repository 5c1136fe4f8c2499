/**
 * The cheap reading (./cheap-read.ts) of a batch of page changes: the text they brought and the text just
 * around them, so a word made by joining new text to old is seen without reading the page again.
 */

// Longer than any word the prefilter looks for: enough of the neighbours to see a word made across a change.
export const EDGE = 48;

function lastText(node: Node): Node {
  let n = node;
  while (n.lastChild) n = n.lastChild;
  return n;
}

/** The node before or after `n` in document order. */
function step(n: Node, dir: -1 | 1): Node | null {
  if (dir > 0) {
    if (n.firstChild) return n.firstChild;
    for (let m: Node | null = n; m; m = m.parentNode) if (m.nextSibling) return m.nextSibling;
    return null;
  }
  if (!n.previousSibling) return n.parentNode;
  return lastText(n.previousSibling);
}

/**
 * Up to EDGE characters of text before (-1) or after (1) `from` in document order (`from` itself included
 * when it is text); a bounded number of nodes is visited, so a change costs the same on any page.
 */
function edge(from: Node | null, dir: -1 | 1, include: boolean): string {
  let text = '';
  let n = from && (include ? from : step(from, dir));
  // Going forward from an element means entering it; going back means leaving it, so skip its own subtree.
  for (let visited = 0; n && text.length < EDGE && visited < 200; visited++, n = step(n, dir)) {
    if (n.nodeType === 3) text = dir < 0 ? (n as Text).data + text : text + (n as Text).data;
  }
  return dir < 0 ? text.slice(-EDGE) : text.slice(0, EDGE);
}

/**
 * The text a batch of changes brought, with the text just around each change (a word may be made by
 * joining new text to old): in proportion to the change, not to the page. Undefined when the changes
 * brought a frame or a shadow root, which only a whole reading follows.
 */
export function changedText(records: readonly MutationRecord[]): string | undefined {
  const parts: string[] = [];
  for (const r of records) {
    if (r.type === 'characterData') {
      parts.push(edge(r.target, -1, false) + (r.target as Text).data + edge(r.target, 1, false));
    } else if (r.type === 'childList') {
      let added = '';
      for (const n of r.addedNodes) {
        if (n.nodeType === 1 && ((n as Element).tagName.toUpperCase() === 'IFRAME' || (n as Element).shadowRoot || (n as Element).querySelector('iframe')))
          return undefined;
        added += n.textContent ?? '';
      }
      const before = r.previousSibling ? edge(lastText(r.previousSibling), -1, true) : edge(r.target, -1, false);
      const after = r.nextSibling ? edge(r.nextSibling, 1, true) : edge(lastText(r.target), 1, false);
      parts.push(before + added + after);
    }
    // Attribute changes show or hide text already there: the cheap reading counted it either way.
  }
  return parts.join('\n');
}
