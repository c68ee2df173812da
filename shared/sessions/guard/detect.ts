/**
 * The decision guard's reading of a text: sentence by sentence, drop what is not this session's
 * decision (`context.ts`), then find the shapes of a case decision (`frames.ts`).
 *
 * Where the rules find nothing and no silence reason closes the sentence, the trained part (`model.ts`) is
 * asked; what it calls a decision is marked as a whole sentence, reason "casusbesluit", `byModel`.
 *
 * Runs on every keystroke over a canvas text. Sentences are judged one at a time and remembered, so an
 * edit re-reads only the sentence it touches; the rest is a lookup.
 */
import { type SentenceBlock, clauseBlock, sentenceBlock } from './context';
import { type Form, type Reason, findFrames } from './frames';
import { modelSaysDecision } from './model';
import { type Token, splitClauses, splitSentences, tokenize } from './tokens';

export type { Form, Reason } from './frames';

export interface DecisionMatch {
  /** Offsets in the text given to `findDecisionLanguage`. */
  start: number;
  end: number;
  phrase: string;
  /** What kind of case decision: a measure, a contact arrangement, a placement, … or "besluit" (the session deciding). */
  reason: Reason;
  /** How it is written, where that matters: an order, a decision not to act, a firm condition. */
  form?: Form;
  /** Found by the trained part, not by a rule (the whole sentence is marked). */
  byModel?: true;
}

interface Found {
  start: number;
  end: number;
  reason: Reason;
  form?: Form;
  byModel?: true;
}

/** Why a sentence was let through silently; for the eval's explanations and for tests. */
export interface SentenceReading {
  matches: Found[];
  block: SentenceBlock | null;
}

/** A merge keeps the more telling reason: a kind of decision over "casusbesluit" over plain "besluit". */
const telling = (r: Reason): number => (r === 'besluit' ? 0 : r === 'casusbesluit' ? 1 : 2);

const cache = new Map<string, SentenceReading>();
const CACHE_LIMIT = 5_000;

/** Forget the remembered sentences (for benchmarks of a first reading). */
export function clearGuardCache(): void {
  cache.clear();
}

/** One sentence, offsets relative to it. */
export function readSentence(sentence: string): SentenceReading {
  const hit = cache.get(sentence);
  if (hit) return hit;
  const reading = judge(sentence);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(sentence, reading);
  return reading;
}

function judge(sentence: string): SentenceReading {
  const { tokens, matches, block, clauseBlocks } = judgeByRules(sentence);
  if (matches.length > 0 || block) return { matches, block };
  const words = tokens.filter((t) => !t.punct);
  if (words.length === 0 || !modelSaysDecision(tokens, { block: null, clauseBlocks })) return { matches, block };
  const found: Found = { start: words[0]!.start, end: words[words.length - 1]!.end, reason: 'casusbesluit', byModel: true };
  return { matches: [found], block: null };
}

/** What the rules read in one sentence, with what the model is given: its tokens and the clause-level silences. */
export interface RulesReading extends SentenceReading {
  tokens: Token[];
  clauseBlocks: string[];
}

/**
 * The rules alone on one sentence, not remembered: what the model is trained beside (scripts/guard-model-train.ts
 * builds the model's features from this reading, so training and the app see a sentence the same way).
 */
export function judgeByRules(sentence: string): RulesReading {
  const tokens = tokenize(sentence);
  return { ...readTokens(tokens), tokens };
}

function readTokens(tokens: Token[]): SentenceReading & { clauseBlocks: string[] } {
  const block = sentenceBlock(tokens);
  if (block) return { matches: [], block, clauseBlocks: [] };
  const clauses = splitClauses(tokens);
  const clauseOf = tokens.map(() => -1);
  clauses.forEach((c, ci) => {
    for (let k = c.from; k < c.to; k++) clauseOf[k] = ci;
  });
  const clauseBlocks = clauses.map((c) => clauseBlock(tokens, c));
  const blocked = clauseBlocks.map((k) => k !== null);
  // "de rechter besliste dat de ots stopt zodra moeder het gezag terug heeft": a condition after its main
  // clause belongs to it — a past or someone else's decision keeps its condition
  clauses.forEach((c, ci) => {
    if (ci > 0 && blocked[ci - 1] && /^(zodra|indien|tenzij)$/.test(tokens[c.from]!.norm)) blocked[ci] = true;
  });
  const usable = tokens.map((t, k) => clauseOf[k]! >= 0 && !blocked[clauseOf[k]!] && !t.quoted && !t.punct);
  const hits = findFrames({ tokens, usable, clauseOf, clauses });

  // One highlight per stretch of text: overlapping finds become one, named by the most specific reason
  // ("besluit" only where nothing says what kind of decision).
  hits.sort((a, b) => a.from - b.from || a.to - b.to);
  const matches: Found[] = [];
  for (const h of hits) {
    const start = tokens[h.from]!.start;
    const end = tokens[h.to]!.end;
    const last = matches[matches.length - 1];
    if (last && start < last.end) {
      last.end = Math.max(last.end, end);
      if (telling(h.reason) > telling(last.reason)) last.reason = h.reason;
      if (!last.form && h.form) last.form = h.form;
      continue;
    }
    const found: Found = { start, end, reason: h.reason };
    if (h.form) found.form = h.form;
    matches.push(found);
  }
  return { matches, block: null, clauseBlocks: [...new Set(clauseBlocks.filter((k): k is NonNullable<typeof k> => k !== null))] };
}

/** Decision language in a text, in order, without overlaps. */
export function findDecisionLanguage(text: string): DecisionMatch[] {
  const out: DecisionMatch[] = [];
  for (const s of splitSentences(text)) {
    for (const m of readSentence(s.text).matches) {
      const start = s.start + m.start;
      const end = s.start + m.end;
      const match: DecisionMatch = { start, end, phrase: text.slice(start, end), reason: m.reason };
      if (m.form) match.form = m.form;
      if (m.byModel) match.byModel = true;
      out.push(match);
    }
  }
  return out;
}

/** The verdict on one text as the CLI and the corpus evaluation see it: does the guard speak, and why. */
export function guardVerdict(text: string): { fire: boolean; reasons: string[] } {
  const matches = findDecisionLanguage(text);
  const reasons = [...new Set(matches.flatMap((m) => [m.reason, ...(m.form ? [m.form] : []), ...(m.byModel ? ['model'] : [])]))];
  return { fire: matches.length > 0, reasons };
}
