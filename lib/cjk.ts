import type { Mention } from './lexicon';

// Words that report, connect or time-stamp rather than state anything checkable.
const JA_STOP = new Set(
  ('今回 同日 当日 両国 両氏 首脳 日本 韓国 政府 関係者 発表 説明 明らか 記者 会見 報道 一方 また さらに 自身 自ら 様子 場面 ' +
    '披露 実施 開催 行わ 行っ 行う 際 後 前 中 間 時 日 年 月 氏 さん 約 同 両 各 計 等 語っ 述べ 話し 伝え 示し 強調 表明 ' +
    '明かし 記し 投稿 公開 紹介 訪問 来日 会談 首相 大統領 共同 互い 一緒 そろっ 姿 上 下 人 方 事 物 感じ 思い 考え 予定 見通し ' +
    '映像 写真 官邸 ヒット 曲 人気 K-POP KPOP 韓流 日韓 韓日 少し 昨年 今月 本当に 双方 以来 合わせ 振る 振り 書き 願う 入り 総理 ' +
    '位置づけ 代表 担当 時代 公式 劇中 続い 続け 踏まえ 相次い 喜ん 漏らし 振り返っ 認める 自他 互いに 座っ 着て 着替え').split(' '),
);
const KO_STOP = new Set(
  ('이번 이날 당일 양국 두 정상 일본 한국 정부 관계자 발표 설명 기자 회견 보도 한편 또 또한 자신 모습 장면 공개 진행 개최 ' +
    '후 전 중 간 때 날 년 월 약 각 등 말 밝혔 전했 강조 소개 방문 방일 회담 총리 대통령 함께 서로 나란히 모두 사람 것 수 ' +
    '예정 전망 영상 사진 관저 히트 곡 인기 케이팝 K팝 한일 일한 했다 있다 있는 없는 됐다 된다 한다 하는 했던 이라며 라며 ' +
    '이라고 라고 위해 통해 대해 따라 같은 그는 그녀는 이 그 저 지난 지난해 오늘 조금 정말 이후 최근 맞춰 맞춘 따르면 왼쪽 오른쪽 ' +
    '각자 대신 차림 공식 시절 자칭 계기 함께한 함께 바로 처음 당시 현지').split(' '),
);
const KO_ENDINGS = /(?:으로부터|에게서|으로는|에서는|에서도|이라며|이라고|라며|라고|에게|에서|으로|하며|하고|하는|했던|했다|한다|됐다|되는|에는|에도|까지|부터|처럼|보다|이다|였다|이었|였던|은|는|이|가|을|를|에|의|와|과|도|로|만|께|한|할|해|했|된|던|며|고|서|게|지)$/;

let jaWords: Intl.Segmenter | undefined;

/**
 * Content words of Japanese or Korean text that no lexicon entry covers. They can never match
 * the English sources, so they count against a claim's coverage: new nouns mean new, unsourced content.
 */
export function cjkContent(text: string, mentions: readonly Mention[]): string[] {
  const covered = (i: number, j: number) => mentions.some((m) => m.start < j && i < m.end);
  const out: string[] = [];
  if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(text) && !/[가-힣]/.test(text)) {
    jaWords ??= new Intl.Segmenter('ja', { granularity: 'word' });
    for (const w of jaWords.segment(text)) {
      if (!w.isWordLike || covered(w.index, w.index + w.segment.length)) continue;
      // The segmenter sometimes leaves a particle on its noun (側が): the noun is the word.
      const word = w.segment.length >= 2 ? w.segment.replace(/[がはをにでもとの]$/, '') : w.segment;
      if (!/[\u4e00-\u9fff\u30a0-\u30ff]/.test(word) || word.length < 2 || JA_STOP.has(word)) continue;
      out.push(`ja:${word}`);
    }
  } else if (/[가-힣]/.test(text)) {
    for (const m of text.matchAll(/[가-힣]+/g)) {
      if (covered(m.index!, m.index! + m[0].length)) continue;
      let stem = m[0];
      for (let i = 0; i < 3 && stem.length > 1 && KO_ENDINGS.test(stem); i++) stem = stem.replace(KO_ENDINGS, '');
      // Predicates (…했다, …어요, …하며) restate; the nouns are what carry new content.
      if (/(?:다|요|며|고|서|게|지|면|까|죠|춰|워|해|돼|봐)$/.test(m[0]) && !KO_ENDINGS.test(m[0].slice(-1))) continue;
      if (stem.length < 2 || KO_STOP.has(stem) || KO_STOP.has(m[0])) continue;
      out.push(`ko:${stem}`);
    }
  }
  return out;
}
