// Classification of a capitalised word by its context, once its shape has said nothing: the word before
// it (a title, a particle, a preposition of place, a pet), the word after it (a name, a particle, a
// finite verb, an age in brackets) and whether it starts a sentence, where a capital says nothing.
import { inNameListLine, looksLikeListOfNames, nextToName, particleAt, sentenceStart } from './neighbours';
import { Block, type Scan } from './scan';
import { RE_HAS_LOWER, TokenKind } from './tokens';
import {
  ABBREV_BEFORE_DOT,
  COMPASS,
  JARGON_TAIL,
  PET_WORDS,
  PLACE_PREPOSITIONS,
  RE_SURNAME_INITIAL,
  STOP_LOWER,
  SUBJECT_VERBS,
  TEAM_WORDS,
  hyphenParts,
  inNameList,
  isNegative,
  isOrdinaryWord,
  isProgrammeWord,
  looksDutch,
} from './wordClasses';

/** what follows a cited author: ", 2019)", ", 2017;", " e.a. (2021)", " et al.", " (1998)" */
const RE_CITATION_AFTER = /^(?:,? (?:19|20)\d{2}[a-z]?[);,]| e\.a\.| et al\.| \((?:19|20)\d{2}[a-z]?\))/;

/** Labels or blocks the capitalised word i (lower case `low`); returns the last token it decided. */
export function classifyInContext(scan: Scan, i: number, low: string): number {
  const { tokens, lex, labels, blocked } = scan;
  const { capital, newlineBefore } = tokens;
  const count = tokens.count;
  const prevLow = i > 0 ? tokens.lower[i - 1] : '';
  const afterTitle = followsTitle(scan, i, low, prevLow);
  const common = lex.commonWords.has(low);
  const place = lex.places.has(low) || (hyphenParts(low)?.[0] !== undefined && lex.places.has(hyphenParts(low)![0]) && COMPASS.has(hyphenParts(low)![1] ?? ''));
  const named = inNameList(lex, low);
  if (classifyByNeighbour(scan, i, low, prevLow, afterTitle, common, place, named)) return i;
  if (afterTitle) {
    // "ds. De Vries", "mw. El Amrani": a capitalised particle after a title; the name follows it
    const particles = particleAt(tokens, i, lex);
    if (particles && i + particles < count && capital[i + particles] && !newlineBefore[i + particles] && !blocked[i + particles]) {
      labels[i + particles] = 'PERSOON';
      return i + particles;
    }
    labels[i] = 'PERSOON';
    return i;
  }
  if (named && !common) {
    labels[i] = 'PERSOON';
    return i;
  }
  // a cited author: "(De Graaf & Mulder, 2019; Nguyen, 2017)", "Kuipers e.a. (2021)", "Marsh (1998)"
  if ((named || !isOrdinaryWord(lex, low)) && !place && !isProgrammeWord(lex, low) && tokens.coreEnd[i] === tokens.end[i] && RE_CITATION_AFTER.test(scan.text.slice(tokens.end[i], tokens.end[i] + 16))) {
    labels[i] = 'PERSOON';
    return i;
  }
  // "Bram K. was voorzitter", "Casus: Mila D. (6)": a first name with the initial of the surname
  const { text } = scan;
  if ((named || !common) && !place && tokens.coreEnd[i] === tokens.end[i] && RE_SURNAME_INITIAL.test(text.slice(tokens.end[i], tokens.end[i] + 6)) && !looksDutch(lex, low)) {
    labels[i] = 'PERSOON';
    return i;
  }
  if (!sentenceStart(tokens, i) && !scan.heading[i]) {
    if (COMPASS.has(low)) return i;
    // capitalised jargon mid-sentence ("een Raadsonderzoek", "Radarmelding"): a compound with an
    // abstract-noun tail is no name unless a name stands next to it
    if (!named && !place && JARGON_TAIL.test(low) && !nextToName(scan, i)) return i;
    labels[i] = place ? 'LOCATIE' : 'PERSOON';
    return i;
  }
  classifyAtSentenceStart(scan, i, low, common, place, named);
  return i;
}

