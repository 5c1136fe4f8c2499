// npm run check -- <file.html|file.txt|-> [--json]
import { escapeControls, JsonClaims, readableClaim } from './format';
import { InputError, readInput } from './read-input';
import { streamClaims } from './stream';

const USAGE = 'usage: npm run check -- <file.html|file.txt|-> [--json]   (- reads standard input)\n';

function parseArgs(argv: string[]): { json: boolean; file: string } | { error: string } | 'help' {
  let json = false;
  const files: string[] = [];
  let onlyFiles = false;
  for (const a of argv) {
    if (onlyFiles || a === '-' || !a.startsWith('-')) files.push(a);
    else if (a === '--') onlyFiles = true;
    else if (a === '--json') json = true;
    else if (a === '--help' || a === '-h') return 'help';
    else return { error: `check: unknown option ${escapeControls(a)}\n` };
  }
  if (files.length !== 1) return { error: files.length === 0 ? 'check: no file given\n' : 'check: one file at a time\n' };
  return { json, file: files[0]! };
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if ('error' in args) {
    process.stderr.write(args.error + USAGE);
    return 2;
  }
  let text: string;
  try {
    text = await readInput(args.file);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`check: ${escapeControls(error.message)}\n`);
    return 2;
  }
  // Claims are written as they are found: the output is never held whole, however long the text.
  const write = (s: string) => process.stdout.write(s);
  if (args.json) {
    const out = new JsonClaims(write);
    streamClaims(text, (c) => out.add(c));
    out.end();
    return 0;
  }
  let count = 0;
  streamClaims(text, (c) => {
    count++;
    write(readableClaim(c));
  });
  if (count === 0) write('Nothing in this text is about the story.\n');
  return 0;
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 2));
main(process.argv.slice(2)).then((code) => (process.exitCode = code));
