import { coordinated, type Ref } from './people';
import type { RoleWords } from './role-words';
import { clauseOf } from './clauses';
import { insideQuote, QUOTES, REPORTED, speaker } from './speech';

/** Who does, owns or receives a predicate in a sentence: enough grammar for "who gave whom", "whose dream". */
export type Role = 'agent' | 'owner' | 'recipient';

// The end of a clause embedded before a verb: a quotation and its verb, a reported or relative clause.
const EMBEDDED_END = /(?:이?라고|다고|자고|냐고)\s?(?:한|했던|하던|말한|말했던)|[”」』"]\s?(?:이?라고|고|と|って)|と(?:言っ|話し|語っ|述べ)た|という/u;
// The one a quote describes, marked right before it: について「…」, を「…」と, 에 대해 "…", 를 "…"라고.
const DESCRIBED = /^\s?(?:について|のことを|を)\s?[「『]|^\s?(?:에\s?대해|을|를)\s?[“"‘']/u;
const CJK = /[\u3040-\u30ff\u4e00-\u9fff가-힣]/;
// The end of a clause that reports what someone says or praises: 익혔다며, 빠르다고, つかんだと.
const SAID_CLAUSE = /^[가-힣\u3040-\u309f]{0,4}?(?:다며|다고|라며|라고|(?<=[たいだ])と(?![し思]))/u;

/** The person in role `role` of the predicate at [start, end), or undefined when the sentence doesn't say. */
export function roleOf(role: Role, pred: { start: number; end: number; type?: string }, text: string, refs: readonly Ref[], w: RoleWords): string | undefined {
  if (refs.length === 0) return undefined;
  const after = (r: Ref) => text.slice(r.end);
  if (role === 'owner') {
    const owner = possessor(pred, text, refs, w);
    if (owner) return owner;
    // "a wish he had voiced", "the dream Takaichi fulfilled": a clause on the noun names someone whose
    // part in it (holder or granter) its verb decides; the sentence's subject is no safer a guess.
    if (
      refs.some(
        (r) =>
          r.start >= pred.end &&
          /^\s+(?:that\s+|which\s+)?$/.test(text.slice(pred.end, r.start)) &&
          /^\s+(?:had|has|have|would|was|is|\p{L}+ed)\b/u.test(text.slice(r.end)),
      )
    )
      return undefined;
  }
  if (role === 'recipient') return recipient(text, refs, pred, w);
  const passive = w.passive.test(text);
  if (role === 'agent') {
    const from = refs.find(
      (r) => /\b(?:by|from)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, r.start - 12), r.start)) || w.jaFrom.test(after(r)) || w.koFrom.test(after(r)),
    );
    if (from && (passive || w.jaFrom.test(after(from)) || w.koFrom.test(after(from)))) return from.key;
  }
  if (insideQuote(text, pred.start) || QUOTES.test(text.slice(pred.start, pred.end))) {
    // A quote that itself reports someone else's words ("…夢だとおっしゃっていた") doesn't tell whose it is,
    // and a quality inside a quote ("습득이 빠르다") belongs to whoever it describes, not to the speaker.
    if (REPORTED.test(text.slice(pred.end))) return undefined;
    const outside = refs.filter((r) => !insideQuote(text, r.start));
    // …unless the sentence names whom the quote describes: 高市総理について「…早い人だ」, 이 대통령을 "…"라고.
    if (role === 'owner' && pred.type !== 'quote') return outside.find((r) => DESCRIBED.test(text.slice(r.end).replace(w.leadingTitle, '')))?.key;
    // Japanese and Korean mark the speaker as subject (subject() below); English places it by the quote.
    const said = CJK.test(text) ? undefined : speaker(text, outside, pred, w);
    if (said) return said;
    if (outside.length) return subject(text, outside, pred, w, true);
  }
  const key = subject(text, refs, pred, w);
  if (role === 'agent' && passive && key) return undefined;
  return key;
}

