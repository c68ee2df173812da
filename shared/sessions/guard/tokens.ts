/**
 * Text → sentences → tokens with their word classes. A sentence ("segment") is one line, or a part of a
 * line ended by . ! or ?; the guard judges each sentence on its own, so an edit re-reads one sentence.
 */
import { type Tag, UNITS, entriesOf, isParticle, normalise, typoOnly } from './words';

export interface Token {
  /** As typed. */
  text: string;
  /** Lower case, no diacritics; multi-word units joined by one space. */
  norm: string;
  /** Offsets in the sentence. */
  start: number;
  end: number;
  punct: boolean;
  tags: ReadonlySet<Tag | 'NAME'>;
  /** Inside quotation marks: someone else's words. */
  quoted: boolean;
}

export interface Sentence {
  /** Offsets in the whole text. */
  start: number;
  end: number;
  text: string;
}

// ── sentences ──────────────────────────────────────────────────────────────────────────────────────
/** A full stop after these does not end a sentence. */
const ABBREVIATIONS = new Set(['evt', 'bijv', 'bv', 'mnd', 'ca', 'nr', 'ipv', 'vd', 'wk', 'omg', 'verl', 'wkn', 'dhr', 'mevr', 'mw', 'etc', 'enz', 'vs', 'resp', 'incl', 'excl', 'max', 'min', 'o', 'a', 'i', 'p', 'v', 'z', 'm', 'n', 'd', 'e']);

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const push = (to: number, next: number) => {
    if (NON_SPACE.test(text.slice(from, to))) out.push({ start: from, end: to, text: text.slice(from, to) });
    from = next;
  };
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m !== null; m = BOUNDARY.exec(text)) {
    const at = m.index;
    if (m[0] === '\n') {
      push(at, at + 1);
      continue;
    }
    const end = at + m[0].length;
    // A run of ?!. ends a sentence only before white space, a closing quote or bracket, or the end.
    const next = text[end];
    if (next !== undefined && !/[\s"'”’)]/.test(next)) continue;
    if (m[0] === '.') {
      const word = /([\p{L}\p{N}]+)$/u.exec(text.slice(Math.max(from, at - 12), at))?.[1] ?? '';
      if (ABBREVIATIONS.has(word.toLowerCase()) || /^\d+$/.test(word)) continue;
    }
    push(end, end);
  }
  push(text.length, text.length);
  return out;
}
const BOUNDARY = /\n|[.!?]+/g;
const NON_SPACE = /\S/;

// ── tokens ─────────────────────────────────────────────────────────────────────────────────────────
const TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|-+>|=+>|[^\s\p{L}\p{N}]/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const NO_TAGS: ReadonlySet<Tag | 'NAME'> = new Set();
const QUOTES = new Set(['"', '“', '”', '„', "'", '‘', '’', '«', '»']);
/** Written in capitals these are an organisation; in lower case an ordinary word ("om te"). */
const CAPITALS_ONLY = new Set(['om']);
/** Everyday words that open a sentence with a capital and are no name. */
const FUNCTION_WORDS = new Set(`daarom dus dan nu gewoon ook eerst daarna verder toch wel alleen samen hier er zo want maar en
  of na voor bij met in op tot tijdens sinds nog even echt graag helaas misschien ja nee oke ok goed prima let
  laten lukt morgen vandaag gisteren straks nooit soms vaak hoe wat wie waar waarom wanneer welke welk hij zij ze
  jullie u men iemand niemand iedereen alles niets feiten mensen weging reflectie stappen notities ideeen vragen
  krachten zorgen`.split(/\s+/));
const UNIT_FIRST = new Map<string, Array<[string[], Tag[]]>>();
for (const unit of [...UNITS].sort((a, b) => b[0].length - a[0].length)) {
  const list = UNIT_FIRST.get(unit[0][0]!) ?? [];
  list.push(unit);
  UNIT_FIRST.set(unit[0][0]!, list);
}

interface Raw {
  text: string;
  norm: string;
  start: number;
  end: number;
  punct: boolean;
}

export function tokenize(sentence: string): Token[] {
  const raw: Raw[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(sentence); m !== null; m = TOKEN.exec(sentence)) {
    const text = m[0];
    const punct = !WORD_CHAR.test(text);
    raw.push({ text, norm: punct ? normalisePunct(text) : normalise(text), start: m.index, end: m.index + text.length, punct });
  }
  const quoted = quoteMask(sentence, raw);

  // Multi-word units first, longest first; then single words with their particles.
  const tokens: Token[] = [];
  const norms = raw.map((r) => r.norm);
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    const unit = r.punct ? undefined : UNIT_FIRST.get(r.norm)?.find(([words]) => words.every((w, k) => norms[i + k] === w));
    if (unit) {
      const last = raw[i + unit[0].length - 1]!;
      tokens.push({ text: sentence.slice(r.start, last.end), norm: unit[0].join(' '), start: r.start, end: last.end, punct: false, tags: new Set(unit[1]), quoted: quoted[i]! });
      i += unit[0].length - 1;
      continue;
    }
    tokens.push({ text: r.text, norm: r.norm, start: r.start, end: r.end, punct: r.punct, tags: r.punct ? NO_TAGS : wordTags(r, i, raw), quoted: quoted[i]! });
  }
  return tokens;
}

