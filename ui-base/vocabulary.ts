/**
 * The words every part of the UI shares, in one place so the card, the popup, the options page, the
 * settings and the CLI cannot drift apart: the UI strings, the verdicts' names, symbols and order, and
 * the mark styles and page themes.
 *
 * UI strings come from the extension's i18n system (public/_locales), so the UI follows the
 * browser's language. Keys are typed from the English catalogue: a missing key fails the type check.
 */
import type { Verdict } from '../lib/types';
import english from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
}

function api(): I18nApi | undefined {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

// Outside an extension (the CLI, unit tests) there is no i18n API: English, substituted the same way.
function fallback(key: MessageKey, subs: string[]): string {
  return english[key].message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const strings = subs.map(String);
  return api()?.getMessage(key, strings) || fallback(key, strings);
}

/**
 * The language the UI is shown in, for `lang` attributes (CJK glyph choice, screen-reader voice):
 * the catalogue's own code, since the browser may pick a catalogue other than its UI language.
 */
export function uiLanguage(): string {
  return t('langCode');
}

const VERDICT_KEYS: Record<Verdict, MessageKey> = {
  supported: 'verdictSupported',
  contradicted: 'verdictContradicted',
  disputed: 'verdictDisputed',
  unverified: 'verdictUnverified',
};

const COUNT_KEYS: Record<Verdict, MessageKey> = {
  supported: 'countSupported',
  contradicted: 'countContradicted',
  disputed: 'countDisputed',
  unverified: 'countUnverified',
};

export function verdictLabel(v: Verdict): string {
  return t(VERDICT_KEYS[v]);
}

export function verdictCount(v: Verdict, n: number): string {
  return t(COUNT_KEYS[v], n);
}

/** A symbol for each verdict, so no verdict is told apart by colour alone (UI labels: `verdictLabel`). */
export const VERDICT_SYMBOL: Record<Verdict, string> = {
  contradicted: '✗',
  disputed: '⚖',
  unverified: '?',
  supported: '✓',
};

/** English words for the command-line output, which has no i18n system. */
export const VERDICT_INFO: Record<Verdict, { label: string; symbol: string }> = {
  contradicted: { label: 'Contradicted', symbol: VERDICT_SYMBOL.contradicted },
  disputed: { label: 'Disputed', symbol: VERDICT_SYMBOL.disputed },
  unverified: { label: 'Unverified', symbol: VERDICT_SYMBOL.unverified },
  supported: { label: 'Supported', symbol: VERDICT_SYMBOL.supported },
};

/** Display order: the findings a reader most needs first. Every list of verdicts (settings, reports) is this one. */
export const VERDICT_ORDER: readonly Verdict[] = ['contradicted', 'disputed', 'unverified', 'supported'];

/** The options page's mark styles, in its order. */
export const MARK_STYLES = ['standard', 'underline', 'strong'] as const;
export type MarkStyle = (typeof MARK_STYLES)[number];
/** Whether a page reads light or dark: marks and cards follow it. */
export type Theme = 'light' | 'dark';
