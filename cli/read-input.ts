import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractText, hiddenByAttributes } from '../dom/extract';

/** The text the extension would read from a file: HTML reduced like a page, anything else as is. */
export function readInput(path: string): string {
  const raw = readFileSync(path, 'utf8');
  if (!/^\.x?html?$/i.test(extname(path))) return raw;
  const { document } = parseHTML(raw);
  const root = document.body ?? document.documentElement;
  if (!root) return '';
  return extractText(root as unknown as Element, { isHidden: hiddenByAttributes }).text;
}
