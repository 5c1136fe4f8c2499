/**
 * A few hand-written shape checks for JSON read at run time (the data pack, stored settings). No schema
 * library: the content script ships some of these and its bundle has a budget. Each check returns the
 * value typed, or records an error naming where it is ("facts[4] golden-artist.near.keys[0]") and returns
 * undefined; the caller decides whether errors are fatal (the pack) or mean a fallback (storage).
 */

export type Errors = string[];
/** Where a value is; a function so that a path is only spelt out for a value that is wrong. */
export type At = string | (() => string);
export type Shape<T> = (v: unknown, at: At, errors: Errors) => T | undefined;

export const here = (at: At): string => (typeof at === 'string' ? at : at());

const kind = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v);
const fail = (errors: Errors, at: At, want: string, v: unknown): undefined => {
  errors.push(`${here(at)}: expected ${want}, found ${kind(v) === 'string' ? JSON.stringify(v) : kind(v)}`);
  return undefined;
};

export const str: Shape<string> = (v, at, errors) => (typeof v === 'string' ? v : fail(errors, at, 'a string', v));
export const nonEmpty: Shape<string> = (v, at, errors) => (typeof v === 'string' && v.length > 0 ? v : fail(errors, at, 'a non-empty string', v));
export const bool: Shape<boolean> = (v, at, errors) => (typeof v === 'boolean' ? v : fail(errors, at, 'true or false', v));
export const num: Shape<number> = (v, at, errors) => (typeof v === 'number' && Number.isFinite(v) ? v : fail(errors, at, 'a number', v));

/** `shape`, and then `ok`: a date that parses, a list without repeats. */
export function where<T>(shape: Shape<T>, ok: (v: T) => boolean, want: string): Shape<T> {
  return (v, at, errors) => {
    const x = shape(v, at, errors);
    return x === undefined || ok(x) ? x : fail(errors, at, want, v);
  };
}

export function int(min: number): Shape<number> {
  return (v, at, errors) => (Number.isSafeInteger(v) && (v as number) >= min ? (v as number) : fail(errors, at, `a whole number ≥ ${min}`, v));
}

export function oneOf<const T extends string>(...values: T[]): Shape<T> {
  return (v, at, errors) => ((values as unknown[]).includes(v) ? (v as T) : fail(errors, at, values.map((x) => JSON.stringify(x)).join(' or '), v));
}

export function nullable<T>(shape: Shape<T>): Shape<T | null> {
  return (v, at, errors) => (v === null ? null : shape(v, at, errors));
}

/** An object field that may be absent. */
export type Opt<T> = Shape<T> & { optional: true };

export function opt<T>(shape: Shape<T>): Opt<T> {
  return Object.assign((v: unknown, at: At, errors: Errors) => shape(v, at, errors), { optional: true as const });
}

/** An entry's name in messages: its `id` or `key`, so a reader finds it in the file without counting. */
const label = (v: unknown): string => {
  const o = v as { id?: unknown; key?: unknown } | null;
  const name = typeof o === 'object' && o !== null ? (o.id ?? o.key) : undefined;
  return typeof name === 'string' ? ` ${name}` : '';
};

export function arr<T>(shape: Shape<T>, min = 0): Shape<T[]> {
  return (v, at, errors) => {
    if (!Array.isArray(v)) return fail(errors, at, 'an array', v);
    const before = errors.length;
    if (v.length < min) errors.push(`${here(at)}: expected at least ${min} item${min === 1 ? '' : 's'}, found ${v.length}`);
    const out = v.map((x, i) => shape(x, () => `${here(at)}[${i}]${label(x)}`, errors));
    return errors.length === before ? (out as T[]) : undefined;
  };
}

/** A list of strings in which none repeats: a repeat is a slip (a copy that was meant to be edited). */
export function set(shape: Shape<string>, min = 0): Shape<string[]> {
  const list = arr(shape, min);
  return (v, at, errors) => {
    const out = list(v, at, errors);
    const first = new Map<string, number>();
    out?.forEach((x, i) => (first.has(x) ? errors.push(`${here(at)}[${i}]: "${x}" repeats item ${first.get(x)}`) : first.set(x, i)));
    return out && first.size === out.length ? out : undefined;
  };
}

export function tuple<A, B>(a: Shape<A>, b: Shape<B>): Shape<[A, B]> {
  return (v, at, errors) => {
    if (!Array.isArray(v) || v.length !== 2) return fail(errors, at, 'a pair', v);
    const [x, y] = [a(v[0], () => `${here(at)}[0]`, errors), b(v[1], () => `${here(at)}[1]`, errors)];
    return x === undefined || y === undefined ? undefined : [x, y];
  };
}

/** A file's top level is named "data/x.json:", a field below it "data/x.json: facts", then "….when". */
const field = (at: At, k: string) => () => {
  const s = here(at);
  return s.endsWith(':') ? `${s} ${k}` : `${s}.${k}`;
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keys starting with `$` are comments in the pack's files, never read. */
const comment = (k: string) => k.startsWith('$');

/**
 * An object with exactly these fields (a misspelt optional field would otherwise be ignored, silently).
 * The field list is typed against `T`, so an interface and its check cannot drift apart.
 */
export function obj<T>(fields: { [K in keyof T]-?: undefined extends T[K] ? Opt<Exclude<T[K], undefined>> : Shape<T[K]> }): Shape<T> {
  return (v, at, errors) => {
    if (!isObject(v)) return fail(errors, at, 'an object', v);
    const before = errors.length;
    const known = fields as Record<string, Shape<unknown> & { optional?: boolean }>;
    for (const [k, shape] of Object.entries(known)) {
      if (v[k] === undefined && shape.optional) continue;
      if (!(k in v)) errors.push(`${here(at)}: missing field "${k}"`);
      else shape(v[k], field(at, k), errors);
    }
    for (const k of Object.keys(v)) if (!(k in known) && !comment(k)) errors.push(`${here(at)}: unknown field "${k}"`);
    return errors.length === before ? (v as T) : undefined;
  };
}

/** An object used as a map; `$` keys (comments) are skipped. */
export function record<T>(shape: Shape<T>): Shape<Record<string, T>> {
  return (v, at, errors) => {
    if (!isObject(v)) return fail(errors, at, 'an object', v);
    const before = errors.length;
    for (const [k, x] of Object.entries(v)) if (!comment(k)) shape(x, field(at, k), errors);
    return errors.length === before ? (v as Record<string, T>) : undefined;
  };
}

/** The first shape that fits; errors only when none does. */
export function either<A, B>(a: Shape<A>, b: Shape<B>, want: string): Shape<A | B> {
  return (v, at, errors) => {
    const first = a(v, at, []);
    if (first !== undefined) return first;
    const second = b(v, at, []);
    return second !== undefined ? second : fail(errors, at, want, v);
  };
}
