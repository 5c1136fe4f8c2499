import type { Mention } from './lexicon';
import { isCjk } from './normalize';
import type { KeyGroups, TopicRules } from './pack';

/** Words that tie a sentence to the one before it (data/language.json and the pack's own), compiled once per pack. */
export interface TopicWords {
  /** A sentence that opens with one continues the one before it ("She praised him…", 彼は…, 그는…). */
  continuation: RegExp;
  /**
   * A pronoun, "also", "others", 当時, 또한 anywhere. A sentence of another story on the same page ("Stock
   * markets in Asia were mixed on Tuesday.") has none.
   */
  linked: RegExp;
}

const NEVER = /(?!)/;
// Latin-script words are whole words; Japanese and Korean ones, written without spaces, are not.
const whole = (p: string) => (isCjk(p) ? p : `\\b(?:${p})\\b`);

export function topicWords(continuation: readonly string[], linked: readonly string[]): TopicWords {
  // An opener may follow a quotation mark: “She…
  const opener = (p: string) => (isCjk(p) ? p : `["“']?\\s*${whole(p)}`);
  return {
    continuation: continuation.length ? new RegExp(`^(?:${continuation.map(opener).join('|')})`, 'i') : NEVER,
    linked: linked.length ? new RegExp(linked.map(whole).join('|'), 'iu') : NEVER,
  };
}

