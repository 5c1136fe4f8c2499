import type { Verdict } from '../lib/types';
import type { MarkStyle, Theme } from '../ui-base/vocabulary';

/**
 * Marks are painted with the CSS Custom Highlight API: the page's DOM is never modified,
 * so framework-managed pages (React, hydration) keep working.
 */
export const HIGHLIGHT_NAMES: Record<Verdict | 'flash', string> = {
  supported: 'fc-supported',
  contradicted: 'fc-contradicted',
  disputed: 'fc-disputed',
  unverified: 'fc-unverified',
  flash: 'fc-flash',
};

const PALETTE: Record<Theme, Record<Verdict, { line: string; tint: string }>> = {
  light: {
    supported: { line: '#1a7f37', tint: 'rgba(26, 127, 55, 0.12)' },
    contradicted: { line: '#cf222e', tint: 'rgba(207, 34, 46, 0.14)' },
    disputed: { line: '#9a6700', tint: 'rgba(191, 135, 0, 0.18)' },
    unverified: { line: '#6e7781', tint: 'rgba(110, 119, 129, 0.14)' },
  },
  // Lighter lines and stronger tints: the light palette's dark reds and greens vanish on a dark page.
  dark: {
    supported: { line: '#3fb950', tint: 'rgba(63, 185, 80, 0.18)' },
    contradicted: { line: '#ff7b72', tint: 'rgba(255, 123, 114, 0.24)' },
    disputed: { line: '#e3b341', tint: 'rgba(227, 179, 65, 0.24)' },
    unverified: { line: '#8b949e', tint: 'rgba(139, 148, 158, 0.2)' },
  },
};

// Each verdict differs by line style as well as colour: dotted, wavy, double, dashed.
const LINE: Record<Verdict, string> = { supported: 'dotted 2px', contradicted: 'wavy 1.5px', disputed: 'double 3px', unverified: 'dashed 1.5px' };

/** The verdicts that have marks, in the order their rules are written and their highlights set. */
export const PAINTED_VERDICTS = Object.keys(LINE) as Verdict[];

/** Supported gets a quiet mark; contradicted and disputed a clear one, unless the user chose otherwise. */
function tinted(verdict: Verdict, style: MarkStyle): boolean {
  if (style === 'underline') return false;
  return style === 'strong' || verdict === 'contradicted' || verdict === 'disputed';
}

export function highlightCss(style: MarkStyle, theme: Theme): string {
  const rules = PAINTED_VERDICTS.map((v) => {
    const { line, tint } = PALETTE[theme][v];
    const bg = tinted(v, style) ? ` background-color: ${tint};` : '';
    return `::highlight(fc-${v}) { text-decoration: underline ${LINE[v]} ${line}; text-underline-offset: 3px;${bg} }`;
  });
  return `${rules.join('\n')}
::highlight(fc-flash) { background-color: ${theme === 'dark' ? 'rgba(255, 213, 0, 0.45)' : 'rgba(255, 213, 0, 0.75)'}; }
`;
}