/** Does a title or role word stand before word i ("mw. Jansen", "Moeder: Fatima"), or is it on a line listing names ("Aanwezig: …")? */
function followsTitle(scan: Scan, i: number, low: string, prevLow: string): boolean {
  const { tokens, lex } = scan;
  const { kind, raw, lower, capital, newlineBefore, spaceBefore } = tokens;
  // a capitalised word or particle follows on the same line: "Iris Ramdin", "Thomas van 't Hof"
  const fullNameFollows =
    i + 1 < tokens.count &&
    !newlineBefore[i + 1] &&
    spaceBefore[i + 1] === 1 &&
    kind[i + 1] === TokenKind.Word &&
    (capital[i + 1] === 1 || particleAt(tokens, i + 1, lex) > 0) &&
    !isNegative(lex, lower[i + 1]);
  const nameLike = !lex.commonWords.has(low) || inNameList(lex, low) || fullNameFollows;
  const afterTitleColon =
    (!newlineBefore[i] && i > 1 && raw[i - 1] === ':' && kind[i - 2] === TokenKind.Word && lex.titles.has(lower[i - 2]) && nameLike) ||
    (inNameListLine(tokens, i) && nameLike && !lex.places.has(low) && !STOP_LOWER.has(low));
  return (
    afterTitleColon ||
    (!newlineBefore[i] &&
      i > 0 &&
      ((kind[i - 1] === TokenKind.Word && lex.titles.has(prevLow)) ||
        (raw[i - 1] === '.' && i > 1 && !newlineBefore[i - 1] && ABBREV_BEFORE_DOT.has(lower[i - 2]) && lex.titles.has(lower[i - 2]))))
  );
}

/** Rules on the word right before or after word i, in order; returns whether one decided. */
function classifyByNeighbour(scan: Scan, i: number, low: string, prevLow: string, afterTitle: boolean, common: boolean, place: boolean, named: boolean): boolean {
  const { tokens, lex, labels, blocked } = scan;
  const { kind, lower, capital, newlineBefore } = tokens;
  // "Mo z'n fiets": a word followed by z'n / d'r is the owner's name
  if (i + 1 < tokens.count && !newlineBefore[i + 1] && (lower[i + 1] === "z'n" || lower[i + 1] === "d'r") && !STOP_LOWER.has(low) && (named || !common)) {
    labels[i] = 'PERSOON';
    return true;
  }
  // pets and cuddly toys: "hond Max", "knuffel Vosje"
  if (i > 0 && !newlineBefore[i] && PET_WORDS.has(prevLow) && !afterTitle) {
    blocked[i] = Block.Word;
    return true;
  }
  // compass words after "team" etc.
  if (COMPASS.has(low) && i > 0 && TEAM_WORDS.has(prevLow)) {
    blocked[i] = Block.Word;
    return true;
  }
  if (place && !named && (!common || (i > 0 && PLACE_PREPOSITIONS.has(prevLow)))) {
    labels[i] = 'LOCATIE';
    return true;
  }
  const afterParticle = i > 0 && !newlineBefore[i] && kind[i - 1] === TokenKind.Word && !capital[i - 1] && lex.particles.has(prevLow) && prevLow !== 'in' && prevLow !== 'op' && prevLow !== 'te';
  if (afterParticle && (named || (!common && !JARGON_TAIL.test(low))) && !(place && PLACE_PREPOSITIONS.has(prevLow))) {
    labels[i] = 'PERSOON';
    return true;
  }
  if (place && named && i > 0 && PLACE_PREPOSITIONS.has(prevLow) && !afterTitle) {
    labels[i] = 'LOCATIE';
    return true;
  }
  return false;
}