function normalisePunct(p: string): string {
  if (/^-+>$|^=+>$|^[→⇒]$/.test(p)) return '->';
  if (p === '–' || p === '—') return '-';
  if (QUOTES.has(p)) return '"';
  return p;
}

function wordTags(r: Raw, i: number, raw: Raw[]): Set<Tag | 'NAME'> {
  const tags = new Set<Tag | 'NAME'>();
  if (CAPITALS_ONLY.has(r.norm) && r.text !== r.text.toUpperCase()) return tags;
  // "2 straten van school": a word after a numeral is a counted noun, never a typo of a verb ("starten")
  const counted = /^\d+$/.test(raw[i - 1]?.norm ?? '') && typoOnly(r.norm);
  const entries = counted ? entriesOf(r.norm).map((e) => ({ ...e, tags: e.tags.filter((t) => !t.startsWith('A_')) })).filter((e) => e.tags.length > 0) : entriesOf(r.norm);
  for (const e of entries) {
    if (e.particle && !raw.some((o, k) => k !== i && o.norm === e.particle)) continue;
    for (const t of e.tags) tags.add(t);
  }
  if (/^k\d{1,2}$/.test(r.norm)) tags.add('CHILD');
  // A capitalised word that is not a known word: a (pseudonymised) name — at the start of a sentence
  // only if it is no everyday opening word ("Daarom", "Gewoon").
  else if (entries.length === 0 && /^\p{Lu}\p{Ll}/u.test(r.text) && !isParticle(r.norm)) {
    const first = raw.findIndex((o) => !o.punct);
    if (i !== first || !FUNCTION_WORDS.has(r.norm)) tags.add('NAME');
  }
  // "zoë:" or "jayden (14):" opening a line: who the line is about.
  else if (entries.length === 0 && i === raw.findIndex((o) => !o.punct) && (raw[i + 1]?.norm === ':' || raw[i + 1]?.norm === '(')) tags.add('NAME');
  return tags;
}

/**
 * Which tokens stand inside quotation marks. A straight apostrophe opens a quote only at the start of a
 * word and closes it only at the end of one ("Yara's" is no quote). An unclosed quote runs to the end
 * of the sentence: while someone types a quote, it is a quote.
 */
