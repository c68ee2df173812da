// What surrounds a token: sentence starts, initials, particles, lexicon phrases that start at it, and the
// kind of line it stands on (a list of names, a signature). Read-only questions used by several passes.
import type { Lexicon, Phrase } from '../lexicon';
import type { Scan } from './scan';
import { RE_HAS_LOWER, TokenKind, type Tokens } from './tokens';
import { ABBREV_BEFORE_DOT, LIST_LABELS, SIGNATURE_LABELS, inNameList, isOrdinaryWord } from './wordClasses';

/** the phrases of a phrase map by their first and second word, built once per map: "de" has many */
const bySecondWord = new WeakMap<Map<string, Phrase[]>, Map<string, Map<string, Phrase[]>>>();

function candidatesOf(phrases: Map<string, Phrase[]>, first: string, second: string | undefined): Phrase[] | undefined {
  let index = bySecondWord.get(phrases);
  if (!index) {
    index = new Map();
    for (const [key, list] of phrases) {
      const inner = new Map<string, Phrase[]>();
      for (const phrase of list) {
        const k2 = phrase[1] ?? '';
        const l = inner.get(k2);
        if (l) l.push(phrase);
        else inner.set(k2, [phrase]);
      }
      index.set(key, inner);
    }
    bySecondWord.set(phrases, index);
  }
  const inner = index.get(first);
  if (!inner) return undefined;
  return inner.get(second ?? '');
}

/** The lower-case form of a possessive token with its 's ("Cohen's"), as phrases list it. */
function possessiveLower(raw: string): string {
  return raw.toLowerCase().replace(RE_RIGHT_QUOTE, "'");
}
const RE_RIGHT_QUOTE = /’/g;

/** The candidates with those of another second word added, longest first (a module function: matchPhrase runs per token). */
function withCandidates(phrases: Map<string, Phrase[]>, first: string, key: string, candidates: Phrase[] | undefined): Phrase[] | undefined {
  const extra = candidatesOf(phrases, first, key);
  if (!extra) return candidates;
  return candidates ? [...extra, ...candidates].sort((a, b) => b.length - a.length) : extra;
}

/** Length in tokens of the phrase of `phrases` that starts at token i (0 for none); longest first. */
export function matchPhrase(tokens: Tokens, i: number, phrases: Map<string, Phrase[]>, needCapital: boolean): number {
  const { raw, lower, end, coreEnd, newlineBefore, capital } = tokens;
  // a possessive first word is listed with its 's: "Cohen's kappa"
  const first = phrases.has(lower[i]) ? lower[i] : coreEnd[i] !== end[i] ? possessiveLower(raw[i]) : undefined;
  if (first === undefined || i + 1 >= tokens.count) return 0;
  // the second word as a phrase lists it: its lower form, or its raw form when it is possessive but not the last word
  let candidates = candidatesOf(phrases, first, lower[i + 1]);
  if (coreEnd[i + 1] !== end[i + 1]) candidates = withCandidates(phrases, first, possessiveLower(raw[i + 1]), candidates);
  const hyphen = lower[i + 1].indexOf('-');
  if (hyphen > 0) candidates = withCandidates(phrases, first, lower[i + 1].slice(0, hyphen), candidates); // "Veilig Thuis-melding": the phrase with a tail
  if (!candidates) return 0;
  for (const phrase of candidates) {
    let j = i;
    let k = 0;
    for (; k < phrase.length; k++, j++) {
      if (j >= tokens.count) break;
      const want = phrase[k];
      const got = k === phrase.length - 1 || coreEnd[j] === end[j] ? lower[j] : possessiveLower(raw[j]);
      if (got !== want && !(k === phrase.length - 1 && k > 0 && got.startsWith(want + '-'))) break;
      if (k > 0 && newlineBefore[j]) break;
    }
    if (k === phrase.length) {
      if (needCapital && !capital[i] && !capital[i + phrase.length - 1]) continue;
      return phrase.length;
    }
  }
  return 0;
}

