import type { Mention } from './lexicon';
import { escape, formSource } from './forms';
import { isCjk } from './normalize';
import { compileWords, type Words } from './compiled-words';
import type { GrammarData, ReportFrames } from './words';

export type { GrammarData };

const lists = (r: Record<string, string[] | string>): string[] => Object.entries(r).flatMap(([k, v]) => (k.startsWith('$') || typeof v === 'string' ? [] : v));
const words = (ws: string[]): string =>
  ws
    .sort((a, b) => b.length - a.length)
    .map(formSource)
    .join('|');

/** How far (characters) the word that governs a value may sit from it. */
const REACH = 60;

export class Grammar {
  private readonly coordinator: RegExp;
  private readonly events: RegExp;
  /** One whole word that is an event noun ("University" after "Kobe"). */
  private readonly eventWord: RegExp;
  private readonly shift: RegExp;
  private readonly interjection: RegExp;
  private readonly elapsedBefore: RegExp;
  private readonly reportFrame: RegExp | null;
  private readonly closingFrame: RegExp | null;
  private readonly reportEnd: RegExp;
  /** The same ends, every one in a text: where the clause a closing frame closes begins. */
  private readonly reportEnds: RegExp;
  private readonly notBefore: RegExp | null;
  private readonly notAfter: RegExp | null;
  private readonly elapsedAfter: RegExp;
  private readonly peripheral: RegExp | null;
  private readonly appositive: RegExp | null;
  /** The word lists lib/cjk.ts, lib/roles.ts and lib/topic.ts read. */
  readonly words: Words;

  constructor(data: GrammarData) {
    this.coordinator = new RegExp(
      `(?:^|\\s|[,、，])(?:${lists(data.coordinators).map(escape).join('|')})(?:\\s|$)|^\\s?(?:${lists(data.coordinators).map(escape).join('|')})`,
      'iu',
    );
    this.events = new RegExp(words(lists(data.events)), 'giu');
    this.eventWord = new RegExp(`^(?:${this.events.source})$`, 'iu');
    this.shift = new RegExp(`(?:${words(lists(data.shifts))})\\s*(?:\\p{L}+\\s+)?$`, 'iu');
    this.interjection = new RegExp(lists(data.interjections).join('|'), 'giu');
    this.elapsedBefore = new RegExp(data.elapsed.before, 'iu');
    this.elapsedAfter = new RegExp(data.elapsed.after, 'iu');
    const rep = data.reported ?? {};
    const frames = (f: ReportFrames = {}) => [...(f.en ?? []), ...(f.ja ?? []), ...(f.ko ?? [])];
    const opening = frames(rep);
    this.reportFrame = opening.length ? new RegExp(opening.join('|'), 'giu') : null;
    this.reportEnd = new RegExp(rep.end ?? '[.。]', 'iu');
    this.reportEnds = new RegExp(this.reportEnd.source, 'giu');
    const closing = frames(rep.closing);
    this.closingFrame = closing.length ? new RegExp(closing.join('|'), 'giu') : null;
    this.notBefore = rep.notValue ? new RegExp(rep.notValue.before, 'iu') : null;
    this.notAfter = rep.notValue ? new RegExp(rep.notValue.after, 'iu') : null;
    const side = lists(data.peripheral ?? {});
    this.peripheral = side.length ? new RegExp(side.join('|'), 'giu') : null;
    const apposed = lists(data.appositive ?? {});
    this.appositive = apposed.length ? new RegExp(apposed.join('|'), 'iu') : null;
    this.words = compileWords(data);
  }

  /** The stretches around a sentence's central claim: asides, appositions, attributions, openers. */
  peripheralSpans(text: string): [number, number][] {
    if (!this.peripheral) return [];
    this.peripheral.lastIndex = 0;
    return [...text.matchAll(this.peripheral)].filter((m) => m[0].length > 0).map((m) => [m.index!, m.index! + m[0].length]);
  }

  /**
   * The stretches of a sentence that carry someone else's claim, reported or corrected ("some early reports
   * placed the jam in Kyoto", 一部の報道では…): from the frame to the end of its clause.
   */
  reportedSpans(text: string): [number, number][] {
    const spans: [number, number][] = [];
    for (const m of this.reportFrame ? text.matchAll(this.reportFrame) : []) {
      const from = m.index + m[0].length;
      const end = this.reportEnd.exec(text.slice(from));
      spans.push([m.index, end ? from + end.index : text.length]);
    }
    // A frame that follows its claim (Japanese, Korean) reports the clause it closes: from that clause's start.
    for (const m of this.closingFrame ? text.matchAll(this.closingFrame) : []) {
      const before = [...text.slice(0, m.index).matchAll(this.reportEnds)].at(-1);
      spans.push([before ? before.index + before[0].length : 0, m.index + m[0].length]);
    }
    return spans;
  }

