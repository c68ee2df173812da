// Trains the decision guard's model (shared/sessions/guard/model.ts) and writes its weights as data,
// shared/sessions/guard/model-weights.ts. Logistic regression on features of one sentence (modelFeatures, shared
// with the app), asked only where the rules found no decision and no silence reason (verdict = rules OR
// (no sentence block AND p >= θ)).
//
// TRAINS ON development phrases only, and on nothing else:
//   - the development corpus's TUNING part: ../shared/guard-corpus/phrases.jsonl with partOf(id) === 'tuning'
//     (shared/sessions/guard/corpus.ts); never its held-out part;
//   - resources/guard-eval/own-blind-1, -2, -3 and -5 (read sets, development data by now);
//   - resources/guard-train/*.jsonl (training phrases written for the model by writers who read only the policy);
//   - the must-flag and must-not-flag tables of the guard's tests (scripts/guard-test-phrases.ts).
//   own-blind-4, -6 and -7 are blind and are never read here.
//
// Logistic regression with L2, full-batch gradient descent from zero weights in a fixed order: no randomness,
// the same output byte for byte on a re-run. θ (the probability at which a sentence the rules left open is
// called a decision) is chosen on writers the model has not seen: each file of resources/guard-train is left out
// in turn, the model is trained on the rest, and θ is the lowest value on a coarse grid at which the false alarms
// the model adds on the left-out files stay within MAX_ADDED_FPR of their no-fire lines. (Cross-validation over
// all lines would choose θ on lines the rules were written with, where the rules already stay silent on
// nearly every no-fire line; a writer's unseen lines are what the app meets.) Without ../shared the corpus part
// is missing and the script stops: the weights must not depend on the checkout.
// usage: npx tsx scripts/guard-model-train.ts [--write | --check]
//   without a flag: measure and print, write nothing; --write: write the weights; --check: exit 1 when the shipped
//   weights are not what this training gives (a rule, a test table or a training file changed without a retrain).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCorpus, partOf, type CorpusRow } from '../shared/sessions/guard/corpus';
import { judgeByRules } from '../shared/sessions/guard/detect';
import { type LinearModel, modelFeatures, probability } from '../shared/sessions/guard/model';
import { splitSentences } from '../shared/sessions/guard/tokens';
import { readTestPhrases } from './guard-test-phrases';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpusFile = path.resolve(repoRoot, '../shared/guard-corpus/phrases.jsonl');
const OWN = ['own-blind-1', 'own-blind-2', 'own-blind-3', 'own-blind-5'].map((n) => path.join(repoRoot, 'resources/guard-eval', `${n}.jsonl`));
const TRAIN_DIR = path.join(repoRoot, 'resources/guard-train');
const fileArg = process.argv.indexOf('--file');
/** The weights module; `--file` points --write and --check elsewhere (the script's own test). */
const OUT = fileArg > 0 ? path.resolve(process.argv[fileArg + 1]!) : path.join(repoRoot, 'shared/sessions/guard/model-weights.ts');
const WRITE = process.argv.includes('--write');
const CHECK = process.argv.includes('--check');

/** What the model may add to the rules' false-positive rate on a writer it has not seen. */
const MAX_ADDED_FPR = 0.01;
const LAMBDA = 0.01;
const ITERATIONS = 400;
const PRUNE = 0.02;
const THETAS = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99];

if (!fs.existsSync(corpusFile)) throw new Error(`${corpusFile} is missing: the model is trained with the development corpus beside the project`);
const readRows = (file: string) => parseCorpus(fs.readFileSync(file, 'utf8'));
const corpusRows = readRows(corpusFile).filter((r) => partOf(r.id) === 'tuning');
const ownRows = OWN.flatMap(readRows);
const trainFiles = fs.readdirSync(TRAIN_DIR).filter((f) => f.endsWith('.jsonl')).sort();
const byFile = new Map(trainFiles.map((f) => [f, readRows(path.join(TRAIN_DIR, f))]));
const testRows: CorpusRow[] = readTestPhrases(repoRoot).map((p, i) => ({
  id: `test-${i}`, text: p.text, fire: p.fire, category: p.fire ? 'test-fire' : 'test-silent', where: 'feiten', borderline: false, why: p.file,
}));

