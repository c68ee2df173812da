// Scores the decision guard on the development corpus (../shared/guard-corpus/phrases.jsonl) as its
// README describes: precision, recall, F1, F2, per category, clear vs borderline, the keyword-free
// subsets. The corpus is split by a hash of the id (shared/sessions/guard/corpus.ts): the held-out part
// (~30%) is never used for tuning and is reported first, then the tuning part.
// usage: npm run eval:guard [-- --all] [-- --misses] [-- --file F [--file-misses]]
//   --all          also score all 480 lines together
//   --misses       list the tuning part's misses and false alarms (never the held-out part's)
//   --file F       also score a labelled set of the same format (resources/guard-eval/: sets this project
//                  wrote itself, each measured once before any rule was changed for it; see its README)
//   --file-misses  list that set's misses and false alarms (after which it is no longer blind)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { guardVerdict } from '../shared/sessions/guard';
import { formatReport, parseCorpus, partOf, report, type CorpusRow } from '../shared/sessions/guard/corpus';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpusFile = path.resolve(repoRoot, '../shared/guard-corpus/phrases.jsonl');
if (!fs.existsSync(corpusFile)) {
  console.log(`eval-guard: skipped — the development corpus is not at ${corpusFile} (CI lays ../shared beside the repository; a plain clone has none)`);
  process.exit(0);
}

const fileArg = process.argv.indexOf('--file');
const extra = fileArg > 0 ? process.argv[fileArg + 1] : undefined;
if (extra) {
  const own = parseCorpus(fs.readFileSync(extra, 'utf8'));
  const fire = (r: CorpusRow) => guardVerdict(r.text).fire;
  console.log(formatReport(`${path.basename(extra)} (${own.length} lines)`, report(own, fire)));
  if (process.argv.includes('--file-misses')) {
    for (const r of own) {
      const v = guardVerdict(r.text);
      if (v.fire !== r.fire) console.log(`${r.fire ? 'MISS ' : 'FALSE'} ${r.id} ${r.category.padEnd(22)} ${JSON.stringify(r.text)}${v.fire ? ` [${v.reasons.join(',')}]` : ''}`);
    }
  }
  console.log();
}

const rows = parseCorpus(fs.readFileSync(corpusFile, 'utf8'));
const verdicts = new Map(rows.map((r) => [r.id, guardVerdict(r.text)] as const));
const fires = (r: CorpusRow) => verdicts.get(r.id)!.fire;
const heldOut = rows.filter((r) => partOf(r.id) === 'held-out');
const tuning = rows.filter((r) => partOf(r.id) === 'tuning');

console.log(`corpus: ${corpusFile}`);
console.log(`${rows.length} lines: held-out ${heldOut.length} (fire ${heldOut.filter((r) => r.fire).length}), tuning ${tuning.length} (fire ${tuning.filter((r) => r.fire).length})\n`);
console.log(formatReport(`held-out (${heldOut.length} lines, never tuned on)`, report(heldOut, fires)));
console.log();
console.log(formatReport(`tuning (${tuning.length} lines)`, report(tuning, fires)));
if (process.argv.includes('--all')) {
  console.log();
  console.log(formatReport(`all (${rows.length} lines)`, report(rows, fires)));
}
if (process.argv.includes('--misses')) {
  console.log('\n-- tuning part: misses (fire, guard silent) and false alarms (no fire, guard fired)');
  for (const r of tuning) {
    const v = verdicts.get(r.id)!;
    if (v.fire === r.fire) continue;
    const kind = r.fire ? 'MISS ' : 'FALSE';
    console.log(`${kind} ${r.id} ${r.category.padEnd(22)} ${r.borderline ? 'B' : ' '} ${JSON.stringify(r.text)}${v.fire ? ` [${v.reasons.join(',')}]` : ''}`);
  }
}
