// Scores the decision guard on the development corpus (../shared/guard-corpus/phrases.jsonl, labelled to
// the policy in its README) and fails when a figure drops below its floor. The corpus is split by a hash
// of the id (corpus.ts): the guard is tuned on the tuning part only, so the held-out part is the honest
// figure and carries the floors. The corpus is not part of the repository: CI lays it beside the
// checkout; in a plain clone the suite is skipped and says why.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CorpusRow, type Report, parseCorpus, partOf, report } from './corpus';
import { guardVerdict } from './detect';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const corpusFile = path.resolve(repoRoot, '../shared/guard-corpus/phrases.jsonl');
const corpusPresent = fs.existsSync(corpusFile);
const SKIP_REASON = 'needs ../shared/guard-corpus/phrases.jsonl: the development corpus is laid beside the repo in CI; absent in a plain clone';

/**
 * Floors, set below the figures at the time of writing (held-out P 0.98, R 0.79, keyword-free R 0.71;
 * tuning P 1.00, R 0.99) with room for a line or two — the held-out part has 56 fire lines, one line
 * is 0.018 of recall. The separate evaluation set is written with other words; expect it lower.
 */
const FLOORS = { heldOut: { precision: 0.9, recall: 0.75, keywordFreeRecall: 0.65 }, tuning: { precision: 0.93, recall: 0.93 } };

describe.skipIf(!corpusPresent)(`decision guard on the development corpus${corpusPresent ? '' : ` — skipped: ${SKIP_REASON}`}`, () => {
  let heldOut: Report;
  let tuning: Report;
  beforeAll(() => {
    const rows = parseCorpus(fs.readFileSync(corpusFile, 'utf8'));
    const fires = (r: CorpusRow) => guardVerdict(r.text).fire;
    heldOut = report(rows.filter((r) => partOf(r.id) === 'held-out'), fires);
    tuning = report(rows.filter((r) => partOf(r.id) === 'tuning'), fires);
  });

  it('splits the corpus into about 30% held out and the rest for tuning', () => {
    expect(heldOut.all.tp + heldOut.all.fn + heldOut.all.fp + heldOut.all.tn).toBeGreaterThan(120);
    expect(tuning.all.tp + tuning.all.fn + tuning.all.fp + tuning.all.tn).toBeGreaterThan(300);
  });
  it(`held-out precision is at least ${FLOORS.heldOut.precision}`, () => {
    expect(heldOut.all.p).toBeGreaterThanOrEqual(FLOORS.heldOut.precision);
  });
  it(`held-out recall is at least ${FLOORS.heldOut.recall}`, () => {
    expect(heldOut.all.r).toBeGreaterThanOrEqual(FLOORS.heldOut.recall);
  });
  it(`held-out recall on decisions without the obvious keywords is at least ${FLOORS.heldOut.keywordFreeRecall}`, () => {
    expect(heldOut.keywordFree.recall).toBeGreaterThanOrEqual(FLOORS.heldOut.keywordFreeRecall);
  });
  it(`tuning precision and recall stay at least ${FLOORS.tuning.precision} and ${FLOORS.tuning.recall}`, () => {
    expect(tuning.all.p).toBeGreaterThanOrEqual(FLOORS.tuning.precision);
    expect(tuning.all.r).toBeGreaterThanOrEqual(FLOORS.tuning.recall);
  });
});