function quoteMask(sentence: string, raw: Raw[]): boolean[] {
  const mask = raw.map(() => false);
  let open: string | null = null;
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    if (r.punct && QUOTES.has(r.text)) {
      const before = sentence[r.start - 1];
      const after = sentence[r.start + 1];
      const atWordStart = before === undefined || /[\s:(—–-]/.test(before);
      const atWordEnd = after === undefined || /[\s.,;:!?)—–-]/.test(after);
      if (open === null && (r.text !== "'" || atWordStart)) open = r.text;
      else if (open !== null && (r.text !== "'" || atWordEnd)) open = null;
      mask[i] = true;
      continue;
    }
    mask[i] = open !== null;
  }
  return mask;
}

// ── clauses ────────────────────────────────────────────────────────────────────────────────────────
/** Punctuation that ends a clause; a label (":" or an arrow) ends one too. */
const CLAUSE_PUNCT = new Set([',', ';', ':', '->', '=', '(', ')', '/', '-', '+', '|', '"', '!', '?', '.']);
/** Subordinate clauses with their own subject and tense: "… omdat het thuis niet veilig was". */
const CLAUSE_WORDS = new Set(['zodra', 'indien', 'tenzij', 'totdat', 'voordat', 'omdat', 'want', 'maar', 'terwijl', 'doordat', 'nadat', 'hoewel', 'aangezien', 'zolang', 'sindsdien', 'dus', 'daarna', 'anders', 'en']);

export interface Clause {
  /** Token indices, [from, to). */
  from: number;
  to: number;
}

export function splitClauses(tokens: readonly Token[]): Clause[] {
  const out: Clause[] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const isPunct = t.punct && CLAUSE_PUNCT.has(t.norm);
    // "en" joins two clauses only when a verb-like word could follow; a list ("Sara en Ilias") stays one.
    // "tot er een veiligheidsplan is", "tot dat …": a clause of its own; "tot juni" is not.
    const until = t.norm === 'tot' && /^(er|dat|het)$/.test(tokens[i + 1]?.norm ?? '');
    // "mocht moeder weigeren dan gaan we voor een OTS": "dan" after a condition opens what follows from it
    // "blijft Joep spijbelen dan gaat de melding naar leerplicht": a verb first, then its subject, is a condition too
    const then = t.norm === 'dan' && (tokens.slice(from, i).some((x) => x.tags.has('COND')) || verbFirstCondition(tokens.slice(from, i)));
    const isWord = !t.punct && ((CLAUSE_WORDS.has(t.norm) && (t.norm !== 'en' || startsClause(tokens, i + 1))) || until || then);
    if (!isPunct && !isWord) continue;
    if (i > from) out.push({ from, to: i });
    from = isPunct ? i + 1 : i;
  }
  if (from < tokens.length) out.push({ from, to: tokens.length });
  return out;
}

/**
 * The words before a "dan" open with a finite verb and its subject, and say more than that: "blijft Joep
 * spijbelen", "gaat het weer mis", "weigert moeder de hulp". Not "gaat Lars dan …", "moet ik dan …": a
 * question with "dan" right after the subject.
 */
export function verbFirstCondition(before: readonly Token[]): boolean {
  const words = before.filter((t) => !t.punct);
  if (words.length < 3) return false;
  const [verb, subject] = [words[0]!, words[1]!];
  const finite = /^[a-z]{3,}t$/.test(verb.norm) || /^(is|wil|kan|zal|mag)$/.test(verb.norm);
  const who = ['NAME', 'CHILD', 'RELATIVE', 'OTHER', 'AUTHORITY'].some((tag) => subject.tags.has(tag as Tag | 'NAME')) || /^(het|hij|zij|ze|er|die)$/.test(subject.norm);
  return finite && who && !verb.tags.has('US');
}

/** After "en": a new clause if a subject or a verb class word comes next ("en dossier sluiten"). */
function startsClause(tokens: readonly Token[], i: number): boolean {
  for (let k = i; k < Math.min(tokens.length, i + 4); k++) {
    const t = tokens[k]!;
    for (const tag of t.tags) if (tag.startsWith('A_') || tag === 'AUX' || tag === 'PAST' || tag === 'VOLITION' || tag === 'US' || tag === 'CASEHOLDER') return true;
  }
  return false;
}
