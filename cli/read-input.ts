import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { hiddenByAttributes } from '../dom/elements';
import { extractText } from '../dom/extract';

/** The largest input the CLI reads (documented in the README): past it, a one-line error, not gigabytes of memory. */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;

/** A problem with the input, said in words on one line. */
export class InputError extends Error {}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory, not a file',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files',
  EIO: 'an input/output error',
};

function inWords(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const reason = (e.code && REASONS[e.code]) ?? e.message.split('\n')[0]!;
  return e.code && !REASONS[e.code] ? `${reason} (${e.code})` : reason;
}

const tooBig = (what: string) => new InputError(`${what} is over ${MAX_INPUT_BYTES / 1024 / 1024} MB, the most the check reads; split it into smaller files`);

/** The bytes of a regular file. Opened without blocking, so a named pipe is refused, never waited on. */
function readFile(path: string): Buffer {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new InputError(`cannot read ${path}: ${inWords(error)}`);
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new InputError(`cannot read ${path}: it is a directory, not a file`);
    if (st.isFIFO())
      throw new InputError(`cannot read ${path}: it is a named pipe, not a regular file (to read a pipe, give - and redirect it to standard input)`);
    if (!st.isFile()) throw new InputError(`cannot read ${path}: it is not a regular file (a device or a socket)`);
    if (st.size > MAX_INPUT_BYTES) throw tooBig(path);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(1 << 20);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      // The file may have grown since it was measured.
      if (total > MAX_INPUT_BYTES) throw tooBig(path);
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    throw error instanceof InputError ? error : new InputError(`cannot read ${path}: ${inWords(error)}`);
  } finally {
    closeSync(fd);
  }
}

/** Standard input, up to the limit. */
async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > MAX_INPUT_BYTES) throw tooBig('standard input');
      chunks.push(chunk);
    }
  } catch (error) {
    throw error instanceof InputError ? error : new InputError(`cannot read standard input: ${inWords(error)}`);
  }
  return Buffer.concat(chunks, total);
}

const HTML_START = /^\s*(?:<!--[^]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i;

/** A file's bytes as the extension would read them: HTML (by its name, or by how it starts) reduced like a page. */
function asPageText(raw: string, html: boolean): string {
  if (!html) return raw;
  const { document } = parseHTML(raw);
  const root = document.body ?? document.documentElement;
  if (!root) return '';
  return extractText(root as unknown as Element, { isHidden: hiddenByAttributes }).text;
}

/** The text the extension would read from a regular file: HTML reduced like a page, anything else as is. */
export function readInputFile(path: string): string {
  return asPageText(readFile(path).toString('utf8'), /^\.x?html?$/i.test(extname(path)));
}

/** `readInputFile`, or for `-` standard input, which is HTML when it starts like an HTML document. */
export async function readInput(path: string): Promise<string> {
  if (path !== '-') return readInputFile(path);
  const raw = (await readStdin()).toString('utf8');
  return asPageText(raw, HTML_START.test(raw.slice(0, 4096)));
}
