// The decision guard on JSONL: reads {"id","text","where"?} lines from stdin, writes
// {"id","fire":true|false,"reasons":[…]} lines to stdout. `where` (the canvas window) is accepted and
// passed on, but the guard's verdict never depends on it (labelling policy: a decision is a decision in
// any window). Diagnostics go to stderr only.
// usage: npm run -s guard < phrases.jsonl
import readline from 'node:readline';
import { guardVerdict } from '../shared/sessions/guard';

async function main(): Promise<void> {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  let line = 0;
  for await (const raw of rl) {
    line++;
    if (!raw.trim()) continue;
    let doc: { id?: unknown; text?: unknown; where?: unknown };
    try {
      doc = JSON.parse(raw) as { id?: unknown; text?: unknown; where?: unknown };
    } catch {
      process.stderr.write(`guard: skipping invalid JSON on line ${line}\n`);
      continue;
    }
    const text = typeof doc.text === 'string' ? doc.text : '';
    const { fire, reasons } = guardVerdict(text);
    const ok = process.stdout.write(JSON.stringify({ id: doc.id, fire, reasons }) + '\n');
    if (!ok) await new Promise<void>((r) => process.stdout.once('drain', () => r()));
    n++;
  }
  process.stderr.write(`guard: ${n} texts\n`);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`guard: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  },
);
