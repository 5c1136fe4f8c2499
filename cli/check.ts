// npm run check -- <file.html|file.txt> [--json]
import { checkText } from '../extension/checker';
import { VERDICT_INFO } from '../components/verdicts';
import { readInput } from './read-input';

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const files = argv.filter((a) => !a.startsWith('--'));
  if (files.length !== 1) {
    process.stderr.write('usage: npm run check -- <file.html|file.txt> [--json]\n');
    return 2;
  }
  const file = files[0]!;
  let text: string;
  try {
    text = readInput(file);
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    process.stderr.write(`check: cannot read ${file}: ${reason}\n`);
    return 2;
  }
  const claims = checkText(text);
  if (json) {
    process.stdout.write(JSON.stringify({ claims }, null, 2) + '\n');
    return 0;
  }
  if (claims.length === 0) {
    process.stdout.write('Nothing in this text is about the story.\n');
    return 0;
  }
  for (const c of claims) {
    const info = VERDICT_INFO[c.verdict];
    process.stdout.write(`${info.symbol} ${info.label.toUpperCase()}  ${c.text}\n    ${c.reason}\n`);
    const best = c.citations[0];
    if (best) process.stdout.write(`    ${best.relation === 'supports' ? 'corroborated by' : 'conflicts with'} ${best.outlet}: “${best.quote}”\n`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