/** One row per text; a text that two sources label differently is left out (printed). */
function dedupe(all: CorpusRow[]): CorpusRow[] {
  const byText = new Map<string, CorpusRow[]>();
  for (const r of all) byText.set(r.text, [...(byText.get(r.text) ?? []), r]);
  const out: CorpusRow[] = [];
  for (const [text, rs] of byText) {
    if (rs.some((r) => r.fire !== rs[0]!.fire)) console.log(`left out, labelled both ways: ${JSON.stringify(text)}`);
    else out.push(rs[0]!);
  }
  return out;
}

interface SentenceData {
  features: string[];
  /** The rules fired on it, or it has a silence reason: the model is not asked. */
  closed: boolean;
  rulesFire: boolean;
  blocked: boolean;
}
interface Example {
  row: CorpusRow;
  sentences: SentenceData[];
  /** Union of the sentences' features: the training vector of the line. */
  features: string[];
  rulesFire: boolean;
}

function toExample(row: CorpusRow): Example {
  const sentences = splitSentences(row.text).map((s) => {
    // one reading of the sentence, the one the app makes (detect.ts): the rules' verdict and the model's inputs
    const { tokens, matches, block, clauseBlocks } = judgeByRules(s.text);
    const rulesFire = matches.length > 0;
    return { features: modelFeatures(tokens, { block, clauseBlocks }), closed: rulesFire || block !== null, rulesFire, blocked: block !== null };
  });
  const features = [...new Set(sentences.flatMap((s) => s.features))];
  return { row, sentences, features, rulesFire: sentences.some((s) => s.rulesFire) };
}

const trainable = (data: readonly Example[]) => data.filter((e) => e.sentences.some((s) => !s.blocked));

interface Trained {
  bias: number;
  weights: Map<string, number>;
}

function train(data: readonly Example[], lambda: number): Trained {
  const index = new Map<string, number>();
  for (const e of data) for (const f of e.features) if (!index.has(f)) index.set(f, index.size);
  const X = data.map((e) => Int32Array.from(e.features.map((f) => index.get(f)!)));
  const y = data.map((e) => (e.row.fire ? 1 : 0));
  const w = new Float64Array(index.size);
  const v = new Float64Array(index.size);
  let b = 0, vb = 0;
  const n = data.length;
  const lr = 0.05, momentum = 0.9;
  const g = new Float64Array(index.size);
  for (let it = 0; it < ITERATIONS; it++) {
    g.fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      let z = b;
      for (const k of X[i]!) z += w[k]!;
      const err = 1 / (1 + Math.exp(-z)) - y[i]!;
      for (const k of X[i]!) g[k]! += err / n;
      gb += err / n;
    }
    for (let k = 0; k < w.length; k++) {
      v[k] = momentum * v[k]! - lr * (g[k]! + lambda * w[k]!);
      w[k]! += v[k]!;
    }
    vb = momentum * vb - lr * gb;
    b += vb;
  }
  const weights = new Map<string, number>();
  for (const [f, k] of index) if (Math.abs(w[k]!) >= PRUNE) weights.set(f, Math.round(w[k]! * 1000) / 1000);
  return { bias: Math.round(b * 1000) / 1000, weights };
}

const prob = (m: Trained, features: readonly string[]) => probability({ theta: 1, bias: m.bias, weights: m.weights } satisfies LinearModel, features);

interface Fig { p: number; r: number; fpr: number; tp: number; fp: number; fn: number; tn: number }
function figures(data: readonly Example[], pred: (e: Example) => boolean): Fig {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const e of data) {
    const p = pred(e);
    if (p && e.row.fire) tp++;
    else if (p) fp++;
    else if (e.row.fire) fn++;
    else tn++;
  }
  return { p: tp / Math.max(1, tp + fp), r: tp / Math.max(1, tp + fn), fpr: fp / Math.max(1, fp + tn), tp, fp, fn, tn };
}
const fmt = (f: Fig) => `P ${f.p.toFixed(3)} R ${f.r.toFixed(3)} FPR ${f.fpr.toFixed(3)} (tp ${f.tp}, fp ${f.fp}, fn ${f.fn}, tn ${f.tn})`;
const verdict = (m: Trained, theta: number) => (e: Example) => e.rulesFire || e.sentences.some((s) => !s.closed && prob(m, s.features) >= theta);

