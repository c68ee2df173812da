// Professional prose: report headings, title-case lines and the names of programmes, methods, documents
// and bodies ("Samen Sterker Thuis", "het Ketenoverleg Vroeg Beschermen", "2.3 Versterken van de
// Ketensamenwerking", "Gecertificeerde Instellingen"). In case notes a capitalised word in the middle of
// a sentence is nearly always a name; in report prose it is often a heading or a programme. This pass
// runs before the word classification and blocks the ordinary Dutch words of such headings and names, so
// the context rules never see them. Words in the name lists that are no ordinary words ("Hilde",
// "Bruinsma") are never blocked here, and neither are places (they stay LOCATIE).
import { matchPhrase, sentenceStart } from './neighbours';
import { Block, type Scan } from './scan';
import { RE_HAS_LOWER, TokenKind } from './tokens';
import { JARGON_TAIL, inNameList, isInflectedWord, isNegative, isOrdinaryWord, isProgrammeWord } from './wordClasses';

/** lower-case words inside a title-case name: "Kern van de Aanpak", "Eén Gezin, Eén Plan", "Kinderen uit de Knel" */
const RUN_CONNECTORS = new Set(['van', 'de', 'het', 'der', 'den', "'t", 'en', 'voor', 'in', 'op', 'met', 'uit', 'aan']);
/** short words of a title-case heading ("Waar Staan We Nu", "Wat Is Thuis Op Koers") that are no content words */
const HEADING_SMALL_WORDS = new Set([...RUN_CONNECTORS, 'tot', 'naar', 'over', 'zonder', 'of', 'na', 'onder', 'om', 'als', 'is', 'we', 'je', 'wat', 'wie', 'hoe', 'nu', 'ik', 'niet', 'bij', 'te', 'ter']);

/** words that number a section at the start of a heading: "Bijlage 2", "Hoofdstuk 3", "Dag 1", "Fase 2" */
const SECTION_WORDS = new Set(['bijlage', 'hoofdstuk', 'paragraaf', 'deel', 'dag', 'fase', 'stap', 'module', 'sessie', 'week', 'bijeenkomst', 'les', 'ronde', 'thema', 'agendapunt', 'punt', 'casus']);

export function markProse(scan: Scan): void {
  markHeadingLines(scan);
  blockProgrammeNames(scan);
}

/** May word i be a name by the lists, whatever its context ("Hilde", "Bruinsma"; not "Roos" or "Kern", which are also words)? */
function confidentName(scan: Scan, i: number): boolean {
  const { lex, tokens } = scan;
  const low = tokens.lower[i];
  return inNameList(lex, low) && !isOrdinaryWord(lex, low);
}

/** An ordinary word that a heading or a programme name may hold: listed, inflected, a compound, a negative or a programme word. */
function ordinaryCapital(scan: Scan, i: number): boolean {
  const { lex, tokens } = scan;
  const low = tokens.lower[i];
  if (low.length === 1) return false;
  return isOrdinaryWord(lex, low) || isNegative(lex, low) || isProgrammeWord(lex, low) || lex.titles.has(low);
}

/**
 * Blocks word i unless it is a place, a title, already decided, or a word of the name lists ("Roos",
 * "Dekker", "Hoek" are names as often as words); `explicit` (a programme word in or before the name)
 * blocks those too.
 */
function block(scan: Scan, i: number, explicit: boolean): void {
  const { lex, tokens, blocked, labels } = scan;
  const low = tokens.lower[i];
  if (blocked[i] || labels[i] || lex.places.has(low) || lex.titles.has(low)) return;
  if (inNameList(lex, low) && (!explicit || !lex.commonWords.has(low))) return;
  if (!ordinaryCapital(scan, i)) return;
  blocked[i] = Block.Word;
}

/**
 * Heading lines: a numbered section ("2.3 Versterken van de Ketensamenwerking", "Bijlage 2 Overzicht …"),
 * a Markdown heading, a title-case line ("Ontwikkelde Methoden en Instrumenten") or a short line of one
 * to three words before the text ("Samenvatting", "Gegevens van het Kind"). Their ordinary words are
 * blocked and every token is marked, so a capital there counts as at the start of a sentence.
 */