/** At a sentence start a capital says nothing: an ordinary or unknown word is a name only with evidence after it. */
function classifyAtSentenceStart(scan: Scan, i: number, low: string, common: boolean, place: boolean, named: boolean): void {
  const { tokens, lex, labels } = scan;
  const { kind, raw, lower, capital, newlineBefore, coreEnd, end } = tokens;
  const count = tokens.count;
  // "Debora tekende ...", "Storm vertelde ...": a sentence-initial name followed by a finite verb
  if (
    (named || (!common && !looksDutch(lex, low))) &&
    i + 1 < count &&
    !newlineBefore[i + 1] &&
    kind[i + 1] === TokenKind.Word &&
    !capital[i + 1] &&
    SUBJECT_VERBS.has(lower[i + 1]) &&
    coreEnd[i] === end[i] &&
    raw[i].length >= 3 &&
    !place &&
    !/(?:en|ing|heid|lijk|isch|tje|je|st)$/.test(low) &&
    !/^(?:ge|be|ver|ont|her|er)/.test(low)
  ) {
    labels[i] = 'PERSOON';
    return;
  }
  // "Sewdien-Ramautar" at a sentence start: two capitalised parts, neither a place nor a negative
  if (/^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(raw[i]) && !place && !common) {
    const parts = low.split('-');
    if (!parts.some((p) => lex.places.has(p) || lex.negatives.has(p) || COMPASS.has(p) || lex.commonWords.has(p))) {
      labels[i] = 'PERSOON';
      return;
    }
  }
  // "Bayu (5)": a capitalised word followed by an age in brackets
  if (
    i + 1 < count &&
    raw[i + 1] === '(' &&
    !newlineBefore[i + 1] &&
    ((named && RE_HAS_LOWER.test(raw[i])) ||
      (!common && i + 3 < count && kind[i + 2] === TokenKind.Digits && raw[i + 3] === ')' && raw[i + 2].length <= 2) ||
      (!common && !looksDutch(lex, low) && i + 3 < count && kind[i + 2] === TokenKind.Word && lex.titles.has(lower[i + 2]) && (raw[i + 3] === ')' || raw[i + 3] === ',')))
  ) {
    labels[i] = 'PERSOON';
    return;
  }
  if (named || !common) classifyBeforeName(scan, i, low, common, named);
}

/** An ordinary-looking or unknown word at a sentence start followed by a name, a particle and a name, or a list of names. */
function classifyBeforeName(scan: Scan, i: number, low: string, common: boolean, named: boolean): void {
  const { tokens, lex, labels, blocked } = scan;
  const { kind, raw, lower, capital, newlineBefore, spaceBefore } = tokens;
  const count = tokens.count;
  const j = i + 1;
  if (j < count && capital[j] && kind[j] === TokenKind.Word && !blocked[j] && !newlineBefore[j] && inNameList(lex, lower[j]) && !isNegative(lex, lower[j])) {
    labels[i] = 'PERSOON';
    return;
  }
  const particles = j < count && !newlineBefore[j] ? particleAt(tokens, j, lex) : 0;
  const k = j + particles;
  if (particles && k < count && capital[k] && !newlineBefore[k] && !blocked[k] && !lex.places.has(lower[k]) && !isNegative(lex, lower[k]) && lower[j] !== 'in' && lower[j] !== 'op') {
    labels[i] = 'PERSOON';
    return;
  }
  if (named && j < count && raw[j] === ',' && looksLikeListOfNames(tokens, lex, i)) {
    labels[i] = 'PERSOON';
    return;
  }
  // two unknown capitalised words at a sentence start: a full name ("Ayaan Abdullahi Farah", "Tariq Benali")
  if (
    !common &&
    j < count &&
    capital[j] &&
    kind[j] === TokenKind.Word &&
    !blocked[j] &&
    !newlineBefore[j] &&
    spaceBefore[j] &&
    RE_HAS_LOWER.test(raw[j]) &&
    !isNegative(lex, lower[j]) &&
    !lex.places.has(lower[j]) &&
    !lex.titles.has(lower[j]) &&
    (!lex.commonWords.has(lower[j]) || inNameList(lex, lower[j])) &&
    !looksDutch(lex, low) &&
    !looksDutch(lex, lower[j])
  ) {
    labels[i] = 'PERSOON';
    labels[j] = 'PERSOON';
  }
}