  /** A value the sentence itself denies: "in Nara, not Tokyo", 東京ではなく. */
  denied(text: string, m: { start: number; end: number }): boolean {
    return Boolean(this.notBefore?.test(text.slice(0, m.start)) || this.notAfter?.test(text.slice(m.end)));
  }

  /** Whether the words between a name and a value after it make the value the name's, as an apposition's. */
  apposes(between: string): boolean {
    return this.appositive?.test(between) ?? false;
  }

  /** Whether the words between two list items join them ("Dynamite, by BTS, and Golden"): they are separate items. */
  joins(between: string): boolean {
    return this.coordinator.test(between);
  }

  /** A length told as the time something took ("in just five minutes", 5분 만에), not how long it lasted. */
  elapsed(text: string, m: Mention): boolean {
    return this.elapsedBefore.test(text.slice(0, m.start)) || this.elapsedAfter.test(text.slice(m.end));
  }

  /** The text with reply words and tag questions blanked ("No, no, no!", "isn't it?"): they negate nothing stated. */
  maskInterjections(text: string): string {
    this.interjection.lastIndex = 0;
    return text.replace(this.interjection, (m) => ' '.repeat(m.length));
  }

  /**
   * Whether a value belongs to another occasion than the fact's: the word that governs it (the nearest
   * occasion before it in spaced scripts, after it in Japanese and Korean) is an event noun not among the
   * fact's own (`Lee's stay through Jan 14`, 만찬에서), or the fact's own shifted off this one ("an earlier
   * meeting in Gyeongju"). Only ever takes a value away from a fact: an unsure binding is no contradiction.
   */
  intercepted(text: string, value: Mention, own: readonly Mention[], siblings: readonly Mention[] = []): boolean {
    // An apposition ("until Thursday, Jan 15") is governed as its head is.
    for (let head = siblings.find((s) => s.end <= value.start && /^,?\s*$/.test(text.slice(s.end, value.start))); head;) {
      value = head;
      head = siblings.find((s) => s !== value && s.end <= value.start && /^,?\s*$/.test(text.slice(s.end, value.start)));
    }
    const cjk = isCjk(text.slice(value.start, value.end)) || isCjk(text.slice(value.end, value.end + 3));
    // A place that names another occasion's noun right after it is that occasion's ("Kobe University", "a Seoul forum").
    const compound = cjk ? null : /^[\s-]+(\p{L}+)/u.exec(text.slice(value.end));
    if (compound && this.eventWord.test(compound[1]!)) return true;
    const [from, to] = cjk ? [value.end, Math.min(text.length, value.end + 16)] : [Math.max(0, value.start - REACH), value.start];
    const window = text.slice(from, to);
    // Governing words sit in the value's own clause.
    const stop = cjk ? window.search(/[、。,.!?！？]/u) : Math.max(...[...window.matchAll(/[;:!?。]|[,—–]\s/gu)].map((m) => m.index! + m[0].length), 0);
    const [lo, hi] = cjk ? [from, stop < 0 ? to : from + stop] : [from + stop, to];
    const occasions: { start: number; end: number; own: boolean }[] = [];
    this.events.lastIndex = 0;
    for (let m = this.events.exec(text); m; m = this.events.exec(text)) {
      const [s, e] = [m.index, m.index + m[0].length];
      if (s >= lo && e <= hi && !own.some((o) => o.start < e && s < o.end)) occasions.push({ start: s, end: e, own: false });
    }
    for (const o of own) if (o.start >= lo && o.end <= hi && o !== value) occasions.push({ start: o.start, end: o.end, own: true });
    if (occasions.length === 0) return false;
    const nearest = cjk ? occasions.reduce((a, b) => (b.start < a.start ? b : a)) : occasions.reduce((a, b) => (b.end > a.end ? b : a));
    if (!nearest.own) return true;
    // "an earlier meeting", 지난 회담: the fact's own kind of occasion, but another one.
    return this.shift.test(text.slice(Math.max(0, nearest.start - 24), nearest.start));
  }
}
