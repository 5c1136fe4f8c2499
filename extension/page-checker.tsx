import { Overlay, type MarkView } from '../components/Overlay';
import { t, uiLanguage, verdictLabel } from '../components/i18n';
import { extractText, hiddenByLayout } from '../dom/extract';
import { Highlighter, type MarkStyle, type Theme } from '../dom/highlights';
import { buildMarks, markAtPoint, type Mark } from '../dom/marks';
import { pageTheme } from '../dom/theme';
import type { Claim, Verdict } from '../lib/types';
import type { Command } from './protocol';
import { addReport } from './reports';
import { HOST_TAG, UiHost } from './ui-host';
import { markView, selectionView } from './views';

export { HOST_TAG };
const CLOSE_DELAY = 250;

export interface MarkPrefs {
  /** Verdicts painted inline; the others are still checked and listed in the popup. */
  verdicts: readonly Verdict[];
  style: MarkStyle;
}

/** A keyboard command from the background, applied to this page. */
export function runCommand(page: PageChecker, command: Command): boolean {
  if (command === 'toggle-marks') return page.toggleMarks();
  return page.step(command === 'next-claim' ? 1 : -1);
}

/** Reads a page, marks its claims and owns the card; `clear()` leaves the page exactly as it was. */
export class PageChecker {
  claims: Claim[] = [];
  private marks: Mark[] = [];
  private prefs: MarkPrefs = { verdicts: ['contradicted', 'disputed', 'unverified', 'supported'], style: 'standard' };
  private shown = true;
  private theme: Theme = 'light';
  private ui: UiHost | undefined;
  private active: number | null = null;
  /** Opened by click or keyboard: stays until Escape or a click elsewhere, not just a mouse move. */
  private pinned = false;
  private overCard = false;
  private selection: { claims: Claim[]; range: Range | null } | null = null;
  private announcement = '';
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private listeners: AbortController | undefined;
  private readonly highlighter: Highlighter;

  constructor(
    private readonly doc: Document,
    private readonly check: (text: string, opts?: { assumeOnTopic?: boolean }) => Claim[],
  ) {
    this.highlighter = new Highlighter(doc);
  }

  run(): Claim[] {
    this.clearMarks();
    const body = this.doc.body;
    if (!body) return [];
    const extracted = extractText(body, { isHidden: hiddenByLayout, exclude: (el) => el.tagName.toLowerCase() === HOST_TAG });
    this.claims = this.check(extracted.text);
    this.marks = buildMarks(this.doc, this.claims, extracted);
    this.theme = pageTheme(this.doc);
    this.paint();
    return this.claims;
  }

  /** Remove marks, card and listeners: the page is as it was before `run()`. */
  clear(): void {
    this.clearMarks();
    this.selection = null;
    this.sync();
  }

  setPrefs(prefs: MarkPrefs): void {
    this.prefs = prefs;
    if (this.active !== null && !this.visible().some((m) => m.index === this.active)) this.active = null;
    this.paint();
  }

  /** The marks toggle shortcut: hide or show every mark without re-checking. */
  toggleMarks(): boolean {
    this.shown = !this.shown;
    this.active = null;
    this.paint();
    this.announce(t(this.shown ? 'marksShown' : 'marksHidden'));
    return this.shown;
  }

  /** Scroll claim `index` into view, flash it and open its card (even if its verdict is not marked). */
  reveal(index: number): boolean {
    const mark = this.marks.find((m) => m.index === index);
    if (!mark) return false;
    this.scrollTo(mark);
    this.highlighter.flash(mark.range);
    this.open(index, true);
    return true;
  }

  /** Keyboard stepping: the next (1) or previous (-1) marked claim, announced for screen readers. */
  step(dir: 1 | -1): boolean {
    const marks = this.visible();
    if (marks.length === 0) {
      this.ensureUi();
      this.announce(t('noClaimsAnnounce'));
      return false;
    }
    const pos = marks.findIndex((m) => m.index === this.active);
    const next = pos >= 0 ? (pos + dir + marks.length) % marks.length : this.firstInView(marks, dir);
    const mark = marks[next]!;
    this.scrollTo(mark);
    this.open(mark.index, true);
    this.announce(t('stepAnnounce', next + 1, marks.length, verdictLabel(mark.claim.verdict), mark.claim.reason));
    this.ui?.root.querySelector<HTMLElement>(`.fc-target[data-index="${mark.index}"]`)?.focus({ preventScroll: true });
    return true;
  }

  /** Check a selection the user asked about, on any site, and show the result at the selection. */
  checkSelection(text: string): Claim[] {
    const sel = this.doc.getSelection();
    const range = sel && sel.rangeCount > 0 && !sel.isCollapsed ? sel.getRangeAt(0).cloneRange() : null;
    const claims = this.check(text, { assumeOnTopic: true });
    this.active = null;
    this.selection = { claims, range };
    this.pinned = true;
    this.ensureUi();
    this.draw();
    return claims;
  }

  private visible(): Mark[] {
    return this.shown ? this.marks.filter((m) => this.prefs.verdicts.includes(m.claim.verdict)) : [];
  }

