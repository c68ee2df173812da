// Runs the detector over a gold JSONL corpus (default ../shared/corpus/dev.jsonl) and scores it with the
// official scorer.
// usage: npm run -s eval:anonymiser [-- --file PATH] [-- --blind] [-- --misses] [-- --fp] [-- --json]
// --file PATH: another gold file in the same format (a path, or a name in ../shared/corpus such as
//   reports.jsonl); several --file options are scored one after the other.
// --blind: a proxy for unseen material — every word of a gold name or place of the scored file is first
//   removed from the name and place lexicons, so only the rules and the rest of the lists can find them.
// --misses: the gold identifiers left (partly) uncovered; --fp: predicted spans that overlap no gold span,
//   with the text around them.
// After the scorer's figures one line counts the false findings (predicted spans that overlap no gold span)
// per page: a page is 500 words (whitespace tokens that hold a letter or digit, as the corpus counts words).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLexiconSources } from '../electron/backend/anonymiser/lexicons';
import { createDetector, type LexiconSources } from '../shared/anonymiser';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus');
const scorer = path.join(corpusDir, 'score.mjs');
const args = process.argv.slice(2);
/** a page of text, for the false findings per page */
const WORDS_PER_PAGE = 500;

interface GoldDoc {
  id: string;
  text: string;
  spans: Array<{ start: number; end: number; label: string; text: string }>;
}

function goldFiles(): string[] {
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] !== '--file') continue;
    const value = args[++i];
    if (!value) {
      console.error('eval-anonymiser: --file needs a path');
      process.exit(2);
    }
    const candidates = [path.resolve(value), path.join(corpusDir, value), path.join(repoRoot, value)];
    const found = candidates.find((c) => fs.existsSync(c));
    if (!found) {
      console.error(`eval-anonymiser: ${value} not found`);
      process.exit(2);
    }
    files.push(found);
  }
  return files.length ? files : [path.join(corpusDir, 'dev.jsonl')];
}

function readGold(file: string): GoldDoc[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldDoc);
}

/** The lexicons without every word of a gold name or place (the --blind proxy for unseen text). */
function blindSources(sources: LexiconSources, docs: GoldDoc[]): LexiconSources {
  const words = new Set<string>();
  for (const d of docs) for (const s of d.spans) if (s.label === 'PERSOON' || s.label === 'LOCATIE') for (const w of s.text.split(/[\s.-]+/)) words.add(w.toLowerCase());
  const out: LexiconSources = { ...sources };
  let removed = 0;
  for (const name of Object.keys(out)) {
    if (!/namen|plaatsen|wijken/.test(name)) continue;
    out[name] = out[name]
      .split('\n')
      .filter((line) => !(words.has(line.trim().toLowerCase()) && ++removed))
      .join('\n');
  }
  console.log(`blind: ${removed} lexicon entries that occur in gold names or places removed`);
  return out;
}

if (!fs.existsSync(scorer)) {
  console.error(`eval-anonymiser: scorer not found at ${scorer}`);
  process.exit(2);
}
const sources = loadLexiconSources();
for (const gold of goldFiles()) {
  const docs = readGold(gold);
  if (args.length && goldFiles().length > 1) console.log(`== ${path.relative(process.cwd(), gold)}`);
  const detector = createDetector(args.includes('--blind') ? blindSources(sources, docs) : sources);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'anon-eval-'));
  try {
    const pred = path.join(tmp, 'pred.jsonl');
    const predicted = new Map(docs.map((d) => [d.id, detector.detect(d.text)]));
    fs.writeFileSync(pred, docs.map((d) => JSON.stringify({ id: d.id, spans: predicted.get(d.id) })).join('\n') + '\n');
    if (args.includes('--json')) process.stdout.write(execFileSync(process.execPath, [scorer, gold, pred, '--json'], { encoding: 'utf8' }));
    else process.stdout.write(execFileSync(process.execPath, [scorer, gold, pred], { encoding: 'utf8' }));
    const falseFindings = docs.flatMap((d) => (predicted.get(d.id) ?? []).filter((s) => !d.spans.some((g) => g.start < s.end && s.start < g.end)).map((s) => ({ doc: d, span: s })));
    const words = docs.reduce((n, d) => n + d.text.split(/\s+/).filter((t) => /[\p{L}\d]/u.test(t)).length, 0);
    if (!args.includes('--json')) console.log(`false findings ${falseFindings.length} in ${words} words: ${(falseFindings.length / (words / WORDS_PER_PAGE)).toFixed(2)} per page of ${WORDS_PER_PAGE} words`);
    if (args.includes('--misses')) {
      console.log('--- misses');
      process.stdout.write(execFileSync(process.execPath, [scorer, gold, pred, '--misses'], { encoding: 'utf8' }));
    }
    if (args.includes('--fp')) {
      // predicted spans that overlap no gold span (false positives), for tuning
      console.log('--- false positives');
      for (const { doc: d, span: s } of falseFindings) {
        const around = `${d.text.slice(Math.max(0, s.start - 40), s.start)}[${d.text.slice(s.start, s.end)}]${d.text.slice(s.end, s.end + 40)}`;
        console.log(`${d.id}\t${s.label}\t${JSON.stringify(d.text.slice(s.start, s.end))}\t${JSON.stringify(around)}`);
      }
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
