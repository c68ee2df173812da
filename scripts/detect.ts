// Reads JSONL {"id","text"} from stdin and writes {"id","spans":[...]} lines to stdout.
// Diagnostics go to stderr only.
import readline from 'node:readline';
import { loadLexiconSources } from '../electron/backend/anonymiser/lexicons';
import { createDetector } from '../shared/anonymiser';

async function main(): Promise<void> {
  const t0 = performance.now();
  const detector = createDetector(loadLexiconSources());
  process.stderr.write(`detect: lexicons loaded in ${(performance.now() - t0).toFixed(1)} ms\n`);
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    if (!line.trim()) continue;
    let doc: { id?: unknown; text?: unknown };
    try {
      doc = JSON.parse(line) as { id?: unknown; text?: unknown };
    } catch {
      process.stderr.write(`detect: skipping invalid JSON line ${n + 1}\n`);
      continue;
    }
    const text = typeof doc.text === 'string' ? doc.text : '';
    const spans = detector.detect(text);
    const ok = process.stdout.write(JSON.stringify({ id: doc.id, spans }) + '\n');
    if (!ok) await new Promise<void>((r) => process.stdout.once('drain', () => r()));
    n++;
  }
  process.stderr.write(`detect: ${n} documents\n`);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`detect: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  },
);
