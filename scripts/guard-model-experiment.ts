// EXPERIMENT, MEASURED AND NOT ADOPTED (branch guard-model). A small trained model beside the decision
// guard's rules: logistic regression on features of one sentence, asked only where the rules found no decision
// and no silence reason (verdict = rules OR (no sentence block AND p >= θ)). Nothing in the app imports it;
// the figures and why it was not kept are in resources/guard-eval/README.md and docs/ARCHITECTURE.md.
//
// Trains the model and, with --write FILE, writes its weights as a TypeScript module (GUARD_MODEL: θ, bias,
// sparse weights). Features: word unigrams and bigrams, character 3–5-grams, the word classes of words.ts,
// a few shapes (arrow first, label, quote, "we", action word first/last) and the rules' silence reasons
// (sentence block, clause blocks) — never whether the rules fired (see modelFeatures).
//
// TRAINS ON, and on nothing else:
//   - the development corpus's TUNING part: ../shared/guard-corpus/phrases.jsonl with partOf(id) === 'tuning'
//     (shared/sessions/guard/corpus.ts); never its held-out part;
//   - resources/guard-eval/own-blind-1.jsonl, -2, -3 and -5 (read sets, development data by now).
//   own-blind-4 and own-blind-6 are blind and are never read here.
//
// Logistic regression with L2, full-batch gradient descent from zero weights in a fixed order: no randomness,
// the same output byte for byte on a re-run. θ (the probability at which a sentence the rules left open is
// called a decision) and λ are chosen by 5-fold cross-validation on this training data only (folds by a hash of
// the id): θ gives the highest out-of-fold recall of "rules OR (no silence reason AND p ≥ θ)" with an out-of-fold
// false-positive rate of at most 0.005 (see MAX_FPR; λ fixed at 0.01, see LAMBDA).
// usage: npx tsx scripts/guard-model-experiment.ts [--write FILE]   (without --write: cross-validate, print, write nothing)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fnv1a, parseCorpus, partOf, type CorpusRow } from '../shared/sessions/guard/corpus';
import { clauseBlock, sentenceBlock } from '../shared/sessions/guard/context';
import { findDecisionLanguage } from '../shared/sessions/guard/detect';
import { type Token, splitClauses, splitSentences, tokenize } from '../shared/sessions/guard/tokens';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpusFile = path.resolve(repoRoot, '../shared/guard-corpus/phrases.jsonl');
const OWN = ['own-blind-1', 'own-blind-2', 'own-blind-3', 'own-blind-5'].map((n) => path.join(repoRoot, 'resources/guard-eval', `${n}.jsonl`));
const writeArg = process.argv.indexOf('--write');
const OUT = writeArg > 0 ? path.resolve(process.argv[writeArg + 1]!) : null;

const ACTION = /^A_/;
const US = new Set(['we', 'wij', 'ons', 'onze']);

const FOLDS = 5;
/**
 * Bound on the out-of-fold false-positive rate of rules OR model. The rules have FPR 0.000 on these lines
 * (written with them in view), so the bound is what the model alone may add. First candidate: 0.01 (the
 * keep-rule's "FPR rises by no more than ~0.01" on held-out and blind text) chose θ 0.90; measured, it added
 * 2 false alarms of 75 on own-blind-6 (FPR 0.027 -> 0.053) and 1 on held-out and on own-blind-4, so it was not
 * kept. The bound was halved to 0.005, which moves only θ of the same model (0.90 -> 0.95). That choice was
 * made after seeing the first candidate's blind figures, so the second's blind figures are a little optimistic.
 */
const MAX_FPR = 0.005;
/** λ of the model: the best out-of-fold recall within the 0.01 bound (λ 0.003 and 0.03 printed beside it). */
const LAMBDA = 0.01;
const LAMBDAS = [0.003, 0.01, 0.03];
const ITERATIONS = 400;
const PRUNE = 0.02;

const rows: CorpusRow[] = [
  ...parseCorpus(fs.readFileSync(corpusFile, 'utf8')).filter((r) => partOf(r.id) === 'tuning'),
  ...OWN.flatMap((f) => parseCorpus(fs.readFileSync(f, 'utf8'))),
];

