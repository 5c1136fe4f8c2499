/**
 * The cheapest reading of a page that can rule it out: the text of all its nodes, visible or not, as the
 * browser hands it over whole (`textContent`), with no style, no layout and no walk in script. It holds
 * every character of the page's reading (dom/extract.ts) and more (hidden text, scripts), in the same
 * order, but runs text nodes together with no line breaks, so it is only asked for words, never for
 * names with their boundaries (extension/plan/prefilter.ts `missingWords`). Open shadow roots and same-origin
 * frames, which `textContent` does not enter, are read too.
 *
 * Limit: a word split by an element the full reading skips ("Taka<span hidden>x</span>ichi") is seen
 * by the full reading and not here; nothing else the full reading sees is missed.
 */
import type { FrameRead } from './extract';
import { EDGE } from './changed-text';

export interface CheapRead {
  text: string;
  /** Same-origin frames read (hidden or not), so that their changes can be followed. */
  frames: FrameRead[];
}

function sameOriginDocument(frame: Element): Document | null {
  try {
    return (frame as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null;
  }
}

/** The text of `root` and of the open shadow roots and same-origin frames inside it, at once. */
export function cheapRead(root: Document | ShadowRoot, exclude: (el: Element) => boolean = () => false): CheapRead {
  const parts: string[] = [];
  const frames: FrameRead[] = [];
  const queue: (Document | ShadowRoot)[] = [root];
  for (let guard = 0; queue.length > 0 && guard < 10_000; guard++) {
    const r = queue.pop()!;
    parts.push((r.nodeType === 9 ? (r as Document).documentElement?.textContent : r.textContent) ?? '');
    for (const el of r.querySelectorAll('*')) inner(el, exclude, queue, frames);
  }
  return { text: parts.join('\n'), frames };
}

/** Elements are only asked whether they hold a shadow root or a same-origin frame. */
function inner(el: Element, exclude: (el: Element) => boolean, queue: (Document | ShadowRoot)[], frames: FrameRead[]): void {
  const shadow = el.shadowRoot;
  if (shadow && !exclude(el)) queue.push(shadow);
  if (el.tagName.toUpperCase() === 'IFRAME') {
    const doc = sameOriginDocument(el);
    if (doc) {
      frames.push({ frame: el, doc });
      queue.push(doc);
    }
  }
}

/** A subtree this small is read with one `textContent`; a larger one, child by child. */
const PIECE_ELEMENTS = 400;
/** Text scanned at once; the scan carries EDGE characters over, so a word across two pieces is seen. */
const SCAN_CHARS = 32_000;

/** The text of `root`'s subtree in pieces, in document order (joined, exactly its `textContent`). */
function* pieces(root: Node): Generator<string, void, void> {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    // Indexing a live collection counts only that far: the check costs PIECE_ELEMENTS at most, however big the subtree.
    if (n.nodeType === 1 && (n as Element).getElementsByTagName('*')[PIECE_ELEMENTS] !== undefined) {
      const kids = n.childNodes;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
      continue;
    }
    yield n.textContent ?? '';
  }
}

/**
 * `cheapRead`, asking as it goes which topic groups' words are still `missing` (given a test for a piece
 * of text), in steps a caller can pause between. Stops as soon as the groups seen are `enough` to put a
 * page on topic: a page that names the story is told so after reading as far as the story, and pays for
 * the rest only in its full reading.
 * Shadow roots and frames are looked for only when the page's own text misses a group.
 */
export function* missingCheaply(
  doc: Document,
  missingIn: (text: string) => number[],
  exclude: (el: Element) => boolean,
  enough: (missing: readonly number[]) => boolean = (missing) => missing.length === 0,
): Generator<void, { missing: number[]; frames: FrameRead[] }, void> {
  const frames: FrameRead[] = [];
  let missing: number[] | undefined;
  const scan = (text: string) => {
    const now = missingIn(text);
    missing = missing ? missing.filter((i) => now.includes(i)) : now;
    return enough(missing);
  };
  let buffer = '';
  for (const piece of pieces(doc.documentElement ?? doc)) {
    buffer += piece;
    if (buffer.length < SCAN_CHARS) continue;
    if (scan(buffer)) return { missing: missing!, frames };
    buffer = buffer.slice(-EDGE);
    yield;
  }
  if (scan(buffer)) return { missing: missing!, frames };
  const queue: (Document | ShadowRoot)[] = [];
  let count = 0;
  for (const el of doc.querySelectorAll('*')) {
    inner(el, exclude, queue, frames);
    if (++count % 500 === 0) yield;
  }
  for (const root of queue) {
    const read = cheapRead(root, exclude);
    frames.push(...read.frames);
    if (scan(read.text)) return { missing: missing!, frames };
    yield;
  }
  return { missing: missing ?? [], frames };
}
