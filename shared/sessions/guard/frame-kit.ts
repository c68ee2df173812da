/**
 * What the frames share: the kinds of decision (reason) and ways of writing one (form), the view of a
 * sentence a frame works on, and small readers of it — the words to highlight, the next content word,
 * labels, topics, and whether the sentence talks about the session itself.
 */
import { has, isObject } from './context';
import type { Clause, Token } from './tokens';
import { type Tag, particlesOf } from './words';

export type Reason =
  | 'besluit'
  | 'maatregel'
  | 'advies-rechter'
  | 'onderzoek'
  | 'omgang'
  | 'plaatsing'
  | 'hulpverlening'
  | 'melding'
  | 'zaak-sluiten'
  | 'opschalen'
  | 'casusbesluit';
export type Form = 'directief' | 'negatief' | 'voorwaardelijk';

export interface Hit {
  /** Token indices, inclusive. */
  from: number;
  to: number;
  reason: Reason;
  form?: Form;
}

export interface Frames {
  tokens: readonly Token[];
  /** Per token: may a frame use it (its clause is not blocked and it is not quoted)? */
  usable: readonly boolean[];
  clauseOf: readonly number[];
  clauses: readonly Clause[];
}

/** The kind of decision an object stands for on its own ("geen melding", "-> machtiging …"). */
const OBJECT_REASON: ReadonlyArray<[Tag, Reason]> = [
  ['PLACE', 'plaatsing'],
  ['REPORT_TO', 'melding'],
  ['RAAD', 'onderzoek'],
  ['ESCALATE', 'opschalen'],
  ['COURT', 'advies-rechter'],
  ['MEASURE', 'maatregel'],
  ['CONTACT', 'omgang'],
  ['HELP', 'hulpverlening'],
  ['CASE', 'zaak-sluiten'],
  ['OTHER_CASE', 'casusbesluit'],
  ['A_EXT', 'maatregel'],
  ['A_END', 'zaak-sluiten'],
];
export function reasonOf(t: Token): Reason | null {
  for (const [tag, reason] of OBJECT_REASON) if (t.tags.has(tag)) return reason;
  return null;
}

export const POSSESSIVE_OTHER = new Set(['zijn', 'haar', 'hun', "z'n", "d'r"]);
export const DEFINITE = new Set(['de', 'het', 'die', 'deze', 'dit', 'dat', 'zijn', 'haar', 'hun', "z'n", "d'r", 'mijn', 'jouw']);
const PREPOSITIONS = new Set(['bij', 'naar', 'aan', 'tegen', 'met']);
/** Labels whose content is a recorded outcome: "besluit:", "afspraak:", "uitkomst:", "->". */
export const STRONG_LABELS = new Set(['besluit', 'besluiten', 'besloten', 'afspraak', 'afspraken', 'afgesproken', 'vastgesteld', 'groepsbesluit', 'teambesluit', 'akkoord']);
export const WEAK_LABELS = new Set(['conclusie', 'uitkomst', 'plan', 'lijn', 'keuze', 'actie', 'acties', 'stap', 'advies', 'aanwijzing', 'afsluiten', 'besluit']);
/** "over de omgang", "rond de UHP": a topic, not an object acted on. */
export function isTopic(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const prev2 = tokens[i - 2];
  return has(prev, 'TOPIC') || (has(prev2, 'TOPIC') && (has(prev, 'DET') || prev?.tags.size === 0));
}

/** The first token within n words after i that passes `want`, skipping articles and unknown adjectives. */
export function nextContent(tokens: readonly Token[], i: number, n: number, want: (t: Token) => boolean): number | null {
  for (let k = i; k < Math.min(tokens.length, i + n + 1); k++) {
    const t = tokens[k]!;
    if (want(t)) return k;
    if (t.punct) return null;
    if (!has(t, 'DET') && t.tags.size > 0 && !/^(een|andere|ander|nieuwe|nieuw|eigen)$/.test(t.norm)) return null;
  }
  return null;
}

/** A decision label or an arrow opens the sentence before i: "besluit: …", "-> …", "uitkomst: …". */
export function labelledBefore(f: Frames, i: number): boolean {
  const { tokens } = f;
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.norm === '->' || t.norm === '=') return true;
    if (t.norm === ':') return tokens.slice(Math.max(0, k - 4), k).some((x) => STRONG_LABELS.has(x.norm) || WEAK_LABELS.has(x.norm));
  }
  return false;
}

export function nearbyReason(f: Frames, e: number): Reason | null {
  const c = clauseTokens(f, e).filter((x) => x !== f.tokens[e]);
  for (const x of c) {
    const r = reasonOf(x);
    if (r) return r;
  }
  return null;
}

// ── helpers ────────────────────────────────────────────────────────────────────────────────────────
export function clauseTokens(f: Frames, i: number): readonly Token[] {
  const c = f.clauses[f.clauseOf[i]!];
  return c ? f.tokens.slice(c.from, c.to) : [];
}

/**
 * The words to highlight: from..to, widened over a particle that completes the verb ("vragen een OTS
 * aan"), a definite article and a preposition before the object ("bij Veilig Thuis melden", "de
 * rechter adviseren"), and the "we" right before the verb ("we adviseren de rechter").
 */
export function span(f: Frames, from: number, to: number, reason: Reason): Hit {
  const { tokens } = f;
  const clause = f.clauses[f.clauseOf[to]!];
  const limit = clause ? clause.to : tokens.length;
  const particles = new Set<string>();
  for (let k = from; k <= to; k++) for (const p of particlesOf(tokens[k]!.norm) ?? []) particles.add(p);
  for (let k = to + 1; particles.size > 0 && k < Math.min(limit, to + 4); k++) {
    if (particles.has(tokens[k]!.norm)) {
      to = k;
      break;
    }
  }
  if (from > 0 && /^(de|het)$/.test(tokens[from - 1]!.norm) && !tokens[from - 1]!.punct) from--;
  if (from > 0 && PREPOSITIONS.has(tokens[from - 1]!.norm) && isObject(tokens[from]!)) from--;
  if (from > 0 && has(tokens[from - 1], 'US') && tokens[from - 1]!.norm !== 'ons') from--;
  if (from > 0 && has(tokens[from], 'US') && /^(het|de)$/.test(tokens[from - 1]!.norm)) from--;
  return { from, to, reason };
}


/** The sentence talks about the session: the MLB, its agenda, bringing a case back ("komt … terug"). */
export function sessionTalk(f: Frames): boolean {
  const { tokens } = f;
  // "uitkomst MLB: …", "advies van de groep: …" name who decided, not what about.
  const colon = tokens.findIndex((t) => t.norm === ':');
  const label = colon > 0 && colon <= 5 && tokens.slice(0, colon).some((t) => STRONG_LABELS.has(t.norm) || WEAK_LABELS.has(t.norm)) ? colon : -1;
  if (tokens.some((t, i) => i > label && (has(t, 'SESSION') || has(t, 'SESSION_VERB')))) return true;
  return tokens.some((t) => /^(komt|komen)$/.test(t.norm)) && tokens.some((t) => t.norm === 'terug');
}