// sentenceStart runs for nearly every capitalised word: its patterns are compiled once, here
/** (">" opens the line of a quoted e-mail reply: "> > Ik mail je over …") */
const RE_OPENING_SYMBOL = /^["'“‘(\[*>]$/;
const RE_BULLET_OR_DASH = /^[•–—-]$/;
const RE_OPENING_QUOTE = /^["'“‘]$/;

/** Is token i at the start of a sentence (so a capital letter says nothing)? */
/** a word with a capital first letter and a lower-case letter after it ("Zaal", "IJssel"; not "GGD") */
export function isCapitalisedWord(scan: Scan, k: number): boolean {
  return scan.tokens.capitalised[k] === 1;
}

export function sentenceStart(tokens: Tokens, i: number): boolean {
  const { raw, lower, kind, capital, newlineBefore, spaceBefore } = tokens;
  if (newlineBefore[i]) return true;
  let j = i - 1;
  // skip list bullets and opening quotes/brackets
  while (j >= 0 && kind[j] === TokenKind.Symbol && RE_OPENING_SYMBOL.test(raw[j])) {
    if (newlineBefore[j]) return true;
    j--;
  }
  if (j >= 0 && RE_BULLET_OR_DASH.test(raw[j]) && (newlineBefore[j] || spaceBefore[j + 1] || raw[j] !== '-' || (j > 0 && raw[j - 1] === '-'))) return true; // bullets and dashes
  if (j < 0) return true;
  if (j < i - 1 && RE_OPENING_QUOTE.test(raw[i - 1])) return true; // opening quote: titles and quotes start with a capital
  const symbol = raw[j];
  if (symbol === '!' || symbol === '?' || symbol === ':' || symbol === ';' || symbol === '…' || symbol === '|' || symbol === '–' || symbol === '—' || symbol === '•' || symbol === '·' || symbol === '›') return true;
  if (symbol === ')' && j >= 1 && (kind[j - 1] === TokenKind.Digits || (raw[j - 1].length === 1 && newlineBefore[j - 1]))) return true; // "1) Gesprek"
  if (symbol === '-' && spaceBefore[j] && spaceBefore[j + 1]) return true; // " - " as a dash
  if (symbol === '.') {
    const word = j - 1;
    if (word < 0) return true;
    if (kind[word] === TokenKind.Word) {
      if (ABBREV_BEFORE_DOT.has(lower[word])) return false;
      if ((raw[word].length === 1 || ABBREVIATED_FIRST_NAMES.has(lower[word])) && capital[word]) return false; // initial ("J.", "Th.")
    }
    return true;
  }
  return false;
}

/**
 * first names that Dutch writes abbreviated to two or three letters where others write one initial: "Th. (Thomas)
 * Kuipers", "Chr. de Boer", "Joh. Visser" (Theodorus, Christiaan, Johannes, Jacobus, Philippus, Willem)
 */
const ABBREVIATED_FIRST_NAMES = new Set(['th', 'chr', 'joh', 'jac', 'ph', 'wm']);

/** Is token i a capital letter (or an abbreviated first name) followed directly by a dot ("J." of "J. de Vries", "Th.")? */
export function isInitialAt(tokens: Tokens, i: number): boolean {
  return (
    tokens.kind[i] === TokenKind.Word &&
    (tokens.raw[i].length === 1 || ABBREVIATED_FIRST_NAMES.has(tokens.lower[i])) &&
    tokens.capital[i] === 1 &&
    i + 1 < tokens.count &&
    tokens.raw[i + 1] === '.' &&
    !tokens.spaceBefore[i + 1]
  );
}

/** Length in tokens of the particle sequence ("van der", "el") that starts at token i, or 0. */
export function particleAt(tokens: Tokens, i: number, lex: Lexicon): number {
  if (tokens.kind[i] !== TokenKind.Word) return 0;
  const candidates = lex.particles.get(tokens.lower[i]);
  if (!candidates) return 0;
  for (const phrase of candidates) {
    let k = 0;
    for (; k < phrase.length; k++) {
      const j = i + k;
      if (j >= tokens.count || tokens.kind[j] !== TokenKind.Word || tokens.lower[j] !== phrase[k]) break;
    }
    if (k === phrase.length) return k;
  }
  return 0;
}

/** Is a capitalised name word directly before or after token i (same line)? */
export function nextToName(scan: Scan, i: number, unblocked = false): boolean {
  return ((!unblocked || !scan.blocked[i - 1]) && nameBeside(scan, i, i - 1)) || ((!unblocked || !scan.blocked[i + 1]) && nameBeside(scan, i, i + 1));
}

/** Is token j, beside token i on its line, a capitalised name word? */
function nameBeside(scan: Scan, i: number, j: number): boolean {
  const { tokens, lex } = scan;
  return (
    j >= 0 &&
    j < tokens.count &&
    tokens.kind[j] === TokenKind.Word &&
    tokens.capital[j] === 1 &&
    !tokens.newlineBefore[Math.max(i, j)] &&
    inNameList(lex, tokens.lower[j]) &&
    !lex.commonWords.has(tokens.lower[j])
  );
}

/** Is token i on a line that starts with a list label and a colon ("Aanwezig: Britt, Sjoerd, Aaliyah")? */
export function inNameListLine(tokens: Tokens, i: number): boolean {
  const { raw, lower, kind, capital, newlineBefore } = tokens;
  if (newlineBefore[i]) return false;
  for (let k = i - 1, steps = 0; k >= 0 && steps < 40; k--, steps++) {
    if (raw[k] === '|' || raw[k] === ';') return false;
    if (raw[k] === ':') {
      // the label is the word (or "Jeugdige(n)") right before the colon
      let label = k - 1;
      if (label >= 0 && raw[label] === ')') label -= 3;
      if (label < 0 || kind[label] !== TokenKind.Word) return false;
      if (LIST_LABELS.has(lower[label])) return true;
      // e-mail headers: "Van: Eline Kramer", "Aan: ..."
      return newlineBefore[label] === 1 && (lower[label] === 'van' || lower[label] === 'aan' || lower[label] === 'cc' || lower[label] === 'bcc');
    }
    if (newlineBefore[k]) return false;
    if (kind[k] === TokenKind.Word && !capital[k] && !/^(?:en|van|de|der|den|'t|ter|ten|el|al|ben)$/.test(lower[k])) return false;
    if (kind[k] === TokenKind.Digits) return false;
  }
  return false;
}

/** Is the word after the comma that follows token i a capitalised name ("Britt, Sjoerd")? */
export function looksLikeListOfNames(tokens: Tokens, lex: Lexicon, i: number): boolean {
  const j = i + 2;
  return j < tokens.count && tokens.capital[j] === 1 && inNameList(lex, tokens.lower[j]);
}

/** Does token i stand where an author's initials stand? */
export function isSignatureLine(tokens: Tokens, i: number): boolean {
  const { raw, lower, kind, newlineBefore } = tokens;
  // token alone on its line, "– LH" at line start, or "Verslag: FJ" / "Groet, JS" at the end of a line
  const lineEnd = i + 1 >= tokens.count || newlineBefore[i + 1] || ((i + 2 >= tokens.count || newlineBefore[i + 2]) && /^[.)]$/.test(raw[i + 1]));
  if (!lineEnd) return false;
  if (newlineBefore[i] || (i > 0 && newlineBefore[i - 1] && /^[-–—/]$/.test(raw[i - 1]))) return true;
  if (i >= 2 && /^[:,]$/.test(raw[i - 1]) && kind[i - 2] === TokenKind.Word && SIGNATURE_LABELS.has(lower[i - 2])) return true;
  return false;
}

/**
 * Is token i the initials of whoever takes an action: at the start of a list item ("- RK: herziene planning")
 * or in brackets at the end of a numbered or bulleted item ("16 Financieringsscenario's (RN en AD)")?
 */
export function isActionListInitials(tokens: Tokens, i: number, lex: Lexicon): boolean {
  const { raw, lower, kind, newlineBefore } = tokens;
  if (i + 1 < tokens.count && raw[i + 1] === ':' && i > 0 && newlineBefore[i - 1] === 1 && /^[-–—•*]$/.test(raw[i - 1])) return true;
  // in brackets that hold only initials, "en", "&" and commas (a date may follow after a comma)
  let open = i - 1;
  while (open >= 0 && !newlineBefore[open + 1] && (raw[open] === ',' || raw[open] === '&' || lower[open] === 'en' || (kind[open] === TokenKind.Word && /^[A-Z][A-Za-z]{1,2}$/.test(raw[open])))) open--;
  if (open < 0 || raw[open] !== '(') return false;
  // an organisation's acronym after its capitalised name or function: "Erkend Leerbedrijf (SBB)", "Vertrouwenspersoon (AKJ)"
  // (action owners follow the lower-case end of an action: "Offerte opvragen (KB)")
  // (a word of a name list keeps them: "- Gesprek met Karin (KB)", "- Karin (KB)")
  if (open === i - 1 && open > 0 && !newlineBefore[open] && kind[open - 1] === TokenKind.Word && tokens.capital[open - 1] && RE_HAS_LOWER.test(raw[open - 1]) && isOrdinaryWord(lex, lower[open - 1]) && !inNameList(lex, lower[open - 1])) return false;
  let close = i + 1;
  while (close < tokens.count && !newlineBefore[close] && (raw[close] === '&' || lower[close] === 'en' || (kind[close] === TokenKind.Word && /^[A-Z][A-Za-z]{1,2}$/.test(raw[close])))) close++;
  if (close >= tokens.count || (raw[close] !== ')' && raw[close] !== ',')) return false;
  // after a comma only a date may follow ("(KB, vóór 1 maart)"); "(SPH, MWD, Pedagogiek …)" lists programmes, no people
  if (raw[close] === ',' && close + 1 < tokens.count && kind[close + 1] === TokenKind.Word && tokens.capital[close + 1] && !/^(?:vóór|voor|uiterlijk|eind|begin|medio|week|wk)$/i.test(raw[close + 1])) return false;
  // the line is a list item: it starts with a number or a bullet
  let start = open;
  while (start > 0 && !newlineBefore[start]) start--;
  return kind[start] === TokenKind.Digits || /^[-–—•*]$/.test(raw[start]);
}

/** a title right before token k: "mevrouw De Wit", "dr. Van Leeuwen" (a dot after a title opens no sentence) */
export function titleBefore(scan: Scan, k: number): boolean {
  const { tokens, lex } = scan;
  const { raw, lower, newlineBefore } = tokens;
  if (k < 1 || newlineBefore[k]) return false;
  if (lex.titles.has(lower[k - 1])) return true;
  return raw[k - 1] === '.' && k > 1 && !newlineBefore[k - 1] && lex.titles.has(lower[k - 2]);
}
