// Span building: runs of labelled tokens become spans. A place run takes its street name and house
// number along; a name run takes its particles, initials and hyphen joins ("mw. J. van der Linden-Bakker"),
// and may turn out to be an address ("Zarken 12, 1141 BN") or an institution ("Jansen ziekenhuis").
import type { Label } from '../types';
import { RE_HOUSENR, STREET_SUFFIX, extendStreetLeft, looksLikeAddress } from './addresses';
import { INST_AFTER_NAME } from './institutions';
import { isInitialAt, particleAt, sentenceStart } from './neighbours';
import { Block, emit, type Scan } from './scan';
import { RE_HAS_LOWER, TokenKind, isJoin } from './tokens';
import { ADDRESS_TITLE, FUNCTION_WORDS, PLACE_PREPOSITIONS, PREPOSITION_LIKE_PARTICLES, RE_SURNAME_INITIAL, STOP_LOWER, isDerivedWord } from './wordClasses';

export function buildSpans(scan: Scan): void {
  const { tokens, labels } = scan;
  initialsWithBracketedFirstName(scan);
  invertedAuthorNames(scan);
  invertedMailNames(scan);
  let i = 0;
  while (i < tokens.count) {
    const label = labels[i];
    if (label === 'LOCATIE') i = buildPlaceSpan(scan, i);
    else if (label === 'PERSOON' || label === 'INSTELLING') i = buildNameSpan(scan, i, label);
    else i++;
  }
}

/** The place whose first token is i, with its street name and house number; returns the token after it. */
function buildPlaceSpan(scan: Scan, i: number): number {
  const { tokens, lex, labels, text } = scan;
  const { start, end, coreEnd, lower, newlineBefore } = tokens;
  const count = tokens.count;
  let first = i;
  let last = i;
  while (last + 1 < count && labels[last + 1] === 'LOCATIE' && !newlineBefore[last + 1] && isJoin(text, end[last], start[last + 1])) last++;
  // left extension for streets: "Burgemeester Roelenweg", "Van Woustraat", "Mr. P.J. Troelstraweg", "Laan van Meerdervoort"
  const after = text.slice(coreEnd[last], coreEnd[last] + 16);
  const houseNumber = RE_HOUSENR.exec(after);
  const streety = STREET_SUFFIX.test(lower[last]) && !lex.places.has(lower[last]);
  if (houseNumber || streety) {
    first = extendStreetLeft(scan, first);
  }
  let endOffset = coreEnd[last];
  if (houseNumber) endOffset += houseNumber[0].length;
  // article that belongs to a neighbourhood name was part of the phrase already
  // a street with its house number wins over a date inside it ("Kerkstraat 12-3")
  emit(scan, start[first], endOffset, 'LOCATIE', houseNumber ? 77 : 40);
  let next = last + 1;
  while (next < count && start[next] < endOffset) next++;
  return next;
}

