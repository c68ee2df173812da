// Runs the detector over ../shared/corpus/dev.jsonl and scores it with the official scorer.
// usage: npm run -s eval:anonymiser [-- --misses] [-- --blind]
// --blind: a proxy for unseen material — every word of a dev name or place is first removed from the
// name and place lexicons, so only the rules and the rest of the lists can find them.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLexiconSources } from '../electron/backend/anonymiser/lexicons';
import { createDetector } from '../shared/anonymiser';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus');
const gold = path.join(corpusDir, 'dev.jsonl');
const scorer = path.join(corpusDir, 'score.mjs');
if (!fs.existsSync(gold) || !fs.existsSync(scorer)) {
  console.error(`eval-anonymiser: corpus not found at ${corpusDir}`);
  process.exit(2);
}
const sources = loadLexiconSources();
if (process.argv.includes('--blind')) {
  const goldSpans = fs.readFileSync(gold, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { spans: Array<{ label: string; text: string }> });
  const words = new Set<string>();
  for (const d of goldSpans) for (const s of d.spans) if (s.label === 'PERSOON' || s.label === 'LOCATIE') for (const w of s.text.split(/[\s.-]+/)) words.add(w.toLowerCase());
  let removed = 0;
  for (const name of Object.keys(sources)) {
    if (!/namen|plaatsen|wijken/.test(name)) continue;
    sources[name] = sources[name]
      .split('\n')
      .filter((line) => !(words.has(line.trim().toLowerCase()) && ++removed))
      .join('\n');
  }
  console.log(`blind: ${removed} lexicon entries that occur in dev names or places removed`);
}
const detector = createDetector(sources);
const docs = fs
  .readFileSync(gold, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { id: string; text: string });
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'anon-eval-'));
const pred = path.join(tmp, 'pred.jsonl');
fs.writeFileSync(pred, docs.map((d) => JSON.stringify({ id: d.id, spans: detector.detect(d.text) })).join('\n') + '\n');
process.stdout.write(execFileSync(process.execPath, [scorer, gold, pred], { encoding: 'utf8' }));
if (process.argv.includes('--misses')) {
  console.log('--- misses');
  process.stdout.write(execFileSync(process.execPath, [scorer, gold, pred, '--misses'], { encoding: 'utf8' }));
}
if (process.argv.includes('--fp')) {
  // predicted spans that overlap no gold span (false positives), for tuning
  const goldDocs = fs.readFileSync(gold, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; text: string; spans: Array<{ start: number; end: number }> });
  console.log('--- false positives');
  for (const d of goldDocs) {
    for (const s of detector.detect(d.text)) {
      if (!d.spans.some((g) => g.start < s.end && s.start < g.end)) console.log(`${d.id}\t${s.label}\t${d.text.slice(s.start, s.end)}`);
    }
  }
}
fs.rmSync(tmp, { recursive: true, force: true });
