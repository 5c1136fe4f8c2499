/**
 * Page text as the engine reads it. Shared by the content script (live DOM) and the CLI (linkedom),
 * so both see the same text; ./offsets.ts leads back from its offsets to the DOM.
 */
import { BLOCK_TAGS, hiddenByAttributes, SKIP_TAGS } from './elements';
import type { TextSegment } from './offsets';
import { runSliced, type SliceRules } from './slicing';

/** A same-origin frame whose document was read, so that a watcher can follow its changes and loads. */
export interface FrameRead {
  frame: Element;
  doc: Document;
}

export interface ExtractedText {
  text: string;
  segments: TextSegment[];
  /** The frames read (only when `frames` was given); their text is part of `text`. */
  frames?: FrameRead[];
}

export interface ExtractOptions {
  /** Hidden elements are skipped; the browser passes a computed-style check, the CLI an attribute check. */
  isHidden?: (el: Element) => boolean;
  /** Elements to leave out entirely (the extension's own UI host). */
  exclude?: (el: Element) => boolean;
  /**
   * The document to read inside a frame element, or null to leave it out; without it frames are skipped.
   * The browser passes `frameDocument` (same-origin frames only); the CLI has no frames to read.
   */
  frames?: (el: Element) => Document | null;
}

function skipElement(el: Element, opts: ExtractOptions): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag) && !(tag === 'IFRAME' && opts.frames)) return true;
  if (el.getAttribute('contenteditable') !== null && el.getAttribute('contenteditable') !== 'false') return true;
  if (opts.exclude?.(el)) return true;
  return (opts.isHidden ?? hiddenByAttributes)(el);
}

/** Marks the end of a block element on the walk's stack. */
const BLOCK_END = Symbol('block end');

/** The nodes an element renders as its content: its open shadow tree, a slot's assigned nodes, or its children. */
function contentOf(el: Element): ArrayLike<Node> {
  const shadow = (el as HTMLElement).shadowRoot;
  if (shadow) return shadow.childNodes;
  if (el.tagName.toUpperCase() === 'SLOT') {
    const assigned = (el as HTMLSlotElement).assignedNodes?.();
    if (assigned && assigned.length > 0) return assigned;
  }
  return el.childNodes;
}

/**
 * Walk the visible text of `root` in document order, one line per block element.
 * Iterative (an explicit stack), so any depth of nesting is safe; text is only read, never written.
 */
export function extractText(root: Element, opts: ExtractOptions = {}): ExtractedText {
  const walk = walkText(root, opts);
  for (let r = walk.next(); ; r = walk.next()) if (r.done) return r.value;
}

/**
 * `extractText` in slices of about `budgetMs` that give the page a turn in between, so a large page is
 * read without holding its main thread; the same walk, so the same result. Undefined if cancelled.
 */
export function extractTextSliced(root: Element, opts: ExtractOptions, slice: SliceRules, prefix?: Prefix): Promise<ExtractedText | undefined> {
  return runSliced(walkText(root, opts, prefix), slice);
}

/** The text read so far, handed over once when it first reaches `chars` (the page's text starts with it). */
export interface Prefix {
  chars: number;
  take: (read: ExtractedText) => void;
}

/** Nodes read between two looks at the clock. */
const NODES_PER_LOOK = 64;

/** The walk of `extractText`, pausing (yielding) every NODES_PER_LOOK nodes. */
function* walkText(root: Element, opts: ExtractOptions, prefix?: Prefix): Generator<void, ExtractedText, void> {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  const frames: FrameRead[] = [];
  let length = 0;
  let pendingBreak = false;
  const lineBreak = () => {
    if (length > 0) pendingBreak = true;
  };
  const stack: (Node | typeof BLOCK_END)[] = [root];
  for (let count = 1; stack.length > 0; count++) {
    if (count % NODES_PER_LOOK === 0) {
      if (prefix && length >= prefix.chars) {
        // Later text only adds segments after these, so the prefix may share the list.
        prefix.take({ text: parts.join(''), segments });
        prefix = undefined;
      }
      yield;
    }
    const node = stack.pop()!;
    if (node === BLOCK_END) {
      lineBreak();
      continue;
    }
    if (node.nodeType === 3) {
      const value = (node as Text).data;
      if (!value) continue;
      if (pendingBreak && /\S/.test(value)) {
        parts.push('\n');
        length += 1;
        pendingBreak = false;
      }
      segments.push({ node: node as Text, start: length });
      // Newlines inside a text node are source formatting, not line breaks; same length keeps offsets exact.
      parts.push(value.replace(/[\n\r\u2028\u2029]/g, ' '));
      length += value.length;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (skipElement(el, opts)) continue;
    const tag = el.tagName.toUpperCase();
    if (tag === 'IFRAME') {
      // The frame's <body> is a block of its own: no sentence runs across the frame's edge.
      const doc = opts.frames!(el);
      if (doc) frames.push({ frame: el, doc });
      if (doc?.body) stack.push(doc.body);
      continue;
    }
    if (tag === 'BR') lineBreak();
    if (BLOCK_TAGS.has(tag)) {
      lineBreak();
      stack.push(BLOCK_END);
    }
    const children = contentOf(el);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return opts.frames ? { text: parts.join(''), segments, frames } : { text: parts.join(''), segments };
}