/** The name (or institution) whose first labelled token is i; returns the token after it. */
function buildNameSpan(scan: Scan, i: number, label: Label): number {
  const { tokens, text } = scan;
  const { start, end, coreEnd, kind, capital, lower, newlineBefore } = tokens;
  const count = tokens.count;
  const last = extendNameRight(scan, i);
  // extend left over particles and initials: "mw. de Bruijn", "J. de Vries", "A.F. Verschoor"
  let first = extendNameLeft(scan, i);
  // a surname's particles alone are no name ("Stem Van Het Kind", where "Het Kind" is no name either); before a word
  // with a label of its own they start that name ("Ter Horst", where the rules took "Horst" for the place)
  if (label === 'PERSOON' && onlyParticles(scan, first, last) && !(last + 1 < count && scan.labels[last + 1] && !newlineBefore[last + 1])) return last + 1;
  // "Rianne Zon" at a sentence start: an unknown capitalised word right before a name belongs to it
  if (label === 'PERSOON' && first > 0 && !newlineBefore[first] && isJoin(text, end[first - 1], start[first]) && text.charCodeAt(end[first - 1]) === 32) {
    if (isUnknownWordBeforeName(scan, first - 1, first)) first = first - 1;
  }
  const afterName = text.slice(coreEnd[last], coreEnd[last] + 20);
  const houseNumber = label === 'PERSOON' && coreEnd[last] === end[last] ? RE_HOUSENR.exec(afterName) : null;
  if (
    houseNumber &&
    /^\s*(?:,|\n|$|\)|[1-9]\d{3}\s?[A-Z]{2}\b)/.test(afterName.slice(houseNumber[0].length)) &&
    looksLikeAddress(scan, first, last, afterName.slice(houseNumber[0].length), houseNumber[0])
  ) {
    // (with the abbreviated titles or particle of its namesake: "v. Asch van Wijckstr. 22")
    emit(scan, start[extendStreetLeft(scan, first)], coreEnd[last] + houseNumber[0].length, 'LOCATIE', 35);
    let next = last + 1;
    while (next < count && start[next] < coreEnd[last] + houseNumber[0].length) next++;
    return next;
  }
  const next = last + 1;
  if (label === 'PERSOON' && next < count && !newlineBefore[next] && kind[next] === TokenKind.Word && !capital[next] && INST_AFTER_NAME.has(lower[next]) && coreEnd[last] === end[last]) {
    emit(scan, start[first], end[next], 'INSTELLING', 35);
    return next + 1;
  }
  // "Sanne V.": a first name with the initial of the surname
  const initial = label === 'PERSOON' && coreEnd[last] === end[last] ? RE_SURNAME_INITIAL.exec(text.slice(end[last], end[last] + 6)) : null;
  if (initial) {
    const endOffset = end[last] + initial[0].length;
    emit(scan, start[first], endOffset, label, 30);
    let after = last + 1;
    while (after < count && start[after] < endOffset) after++;
    return after;
  }
  // "Sjoukje de V.", "Kevin van der W.": a surname written as its initial keeps its dot
  const initialDot = label === 'PERSOON' && last > first && tokens.raw[last].length === 1 && capital[last] === 1 && text.charCodeAt(end[last]) === 46 ? 1 : 0;
  emit(scan, start[first], coreEnd[last] + initialDot, label, 30);
  return last + 1 + initialDot;
}


/** Are tokens first..last all words that are particles of a surname ("Van", "Van Der")? */
function onlyParticles(scan: Scan, first: number, last: number): boolean {
  const { kind, lower } = scan.tokens;
  for (let k = first; k <= last; k++) if (kind[k] !== TokenKind.Word || !scan.lex.particles.has(lower[k])) return false;
  return true;
}

/**
 * "J. (Jan) de Vries", "A.M. (Anne-Marie) Jansen", "R. (Rachid) Ait Taleb": initials, the first name in
 * brackets and the surname as one name.
 */
function initialsWithBracketedFirstName(scan: Scan): void {
  const { tokens, lex, labels, blocked } = scan;
  const { raw, kind, capital, start, coreEnd, spaceBefore, newlineBefore } = tokens;
  const count = tokens.count;
  for (let i = 2; i + 3 < count; i++) {
    if (raw[i] !== '(' || raw[i - 1] !== '.' || !isInitialAt(tokens, i - 2)) continue;
    const name = i + 1;
    if (kind[name] !== TokenKind.Word || !capital[name] || raw[name + 1] !== ')' || newlineBefore[name]) continue;
    const surname = i + 3 + particleAt(tokens, i + 3, lex);
    if (surname >= count || kind[surname] !== TokenKind.Word || !capital[surname] || newlineBefore[surname] || blocked[surname]) continue;
    let first = i - 2;
    while (first >= 2 && raw[first - 1] === '.' && isInitialAt(tokens, first - 2) && !spaceBefore[first]) first -= 2;
    labels[name] = 'PERSOON';
    labels[surname] = 'PERSOON';
    const last = extendNameRight(scan, surname);
    emit(scan, start[first], coreEnd[last], 'PERSOON', 32);
    i = last;
  }
}

/** the labels of an e-mail header line that hold people: "Van:", "Aan:", "CC:" */
const RE_MAIL_HEADER = /^(?:van|aan|cc|bcc|from|to|afzender|geadresseerde)$/;

