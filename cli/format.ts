/** How the CLI prints claims: readable lines with control characters shown escaped, or the JSON contract streamed. */
import { VERDICT_INFO } from '../ui-base/vocabulary';
import type { Claim } from '../lib/types';

// C0 and C1 controls, DEL, and the bidirectional overrides and isolates: raw, they let a page's text move
// the cursor, set the terminal's title (ANSI/OSC sequences), or reorder what the reader sees.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every control character shown as an escape (`\x1b`, `\u202e`), so a terminal prints it as is. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** One claim as the readable list shows it: verdict and text, the reason, the best citation. */
export function readableClaim(c: Claim): string {
  const info = VERDICT_INFO[c.verdict];
  let out = `${info.symbol} ${info.label.toUpperCase()}  ${escapeControls(c.text)}\n    ${escapeControls(c.reason)}\n`;
  const best = c.citations[0];
  if (best)
    out += `    ${best.relation === 'supports' ? 'corroborated by' : 'conflicts with'} ${escapeControls(best.outlet)}: “${escapeControls(best.quote)}”\n`;
  return out;
}

/**
 * `{ "claims": [...] }` written a claim at a time, byte for byte what `JSON.stringify({ claims }, null, 2)`
 * prints, without ever holding the whole string.
 */
export class JsonClaims {
  private count = 0;

  constructor(private readonly write: (s: string) => void) {}

  add(claim: Claim): void {
    const body = JSON.stringify(claim, null, 2).replace(/\n/g, '\n    ');
    this.write(`${this.count++ === 0 ? '{\n  "claims": [\n' : ',\n'}    ${body}`);
  }

  end(): void {
    this.write(this.count === 0 ? '{\n  "claims": []\n}\n' : '\n  ]\n}\n');
  }
}