function markHeadingLines(scan: Scan): void {
  const { tokens } = scan;
  const { newlineBefore, count } = tokens;
  let a = 0;
  while (a < count) {
    let b = a + 1;
    while (b < count && !newlineBefore[b]) b++;
    if (isHeadingLine(scan, a, b)) {
      for (let k = a; k < b; k++) {
        scan.heading[k] = 1;
        if (tokens.kind[k] === TokenKind.Word && (tokens.capital[k] || /^\p{Lu}/u.test(tokens.raw[k])) && !nameContext(scan, k, a, b)) block(scan, k, false);
      }
    }
    a = b;
  }
}

/**
 * Does word k of the heading line a..b stand where a name stands: after a title or role word ("gezin
 * Nieuwenhuis", "Casus mw. Bakker") or beside a capitalised word that is no ordinary word ("Dekker/Bouzid")?
 */
function nameContext(scan: Scan, k: number, a: number, b: number): boolean {
  const { tokens, lex } = scan;
  const { kind, raw, lower, capital } = tokens;
  const p = k > a && raw[k - 1] === '.' ? k - 2 : k - 1;
  if (p >= a && kind[p] === TokenKind.Word && lex.titles.has(lower[p])) return true;
  const nameLike = (m: number): boolean => m >= a && m < b && kind[m] === TokenKind.Word && capital[m] === 1 && !ordinaryCapital(scan, m) && !lex.places.has(lower[m]);
  const joined = (m: number, n: number): boolean => tokens.start[n] - tokens.end[m] <= 1 || (n === m + 2 && /^[/&-]$/.test(raw[m + 1])) || (n === m + 2 && lower[m + 1] === 'en');
  for (const m of [k - 1, k + 1]) if (nameLike(m) && joined(Math.min(m, k), Math.max(m, k))) return true;
  for (const m of [k - 2, k + 2]) if (nameLike(m) && joined(Math.min(m, k), Math.max(m, k))) return true;
  return false;
}

function isHeadingLine(scan: Scan, a: number, b: number): boolean {
  const { tokens, lex } = scan;
  const { kind, raw, lower, capital } = tokens;
  let words = 0;
  let content = 0;
  let capitalContent = 0;
  let lowerContent = 0;
  for (let k = a; k < b; k++) {
    if (kind[k] !== TokenKind.Word) continue;
    words++;
    if (raw[k].length >= 4 && !HEADING_SMALL_WORDS.has(lower[k])) {
      content++;
      if (capital[k]) capitalContent++;
      else lowerContent++;
    }
  }
  if (words === 0 || words > 12) return false;
  const last = raw[b - 1];
  if (last === '.' || last === ',' || last === ';') return false;
  // numbered: "1 Inleiding", "3.2 Uitkomsten voor Gezinnen", "Bijlage 2 Overzicht …", "Dag 3 Kinderen Betrekken"
  let k = a;
  if (raw[k] === '#') {
    while (k < b && raw[k] === '#') k++;
    return k < b;
  }
  if (kind[k] === TokenKind.Word && SECTION_WORDS.has(lower[k]) && capital[k] && k + 1 < b && kind[k + 1] === TokenKind.Digits) k++;
  if (kind[k] === TokenKind.Digits && raw[k].length <= 2) {
    k++;
    while (k + 1 < b && raw[k] === '.' && kind[k + 1] === TokenKind.Digits) k += 2;
    if (k < b && (raw[k] === '.' || raw[k] === ')' || raw[k] === ':')) k++;
    if (k < b && kind[k] === TokenKind.Word && capital[k] && k > a) return true;
  }
  // a label line ("Auteurs: …", "Aanwezig: …"), a line with numbers, a list or initials ("R. Dassen") is no heading
  for (let m = a; m < b; m++) {
    if ((raw[m] === ':' && m < b - 1) || raw[m] === ',' || raw[m] === '(' || raw[m] === '@' || kind[m] === TokenKind.Digits) return false;
    if (kind[m] === TokenKind.Word && raw[m].length === 1 && raw[m + 1] === '.') return false;
  }
  if (!capital[a] && !/^\p{Lu}/u.test(raw[a])) return false;
  // title case: at least two content words, (nearly) all capitalised
  if (content >= 2 && capitalContent >= 2 && lowerContent <= Math.floor(content / 4)) return true;
  // a short line of one to three words that stands above text: "Samenvatting", "Gegevens van het Kind"
  if (words <= 4 && b < tokens.count && content >= 1) {
    for (let m = a; m < b; m++) if (kind[m] === TokenKind.Word && capital[m] && !ordinaryCapital(scan, m) && !lex.places.has(lower[m])) return false;
    return true;
  }
  return false;
}

