import type { Theme } from '../ui-base/vocabulary';

function parseRgb(color: string): [number, number, number, number] | null {
  const m = /rgba?\(([^)]+)\)/.exec(color);
  if (!m) return null;
  const [r, g, b, a = 1] = m[1]!
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  return r === undefined || g === undefined || b === undefined ? null : [r, g, b, a];
}

function luminance([r, g, b]: [number, number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * Whether the page is dark, judged by what it paints behind its text (body, then root), not by the
 * system setting: a light news site stays light in a dark-mode browser, and marks must suit the page.
 */
export function pageTheme(doc: Document): Theme {
  const win = doc.defaultView;
  if (!win) return 'light';
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const rgb = parseRgb(win.getComputedStyle(el).backgroundColor);
    if (rgb && rgb[3] > 0.5) return luminance(rgb) < 0.2 ? 'dark' : 'light';
  }
  // A transparent page shows the canvas, which is dark only when the page opts into a dark scheme.
  const scheme = win.getComputedStyle(doc.documentElement).colorScheme;
  const dark = /dark/.test(scheme) && (!/light/.test(scheme) || win.matchMedia('(prefers-color-scheme: dark)').matches);
  return dark ? 'dark' : 'light';
}