interface SentenceData {
  features: string[];
  /** The rules fired on it, or it has a silence reason: the model is not asked. */
  closed: boolean;
  rulesFire: boolean;
  blocked: boolean;
}
interface Example {
  row: CorpusRow;
  fold: number;
  sentences: SentenceData[];
  /** Union of the sentences' features: the training vector of the line. */
  features: string[];
  rulesFire: boolean;
}

const examples: Example[] = rows.map((row) => {
  const sentences = splitSentences(row.text).map((s) => {
    const tokens = tokenize(s.text);
    const block = sentenceBlock(tokens);
    const clauseBlocks = block ? [] : [...new Set(splitClauses(tokens).map((c) => clauseBlock(tokens, c)).filter((k) => k !== null))];
    const rulesFire = findDecisionLanguage(s.text).length > 0;
    return { features: modelFeatures(tokens, { block, clauseBlocks }), closed: rulesFire || block !== null, rulesFire, blocked: block !== null };
  });
  const features = [...new Set(sentences.flatMap((s) => s.features))];
  return { row, fold: fnv1a(row.id) % FOLDS, sentences, features, rulesFire: sentences.some((s) => s.rulesFire) };
});

/**
 * Only lines with a sentence that no silence reason closes: the model is asked nowhere else, so its weights
 * are spent on telling decisions from the facts, plans of others and session agreements that stay open.
 * (Cross-validated, on all lines: λ 0.01, θ 0.80, +2 decisions and +4 false alarms beside the rules; on
 * open lines: λ 0.01, θ 0.90, +3 and +4.)
 */
const trainable = (data: Example[]) => data.filter((e) => e.sentences.some((s) => !s.blocked));

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

const prob = (m: Trained, features: readonly string[]) => {
  let z = m.bias;
  for (const f of features) z += m.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
};

/** Out-of-fold: per example, per sentence, the probability from the model trained on the other folds. */
function outOfFold(lambda: number): number[][] {
  const out: number[][] = examples.map(() => []);
  for (let k = 0; k < FOLDS; k++) {
    const m = train(trainable(examples.filter((e) => e.fold !== k)), lambda);
    examples.forEach((e, i) => {
      if (e.fold === k) out[i] = e.sentences.map((s) => prob(m, s.features));
    });
  }
  return out;
}

interface Fig { p: number; r: number; fpr: number; tp: number; fp: number; fn: number; tn: number }
function figures(pred: (e: Example, i: number) => boolean, subset: readonly number[] = examples.map((_, i) => i)): Fig {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const i of subset) {
    const e = examples[i]!;
    const p = pred(e, i);
    if (p && e.row.fire) tp++;
    else if (p) fp++;
    else if (e.row.fire) fn++;
    else tn++;
  }
  return { p: tp / Math.max(1, tp + fp), r: tp / Math.max(1, tp + fn), fpr: fp / Math.max(1, fp + tn), tp, fp, fn, tn };
}
const fmt = (f: Fig) => `P ${f.p.toFixed(3)} R ${f.r.toFixed(3)} FPR ${f.fpr.toFixed(3)} (tp ${f.tp}, fp ${f.fp}, fn ${f.fn}, tn ${f.tn})`;

const combined = (oof: number[][], theta: number) => (e: Example, i: number) =>
  e.rulesFire || e.sentences.some((s, j) => !s.closed && oof[i]![j]! >= theta);

console.log(`training lines: ${examples.length} (fire ${examples.filter((e) => e.row.fire).length}); corpus tuning part ${rows.filter((r) => r.id.startsWith('gd-')).length}, own-blind-1/2/3/5 ${rows.filter((r) => !r.id.startsWith('gd-')).length}`);
console.log(`rules alone (not cross-validated; the rules were written with these lines in view): ${fmt(figures((e) => e.rulesFire))}`);

