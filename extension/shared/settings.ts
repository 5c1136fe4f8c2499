/**
 * All persisted settings. Each is a typed storage item in `sync:` (so it follows the user to their
 * other browsers where the browser syncs extension storage) and is validated on read: a corrupted
 * or foreign value falls back to its default rather than breaking the content script.
 */
import { storage } from 'wxt/utils/storage';
import { MARK_STYLES, VERDICT_ORDER, type MarkStyle } from '../../ui-base/vocabulary';
import type { Verdict } from '../../lib/types';

export type { MarkStyle };
export type SiteMode = 'all' | 'chosen';

export interface Settings {
  enabled: boolean;
  /** 'all': every site but `disabledSites`; 'chosen': only `enabledSites`. */
  siteMode: SiteMode;
  disabledSites: string[];
  enabledSites: string[];
  /** Verdicts painted inline; the popup still lists every claim. */
  markedVerdicts: Verdict[];
  markStyle: MarkStyle;
}

export const DEFAULTS: Settings = {
  enabled: true,
  siteMode: 'all',
  disabledSites: [],
  enabledSites: [],
  markedVerdicts: [...VERDICT_ORDER],
  markStyle: 'standard',
};

/** "www.example.com" and "example.com" are one site to a reader. */
export function siteKey(hostname: string): string {
  return hostname
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
}

const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$|^\[[0-9a-f:.]+\]$/;

/** A host name typed by the user (or pasted as a URL), as a site key; null if it is not one. */
export function parseSite(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s) return null;
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//.test(s)) s = new URL(s).hostname;
  } catch {
    return null;
  }
  const key = siteKey(s.replace(/[/?#].*$/, '').replace(/:\d+$/, ''));
  return HOST.test(key) ? key : null;
}

export const validate = {
  enabled: (v: unknown): boolean => (typeof v === 'boolean' ? v : DEFAULTS.enabled),
  siteMode: (v: unknown): SiteMode => (v === 'all' || v === 'chosen' ? v : DEFAULTS.siteMode),
  sites: (v: unknown): string[] => {
    if (!Array.isArray(v)) return [];
    const keys = v.filter((s): s is string => typeof s === 'string' && s.length > 0 && s.length < 254).map(siteKey);
    return [...new Set(keys)].filter((s) => s.length > 0);
  },
  markedVerdicts: (v: unknown): Verdict[] => {
    if (!Array.isArray(v)) return [...DEFAULTS.markedVerdicts];
    return VERDICT_ORDER.filter((verdict) => v.includes(verdict));
  },
  markStyle: (v: unknown): MarkStyle => MARK_STYLES.find((style) => style === v) ?? DEFAULTS.markStyle,
};

export const enabledItem = storage.defineItem<boolean>('sync:enabled', { fallback: DEFAULTS.enabled, version: 1 });
export const siteModeItem = storage.defineItem<SiteMode>('sync:siteMode', { fallback: DEFAULTS.siteMode, version: 1 });
/**
 * v2: hosts are site keys (lower case, no "www."), so a site switched off stays off on both spellings.
 * No `migrations`: `validate.sites` turns a v1 list into site keys on every read anyway, and with
 * migrations WXT trusts the stored version marker, which is as open to corruption as the value: `{v: 99}`
 * threw a "version downgrade" error on every page, `{v: -2e7}` ran twenty million empty steps first.
 */
export const disabledSitesItem = storage.defineItem<string[]>('sync:disabledSites', { fallback: DEFAULTS.disabledSites, version: 2 });
export const enabledSitesItem = storage.defineItem<string[]>('sync:enabledSites', { fallback: DEFAULTS.enabledSites, version: 1 });
export const markedVerdictsItem = storage.defineItem<Verdict[]>('sync:markedVerdicts', { fallback: DEFAULTS.markedVerdicts, version: 1 });
export const markStyleItem = storage.defineItem<MarkStyle>('sync:markStyle', { fallback: DEFAULTS.markStyle, version: 1 });

const ITEMS = [enabledItem, siteModeItem, disabledSitesItem, enabledSitesItem, markedVerdictsItem, markStyleItem] as const;

export async function readSettings(): Promise<Settings> {
  const [enabled, siteMode, disabled, enabledSites, verdicts, style] = await Promise.all(ITEMS.map((i) => i.getValue() as Promise<unknown>));
  return {
    enabled: validate.enabled(enabled),
    siteMode: validate.siteMode(siteMode),
    disabledSites: validate.sites(disabled),
    enabledSites: validate.sites(enabledSites),
    markedVerdicts: validate.markedVerdicts(verdicts),
    markStyle: validate.markStyle(style),
  };
}

/** Whether the site's own switch is on, whatever the global switch says. */
export function siteOn(settings: Settings, hostname: string): boolean {
  const key = siteKey(hostname);
  return settings.siteMode === 'chosen' ? settings.enabledSites.includes(key) : !settings.disabledSites.includes(key);
}

export function checksSite(settings: Settings, hostname: string): boolean {
  return settings.enabled && siteOn(settings, hostname);
}

/** Flip one site's switch in whichever list the current mode uses. */
export async function setSiteEnabled(hostname: string, on: boolean): Promise<void> {
  const key = siteKey(hostname);
  const chosen = validate.siteMode(await siteModeItem.getValue()) === 'chosen';
  const item = chosen ? enabledSitesItem : disabledSitesItem;
  const listed = chosen === on;
  const sites = validate.sites(await item.getValue()).filter((h) => h !== key);
  await item.setValue(listed ? [...sites, key] : sites);
}

export async function resetSettings(): Promise<void> {
  await Promise.all(ITEMS.map((i) => i.removeValue()));
}

/** Call `onChange` whenever any setting changes; returns the unwatch function. */
export function watchSettings(onChange: (s: Settings) => void): () => void {
  const fire = () => void readSettings().then(onChange);
  const unwatch = ITEMS.map((i) => i.watch(fire));
  return () => unwatch.forEach((u) => u());
}