const examplesOf = (rows: CorpusRow[]) => rows.map(toExample);
const fixedRows = [...corpusRows, ...ownRows, ...testRows];

// ── θ on writers the model has not seen ─────────────────────────────────────────────────────────
const added = THETAS.map(() => ({ fp: 0, tp: 0 }));
let heldNegatives = 0;
for (const held of trainFiles) {
  const rest = dedupe([...fixedRows, ...trainFiles.filter((f) => f !== held).flatMap((f) => byFile.get(f)!)]);
  const m = train(trainable(examplesOf(rest)), LAMBDA);
  const heldExamples = examplesOf(byFile.get(held)!);
  const rules = figures(heldExamples, (e) => e.rulesFire);
  heldNegatives += rules.fp + rules.tn;
  console.log(`left out ${held} (${heldExamples.length} lines); rules alone: ${fmt(rules)}`);
  THETAS.forEach((theta, k) => {
    const fig = figures(heldExamples, verdict(m, theta));
    added[k]!.fp += fig.fp - rules.fp;
    added[k]!.tp += fig.tp - rules.tp;
    console.log(`  rules OR model ≥ ${theta.toFixed(2)}: ${fmt(fig)}`);
  });
}
const k = THETAS.findIndex((_, i) => added[i]!.fp <= MAX_ADDED_FPR * heldNegatives);
if (k < 0) throw new Error('no θ keeps the added false alarms within bounds');
const theta = THETAS[k]!;
console.log(`θ ${theta}: on the left-out writers the model adds ${added[k]!.tp} decisions and ${added[k]!.fp} false alarms (of ${heldNegatives} no-fire lines; bound ${MAX_ADDED_FPR})`);

// ── the shipped model: every training line ──────────────────────────────────────────────────────
const all = examplesOf(dedupe([...fixedRows, ...trainFiles.flatMap((f) => byFile.get(f)!)]));
console.log(`training lines: ${all.length} (fire ${all.filter((e) => e.row.fire).length}) after removing repeated texts; corpus tuning part ${corpusRows.length}, own-blind-1/2/3/5 ${ownRows.length}, ${trainFiles.map((f) => `${f} ${byFile.get(f)!.length}`).join(', ')}, test tables ${testRows.length}`);
const model = train(trainable(all), LAMBDA);
console.log(`on its own training lines: rules ${fmt(figures(all, (e) => e.rulesFire))}; rules OR model ${fmt(figures(all, verdict(model, theta)))}`);
const keys = [...model.weights.keys()].sort();
const body = keys.map((key) => `    ${JSON.stringify(key)}: ${model.weights.get(key)},`).join('\n');
const source = `// Written by scripts/guard-model-train.ts --write: the decision guard's trained part (model.ts). Do not edit.
// Logistic regression, λ ${LAMBDA}, ${ITERATIONS} iterations, weights below ${PRUNE} left out; trained on ${all.length}
// development lines (the corpus's tuning part, own-blind-1/2/3/5, resources/guard-train, the guard's test tables).
// θ chosen on training writers left out in turn: the model added ${added[k]!.tp} decisions and ${added[k]!.fp} false alarms there.

export const GUARD_MODEL: { theta: number; bias: number; weights: Record<string, number> } = {
  theta: ${theta},
  bias: ${model.bias},
  weights: {
${body}
  },
};
`;
console.log(`weights: ${keys.length} kept; ${(Buffer.byteLength(source) / 1024).toFixed(1)} KB`);
if (WRITE) {
  fs.writeFileSync(OUT, source);
  console.log(`wrote ${path.relative(repoRoot, OUT)}`);
}
if (CHECK) {
  const shipped = fs.existsSync(OUT) ? fs.readFileSync(OUT, 'utf8') : '';
  if (shipped !== source) {
    console.error(`${path.relative(repoRoot, OUT)} is stale: retrain with \`npx tsx scripts/guard-model-train.ts --write\``);
    process.exit(1);
  }
  console.log(`${path.relative(repoRoot, OUT)} is what this training gives`);
}