let best: { lambda: number; theta: number; fig: Fig } | null = null;
for (const lambda of LAMBDAS) {
  let mine: { lambda: number; theta: number; fig: Fig } | null = null;
  const oof = outOfFold(lambda);
  const alone = figures((e, i) => e.sentences.some((_, j) => oof[i]![j]! >= 0.5));
  console.log(`λ ${lambda}: model alone at 0.5 on all lines (blocked ones never reach it), out of fold: ${fmt(alone)}`);
  // θ on a grid of 0.05: with 438 no-fire lines one line is 0.002 of FPR, finer steps would fit noise
  for (let t = 50; t <= 95; t += 5) {
    const theta = t / 100;
    const fig = figures(combined(oof, theta));
    if (fig.fpr > MAX_FPR) continue;
    mine = { lambda, theta, fig };
    break; // the lowest θ within the FPR bound has the highest recall for this λ
  }
  if (lambda === LAMBDA) best = mine;
  const chosen = mine;
  for (const theta of [0.5, 0.6, 0.7, 0.8, 0.9, 0.95]) console.log(`  rules OR model ≥ ${theta.toFixed(2)}, out of fold: ${fmt(figures(combined(oof, theta)))}`);
  if (chosen) console.log(`  lowest θ with FPR ≤ ${MAX_FPR}: ${chosen.theta.toFixed(2)} → ${fmt(chosen.fig)}`);
}
if (!best) throw new Error('no θ keeps the out-of-fold FPR within bounds');
console.log(`chosen: λ ${best.lambda}, θ ${best.theta.toFixed(2)}; cross-validated rules OR model: ${fmt(best.fig)}`);

const model = train(trainable(examples), best.lambda);
const keys = [...model.weights.keys()].sort();
const body = keys.map((k) => `    ${JSON.stringify(k)}: ${model.weights.get(k)},`).join('\n');
const source = `// Written by scripts/guard-model-experiment.ts --write; an experiment, not used by the app.
// Logistic regression, λ ${best.lambda}, ${ITERATIONS} iterations, weights below ${PRUNE} left out; trained on the
// development corpus's tuning part and own-blind-1/2/3/5 (${examples.length} lines). θ by 5-fold cross-validation on
// that data: rules OR model ${fmt(best.fig)}.

export const GUARD_MODEL = {
  theta: ${best.theta},
  bias: ${model.bias},
  weights: {
${body}
  },
};
`;
console.log(`weights: ${keys.length} kept; ${(Buffer.byteLength(source) / 1024).toFixed(1)} KB`);
if (OUT) {
  fs.writeFileSync(OUT, source);
  console.log(`wrote ${OUT}`);
}

// ── the model's features (one sentence) ──────────────────────────────────────────────────────────
interface RuleSignals {
  /** The sentence-level silence (context.ts), or null. */
  block: string | null;
  /** Clause-level blocks that held in the sentence ('verleden', 'ander', …). */
  clauseBlocks: readonly string[];
}


function modelFeatures(tokens: readonly Token[], rules: RuleSignals): string[] {
  const f = new Set<string>();
  const words = tokens.filter((t) => !t.punct);
  let prev = '^';
  for (const t of words) {
    const w = t.norm;
    if (t.quoted) {
      f.add('q:' + w);
      continue;
    }
    f.add('w:' + w);
    f.add('b:' + prev + '_' + w);
    prev = w;
    const padded = '<' + w.replace(/ /g, '_') + '>';
    for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= padded.length; i++) f.add('c:' + padded.slice(i, i + n));
    for (const tag of t.tags) f.add('t:' + tag);
    if (US.has(w)) f.add('s:we');
  }
  const first = tokens[0];
  if (first && first.punct && /^(->|=>|→|>)$/.test(first.norm)) f.add('s:arrow0');
  const colon = tokens.findIndex((t) => t.norm === ':');
  if (colon > 0 && colon <= 4) f.add('s:label');
  if (tokens.some((t) => t.norm === '?')) f.add('s:question');
  if (tokens.some((t) => t.quoted)) f.add('s:quote');
  const own = words.filter((t) => !t.quoted);
  const isAction = (t: Token | undefined) => t !== undefined && [...t.tags].some((tag) => ACTION.test(tag));
  if (isAction(own[0])) f.add('s:action-first');
  if (isAction(own[own.length - 1])) f.add('s:action-last');
  if (own.length <= 4) f.add('s:short');
  f.add(rules.block ? 'r:block:' + rules.block : 'r:open');
  for (const c of rules.clauseBlocks) f.add('r:clause:' + c);
  return [...f];
}
