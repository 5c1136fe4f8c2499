// Soft hyphens and zero-width characters split names invisibly ("Taka\u00ADichi"); NFKC folds full-width Latin and digits.
const INVISIBLE = /[\u00AD\u200B-\u200F\u2060\uFEFF]/g;

/** Text as the matcher sees it: only used for analysis, never for offsets shown to the user. */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(TERMINAL, ' ')
    .replace(/[\u2018\u2019\u2032]/g, "'")
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(CLOSING_INSIDE, '$2$1');
}

// Terminal escape sequences (ANSI colours, OSC titles) and other control characters are not text: a
// sequence's own ";" must not part a sentence's clauses.
const TERMINAL = /\u001b(?:\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\[[0-?]*[ -/]*[@-~]|.)?|[\u0000-\u0008\u000e-\u001f\u007f]/g;

// American style sets a comma or period inside the closing quote (“Golden,” a hit…): moved outside, a quoted
// title reads the same either way. Same length, so offsets hold.
const CLOSING_INSIDE = /([,.])([”"'’])(?=\s|$)/g;

/** True when the text holds Japanese or Korean script, whose words are not space-separated. */
export function isCjk(text: string): boolean {
  return /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(text);
}

// Bureau datelines come first and name where the story was filed: "TOKYO (AP) —", "SEOUL, Jan. 14 (Yonhap) --",
// "【ソウル共同】", "(東京=聯合ニュース)", "[도쿄=연합뉴스]".
const DATELINES = [
  /^\(?[A-Z][A-Z.' -]{2,}(?:,\s*[A-Z][a-z]{2,}\.?(?:\s+\d{1,2})?)?\s*(?:\([^)]{1,40}\))?\s*[—–-]{1,2}\s*/,
  /^\([A-Za-z ]{2,20}\)\s*[—–-]{1,2}\s*/,
  /^【[^】]{1,30}】\s*/,
  /^[(（][^)）=＝]{1,15}[=＝][^)）]{1,20}[)）]\s*/,
  /^\[[^\]=]{1,15}=[^\]]{1,20}\]\s*/,
  // A title-case city with a date and an agency: "Nara, Jan. 14 (Jiji Press)–".
  /^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?,\s*[A-Z][a-z]{2,}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*\([^)]{1,40}\)\s*[—–-]{1,2}\s*/,
  // Live-blog timestamps and list bullets are read the same way: "09:05 —", "9.05am BST -", "• ".
  /^(?:(?:updated|posted)\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}|JST|KST)?\s*(?:[—–|-]{1,2}|:)\s*/i,
  /^[•·▶►■□◆◇●○▪︎※*-]\s*(?=\S)/,
];

/** Length of a leading dateline, or 0. */
export function datelineLength(text: string): number {
  for (const re of DATELINES) {
    const m = re.exec(text);
    if (m) return m[0].length;
  }
  return 0;
}

// Headline kickers label the kind of item, not its content: "WATCH:", "In pictures:", "Analysis |".
const KICKER =
  /^(?:watch|video|videos|photos?|pictures|in pictures|in photos|gallery|live|live updates|breaking|breaking news|exclusive|analysis|explainer|opinion|comment|editorial|update|updated|explained|fact check)\s*[:|—–]\s*/i;

/** Length of a leading headline kicker, or 0. */
export function kickerLength(text: string): number {
  return KICKER.exec(text)?.[0].length ?? 0;
}
