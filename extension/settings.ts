/**
 * All persisted settings. Values are validated on read: a corrupted or foreign value
 * falls back to the default rather than breaking the content script.
 */
import { storage } from 'wxt/utils/storage';

export const enabledItem = storage.defineItem<boolean>('sync:enabled', { fallback: true, version: 1 });

/** Hostnames the user switched checking off for. */
export const disabledSitesItem = storage.defineItem<string[]>('sync:disabledSites', { fallback: [], version: 1 });

export interface Settings {
  enabled: boolean;
  disabledSites: string[];
}

export function validEnabled(value: unknown): boolean {
  return typeof value === 'boolean' ? value : true;
}

export function validSites(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter((v): v is string => typeof v === 'string' && v.length > 0 && v.length < 254).map((v) => v.toLowerCase()))];
}

export async function readSettings(): Promise<Settings> {
  const [enabled, sites] = await Promise.all([enabledItem.getValue(), disabledSitesItem.getValue()]);
  return { enabled: validEnabled(enabled), disabledSites: validSites(sites) };
}

export function checksSite(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname.toLowerCase());
}

export async function setSiteEnabled(hostname: string, on: boolean): Promise<void> {
  const host = hostname.toLowerCase();
  const sites = validSites(await disabledSitesItem.getValue()).filter((h) => h !== host);
  await disabledSitesItem.setValue(on ? sites : [...sites, host]);
}

/** Call `onChange` whenever any setting changes; returns the unwatch function. */
export function watchSettings(onChange: (s: Settings) => void): () => void {
  const fire = () => void readSettings().then(onChange);
  const a = enabledItem.watch(fire);
  const b = disabledSitesItem.watch(fire);
  return () => {
    a();
    b();
  };
}