/** Is word i a programme word, or does a programme word stand right before it ("het programma Samen Beslissen")? */
function programmeSignal(scan: Scan, i: number): boolean {
  const { lex, tokens } = scan;
  const low = tokens.lower[i];
  if (inNameList(lex, low)) return false;
  return (
    isProgrammeWord(lex, low) ||
    (low.length >= 7 && isInflectedWord(lex, low)) ||
    JARGON_TAIL.test(low)
  );
}

/**
 * Title-case names of programmes, methods, documents and bodies in running text. A run of capitalised
 * words (lower-case connectors between them allowed) is such a name when none of its words is a name by
 * the lists, all are ordinary words, and one of them says programme: a programme word or a compound that
 * ends in one ("Veiligheidsscan", "Jongerenraad"), an inflected or abstract word ("Gecertificeerde
 * Instellingen", "Sterker"), or a programme word right before the run
 * ("de werkwijze Samen Beslissen"). A single capitalised word is blocked on the same evidence.
 * "Roos van Dijk" and "Storm Visser" have none of it and stay names.
 */
function blockProgrammeNames(scan: Scan): void {
  const { tokens, lex, blocked } = scan;
  const { kind, capital, lower, raw, newlineBefore, start, end } = tokens;
  const count = tokens.count;
  const isCapitalWord = (k: number): boolean => k < count && kind[k] === TokenKind.Word && (capital[k] === 1 || /^\p{Lu}/u.test(raw[k])) && RE_HAS_LOWER.test(raw[k]);
  for (let i = 0; i < count; i++) {
    if (!isCapitalWord(i) || blocked[i] === Block.Institution || scan.heading[i]) continue;
    // the run: capitalised words joined by single spaces, with connectors between them
    const members = [i];
    let j = i;
    for (;;) {
      let k = j + 1;
      while (k < count && !newlineBefore[k] && kind[k] === TokenKind.Word && !capital[k] && RUN_CONNECTORS.has(lower[k]) && k - j <= 3) k++;
      if (k >= count || newlineBefore[k] || !isCapitalWord(k) || blocked[k] === Block.Institution || start[k] - end[k - 1] > 1 || start[j + 1] - end[j] > 1) break;
      if (k > j + 1 && lower[j + 1] === 'en' && k === j + 2 && !ordinaryCapital(scan, k)) break; // "Gezinstafel en Hilde"
      members.push(k);
      j = k;
    }
    const before = i > 0 && !newlineBefore[i] && kind[i - 1] === TokenKind.Word && !capital[i - 1] && isProgrammeWord(lex, lower[i - 1]) && !sentenceStart(tokens, i);
    const titleInside = members.slice(1).some((k) => lex.titles.has(lower[k]));
    const leadingTitle = lex.titles.has(lower[i]) || (i > 0 && kind[i - 1] === TokenKind.Word && lex.titles.has(lower[i - 1])) || (i > 1 && raw[i - 1] === '.' && lex.titles.has(lower[i - 2]));
    const allOrdinary = members.every((k) => ordinaryCapital(scan, k) || lex.places.has(lower[k]));
    const anyName = members.some((k) => confidentName(scan, k));
    const signal = before || titleInside || members.some((k) => programmeSignal(scan, k));
    const national = members.some((k) => matchPhrase(tokens, k, lex.negativePhrases, true) > 0);
    if (!leadingTitle && !anyName && signal && (allOrdinary || before || national)) {
      const explicit = before || isProgrammeWord(lex, lower[i]);
      for (const k of members) block(scan, k, explicit);
    }
    i = j;
  }
}