  private firstInView(marks: Mark[], dir: 1 | -1): number {
    const tops = marks.map((m) => m.range.getBoundingClientRect().top);
    const i = dir === 1 ? tops.findIndex((top) => top >= 0) : tops.findLastIndex((top) => top < (this.doc.defaultView?.innerHeight ?? 0));
    return i >= 0 ? i : dir === 1 ? 0 : marks.length - 1;
  }

  private scrollTo(mark: Mark): void {
    mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  }

  private clearMarks(): void {
    clearTimeout(this.closeTimer);
    this.highlighter.clear();
    this.marks = [];
    this.claims = [];
    this.active = null;
  }

  private paint(): void {
    const groups = new Map<Verdict, Range[]>();
    for (const m of this.visible()) groups.set(m.claim.verdict, [...(groups.get(m.claim.verdict) ?? []), m.range]);
    if (groups.size > 0) this.highlighter.paint(groups, this.prefs.style, this.theme);
    else this.highlighter.clear();
    this.sync();
  }

  /** Mount the layer while the page has claims (marks hidden or not) or a selection card; unmount it otherwise. */
  private sync(): void {
    if (this.marks.length > 0 || this.selection) this.ensureUi();
    else this.unmount();
    this.draw();
  }

  private ensureUi(): void {
    if (this.ui) return;
    this.ui = new UiHost(this.doc);
    this.listeners = new AbortController();
    const { signal } = this.listeners;
    const win = this.doc.defaultView!;
    // One frame slot per kind of work, and the pointer's latest position: a mouse move that lands while a
    // scroll redraw is pending must not be dropped, or a card can stay open after the mouse has left.
    const perFrame = (fn: () => void) => {
      let frame = 0;
      return () => {
        if (!frame) frame = win.requestAnimationFrame(() => ((frame = 0), fn()));
      };
    };
    let pointer = { x: -1, y: -1 };
    const hoverSoon = perFrame(() => this.hover(pointer.x, pointer.y));
    const drawSoon = perFrame(() => this.draw());
    this.doc.addEventListener('mousemove', (e) => ((pointer = { x: e.clientX, y: e.clientY }), hoverSoon()), { signal, passive: true });
    this.doc.addEventListener('click', (e) => this.click(e), { signal, passive: true });
    this.doc.addEventListener('keydown', (e) => e.key === 'Escape' && this.close(), { signal });
    // Capture: scrolls of inner containers do not bubble, and they move marks too.
    win.addEventListener('scroll', drawSoon, { signal, passive: true, capture: true });
    win.addEventListener('resize', drawSoon, { signal, passive: true });
  }

  private unmount(): void {
    this.listeners?.abort();
    this.listeners = undefined;
    this.ui?.remove();
    this.ui = undefined;
  }

  private click(e: MouseEvent): void {
    if (e.composedPath().includes(this.ui?.host as EventTarget)) return;
    const mark = markAtPoint(this.doc, this.visible(), e.clientX, e.clientY);
    if (mark) this.open(mark.index, true);
    else if (this.pinned) this.close();
  }

  private hover(x: number, y: number): void {
    const mark = markAtPoint(this.doc, this.visible(), x, y);
    if (mark) {
      clearTimeout(this.closeTimer);
      if (this.active !== mark.index && !this.pinned) this.open(mark.index, false);
    } else if (this.active !== null && !this.overCard && !this.pinned && !this.ui?.focused()?.closest('.fc-card-wrap')) {
      clearTimeout(this.closeTimer);
      this.closeTimer = setTimeout(() => !this.overCard && !this.pinned && this.close(), CLOSE_DELAY);
    }
  }

  private open(index: number, pinned: boolean): void {
    this.active = index;
    this.pinned = pinned;
    this.selection = null;
    this.sync();
  }

  private close(): void {
    this.active = null;
    this.pinned = this.overCard = false;
    this.selection = null;
    this.sync();
  }

  private announce(text: string): void {
    // Clearing first makes a repeated message (same claim twice) announce again.
    this.announcement = '';
    this.draw();
    this.announcement = text;
    setTimeout(() => this.draw(), 50);
  }

  private draw(): void {
    if (!this.ui) return;
    const win = this.doc.defaultView!;
    const views = this.visible().map((m) => markView(m, win)).filter((v): v is MarkView => v !== null);
    // A claim revealed from the popup whose verdict is not marked inline still gets its card.
    const unmarked = views.some((v) => v.index === this.active) ? undefined : this.marks.find((m) => m.index === this.active);
    const extra = unmarked ? markView(unmarked, win) : null;
    if (extra) views.push(extra);
    this.ui.render(
      <Overlay
        marks={views}
        active={this.active}
        selection={this.selection ? selectionView(this.selection.claims, this.selection.range, win) : null}
        viewport={{ top: win.scrollY, left: win.scrollX, width: win.innerWidth, height: win.innerHeight }}
        announcement={this.announcement}
        theme={this.theme}
        lang={uiLanguage()}
        onOpen={(i) => this.open(i, true)}
        onClose={() => this.close()}
        onCardPointer={(inside) => {
          this.overCard = inside;
          if (!inside && !this.pinned) this.hover(-1, -1);
        }}
        onReport={(claim, comment) => addReport(claim, this.doc.location?.href ?? '', comment).then(() => undefined)}
      />,
    );
  }
}