const PROSE_END = /[.!?。！？]["'”’」』)]*$/;
// Korean prose may drop its last period (…했다); a headline ends on the same verb form ("…무대 선다"),
// but is short: under ten words.
const KO_PROSE_END = /[다요]["'”’」』)]*$/;

/** Whether a line ends as a sentence of running prose does; a headline, a caption or a link does not. */
export const isProse = (t: string): boolean => PROSE_END.test(t) || (KO_PROSE_END.test(t) && (t.match(/\s+/g)?.length ?? 0) >= 9);

/** True when the mentions hit every group ("type:X" matches any mention of type X). */
export function hitsGroups(groups: KeyGroups, mentions: readonly Mention[]): boolean {
  return groups.every((group) => group.some((k) => mentions.some((m) => matchesKey(k, m))));
}

export function matchesKey(k: string, m: Mention): boolean {
  return k.startsWith('type:') ? m.type === k.slice(5) : m.key === k;
}

/** Whether the page as a whole is about the story: some window of sentences hits every page group by name. */
export function pageOnTopic(perSentence: readonly Mention[][], rules: TopicRules): boolean {
  const strong = perSentence.map((ms) => ms.filter((m) => m.named && m.anchor !== undefined));
  for (let i = 0; i < strong.length; i++) {
    const window = strong.slice(i, i + Math.max(1, rules.window)).flat();
    if (hitsGroups(rules.page, window) || rules.alsoPage?.some((page) => hitsGroups(page, window))) return true;
  }
  return false;
}

/**
 * Which sentences of an on-topic page are about the story. With `inContext`, every sentence is
 * taken to sit among on-topic ones (a single sentence checked on its own, as part of a known page).
 */
export function sentencesOnTopic(
  perSentence: readonly Mention[][],
  texts: readonly string[],
  inContext = false,
  together: readonly string[][] = [],
  anywhere: readonly string[] | undefined,
  words: TopicWords,
): boolean[] {
  const both = (ms: readonly Mention[]) => together.some((keys) => keys.every((k) => ms.some((m) => m.key === k)));
  const named = perSentence.map((ms) => ms.some((m) => m.anchor === 'strong') || both(ms));
  const weak = perSentence.map((ms) => ms.some((m) => m.anchor === 'weak'));
  const prose = texts.map(isProse);
  // A bare line naming only a song, the film or the summit may be another story's link: it counts when it
  // stands alone right beside the story's own prose (second pass). Prose, and bare lines naming the event,
  // count at once.
  // A bare line among bare lines (a list of links) that names only the drums is another story's link too.
  const listed = (i: number) => i > 0 && i < texts.length - 1 && !prose[i - 1]! && !prose[i + 1]! && !named[i - 1]! && !named[i + 1]!;
  const event = (ms: readonly Mention[], i: number) =>
    ms.some((m) => m.anchor === 'strong' && anywhere!.includes(m.key)) && (ms.some((m) => m.type === 'person' || m.key.startsWith('group:')) || !listed(i));
  const sure = perSentence.map((ms, i) => named[i]! && (prose[i]! || inContext || !anywhere || both(ms) || event(ms, i)));
  const storyOf = (strong: readonly boolean[]) => stretch(strong, prose, weak);
  const first = storyOf(sure);
  // A subhead or a caption stands alone between paragraphs, the story's own on one side; links come in lists.
  const alone = (i: number) => (i === 0 || prose[i - 1]!) && (i === texts.length - 1 || prose[i + 1]!);
  const nearProse = (i: number) => alone(i) && [i - 1, i + 1].some((j) => prose[j] === true && first[j] === true);
  const strong = named.map((n, i) => sure[i]! || (n && nearProse(i)));
  const story = strong.some((s, i) => s !== sure[i]) ? storyOf(strong) : first;
  const near = (i: number, reach: number): boolean => {
    for (let j = Math.max(0, i - reach); j <= Math.min(strong.length - 1, i + reach); j++) if (strong[j]) return true;
    return false;
  };
  const out: boolean[] = [];
  for (let i = 0; i < perSentence.length; i++) {
    const previous = inContext || (i > 0 && out[i - 1] === true);
    const continues = previous && words.continuation.test(texts[i] ?? '');
    // Prose within the story belongs to it; a bare line (a link, a sidebar headline) only right beside a
    // strong one, and only if it says something: "Related video" is a label, not a claim.
    const belongs = prose[i] ? story[i] === true : near(i, 1) && says(texts[i] ?? '');
    // Running prose inside the story's stretch, right after an on-topic sentence, goes on with it ("Quite a
    // number wondered if it was generated by AI"): the story's own paragraph, not another story's.
    const runsOn = prose[i]! && story[i] === true && previous && !inContext && words.linked.test(texts[i] ?? '');
    out.push((strong[i]! || (weak[i]! && (inContext || belongs)) || continues || runsOn) && !credit(texts[i] ?? ''));
  }
  return out;
}

// A photo or video credit standing alone ("Office of Japan/Handout via Reuters", [총리관저 제공], (写真提供)):
// it names who took the picture, it claims nothing.
const CREDIT =
  /\b(?:handout|getty images|ap photo)\b|(?:\/|\bvia\s+)(?:afp|ap|reuters|yonhap|kyodo|epa|bloomberg|xinhua)\b|(?:^|\s|\/)via\s+\S+\s*[.)\]]*$|^\(?(?:photo|image|credit)s?\s*[:：/]\s*(?:\S+\s*){0,5}$|(?:提供|撮影|제공|촬영|캡처|キャプチャ|screenshot|screengrab)\s*[.。)）\]】]*$|^[(（[【]?(?:写真|사진|画像|영상)\s*[=:：)）\]】]|^[(（[【]?\s*(?:사진|화면|영상|写真|映像|画像)?\s*(?:제공|提供|출처|出典)\s*[:：=]/iu;
// A broadcast's sign-off names the reporter and the bureau ("도쿄에서 김지훈 특파원이 보도합니다", "reporting from Tokyo").
const SIGN_OFF =
  /(?:특파원이?\s?보도합니다|기자가?\s?보도합니다|전해드렸습니다|(?:기자|특파원|뉴스\s?\S{2,4})입니다|からお伝えしました|がお伝えしました|がお伝えします)[.。]?$|^(?:[\p{Lu}][\p{L}'’-]+\s){1,3}(?:reporting|reports)\s+(?:from|for)\b|,\s*reporting\s+from\s+\p{Lu}\p{L}+[.]?$/u;
const signOff = (t: string) => (isCjk(t) ? t.trim().length <= 30 : words(t) <= 10) && SIGN_OFF.test(t.trim());
const credit = (t: string) => signOff(t) || creditLine(t);
const creditLine = (t: string) => (isCjk(t) ? t.trim().length <= 24 : words(t) <= 12) && CREDIT.test(t.trim());
const words = (t: string) => t.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** At least three words, or six characters of a script written without spaces. */
const says = (t: string) => words(t) >= 3 || /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\s]{6}/u.test(t);

/** Bare lines in a row the story's prose runs on through (a "Read more" box inside an article). */
export const BARE_TUNNEL = 4;

/**
 * The story's own stretch of the page: prose running on from its strongly anchored sentences, until more
 * than BARE_TUNNEL bare lines in a row (a sidebar, a link list) or a run of sentences with no anchor at all.
 */
function stretch(strong: readonly boolean[], prose: readonly boolean[], weak: readonly boolean[]): boolean[] {
  const story = strong.slice();
  for (const dir of [1, -1]) {
    let gap = 0;
    let bare = 0;
    const order = dir === 1 ? [...strong.keys()] : [...strong.keys()].reverse();
    let open = false;
    for (const i of order) {
      if (strong[i]) [open, gap, bare] = [true, 0, 0];
      else if (open && prose[i]) {
        bare = 0;
        gap = weak[i] ? 0 : gap + 1;
        if (gap > 2) open = false;
        else story[i] = true;
      } else if (open && ++bare > BARE_TUNNEL) open = false;
    }
  }
  return story;
}
