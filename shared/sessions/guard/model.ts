/**
 * The decision guard's trained part: logistic regression over features of one sentence, asked only where the
 * rules found no decision and no silence reason closed the sentence (verdict = rules OR p ≥ θ). It catches
 * decisions written in words the rules do not know; the rules keep every silence they have (quotes, history,
 * questions, hypotheses, the session's own agreements), because the model is never asked there.
 *
 * The weights are data (`model-weights.ts`), written by `scripts/guard-model-train.ts` from development
 * phrases only; training and the app share `modelFeatures`, so a sentence is read the same way in both.
 * Pure and synchronous: a lookup per feature, run once per sentence (detect.ts remembers sentences).
 */
import { GUARD_MODEL } from './model-weights';
import type { Token } from './tokens';

/** What the rules say about a sentence, as the model sees it (never whether they fired). */
export interface RuleSignals {
  /** The sentence-level silence (context.ts), or null. */
  block: string | null;
  /** Clause-level blocks that held in the sentence ('verleden', 'ander', …). */
  clauseBlocks: readonly string[];
}

const ACTION = /^A_/;
const US = new Set(['we', 'wij', 'ons', 'onze']);
const ARROW = /^(->|=>|→|>)$/;

/**
 * Features of one sentence: word unigrams and bigrams, character 3–5-grams of words, the word classes of
 * words.ts, a few shapes (an arrow first, a label, a question, a quote, "we", an action word first or last, a
 * short line) and the rules' silence reasons. Quoted words count only as quoted words.
 */
export function modelFeatures(tokens: readonly Token[], rules: RuleSignals): string[] {
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
  if (first && first.punct && ARROW.test(first.norm)) f.add('s:arrow0');
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

export interface LinearModel {
  theta: number;
  bias: number;
  weights: ReadonlyMap<string, number>;
}

export function probability(model: LinearModel, features: readonly string[]): number {
  let z = model.bias;
  for (const k of features) z += model.weights.get(k) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** The shipped model. */
export const GUARD_LINEAR_MODEL: LinearModel = {
  theta: GUARD_MODEL.theta,
  bias: GUARD_MODEL.bias,
  weights: new Map(Object.entries(GUARD_MODEL.weights)),
};

/** Does the trained part call this open sentence a decision? */
export function modelSaysDecision(tokens: readonly Token[], rules: RuleSignals, model: LinearModel = GUARD_LINEAR_MODEL): boolean {
  if (rules.block) return false;
  return probability(model, modelFeatures(tokens, rules)) >= model.theta;
}
