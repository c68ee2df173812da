// The project's own evaluation documents (resources/anonymiser-eval): report prose and case lines for the
// classes that were weak on unseen material, each set with a tuned and a held-out part. The JSONL files
// must match their marked-up sources, and the detector must keep its figures on them: covered (every
// non-space character of a gold identifier inside some span) and span precision (a span overlaps a gold
// identifier), computed here the way ../shared/corpus/score.mjs computes them, so the test needs nothing
// outside the repository.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { createDetector } from './index';
import { testLexiconSources } from './testing/lexicons';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const evalDir = path.join(repoRoot, 'resources/anonymiser-eval');
const detector = createDetector(testLexiconSources());

interface GoldDoc {
  id: string;
  text: string;
  spans: Array<{ start: number; end: number; label: string; text: string }>;
}

/** a page of text, as scripts/eval-anonymiser.ts counts it: 500 words (whitespace tokens with a letter or digit) */
const WORDS_PER_PAGE = 500;

function score(set: string): { covered: number; precision: number; falsePerPage: number; misses: string[]; falsePositives: string[] } {
  const docs = fs
    .readFileSync(path.join(evalDir, `${set}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldDoc);
  let gold = 0;
  let covered = 0;
  let predicted = 0;
  let useful = 0;
  let words = 0;
  const misses: string[] = [];
  const falsePositives: string[] = [];
  for (const doc of docs) {
    words += doc.text.split(/\s+/).filter((t) => /[\p{L}\d]/u.test(t)).length;
    const spans = detector.detect(doc.text);
    const mask = new Uint8Array(doc.text.length);
    for (const s of spans) mask.fill(1, s.start, s.end);
    const goldMask = new Uint8Array(doc.text.length);
    for (const g of doc.spans) {
      gold++;
      goldMask.fill(1, g.start, g.end);
      let all = true;
      for (let i = g.start; i < g.end; i++) if (!/\s/.test(doc.text[i]) && !mask[i]) all = false;
      if (all) covered++;
      else misses.push(`${doc.id} ${g.label} ${g.text}`);
    }
    for (const s of spans) {
      predicted++;
      if (goldMask.subarray(s.start, s.end).some((x) => x)) useful++;
      else falsePositives.push(`${doc.id} ${s.label} ${doc.text.slice(s.start, s.end)}`);
    }
  }
  return { covered: covered / gold, precision: useful / predicted, falsePerPage: falsePositives.length / (words / WORDS_PER_PAGE), misses, falsePositives };
}

describe('the evaluation documents', () => {
  it('are built from their sources (node resources/anonymiser-eval/build.mjs --check)', () => {
    expect(() => execFileSync(process.execPath, [path.join(evalDir, 'build.mjs'), '--check'], { encoding: 'utf8', stdio: 'pipe' })).not.toThrow();
  });
  // floors a little under the figures at the time of writing, so a real drop fails and noise does not
  // false findings per page (issue 14: at most one per page of report prose): ceilings a little over the figures
  // (reports-blind2 to reports-blind9 are left out on purpose: a failure here prints their false findings, and those sets stay blind)
  it.each([
    ['reports-tuned', 0.985, 0.99, 0.3],
    ['reports-tuned4', 0.97, 0.92, 3.0],
    ['reports-tuned5', 0.965, 0.97, 1.4],
    ['reports-tuned6', 0.94, 0.96, 2.0],
    ['reports-tuned7', 0.955, 0.94, 2.1],
    ['reports-tuned8', 0.97, 0.985, 0.6],
    ['reports-tuned9', 0.98, 0.96, 1.6],
    ['reports-tuned10', 0.965, 0.975, 0.9],
    ['reports-tuned11', 0.96, 0.96, 1.4],
    ['reports-tuned12', 0.945, 0.965, 1.3],
    ['reports-tuned13', 0.955, 0.975, 0.8],
    ['reports-tuned14', 0.97, 0.965, 1.3],
    ['reports-tuned15', 0.96, 0.98, 0.7],
    ['reports-tuned16', 0.96, 0.96, 1.6],
    ['reports-tuned17', 0.955, 0.965, 1.4],
    ['reports-tuned18', 0.985, 0.98, 0.6],
    ['reports-tuned19', 0.945, 0.985, 0.6],
    ['reports-tuned20', 0.96, 0.965, 1.3],
    ['reports-tuned21', 0.98, 0.955, 2.3],
    ['reports-tuned22', 0.975, 0.97, 1.3],
    ['reports-tuned23', 0.975, 0.97, 1.3],
    ['reports-tuned24', 0.985, 0.99, 0.4],
    ['reports-tuned25', 0.975, 0.985, 0.6],
    ['reports-tuned26', 0.925, 0.915, 3.2],
    ['reports-tuned27', 0.91, 0.955, 1.9],
    ['reports-heldout', 0.95, 0.975, 1.0],
    ['cases-tuned', 0.99, 0.97, 0.5],
    ['cases-heldout', 0.85, 0.9, 0.5],
  ])('%s: covered >= %s, span precision >= %s, false findings per page <= %s', (set, minCovered, minPrecision, maxFalsePerPage) => {
    const s = score(set);
    expect(s.covered, s.misses.join('\n')).toBeGreaterThanOrEqual(minCovered);
    expect(s.precision, s.falsePositives.join('\n')).toBeGreaterThanOrEqual(minPrecision);
    expect(s.falsePerPage, s.falsePositives.join('\n')).toBeLessThanOrEqual(maxFalsePerPage);
  });
});