const MODIFIES = /^[^、。,.「」“”をにとでへがはもや을를에와과고]{0,6}$/u;

const POSSESSED = /^\s+(?:(?!(?:about|of|to|with|for|that|and|on|in|at|by|from|as|the|a|an|his|her|their|its|my|your)\s)[\p{L}-]+\s+){0,2}$/iu;

function possessor(pred: { start: number; end: number }, text: string, refs: readonly Ref[], w: RoleWords): string | undefined {
  const after = (r: Ref) => text.slice(r.end);
  for (const r of refs) {
    const between = r.end <= pred.start ? text.slice(r.end, pred.start) : '';
    if (r.end <= pred.start && /^['’]s\s+(?:[^\s.,;]+\s+){0,4}[^\s.,;\p{L}]*$/u.test(between)) return r.key;
    // "her longtime dream", not "(told) her about his dream": only modifiers between, no function word or other owner.
    if (r.end <= pred.start && /^(?:his|her)$/i.test(text.slice(r.start, r.end)) && POSSESSED.test(between)) return r.key;
    if (r.end <= pred.start && w.owner.test(between)) return r.key;
    if (r.start >= pred.end && /^\s+(?:of|for)\s+(?:the\s+)?$/.test(text.slice(pred.end, r.start))) return r.key;
    // Japanese and Korean modifiers precede their noun: 初心者の高市首相, 드러머였던 이 대통령이.
    // Only a verb's or copula's ending between (つかんだ李氏, 였던 이 대통령): a particle there (夢だと話したことを首相は)
    // means the noun after belongs to another clause, not the one the predicate describes.
    if (r.start >= pred.end && r.start - pred.end <= 12 && MODIFIES.test(text.slice(pred.end, r.start)) && CJK.test(text.slice(pred.end - 1, pred.end))) {
      if (
        w.jaSubject.test(after(r)) ||
        w.koSubject.test(after(r)) ||
        /^(?:を|の|が|は|을|를|의|이|가|은|는)/.test(after(r).replace(w.leadingTitle, '').trimStart())
      )
        return r.key;
    }
    // "praised Lee as a quick learner": the one praised owns the quality.
    if (r.end <= pred.start && /^\s+(?:as|for)\s+(?:a|an|the)?\s*(?:[\p{L}-]+\s+){0,2}$/u.test(between)) return r.key;
  }
  return undefined;
}

function subject(text: string, refs: readonly Ref[], pred: { start: number; end: number }, w: RoleWords, quoted = false): string | undefined {
  const marked = refs.filter((r) => w.jaSubject.test(text.slice(r.end)) || w.koSubject.test(text.slice(r.end)));
  if (marked.length) {
    // Japanese and Korean embed clauses before the verb: the nearest marked subject before the predicate is its own.
    const before = marked.filter((r) => r.end <= pred.start);
    // A relative clause modifies the noun right after it: 昨年9月に就任した高市首相は, 취임한 다카이치 총리는.
    const modified = marked.find((r) => r.start >= pred.end && r.start - pred.end <= 8 && !/[はも은는、,]/.test(text.slice(pred.end, r.start)));
    const first = before[before.length - 1] ?? modified;
    if (!first) return undefined;
    // 다카이치 총리는 몇 분 만에 리듬을 익혔다며 칭찬했다: a predicate in what the topic says (…다며, …と) has its
    // own subject, left unsaid; the topic is the one who says it.
    if (first.end <= pred.start && w.topic.test(text.slice(first.end)) && SAID_CLAUSE.test(text.slice(pred.end))) return undefined;
    // 다카이치 총리는 … 이 대통령이 "…"이라고 한 말을 기억해 … 마련했다: a nominative subject after another
    // person's topic often belongs to a clause embedded before the verb; the sentence doesn't say plainly whose it is.
    // Only when that clause closes before the predicate (a quote and its verb, 이라고 한 말을, と言ったことを):
    // in 이 대통령은 다카이치 총리가 몇 분 만에 리듬을 익혔다며 칭찬했다 the predicate is the clause's own.
    const closed = EMBEDDED_END.test(text.slice(first.end, pred.start));
    if (closed && !w.topic.test(text.slice(first.end)) && before.some((r) => r.key !== first.key && w.topic.test(text.slice(r.end)))) return undefined;
    const partner = refs.find((r) => r.end <= first.start && coordinated(text, r, first, w));
    return partner && partner.key !== first.key ? undefined : first.key;
  }
  // Japanese and Korean mark their subjects; without a marked one, word order says nothing.
  if (CJK.test(text)) return undefined;
  // English puts the subject before its verb: a person after the predicate is its object or another
  // clause's ("…a nod to Takaichi's past and wrapped up Lee's visit"). None before it in its clause: the
  // sentence's speaker, in reported speech ("Lee said … a personal wish and thanked his host").
  const clause = clauseOf(text, pred);
  // A quote's speaker stands outside it, before or after ("…," Takaichi told Lee).
  const end = quoted ? clause[1] : pred.start;
  const inClause = refs.filter((r) => r.start >= clause[0] && r.end <= end);
  const from = inClause.length ? clause[0] : 0;
  // "…, who had told her at APEC he always wanted to": a subject pronoun right before the verb is its subject;
  // so is the name a relative clause opens on ("…with Lee, who has led South Korea since June").
  const before = inClause.filter((r) => r.end <= pred.start);
  const adjacent = before.filter((r) => /^(?:he|she)$/i.test(text.slice(r.start, r.end))).at(-1);
  if (adjacent && /^\s+(?:[\p{L}']+\s+){0,2}$/u.test(text.slice(adjacent.end, pred.start))) return adjacent.key;
  const named = before.at(-1);
  if (named && /^,\s+who\s+(?:[\p{L}']+\s+){0,2}$/u.test(text.slice(named.end, pred.start))) return named.key;
  const pool = (inClause.length ? inClause : refs.filter((r) => quoted || r.end <= pred.start)).filter(
    (r) => !/\b(?:to|with|for|by|from|of|and|on|at)\s+(?:the\s+)?$/.test(text.slice(Math.max(from, r.start - 8), r.start)),
  );
  const first = pool[0];
  if (!first) return undefined;
  const next = refs.find((r) => r.start >= first.end);
  if (next && next.key !== first.key && coordinated(text, first, next, w)) return undefined;
  return first.key;
}

// A person named as the possessor of a noun (首相の夫, 총리의 남편, Takaichi's husband) is not the one it receives.
const POSSESSOR = /^(?:['’]s\s+\p{L}|の\p{Script=Han}|의\s?[가-힣])/u;

function recipient(text: string, all: readonly Ref[], pred: { start: number; end: number }, w: RoleWords): string | undefined {
  // "Lee gave Takaichi a drum set, while Takaichi gave Lee drumsticks": the gift's own clause names its recipient.
  const [lo, hi] = CJK.test(text) ? [0, text.length] : clauseOf(text, pred);
  const own = all.filter((r) => r.start >= lo && r.end <= hi);
  const refs = (own.length ? own : all).filter((r) => !POSSESSOR.test(text.slice(r.end)));
  const passive = w.passive.test(text);
  if (passive) {
    const marked = refs.find((r) => w.jaSubject.test(text.slice(r.end)) || w.koSubject.test(text.slice(r.end)));
    if (marked) return marked.key;
    return refs.find((r) => !/\b(?:by|from)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, r.start - 12), r.start)))?.key;
  }
  const to = refs.find(
    (r) => w.jaTo.test(text.slice(r.end)) || w.koTo.test(text.slice(r.end)) || w.recipientBefore.test(text.slice(Math.max(0, r.start - 14), r.start)),
  );
  return to?.key;
}
