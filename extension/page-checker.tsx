import { render } from 'preact';
import { Overlay, type Box, type MarkView } from '../components/Overlay';
import { CARD_CSS } from '../components/styles';
import { extractText } from '../dom/extract';
import { Highlighter } from '../dom/highlights';
import { buildMarks, markAtPoint, type Mark } from '../dom/marks';
import type { Claim, Verdict } from '../lib/types';

export const HOST_TAG = 'drum-factcheck-ui';
const CLOSE_DELAY = 250;

function isHidden(el: Element): boolean {
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const check = (el as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
  if (check) return !check.call(el, { visibilityProperty: true, contentVisibilityAuto: false });
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return style?.display === 'none' || style?.visibility === 'hidden';
}

/** Reads a page, marks its claims and owns the card; `clear()` leaves the page exactly as it was. */
export class PageChecker {
  claims: Claim[] = [];
  private marks: Mark[] = [];
  private host: HTMLElement | undefined;
  private root: ShadowRoot | undefined;
  private readonly highlighter: Highlighter;
  private active: number | null = null;
  private overCard = false;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private listeners: AbortController | undefined;

  constructor(
    private readonly doc: Document,
    private readonly check: (text: string) => Claim[],
  ) {
    this.highlighter = new Highlighter(doc);
  }

  run(): Claim[] {
    this.clear();
    const body = this.doc.body;
    if (!body) return [];
    const extracted = extractText(body, { isHidden, exclude: (el) => el.tagName.toLowerCase() === HOST_TAG });
    this.claims = this.check(extracted.text);
    this.marks = buildMarks(this.doc, this.claims, extracted);
    if (this.marks.length === 0) return this.claims;
    const groups = new Map<Verdict, Range[]>();
    for (const m of this.marks) groups.set(m.claim.verdict, [...(groups.get(m.claim.verdict) ?? []), m.range]);
    this.highlighter.paint(groups);
    this.mount();
    return this.claims;
  }

  clear(): void {
    this.listeners?.abort();
    this.listeners = undefined;
    clearTimeout(this.closeTimer);
    this.highlighter.clear();
    if (this.root) render(null, this.root);
    this.host?.remove();
    this.host = this.root = undefined;
    this.marks = [];
    this.claims = [];
    this.active = null;
  }

  /** Scroll claim `index` into view, flash it and open its card. */
  reveal(index: number): boolean {
    const mark = this.marks.find((m) => m.index === index);
    if (!mark) return false;
    const el = mark.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    this.highlighter.flash(mark.range);
    this.open(index);
    return true;
  }

  private mount(): void {
    this.host = this.doc.createElement(HOST_TAG);
    this.host.style.cssText = 'position:absolute;top:0;left:0;width:0;height:0;z-index:2147483647;';
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = CARD_CSS;
    this.root.append(style);
    this.doc.documentElement.append(this.host);
    this.listeners = new AbortController();
    const { signal } = this.listeners;
    const win = this.doc.defaultView!;
    let pending = false;
    this.doc.addEventListener('mousemove', (e) => {
      if (pending) return;
      pending = true;
      win.requestAnimationFrame(() => {
        pending = false;
        this.hover(e.clientX, e.clientY);
      });
    }, { signal, passive: true });
    this.doc.addEventListener('keydown', (e) => e.key === 'Escape' && this.close(), { signal });
    win.addEventListener('resize', () => this.draw(), { signal, passive: true });
    this.draw();
  }

  private hover(x: number, y: number): void {
    const mark = markAtPoint(this.doc, this.marks, x, y);
    if (mark) {
      clearTimeout(this.closeTimer);
      if (this.active !== mark.index) this.open(mark.index);
    } else if (this.active !== null && !this.overCard) {
      clearTimeout(this.closeTimer);
      this.closeTimer = setTimeout(() => !this.overCard && this.close(), CLOSE_DELAY);
    }
  }

  private open(index: number): void {
    this.active = index;
    this.draw();
  }

  private close(): void {
    this.active = null;
    this.overCard = false;
    this.draw();
  }

  private draw(): void {
    if (!this.root) return;
    const win = this.doc.defaultView!;
    const views: MarkView[] = [];
    for (const m of this.marks) {
      const rects = [...m.range.getClientRects()].filter((r) => r.width > 0);
      if (rects.length === 0) continue;
      views.push({ index: m.index, claim: m.claim, box: toDoc(rects[0]!, win), last: toDoc(rects[rects.length - 1]!, win) });
    }
    render(
      <Overlay
        marks={views}
        active={this.active}
        viewport={{ left: win.scrollX, width: win.innerWidth }}
        onOpen={(i) => this.open(i)}
        onClose={() => this.close()}
        onCardPointer={(inside) => {
          this.overCard = inside;
          if (!inside) this.hover(-1, -1);
        }}
      />,
      this.root,
    );
  }
}

function toDoc(r: DOMRect, win: Window): Box {
  return { top: r.top + win.scrollY, left: r.left + win.scrollX, width: r.width, height: r.height };
}
