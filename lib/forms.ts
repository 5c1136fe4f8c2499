/** A lexicon form's literal text, read as a regular expression and as the words every match of it holds. */

// Spaces and hyphens between a form's words are interchangeable (see formSource).
const FORM_GAP = /[\s\-‐–·・]+/;

/**
 * A lower-case word that every match of a literal form contains: its longest word, the rarest
 * ("counterpart", not "his"). Null for a form with no word.
 */
export function formHint(form: string): string | null {
  const words = formWords(form);
  return words.length ? words.reduce((a, b) => (b.length > a.length ? b : a)) : null;
}

/** A form's words, lower case: each is in every match of the form (only the gaps between them vary). */
export function formWords(form: string): string[] {
  return form
    .split(FORM_GAP)
    .filter((w) => w.length > 0)
    .map((w) => w.toLowerCase());
}

const LATIN_EDGE = /^[\p{Script=Latin}\p{N}]|[\p{Script=Latin}\p{N}]$/u;

export function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A literal form as a regex source: spaces and hyphens interchangeable, Latin forms bounded by non-letters. */
export function formSource(form: string): string {
  const body = form.split(FORM_GAP).map(escape).join('[\\s\\-‐–·・]*');
  if (!LATIN_EDGE.test(form)) return body;
  // Bounded by Latin letters and digits only: "BLACKPINKの" and "BTS의" still match.
  return `(?<![\\p{Script=Latin}\\p{N}])${body}(?![\\p{Script=Latin}\\p{N}])`;
}