/**
 * "Van: Oosterhuis, Marieke <m.oosterhuis@…>", "Aan: Baas, Sander; Yildiz, Hatice": a mail program writes its
 * directory's names surname first; on a header line a surname, a comma and a first name of the lists are one name. So
 * are they as an item of a list or a table that holds nothing else ("- Hart, Annie – grootmoeder", "| Kok, Anouk |",
 * "**Vader:** Kuipers, Ruben, geboren …"; not "Bakker, Jansen en Smit").
 */
function invertedMailNames(scan: Scan): void {
  const { tokens, lex, labels } = scan;
  const { raw, lower, kind, start, end, coreEnd, newlineBefore } = tokens;
  let header = false;
  for (let i = 0; i + 2 < tokens.count; i++) {
    if (newlineBefore[i] || i === 0) {
      // (past the marks of a quoted reply or of bold text: "> **Van:** …")
      let w = i;
      while (w + 1 < tokens.count && !newlineBefore[w + 1] && (raw[w] === '>' || raw[w] === '*' || raw[w] === '_')) w++;
      header = kind[w] === TokenKind.Word && RE_MAIL_HEADER.test(lower[w]) && (raw[w + 1] === ':' || (raw[w + 1] === '*' && raw[w + 2] === '*' && raw[w + 3] === ':') || (raw[w + 1] === ':' && raw[w + 2] === '*'));
    }
    if (labels[i] !== 'PERSOON' || raw[i + 1] !== ',' || newlineBefore[i + 2] || coreEnd[i] !== end[i]) continue;
    const j = i + 2;
    if (kind[j] !== TokenKind.Word || !lex.firstNames.has(lower[j])) continue;
    // the surname's other words: "Lammers-van Dijk, Gerda", "El Khatib, Samira"
    let first = i;
    while (first > 0 && !newlineBefore[first] && (labels[first - 1] === 'PERSOON' || (kind[first - 1] === TokenKind.Word && lex.particles.has(lower[first - 1])) || (raw[first - 1] === '-' && isJoin(scan.text, end[first - 2] ?? 0, start[first])))) first--;
    while (first < i && kind[first] !== TokenKind.Word) first++;
    if (!header) {
      // (in a list item both are words, no initials: "HW, YEK" are two people; the first name is no surname unless a
      // description follows it, "- Bakker, Storm – jongerenwerker": "| Schouten, Aydın |" names two people)
      if (!itemStart(scan, first) || !RE_HAS_LOWER.test(raw[i]) || !RE_HAS_LOWER.test(raw[j])) continue;
      const e = itemEnd(scan, j + 1);
      if (!e || (e === ItemEnd.Cell && lex.surnames.has(lower[j]))) continue;
    }
    labels[j] = 'PERSOON';
    // the particles a directory writes after the first name: "Berg, Thijs van den <t.vandenberg@…>"
    let last = j;
    let p = j + 1;
    while (p < tokens.count && !newlineBefore[p] && kind[p] === TokenKind.Word && !tokens.capital[p] && lex.particles.has(lower[p])) p++;
    if (p > j + 1 && (p >= tokens.count || newlineBefore[p] || /^[<;,|(]$/.test(raw[p]))) last = p - 1;
    emit(scan, start[first], end[last], 'PERSOON', 32);
    i = last;
  }
}

/**
 * Does token i open an item: the first word of its line after a bullet or number, of a table cell, or after a label
 * ("**Vader:** Kuipers, Ruben", "- Hart, Annie – grootmoeder", "| Kok, Anouk |")?
 */
function itemStart(scan: Scan, i: number): boolean {
  const { raw, kind, newlineBefore } = scan.tokens;
  for (let k = i; k > 0 && !newlineBefore[k]; k--) {
    const p = k - 1;
    if (raw[p] === '|' || raw[p] === ':') return true;
    if (kind[p] === TokenKind.Word) return false;
  }
  return true;
}

const enum ItemEnd {
  /** no end of an item */
  None = 0,
  /** the end of a line or a table cell: nothing says more of the name */
  Cell = 1,
  /** a description follows: a dash, a bracket, an address, a degree or a comma before a lower-case word */
  Described = 2,
}

/** Does the item end at token k, and how? */
function itemEnd(scan: Scan, k: number): ItemEnd {
  const { raw, lower, kind, capital, newlineBefore, count } = scan.tokens;
  if (k >= count || newlineBefore[k] || raw[k] === '|') return ItemEnd.Cell;
  if (raw[k] === ',') {
    if (k + 1 >= count || newlineBefore[k + 1] || kind[k + 1] !== TokenKind.Word) return ItemEnd.None;
    if (!capital[k + 1]) return ItemEnd.Described;
    // a degree after the name: "| Hart-Oosterveld, Jeannette, MA |"
    return scan.lex.degrees.has(lower[k + 1]) ? ItemEnd.Described : ItemEnd.None;
  }
  return /^[–—\-(<;]$/.test(raw[k]) ? ItemEnd.Described : ItemEnd.None;
}

/**
 * initials after an inverted name in a reference list, and the particles APA puts after them: ", T." ", K.A.",
 * ", R. J." ", K. de" ", M. van der" — before a comma, "&" or the year
 */
const RE_INVERTED_INITIALS = /^, \p{Lu}\.(?:-?\p{Lu}\.|[ ]\p{Lu}\.){0,3}(?: (?:van|von|de|der|den|ter|ten|te|het|'t|in|op|el|al|le|la|du|da|dos|di|del))*(?=\.?(?:[ ]?[,&(|]|[ ]+[–—-][ ]|[ ]*$|[ ]*\n))/u;

/**
 * "Bakker, T. (2016)", "Van der Linden, M.", "El Idrissi, S., & Wiersma, A.": an author written surname
 * first in a reference list, as one name with the initials; so is a list item or a table cell written that way
 * ("- Bakker, P. – huisarts", "| Vos, H. |").
 */
function invertedAuthorNames(scan: Scan): void {
  const { tokens, lex, labels, blocked, text } = scan;
  const { raw, kind, capital, start, end, coreEnd, newlineBefore, lower } = tokens;
  // a word of a title-case run (Block.Prose) may still be an author when initials and a year follow:
  // "Michielsen, M., Van Mulligen, W., & Hermkens, L. (1998)."
  const free = (k: number): boolean => !blocked[k] || (blocked[k] === Block.Prose && referenceLine(scan, k));
  for (let i = 0; i + 1 < tokens.count; i++) {
    if (raw[i + 1] !== ',' || kind[i] !== TokenKind.Word || !capital[i] || !free(i) || coreEnd[i] !== end[i]) continue;
    const initials = RE_INVERTED_INITIALS.exec(text.slice(end[i], end[i] + 32));
    if (!initials || lex.negatives.has(lower[i]) || lex.titles.has(lower[i])) continue;
    // "Jan Smit, M.A.", "Eva de Wit, B.A.": after a first name the letters of a degree are that degree, no initials
    if (i > 0 && !newlineBefore[i] && lex.degrees.has(initials[0].replace(RE_NOT_LETTER, '').toLowerCase()) && firstNameBefore(scan, i)) continue;
    // the surname: capitalised words and particles back to the start of the line or the previous author
    let first = i;
    while (first > 0 && !newlineBefore[first]) {
      const p = first - 1;
      if (kind[p] === TokenKind.Word && (capital[p] || lex.particles.has(lower[p])) && free(p) && !lex.titles.has(lower[p])) first = p;
      else break;
    }
    if (blocked[i]) for (let k = first; k <= i; k++) blocked[k] = Block.None;
    while (first < i && !capital[first] && !lex.particles.has(lower[first])) first++;
    for (let k = first; k <= i; k++) labels[k] = 'PERSOON';
    emit(scan, start[first], end[i] + initials[0].length, 'PERSOON', 32);
  }
}

const RE_NOT_LETTER = /[^\p{L}]/gu;

/** Is a capitalised first name of the lists the word before surname i, or before its particles ("Eva de Wit")? */
function firstNameBefore(scan: Scan, i: number): boolean {
  const { tokens, lex } = scan;
  let k = i - 1;
  while (k > 0 && !tokens.newlineBefore[k + 1] && tokens.kind[k] === TokenKind.Word && !tokens.capital[k] && lex.particles.has(tokens.lower[k])) k--;
  return k >= 0 && !tokens.newlineBefore[k + 1] && tokens.kind[k] === TokenKind.Word && tokens.capital[k] === 1 && lex.firstNames.has(tokens.lower[k]);
}

/** Is token k on a line of a reference list: the author part before "(year)." on the same line? */
function referenceLine(scan: Scan, k: number): boolean {
  const { tokens, text } = scan;
  const e = tokens.end[k];
  // only the next 160 characters count: no need to cut out the rest of a long line for every token
  const stop = text.indexOf('\n', e);
  const line = text.slice(e, Math.min(stop < 0 ? text.length : stop, e + 170));
  const year = /\((?:19|20)\d{2}[a-z]?\)\./.exec(line);
  return year !== null && year.index < 160;
}

/** Extend a name right from token `last` over further name tokens, particles and hyphen joins; returns its last token. */
function extendNameRight(scan: Scan, last: number): number {
  const { tokens, lex, labels, blocked, text } = scan;
  const { start, end, coreEnd, kind, capital, lower, newlineBefore } = tokens;
  const count = tokens.count;
  for (;;) {
    const j = last + 1;
    if (j >= count || newlineBefore[j]) break;
    if (labels[j] === 'PERSOON' && coreEnd[last] === end[last] && isJoin(text, end[last], start[j])) {
      last = j;
      continue;
    }
    // particle + capitalised word: "Lotte van der Linden", "Fatima El Amrani"
    const particles = particleAt(tokens, j, lex);
    if (particles && j + particles < count && capital[j + particles] && !blocked[j + particles] && kind[j + particles] === TokenKind.Word && !newlineBefore[j + particles] && coreEnd[last] === end[last]) {
      const k = j + particles;
      if (!lex.firstNames.has(lower[k]) || lex.surnames.has(lower[k]) || labels[k] === 'PERSOON') {
        if (!lex.negatives.has(lower[k]) && (!lex.places.has(lower[k]) || !PLACE_PREPOSITIONS.has(lower[j]))) {
          last = k;
          labels[k] = 'PERSOON';
          continue;
        }
      }
    }
    // "Sanne de vries", "karin de jong": tussenvoegsels and a lower-case surname from the list
    if (particles && j + particles < count && !capital[j + particles] && kind[j + particles] === TokenKind.Word && !capital[j] && coreEnd[last] === end[last] && !newlineBefore[j + particles]) {
      const k = j + particles;
      // (a preposition and an ordinary word are where the person is: "Mert in de wijk", "Sanne op het werk")
      const whereabouts = PREPOSITION_LIKE_PARTICLES.has(lower[j]) && lex.commonWords.has(lower[k]);
      if (!whereabouts && lex.surnames.has(lower[k]) && !STOP_LOWER.has(lower[k]) && !lex.titles.has(lower[k]) && lex.firstNames.has(lower[last]) && isJoin(text, end[k - 1], start[k])) {
        last = k;
        continue;
      }
    }
    // "sandra dekker": a lower-case surname after a lower-case first name
    if (!capital[last] && !capital[j] && kind[j] === TokenKind.Word && lex.firstNames.has(lower[last]) && lex.surnames.has(lower[j]) && !STOP_LOWER.has(lower[j]) && isJoin(text, end[last], start[j])) {
      last = j;
      continue;
    }
    break;
  }
  return last;
}

/** Is token p, right before the name that starts at `first`, an unlabelled capitalised word at a sentence start that belongs to it? */
function isUnknownWordBeforeName(scan: Scan, p: number, first: number): boolean {
  const { tokens, lex, labels, blocked } = scan;
  const { kind, capital, raw, lower, coreEnd, end } = tokens;
  return (
    kind[p] === TokenKind.Word &&
    !!capital[p] &&
    !labels[p] &&
    !blocked[p] &&
    RE_HAS_LOWER.test(raw[p]) &&
    coreEnd[p] === end[p] &&
    (!lex.commonWords.has(lower[p]) || lex.firstNames.has(lower[p]) || lex.surnames.has(lower[first])) &&
    // "Dagbehandeling Jonge Kind": a derived word is known, not unknown
    !isDerivedWord(lex, lower[p]) &&
    !lex.titles.has(lower[p]) &&
    !lex.negatives.has(lower[p]) &&
    !lex.places.has(lower[p]) &&
    !FUNCTION_WORDS.has(lower[p]) &&
    sentenceStart(tokens, p)
  );
}

/** particles that are also ordinary prepositions or words ("moeder van Rayan", "in", "op", "al") */
const AMBIGUOUS_PARTICLES = new Set(['van', 'de', 'te', 'ten', 'ter', 'in', 'op', 'el', 'al', 'ben', 'bin', 'abu', 'bou']);

/** Extend a name left from token `first` over particles and initials: "mw. de Bruijn", "J. de Vries", "A.F. Verschoor", "JW de Groot". */
function extendNameLeft(scan: Scan, first: number): number {
  const { tokens, lex, labels, blocked } = scan;
  const { kind, raw, lower, newlineBefore, spaceBefore } = tokens;
  for (;;) {
    // particle sequence ending right before `first`
    let moved = false;
    for (let length = 3; length >= 1; length--) {
      const particleStart = first - length;
      if (particleStart < 0) continue;
      if (particleAt(tokens, particleStart, lex) === length && !newlineBefore[first] && !blocked[particleStart]) {
        if (!particleBelongsToName(scan, particleStart, first)) continue;
        first = particleStart;
        moved = true;
        break;
      }
    }
    // initials: "J." "A.F."
    const dot = first - 1;
    if (dot >= 1 && raw[dot] === '.' && isInitialAt(tokens, dot - 1) && spaceBefore[first]) {
      let initial = dot - 1;
      while (initial >= 2 && raw[initial - 1] === '.' && isInitialAt(tokens, initial - 2) && !spaceBefore[initial]) initial -= 2;
      first = initial;
      moved = true;
    }
    // initials written without dots: "JW de Groot"
    const prev = first - 1;
    if (
      !moved &&
      prev >= 0 &&
      !newlineBefore[first] &&
      kind[prev] === TokenKind.Word &&
      spaceBefore[first] &&
      /^[A-Z]{1,3}$/.test(raw[prev]) &&
      !lex.negatives.has(lower[prev]) &&
      !blocked[prev] &&
      labels[prev] === null &&
      (particleAt(tokens, first, lex) > 0 || lex.firstNames.has(lower[first]) === false)
    ) {
      first = prev;
      moved = true;
    }
    if (!moved) return first;
  }
}

/** Does the particle sequence at particleStart belong to the name that starts at `first`? (a preposition "van" after a role word is no particle: "moeder van Rayan") */
function particleBelongsToName(scan: Scan, particleStart: number, first: number): boolean {
  const { tokens, lex, labels } = scan;
  const { kind, raw, lower, capital, newlineBefore } = tokens;
  const lowFirst = lower[particleStart];
  const capitalParticle = capital[particleStart];
  if (!AMBIGUOUS_PARTICLES.has(lowFirst)) return true;
  const prev = particleStart - 1;
  const okPrev =
    capitalParticle ||
    prev < 0 ||
    newlineBefore[particleStart] ||
    (kind[prev] === TokenKind.Word && (labels[prev] === 'PERSOON' || (lex.titles.has(lower[prev]) && ADDRESS_TITLE.test(lower[prev])))) ||
    (raw[prev] === '.' && prev > 0 && (isInitialAt(tokens, prev - 1) || lex.titles.has(lower[prev - 1]))) ||
    raw[prev] === '(' ||
    raw[prev] === ',' ||
    raw[prev] === ':' ||
    raw[prev] === '/' ||
    (/^[A-Z]{1,3}$/.test(raw[prev]) && !lex.negatives.has(lower[prev])) ||
    (lex.surnames.has(lower[first]) && !lex.firstNames.has(lower[first]));
  if (!okPrev) return false;
  if (lex.firstNames.has(lower[first]) && !lex.surnames.has(lower[first]) && !capitalParticle && lowFirst === 'van') return false;
  return true;
}
