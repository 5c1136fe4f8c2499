/** The people a sentence names, as lib/roles.ts and lib/speech.ts read them. */
import type { Mention } from './lexicon';
import type { RoleWords } from './role-words';

export interface Ref {
  key: string;
  start: number;
  end: number;
}

/** Person mentions, nested ones dropped ("Takaichi" inside "Takaichi's husband"), adjacent same-person ones merged. */
export function people(mentions: readonly Mention[], text: string, pronouns: Record<string, RegExp>): Ref[] {
  const ps = mentions.filter((m) => m.type === 'person');
  const outer = ps.filter((m) => !ps.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start));
  const refs: Ref[] = [];
  for (const m of outer.sort((a, b) => a.start - b.start)) {
    const last = refs[refs.length - 1];
    if (last && last.key === m.key && /^\s?$/.test(text.slice(last.end, m.start))) last.end = Math.max(last.end, m.end);
    else if (!last || m.start >= last.end) refs.push({ key: m.key, start: m.start, end: m.end });
  }
  const named = [...refs];
  for (const [key, re] of Object.entries(pronouns)) {
    re.lastIndex = 0;
    for (let p = re.exec(text); p; p = re.exec(text)) {
      const [start, end] = [p.index, p.index + p[0].length];
      if (!named.some((r) => r.start < end && start < r.end)) refs.push({ key, start, end });
    }
  }
  return refs.sort((a, b) => a.start - b.start);
}

export function coordinated(text: string, a: Ref, b: Ref, w: RoleWords): boolean {
  return /^\s*(?:and|&|と|や|・|과|와|및|,)\s*$/u.test(text.slice(a.end, b.start).replace(w.leadingTitle, ''));
}
