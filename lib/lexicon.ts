import { escape, formHint, formSource } from './forms';

/** A canonical value (person, place, day, song…) and the surface forms that name it. */
export interface LexEntry {
  key: string;
  type: string;
  /** Literal names; Latin ones match on word boundaries, CJK ones as substrings. */
  forms?: string[];
  /** Regular-expression sources for inflections and context-dependent names. */
  patterns?: string[];
  /** Lower-case substrings one of which every pattern match contains: lets the engine skip the patterns cheaply. */
  hints?: string[];
  /** Forms too generic to put a sentence on topic alone ("the prime minister"). */
  weakForms?: string[];
  /** Whether a mention of this value puts a sentence on topic. */
  anchor?: 'strong' | 'weak';
  /** For people: pronouns that can stand for them ("she", 彼女), when no other person shares them. */
  pronouns?: string[];
  /**
   * A predicate that is a claim of its own ("taught", "led the session"): a sentence that uses it is stated
   * only if a source close to it holds it too, however well the rest of the sentence is covered.
   */
  claim?: boolean;
}

/** A named value found in a sentence (offsets into the normalized sentence). */
export interface Mention {
  key: string;
  type: string;
  start: number;
  end: number;
  /** Whether this mention puts a sentence on topic by itself (strong), only near one that does (weak), or not at all. */
  anchor: 'strong' | 'weak' | undefined;
  /** Numeric value, for quantities such as durations. */
  value?: number;
  /** Found by a name (form or pattern), not by a generic title from `weakForms`. */
  named?: boolean;
}

interface CompiledEntry {
  entry: LexEntry;
  strong?: RegExp;
  weak?: RegExp;
  /** Lower-case pieces one of which every match contains; null when a pattern makes that unknowable. */
  strongHints: string[] | null;
  weakHints: string[] | null;
}

// Most sentences mention few of the lexicon's values: a substring test skips an entry's regex cheaply.
function hintsOf(forms: readonly string[], patterns: readonly string[] = []): string[] | null {
  if (patterns.length > 0) return null;
  const hints: string[] = [];
  for (const form of forms) {
    const hint = formHint(form);
    if (hint === null) return null;
    hints.push(hint);
  }
  return hints;
}

const mayMatch = (hints: string[] | null, lower: string): boolean => hints === null || hints.some((h) => lower.includes(h));

function compile(sources: string[]): RegExp | undefined {
  if (sources.length === 0) return undefined;
  // Longest first so "Lee Jae Myung" wins over "Lee" in the alternation.
  const sorted = [...sources].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map((s) => `(?:${s})`).join('|'), 'giu');
}

export class Lexicon {
  private readonly compiled: CompiledEntry[];
  private readonly anchoring: CompiledEntry[];
  private readonly anchorHints: RegExp | null;
  readonly byKey = new Map<string, LexEntry>();

  /** `useHints: false` scans every entry: the tests compare both ways to show hints never change a result. */
  constructor(entries: LexEntry[], useHints = true) {
    this.compiled = entries.map((entry) => {
      if (this.byKey.has(entry.key)) throw new Error(`Duplicate lexicon key ${entry.key}`);
      this.byKey.set(entry.key, entry);
      return {
        entry,
        strong: compile([...(entry.forms ?? []).map(formSource), ...(entry.patterns ?? [])]),
        weak: compile((entry.weakForms ?? []).map(formSource)),
        strongHints: !useHints ? null : entry.hints ? [...entry.hints, ...(hintsOf(entry.forms ?? []) ?? [''])] : hintsOf(entry.forms ?? [], entry.patterns),
        weakHints: useHints ? hintsOf(entry.weakForms ?? []) : null,
      };
    });
    this.anchoring = this.compiled.filter((c) => c.entry.anchor !== undefined);
    // One pass over a sentence rules out every anchoring entry at once, when all of them have hints.
    const hints = this.anchoring.flatMap((c) => [...(c.strongHints ?? [null]), ...(c.weak ? (c.weakHints ?? [null]) : [])]);
    this.anchorHints = hints.includes(null) || hints.includes('') ? null : new RegExp((hints as string[]).map(escape).join('|'));
  }

  /** Every mention in `text`; mentions of different keys may overlap ("drum kit" is drum and kit). */
  find(text: string): Mention[] {
    return this.scan(text, this.compiled);
  }

  /** Only the mentions that can put a sentence on topic: all the topic gate needs, at a fraction of the cost. */
  findAnchors(text: string): Mention[] {
    if (this.anchorHints && !this.anchorHints.test(text.toLowerCase())) return [];
    return this.scan(text, this.anchoring);
  }

  private scan(text: string, entries: readonly CompiledEntry[]): Mention[] {
    const out: Mention[] = [];
    const lower = text.toLowerCase();
    for (const { entry, strong, weak, strongHints, weakHints } of entries) {
      const strongHits = mayMatch(strongHints, lower) ? collect(strong, text) : [];
      for (const [start, end] of strongHits) out.push({ key: entry.key, type: entry.type, start, end, anchor: entry.anchor, named: true });
      for (const [start, end] of mayMatch(weakHints, lower) ? collect(weak, text) : []) {
        if (strongHits.some(([s, e]) => s < end && start < e)) continue;
        out.push({ key: entry.key, type: entry.type, start, end, anchor: entry.anchor ? 'weak' : undefined });
      }
    }
    return out.sort((a, b) => a.start - b.start || b.end - a.end);
  }
}

function collect(re: RegExp | undefined, text: string): [number, number][] {
  if (!re) return [];
  const hits: [number, number][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    hits.push([m.index, m.index + m[0].length]);
  }
  return hits;
}
