import { reasonText } from '../../components/reason';
import type { ExtractedText } from '../../dom/extract';
import { selectedRange } from '../../dom/frames';
import { forcedColors, Highlighter } from '../../dom/highlights';
import { buildMarks, type Mark } from '../../dom/marks';
import { pageTheme } from '../../dom/theme';
import type { Claim, Verdict } from '../../lib/types';
import { t, verdictLabel, type MarkStyle, type Theme } from '../../ui-base/vocabulary';
import type { Command } from '../shared/protocol';
import { DEFAULTS } from '../shared/settings';
import { CardLayer } from './card-layer';
import { viewportRect } from './views';

/**
 * Firefox (140 ESR) paints a highlight's background but not its text-decoration: there the layer draws
 * the underlines itself, as in forced colours, and the highlights keep only their tints.
 */
const HIGHLIGHTS_DECORATE = !import.meta.env?.FIREFOX;

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
  private prefs: MarkPrefs = { verdicts: DEFAULTS.markedVerdicts, style: DEFAULTS.markStyle };
  private shown = true;
  private theme: Theme = 'light';
  private readonly highlighter: Highlighter;
  private readonly layer: CardLayer;

  constructor(
    private readonly doc: Document,
    /** The engine's verdicts on a selection, read as part of a page about the story. */
    private readonly checkSelected: (text: string) => Promise<Claim[]>,
  ) {
    this.highlighter = new Highlighter(doc);
    this.layer = new CardLayer(doc, {
      visible: () => this.visible(),
      all: () => this.marks,
      theme: () => this.theme,
      drawLines: () => forcedColors(doc.defaultView) || !HIGHLIGHTS_DECORATE,
    });
    doc.defaultView?.matchMedia?.('(forced-colors: active)').addEventListener('change', () => this.marks.length > 0 && this.paint());
  }

  /**
   * Mark the page with `claims`, found in `read` (the page text as the caller just read it). An open
   * card stays open if its claim is still on the page (the page may re-render under it).
   */
  run(read: ExtractedText, claims: Claim[]): Claim[] {
    const open = this.layer.activeIndex === null ? undefined : this.claims[this.layer.activeIndex];
    this.claims = claims;
    this.marks = buildMarks(this.doc, claims, read);
    this.theme = pageTheme(this.doc);
    if (open) this.layer.retarget(this.claims.findIndex((c) => c.text === open.text && c.verdict === open.verdict));
    this.paint(true);
    return this.claims;
  }

  /** Remove marks, card and listeners: the page is as it was before `run()`. */
  clear(): void {
    this.marks = [];
    this.claims = [];
    this.highlighter.clear();
    this.layer.reset();
  }

  setPrefs(prefs: MarkPrefs): void {
    this.prefs = prefs;
    this.paint();
  }

  /** The marks toggle shortcut: hide or show every mark without re-checking. */
  toggleMarks(): boolean {
    this.shown = !this.shown;
    if (!this.shown) this.layer.close();
    this.paint();
    this.layer.announce(t(this.shown ? 'marksShown' : 'marksHidden'));
    return this.shown;
  }

  /** Scroll claim `index` into view, flash it and open its card (even if its verdict is not marked). */
  reveal(index: number): boolean {
    const mark = this.marks.find((m) => m.index === index);
    if (!mark) return false;
    scrollTo(mark);
    this.highlighter.flash(mark.range);
    this.layer.open(index, true);
    return true;
  }

  /** Keyboard stepping: the next (1) or previous (-1) marked claim, announced for screen readers. */
  step(dir: 1 | -1): boolean {
    const marks = this.visible();
    if (marks.length === 0) {
      this.layer.announce(t('noClaimsAnnounce'));
      return false;
    }
    const pos = marks.findIndex((m) => m.index === this.layer.activeIndex);
    const next = pos >= 0 ? (pos + dir + marks.length) % marks.length : this.firstInView(marks, dir);
    const mark = marks[next]!;
    scrollTo(mark);
    this.layer.open(mark.index, true);
    this.layer.announce(t('stepAnnounce', next + 1, marks.length, verdictLabel(mark.claim.verdict), reasonText(mark.claim)));
    this.layer.focusTarget(mark.index);
    return true;
  }

  /** Check a selection the user asked about, on any site, and show the result at the selection. */
  async checkSelection(text: string): Promise<Claim[]> {
    // Where the selection is now: the card anchors there even if the user clicks elsewhere meanwhile.
    const range = selectedRange(this.doc);
    const claims = await this.checkSelected(text);
    this.layer.showSelection(claims, range);
    return claims;
  }

  private visible(): Mark[] {
    return this.shown ? this.marks.filter((m) => this.prefs.verdicts.includes(m.claim.verdict)) : [];
  }

  // With no claim open, stepping starts from what the reader is looking at, not from the top of the page.
  private firstInView(marks: Mark[], dir: 1 | -1): number {
    const tops = marks.map((m) => viewportRect(m.range, this.doc.defaultView!)?.top ?? -Infinity);
    const i = dir === 1 ? tops.findIndex((top) => top >= 0) : tops.findLastIndex((top) => top < (this.doc.defaultView?.innerHeight ?? 0));
    return i >= 0 ? i : dir === 1 ? 0 : marks.length - 1;
  }

  /** Paint the visible marks; `later`: the card layer's targets follow at the page's next idle moment. */
  private paint(later = false): void {
    const groups = new Map<Verdict, Range[]>();
    for (const m of this.visible()) groups.set(m.claim.verdict, [...(groups.get(m.claim.verdict) ?? []), m.range]);
    if (groups.size > 0 && !forcedColors(this.doc.defaultView)) this.highlighter.paint(groups, this.prefs.style, this.theme);
    else this.highlighter.clear();
    this.layer.sync(later);
  }
}

function scrollTo(mark: Mark): void {
  mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
}
