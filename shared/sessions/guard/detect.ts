/**
 * The decision guard's reading of a text: sentence by sentence, drop what is not this session's
 * decision (`context.ts`), then find the shapes of a case decision (`frames.ts`).
 *
 * Runs on every keystroke over a canvas text. Sentences are judged one at a time and remembered, so an
 * edit re-reads only the sentence it touches; the rest is a lookup.
 */
import { type SentenceBlock, clauseBlock, sentenceBlock } from './context';
import { type Form, type Reason, findFrames } from './frames';
import { splitClauses, splitSentences, tokenize } from './tokens';

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
}

interface Found {
  start: number;
  end: number;
  reason: Reason;
  form?: Form;
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
  const tokens = tokenize(sentence);
  const block = sentenceBlock(tokens);
  if (block) return { matches: [], block };
  const clauses = splitClauses(tokens);
  const clauseOf = tokens.map(() => -1);
  clauses.forEach((c, ci) => {
    for (let k = c.from; k < c.to; k++) clauseOf[k] = ci;
  });
  const blocked = clauses.map((c) => clauseBlock(tokens, c) !== null);
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
  return { matches, block: null };
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
      out.push(match);
    }
  }
  return out;
}

/** The verdict on one text as the CLI and the corpus evaluation see it: does the guard speak, and why. */
export function guardVerdict(text: string): { fire: boolean; reasons: string[] } {
  const matches = findDecisionLanguage(text);
  const reasons = [...new Set(matches.flatMap((m) => (m.form ? [m.reason, m.form] : [m.reason])))];
  return { fire: matches.length > 0, reasons };
}
