// Classification of a capitalised word by its context, once its shape has said nothing: the word before
// it (a title, a particle, a preposition of place, a pet), the word after it (a name, a particle, a
// finite verb, an age in brackets) and whether it starts a sentence, where a capital says nothing.
import { isTypeWord } from './institutions';
import { inNameListLine, looksLikeListOfNames, matchPhrase, nextToName, particleAt, sentenceStart } from './neighbours';
import type { Lexicon } from '../lexicon';
import { Block, type Scan, TITLE_SEGMENT } from './scan';
import { RE_HAS_LOWER, TokenKind, isJoin } from './tokens';
import {
  ABBREV_BEFORE_DOT,
  COMPASS,
  FUNCTION_WORDS,
  finiteVerb,
  JARGON_TAIL,
  PET_WORDS,
  PLACE_PREPOSITIONS,
  PREPOSITION_LIKE_PARTICLES,
  RE_SURNAME_INITIAL,
  CARE_NOUNS,
  GRADE_ADJECTIVES,
  STATUS_PREPOSITIONS,
  STOP_LOWER,
  SUBJECT_VERBS,
  TEAM_WORDS,
  hyphenParts,
  isCompoundOfWords,
  inNameList,
  isDerivedWord,
  isNegative,
  SURNAME_TAIL,
  surnameTail,
  isInflectedForm,
  isInflectedWord,
  isOrdinaryWord,
  isPluralNoun,
  isPlainCompound,
  isProgrammeWord,
  isRoleCompound,
  isRolePlural,
  isPresentParticiple,
  pluralTail,
  isRoleNoun,
  looksDutch,
  NUMERALS,
  RE_PAST_PARTICIPLE,
  RE_ROOM_TAIL,
} from './wordClasses';

/** what follows a cited author: ", 2019)", ", 2017;", " e.a. (2021)", " et al.", " (1998)" (sticky: tested at the token's end) */
const RE_CITATION_AFTER = /(?:,? (?:19|20)\d{2}[a-z]?[);,]| e\.a\.| et al\.| \((?:19|20)\d{2}[a-z]?\))/y;
/** the first of two cited authors: "Kelly en Emery (2003)", "(Farmer & Wijedasa, 2013)", "Van Lawick en Visser (2015)" */
const RE_COAUTHOR_AFTER = / (?:en|&) (?:(?:van|de|der|den|ter|ten|von) )*\p{Lu}[\p{L}'’-]+(?:,? (?:19|20)\d{2}[a-z]?[);,]| \((?:19|20)\d{2}[a-z]?\))/uy;

/** Does a citation follow token i: ", 2019)", " e.a.", " (1998)", or a co-author with a year (" en Emery (2003)")? */
export function citedAfter(scan: Scan, i: number): boolean {
  const at = scan.tokens.end[i];
  RE_CITATION_AFTER.lastIndex = at;
  if (RE_CITATION_AFTER.test(scan.text)) return true;
  RE_COAUTHOR_AFTER.lastIndex = at;
  return RE_COAUTHOR_AFTER.test(scan.text);
}

const ARTICLES = new Set(['de', 'het', "'t", 'een']);

/** the second part of a district written with its town ("Almere-Buiten", "Amsterdam-Centrum", "Haarlem-Schalkwijk" is in the lists) */
const DISTRICT_PARTS = new Set(['buiten', 'stad', 'haven', 'centrum', 'binnenstad', 'dorp', 'poort', 'hout', 'noordwest', 'noordoost', 'zuidwest', 'zuidoost']);

/** Labels or blocks the capitalised word i (lower case `low`); returns the last token it decided. */
export function classifyInContext(scan: Scan, i: number, low: string): number {
  const { tokens, lex, labels, blocked } = scan;
  const { capital, newlineBefore } = tokens;
  const count = tokens.count;
  const prevLow = i > 0 ? tokens.lower[i - 1] : '';
  const afterTitle = followsTitle(scan, i, low, prevLow);
  const common = lex.commonWords.has(low);
  // (a district written with its town: "Leiden-Noord", "Almere-Buiten", "Amsterdam-Centrum")
  const parts = hyphenParts(low);
  const place = lex.places.has(low) || (parts?.[0] !== undefined && lex.places.has(parts[0]) && (COMPASS.has(parts[1] ?? '') || DISTRICT_PARTS.has(parts[1] ?? '')));
  const named = inNameList(lex, low);
  // "ds. De Vries", "mevrouw Ter Horst": a capitalised particle after a title; the name follows it (a place too)
  if (afterTitle && capital[i]) {
    const particles = particleAt(tokens, i, lex);
    // ("Oom, Broer Van Moeder": a kin word after the particle says whose side, no name)
    if (particles && i + particles < count && capital[i + particles] && !newlineBefore[i + particles] && !blocked[i + particles] && tokens.kind[i + particles] === TokenKind.Word && !NUMERALS.has(tokens.lower[i + particles]) && !lex.titles.has(tokens.lower[i + particles])) {
      labels[i + particles] = 'PERSOON';
      return i + particles;
    }
  }
  // "… het is zo. En Ervaringsdeskundigen": a capitalised preposition, conjunction or sentence adverb of no name list
  // is never a name, also where the dot before it reads as an abbreviation ("zo." for zondag)
  if (!named && !place && FUNCTION_WORDS.has(low)) return i;
  // a present participle of the dictionary is no name ("ging het Wisselend", "| Lopend |", "Niet Passend"; "Purmerend" is a place)
  if (!named && !place && isPresentParticiple(lex, low) && !afterTitle) return i;
  // "FNMs", "MDO's": the plural of an acronym
  if (!named && !place && RE_ACRONYM_PLURAL.test(tokens.raw[i])) return i;
  // "Department of Pedagogy", "School of Social Work": the discipline after an academic unit
  if (!place && i > 1 && prevLow === 'of' && !newlineBefore[i] && !newlineBefore[i - 1] && ACADEMIC_UNITS.has(tokens.lower[i - 2])) return i;
  if (!named && !place && ACADEMIC_UNITS.has(low) && i + 1 < count && !newlineBefore[i + 1] && tokens.lower[i + 1] === 'of') return i;
  // a bare type word of a facility after an article names none ("in de Bibliotheek", "De Bibliotheek stelt …")
  // (alone: a capitalised word after it may be the facility's name, "Bibliotheek Drechtoever")
  if (!named && !place && isTypeWord(low) && lex.commonWords.has(low) && !afterTitle && i > 0 && !newlineBefore[i] && ARTICLES.has(prevLow) && !(i + 1 < count && !newlineBefore[i + 1] && tokens.kind[i + 1] === TokenKind.Word && capital[i + 1])) return i;
  // "Multisysteem Therapie", "het Comfort-Model": a word before a capitalised method noun, or joined to one, names a method
  if (!named && !place && !afterTitle && methodNounAfter(scan, i, low)) {
    if (i + 1 < count && !labels[i + 1] && METHOD_NOUNS.has(tokens.lower[i + 1])) blocked[i + 1] = Block.Word;
    return i;
  }
  // "het Kader", "deze Storm": a word of the dictionary that a name list holds is that word after a determiner of no name
  if (named && common && !place && !afterTitle && i > 0 && !newlineBefore[i] && !capital[i - 1] && DETERMINERS_NOT_PARTICLES.has(prevLow) && !nextToName(scan, i)) return i;
  // "1. Jonge mantelzorgers (8–18 jaar)": an inflected adjective that opens a sentence before a lower-case noun
  if (i + 1 < count && !capital[i + 1] && low.charCodeAt(low.length - 1) === 101 && RE_ADJECTIVE_ENDING.test(low) && isInflectedForm(lex, low) && !lex.firstNames.has(low) && sentenceStart(tokens, i) && !newlineBefore[i + 1] && tokens.kind[i + 1] === TokenKind.Word && !capital[i + 1] && pluralOf(scan, tokens.lower[i + 1]) && !finiteVerb(lex, tokens.lower[i + 1]) && !SUBJECT_VERBS.has(tokens.lower[i + 1]) && !lex.particles.has(tokens.lower[i + 1])) return i;
  // "Lieve vrienden van …", "Beste collega's": an adjective of address before a lower-case plural or role names no one
  // at the start of a sentence ("Lieve Jansen" is a name, and so is "… en Lieve hebben")
  if (SALUTATIONS.has(low) && sentenceStart(tokens, i) && i + 1 < count && !newlineBefore[i + 1] && tokens.kind[i + 1] === TokenKind.Word && !capital[i + 1] && (isPluralNoun(lex, tokens.lower[i + 1]) || isRolePlural(lex, tokens.lower[i + 1]) || lex.titles.has(tokens.lower[i + 1]))) return i;
  // ... and before a first name that ends the phrase ("Lieve Daan.", "Lieve Sanne,"): the name after it is the one addressed
  if (SALUTATIONS.has(low) && sentenceStart(tokens, i) && i + 2 < count && !newlineBefore[i + 1] && capital[i + 1] && lex.firstNames.has(tokens.lower[i + 1]) && /^[.,!:]$/.test(tokens.raw[i + 2])) {
    blocked[i] = Block.Word;
    return i;
  }
  // "Langer Dan 3 Maanden", "Meer Dan Zorg": "dan" after a comparative is the conjunction, also where it is a first name
  if (low === 'dan' && i > 0 && !newlineBefore[i] && comparative(lex, tokens.lower[i - 1])) return i;
  // in a part of a line in title case, a function word is that word, also where it is a name in some language or
  // follows a role word ("Bereikbaarheid Na Kantoortijd", "En Weet Het Gezin Dat?"); a particle still opens a name
  // (in a heading too; not before a name of the lists: "Interview Met Wil Bakker")
  if (scan.heading[i] && (FUNCTION_WORDS.has(low) || STOP_LOWER.has(low)) && !lex.particles.has(low) && !(i + 1 < count && !newlineBefore[i + 1] && capital[i + 1] && inNameList(lex, tokens.lower[i + 1]))) return i;
  // "Ad A. De commissie stelt …", "zie B. Het gezin …": a capitalised article before a lower-case word that is no
  // surname opens a noun phrase after a list letter, no name ("J. De vries" in a hurried note keeps its surname)
  if (ARTICLES.has(low) && i + 1 < count && !newlineBefore[i + 1] && tokens.kind[i + 1] === TokenKind.Word && !capital[i + 1] && !lex.surnames.has(tokens.lower[i + 1]) && !lex.particles.has(tokens.lower[i + 1])) return i;
  // "Grootouders, Ooms En Tantes", "Neven en Nichten": the plural of a family or role word among other plurals names a
  // group of people, no one (also where it is a surname of the lists: "Ooms", "Neven")
  if (!afterTitle && isRolePlural(lex, low) && pluralsCoordinated(scan, i)) return i;
  // "Willemijn Zwart, Systeemtherapeut", "werkt als Aandachtsfunctionaris": a compound that names a profession
  if (!named && !place && isRoleCompound(low)) return i;
  if (!named && !place && !afterTitle && ordinaryByWordBefore(scan, i, low)) return i;
  if (!named && !place && !afterTitle && afterCapitalisedFunctionWord(scan, i, low)) return i;
  if (!named && !place && !afterTitle && countedAfterQuantifier(scan, i, low)) return i;
  if (!named && !place && !afterTitle && scan.reportProse && !sentenceStart(tokens, i) && scan.heading[i] !== 1 && loneOrdinaryWordInReport(scan, i, low)) return i;
  if (!named && !place && !afterTitle && beforeOrganisationWord(scan, i, low)) {
    scan.blocked[i] = Block.Word;
    return i;
  }
  // an adjective made of a place ("de Apeldoornse jongeren", "Utrechtse scholen", "Groningse"): no person, nor the place itself
  if (!named && !place && !afterTitle && placeAdjective(lex, low) && !(i > 0 && !newlineBefore[i] && capital[i - 1] && lex.firstNames.has(prevLow))) return i;
  // a product or a platform by its inner capital, whatever stands before it ("van TenderNed", "via WhatsApp")
  if (!named && !place && !afterTitle && RE_INNER_CAPITAL.test(tokens.raw[i])) return i;
  if (classifyByNeighbour(scan, i, low, prevLow, afterTitle, common, place, named)) return i;
  if (afterTitle && !named && !place && (COMPASS.has(low) || isProgrammeWord(lex, low) || countedByNumber(scan, i, low) || RE_NUMBER_WORD.test(low) || RE_KIN_SIDE.test(low) || (ADJECTIVE_TITLES.has(prevLow) && capital[i - 1] && common) || fieldAfterRole(scan, i, low) || GRADE_ADJECTIVES.has(low))) {
    // "Teamleider Noord", "Manager Zorg", "wethouder Jeugd", "Mentor Groep 7B": a role with its area, portfolio or class, no
    // name; nor is a register's number word after a word that is also a role ("Intern Dossiernummer"), nor the side of the
    // family after a kin word ("Oma Moederszijde"), nor a word of the dictionary after a role that is also an adjective
    // written with a capital ("Alleen Voor Intern Gebruik"), nor an inflected adjective that opens the field of a role
    // ("Stagiair Toegepaste Psychologie"), nor a grading adjective ("Gedragswetenschapper Onvoldoende Betrokken")
    blocked[i] = Block.Word;
    return i;
  }
  if (afterTitle) {
    labels[i] = 'PERSOON';
    return i;
  }
  if (named && !common && adjectiveInTitle(scan, i, low)) {
    blocked[i] = Block.Word;
    return i;
  }
  if (named && !common) {
    labels[i] = 'PERSOON';
    return i;
  }
  // a cited author: "(De Graaf & Mulder, 2019; Nguyen, 2017)", "Kuipers e.a. (2021)", "Marsh (1998)"
  if ((named || !isOrdinaryWord(lex, low)) && !place && !isProgrammeWord(lex, low) && tokens.coreEnd[i] === tokens.end[i] && citedAfter(scan, i)) {
    labels[i] = 'PERSOON';
    return i;
  }
  // "Bram K. was voorzitter", "Casus: Mila D. (6)": a first name with the initial of the surname
  const { text } = scan;
  if ((named || !common) && !place && tokens.coreEnd[i] === tokens.end[i] && RE_SURNAME_INITIAL.test(text.slice(tokens.end[i], tokens.end[i] + 6)) && !looksDutch(lex, low)) {
    labels[i] = 'PERSOON';
    return i;
  }
  // "Sessie C: Werken Met Het Netwerk, Door Mirjam Bos": in a heading a surname of the lists right after a first
  // name of the lists is the surname, as in running text
  if (named && scan.heading[i] === 1 && lex.surnames.has(low) && i > 0 && !newlineBefore[i] && capital[i - 1] && lex.firstNames.has(prevLow) && isJoin(scan.text, tokens.end[i - 1], tokens.start[i])) {
    labels[i] = 'PERSOON';
    return i;
  }
  // in a part of a line in title case ("Sterk In De Wijk"), a surname of the lists that is a word of the dictionary and
  // no first name is the word, unless a first name or a title stands before it ("Door Mirjam Bos", "mevrouw Sterk")
  if (scan.heading[i] === TITLE_SEGMENT && named && common && !lex.firstNames.has(low) && !afterTitle && !(i > 0 && !newlineBefore[i] && capital[i - 1] && lex.firstNames.has(prevLow))) return i;
  // so is a word of the English list there, of no name list ("A Mixed-Methods Study Of Family Network Meetings")
  if (scan.heading[i] === TITLE_SEGMENT && !named && !place && (hyphenParts(low) ?? [low]).every((part) => lex.englishWords.has(part))) return i;
  if (!sentenceStart(tokens, i) && scan.heading[i] !== 1) {
    if (COMPASS.has(low)) return i;
    // an ordinary word before a capitalised compass word names a part of an area or organisation, no person: "Stad
    // Noord", "Regio Oost" (a place of the lists stays: "Amsterdam Noord")
    if (!named && !place && common && compassAfter(scan, i)) return i;
    // capitalised jargon mid-sentence ("een Raadsonderzoek", "Radarmelding"): a compound with an
    // abstract-noun tail is no name unless a name stands next to it
    if (!named && !place && JARGON_TAIL.test(low) && !nextToName(scan, i)) return i;
    // a compound of ordinary words with no surname's tail ("de Praktijkreeks", "een Ouderavond"), and
    // an ordinary word coordinated with another ("Professionals, Ouders en Jongeren"): no names
    // (after "in", "uit", "naar" an unknown compound is a place as often: "in Geldermalsen")
    const placeBefore = PLACE_PREPOSITIONS.has(prevLow);
    // (not the plural of a word of the dictionary: "in Gezinshuizen", "naar Woongroepen")
    if (!named && !place && !nextToName(scan, i) && ((!placeBefore && pluralCompound(scan, low)) || (placeBefore && low.length >= 9 && isPluralNoun(lex, low)) || (afterDeterminer(scan, i) && isOrdinaryWord(lex, low)) || coordinatedWithWords(scan, i))) return i;
    if (!named && !place && loneWordWrittenLowerElsewhere(scan, i, low)) return i;
    if (!named && !place && ordinaryPair(scan, i)) return i;
    // "een Ecogram maken", "met een Genogram": a word no list knows after the indefinite article is a thing; a
    // person is not "een" anyone
    if (!named && !place && prevLow === 'een' && !capital[i - 1] && !nextToName(scan, i)) return i;
    // (so is a word of the dictionary that is also a name in some list: "op een Kalender", "een Storm van kritiek")
    if (named && common && !place && prevLow === 'een' && !capital[i - 1] && !nextToName(scan, i)) return i;
    // a capitalised function word alone names no one ("Hans van der Linden, Senior Beleidsmedewerker, en …"): the
    // guidelines keep role words out of a name's span (the words of titels.txt never get here: classifyCapitalised)
    if (!place && isRoleNoun(low) && !nextToName(scan, i)) return i;
    if (!named && !place && namesAThing(scan, i, low)) return i;
    // "**Status:** In Behandeling", "(Op Schema)": a status of a capitalised preposition and a word of the dictionary that
    // ends the phrase, as in a table cell ("In Beek" is a place, "Op Sanne's kamer" a name of the lists)
    if (!named && !place && !newlineBefore[i] && STATUS_PREPOSITIONS.has(prevLow) && capital[i - 1] && lex.commonWords.has(low) && phraseEndsAfter(scan, i)) return i;
    // "is Te Duur", "komt Te Laat": the adverb of degree written with a capital before a word of the dictionary, after a
    // lower-case word that is no title ("mevrouw Te Riele", "Lisa te Velde" keep their names)
    if (!named && !place && !afterTitle && prevLow === 'te' && capital[i - 1] && i > 1 && !newlineBefore[i - 1] && tokens.kind[i - 2] === TokenKind.Word && !capital[i - 2] && !lex.titles.has(tokens.lower[i - 2]) && lex.dutchWords.has(low)) return i;
    // a place that is also a word of the dictionary is that word after a lower-case article ("de Huizen gebruiken"; a place
    // with its article is a place phrase of the lists, "de Meern") ...
    if (!named && place && common && (prevLow === 'de' || prevLow === 'het') && !capital[i - 1] && matchPhrase(tokens, i - 1, lex.placePhrases, false) === 0) return i;
    // ... and among other words ("Familie, Vrienden, Buren, Leerkrachten")
    if (!named && place && common && coordinatedWithWords(scan, i, true)) return i;
    // a plural of the dictionary in a title-case part of a line, with no name beside it ("… Met Jonge Kinderen")
    // (a name word beside it that a rule blocked is no name: "Jonge" there)
    if (!named && !place && scan.heading[i] === TITLE_SEGMENT && common && isPluralNoun(lex, low) && !nextToName(scan, i, true)) return i;
    labels[i] = place && !surnameAfterParticle(scan, i, low) && !afterInitialAndParticle(scan, i) ? 'LOCATIE' : 'PERSOON';
    return i;
  }
  classifyAtSentenceStart(scan, i, low, common, place, named);
  return i;
}

/** a comparative: "meer", "minder", "anders", or a word in -er whose stem is a word of the dictionary ("langer", "eerder", "groter") */
function comparative(lex: Lexicon, low: string): boolean {
  if (low === 'meer' || low === 'minder' || low === 'anders') return true;
  if (low.length < 5 || !low.endsWith('er')) return false;
  const stem = low.slice(0, -2);
  return lex.dutchWords.has(stem) || lex.dutchWords.has(stem.endsWith('d') ? stem.slice(0, -1) : stem) || (stem.length >= 3 && stem.charCodeAt(stem.length - 1) === stem.charCodeAt(stem.length - 2) && lex.dutchWords.has(stem.slice(0, -1)));
}

/** a plural noun: of a word of the dictionary ("jongeren") or of a compound ("mantelzorgers") */
function pluralOf(scan: Scan, low: string): boolean {
  return isPluralNoun(scan.lex, low) || pluralCompound(scan, low) || pluralTail(scan.lex, low);
}

/** An inflected adjective before an abstract noun or a plural after a role: the role's field ("Stagiair Toegepaste Psychologie")? */
function fieldAfterRole(scan: Scan, i: number, low: string): boolean {
  const { tokens, lex } = scan;
  if (!isInflectedWord(lex, low) || !RE_ADJECTIVE_ENDING.test(low)) return false;
  const n = i + 1;
  if (n >= tokens.count || tokens.newlineBefore[n] || tokens.kind[n] !== TokenKind.Word || !tokens.capital[n] || inNameList(lex, tokens.lower[n])) return false;
  const next = tokens.lower[n];
  return JARGON_TAIL.test(next) || isDerivedWord(lex, next) || isPluralNoun(lex, next) || /(?:logie|kunde|wetenschap|wetenschappen)$/.test(next);
}

/** the plural of an acronym: "FNMs", "GI's", "MDO's" */
const RE_ACRONYM_PLURAL = /^\p{Lu}{2,}(?:'s|s)$/u;
/** academic units before "of" and a discipline */
const ACADEMIC_UNITS = new Set(['department', 'faculty', 'school', 'institute', 'centre', 'center', 'college', 'division']);

/** nouns that end the name of a method or programme ("Multisysteem Therapie", "Comfort-Model") */
const METHOD_NOUNS = new Set(['therapie', 'training', 'methode', 'methodiek', 'model', 'aanpak', 'programma', 'interventie', 'benadering']);

/** Is word i joined to a method noun ("Comfort-Model") or followed on its line by a capitalised one ("Multisysteem Therapie")? */
function methodNounAfter(scan: Scan, i: number, low: string): boolean {
  const { tokens } = scan;
  const parts = hyphenParts(low);
  if (parts && METHOD_NOUNS.has(parts[parts.length - 1])) return true;
  const n = i + 1;
  return n < tokens.count && !tokens.newlineBefore[n] && tokens.kind[n] === TokenKind.Word && tokens.capital[n] === 1 && METHOD_NOUNS.has(tokens.lower[n]) && isJoin(scan.text, tokens.end[i], tokens.start[n]);
}

/** Does the phrase end after word i: a line end, the text's end or a mark of punctuation (not a hyphen or an apostrophe)? */
function phraseEndsAfter(scan: Scan, i: number): boolean {
  const { raw, kind, newlineBefore, count } = scan.tokens;
  const n = i + 1;
  return n >= count || newlineBefore[n] === 1 || (kind[n] === TokenKind.Symbol && /^[.,;:!?)|\]]$/.test(raw[n]));
}

/** An adjective of a place of the lists: the place with "-se" ("Apeldoornse", "Utrechtse", "Tilburgse"), also after a dropped "-en", "-e" or "-le" ("Groningse", "Zwolse"). */
function placeAdjective(lex: Lexicon, low: string): boolean {
  if (low.length < 7 || !low.endsWith('se')) return false;
  const stem = low.slice(0, -2);
  return lex.places.has(stem) || lex.places.has(stem + 'en') || lex.places.has(stem + 'e') || lex.places.has(stem + stem.slice(-1) + 'e');
}

/** the participle of a separable verb: "afgelopen", "opgenomen", "uitgevoerd" */
const RE_SEPARABLE_PARTICIPLE = /^(?:af|op|aan|uit|door|over|mee|toe|terug|vast)ge\p{L}{3,}$/u;

/** words that open an apposition before a pet word: "Storm, de hond", "Max (onze kat)" */
const PET_DETERMINERS = new Set(['de', 'het', 'een', 'onze', 'ons', 'mijn', 'zijn', 'haar', 'hun', 'jullie']);

/** Is word i followed by a comma or bracket and a pet word, with at most a determiner between ("Storm, de hond van …")? */
function petInApposition(scan: Scan, i: number): boolean {
  const { raw, lower, kind, newlineBefore, count } = scan.tokens;
  let k = i + 1;
  if (k >= count || newlineBefore[k] || (raw[k] !== ',' && raw[k] !== '(')) return false;
  k++;
  if (k < count && !newlineBefore[k] && kind[k] === TokenKind.Word && PET_DETERMINERS.has(lower[k])) k++;
  return k < count && !newlineBefore[k] && kind[k] === TokenKind.Word && PET_WORDS.has(lower[k]);
}

/** adjectives of address before a noun ("Lieve vrienden", "Beste collega's") */
const SALUTATIONS = new Set(['lieve', 'beste', 'geachte', 'dierbare', 'hooggeachte']);

/** the ending of an inflected adjective ("toegepaste", "sociale") */
const RE_ADJECTIVE_ENDING = /\p{L}{4,}e$/u;

/** roles that are adjectives too ("intern begeleider", "Intern Gebruik") */
const ADJECTIVE_TITLES = new Set(['intern', 'extern', 'ambulant']);

/** the side of the family: "Oma Moederszijde", "Opa Vaderskant" */
const RE_KIN_SIDE = /^(?:moeders|vaders)(?:zijde|kant)$/;

/** a number of a register by its word: "Dossiernummer", "Meldingsnummer", "Zaaknr" */
const RE_NUMBER_WORD = /^\p{L}{2,}(?:nummer|nummers|nr)$/u;

/** a word with a capital inside after four small letters: a product or a platform ("TenderNed", "WhatsApp", "LinkedIn"; not "MacDonald") */
const RE_INNER_CAPITAL = /^\p{Lu}\p{Ll}{3,}\p{Lu}/u;
/** a service at its compound's end: "Bereikbaarheidsdienst", "Crisisdiensten" (the programme words do not hold "dienst") */
const RE_SERVICE_TAIL = /dienst(?:en)?$/;

/**
 * A capitalised word of no name list in mid-sentence that names a thing by its shape or its place, no person: a word of the dictionary counted by a number ("Triple P Niveau 4", "Perceel 5"), a room
 * ("Teamkamer (1e verdieping)"), a compound of roles ("Directeur-Bestuurder"), a compound of a programme word or a
 * service ("Ketenoverleg", "Bereikbaarheidsdienst", also beside a name), or the name of a region after "regio" ("de Jeugdregio Vechtdal").
 */
function namesAThing(scan: Scan, i: number, low: string): boolean {
  const { tokens, lex } = scan;
  const { newlineBefore } = tokens;
  // (a programme word's compound is a service or a body beside a name too: "(BtV, Bereikbaarheidsdienst)")
  if (low.length >= 12 && (isProgrammeWord(lex, low) || RE_SERVICE_TAIL.test(low)) && isCompoundOfWords(lex, low)) return true;
  if (nextToName(scan, i)) return false;
  // a past participle of the dictionary ("Beoordeling: Behaald", "(Afgelopen 3 Mnd)")
  // (of a separable verb an ordinary word is enough: no name opens with "afge-", "opge-", "uitge-": "(Afgelopen 3 Mnd)")
  if (RE_PAST_PARTICIPLE.test(low) && (lex.commonWords.has(low) || (RE_SEPARABLE_PARTICIPLE.test(low) && isOrdinaryWord(lex, low)))) return true;
  if (countedByNumber(scan, i, low)) return true;
  if (RE_ROOM_TAIL.test(low) && low.length >= 8 && isCompoundOfWords(lex, low)) return true;
  const parts = hyphenParts(low);
  if (parts && parts.every((p) => lex.titles.has(p) || isRoleNoun(p))) return true;
  return i > 0 && /regio$/.test(tokens.lower[i - 1]) && !newlineBefore[i];
}

/**
 * A word of the dictionary counted by a number of one or two digits that ends there: "Niveau 4", "Perceel 5", a school
 * class with its capital letter ("Groep 6B"); not a house number ("Brink 41a") or a year.
 */
function countedByNumber(scan: Scan, i: number, low: string): boolean {
  const { raw, kind, newlineBefore, start, end, count } = scan.tokens;
  const n = i + 1;
  return scan.lex.commonWords.has(low) && n < count && kind[n] === TokenKind.Digits && raw[n].length <= 2 && !newlineBefore[n] && start[n] === end[i] + 1 && RE_COUNT_END.test(scan.text.slice(end[n], end[n] + 2));
}
const RE_COUNT_END = /^(?:[A-Z](?![\p{L}\d-])|(?![\p{L}\d-]))/u;

/**
 * "(De Vries, 2018)", "De Vries liet een casus zien", "Van Beek": after a capitalised particle that opens a name, a
 * surname of the lists is the surname also where a place has that name; a place with an article is a place phrase of
 * the lists ("De Bilt", "Den Haag", "Ter Apel"), and a preposition is none ("In Beek").
 */
function surnameAfterParticle(scan: Scan, i: number, low: string): boolean {
  const { tokens, lex } = scan;
  if (i === 0 || !lex.surnames.has(low) || tokens.newlineBefore[i] || !tokens.capital[i - 1] || tokens.kind[i - 1] !== TokenKind.Word) return false;
  const particle = tokens.lower[i - 1];
  if (!lex.particles.has(particle) || PREPOSITION_LIKE_PARTICLES.has(particle)) return false;
  return matchPhrase(tokens, i - 1, lex.placePhrases, true) === 0;
}

/** Do an initial and lower-case particles stand right before word i ("R. van Dalen", "J.P. de Bilt")? Then a place is a surname. */
function afterInitialAndParticle(scan: Scan, i: number): boolean {
  const { tokens, lex } = scan;
  const { raw, kind, capital, newlineBefore } = tokens;
  let p = i - 1;
  while (p >= 0 && !newlineBefore[p + 1] && kind[p] === TokenKind.Word && !capital[p] && lex.particles.has(tokens.lower[p])) p--;
  if (p === i - 1 || p < 1 || newlineBefore[p + 1] || raw[p] !== '.') return false;
  return kind[p - 1] === TokenKind.Word && raw[p - 1].length === 1 && capital[p - 1] === 1;
}

/** a capitalised point of the compass right after token i on its line ("Stad Noord", "Regio Zuid-Oost" has "Zuid"; not
 * "Centrum": "bushalte Doorn Centrum" names a place the lists may lack) */
function compassAfter(scan: Scan, i: number): boolean {
  const { kind, lower, capital, newlineBefore, count } = scan.tokens;
  return i + 1 < count && !newlineBefore[i + 1] && kind[i + 1] === TokenKind.Word && capital[i + 1] === 1 && COMPASS_POINTS.has(lower[i + 1]);
}
const COMPASS_POINTS = new Set([...COMPASS].filter((w) => !['midden', 'centrum', 'centraal'].includes(w)));

/** words before a capitalised category in report prose: articles, determiners, prepositions that take no place */
const CATEGORY_BEFORE = new Set(['eigen', 'de', 'het', 'een', 'deze', 'dit', 'die', 'dat', 'onze', 'ons', 'hun', 'elke', 'iedere', 'alle', 'geen', 'welke', 'met', 'over', 'voor', 'van', 'door', 'via', 'aan', 'op', 'tot', 'zonder', 'om', 'tegen', 'per', 'en', 'of']);

/** lower-case words before a name that say a person speaks or is cited: "volgens Bakker", "aldus Vos" */
export const PERSON_CUES_BEFORE = new Set(['volgens', 'aldus', 'namens', 'collega', 'zoals']);

/**
 * Report prose capitalises compounds of ordinary words that are no names: "met de Ouderkaart", "het nieuwe
 * Privacyreglement", "via Focusgroepen". In a text that reads as a report (several heading lines), such a
 * compound (no surname's tail, SURNAME_TAIL) or derived word of no name list, capitalised on its own (no capitalised word beside it on the
 * line), is no name unless something says person: a cue word before it ("volgens"), a finite verb after it
 * ("Bakker vertelt"), an age or a role in brackets after it. A name of two words ("Floor Vink") has a
 * capitalised neighbour and keeps the old rule; a name found elsewhere in the text still reaches every
 * mention (propagate.ts).
 */
function loneOrdinaryWordInReport(scan: Scan, i: number, low: string): boolean {
  const { tokens, lex } = scan;
  if (!scan.reportProse) return false;
  const { kind, raw, lower, capital, newlineBefore } = tokens;
  const shaped = isPlainCompound(lex, low) || pluralCompound(scan, low) || isDerivedWord(lex, low);
  // a plain ordinary word ("het nieuwe Beleid", "een Norm") only after a determiner that no surname's particle is
  const plainAfterDeterminer = i > 0 && !newlineBefore[i] && (DETERMINERS_NOT_PARTICLES.has(lower[i - 1]) || lower[i - 1] === 'eigen') && isOrdinaryWord(lex, low);
  // a long ordinary word after "de" ("bij de Overdracht"); the short ones are surnames as often ("de Boer", "de Wit")
  const longAfterDe = i > 0 && !newlineBefore[i] && lower[i - 1] === 'de' && low.length >= 9 && lex.commonWords.has(low) && !SURNAME_TAIL.test(low);
  // a plain listed word after any lower-case word of the sentence ("kwam er Rust", "werkt als Chauffeur",
  // "moet je echt Kiezen"): report prose capitalises its themes; a listed name never gets here
  // (not a compound there: "provinciehuis Leeuwarden" holds a place the lists may not know; not a cited author:
  // "ontwikkeld door Hoekman en Ouali (2021)"; not an item coordinated with a capitalised word: "in Raalte en Kampen")
  const plainAfterWord =
    !newlineBefore[i] && i > 0 && kind[i - 1] === TokenKind.Word && capital[i - 1] === 0 && low.length >= 4 && lex.commonWords.has(low) && particleAt(tokens, i - 1, lex) === 0 && !lex.titles.has(lower[i - 1]) &&
    !(COORDINATORS.has(lower[i - 1]) && i > 1 && !newlineBefore[i - 1] && kind[i - 2] === TokenKind.Word && capital[i - 2] === 1);
  // "De Omzet bedroeg …", "De Gunning volgt …": the article that opens the sentence before a listed word of no name list
  // (a plural with a surname's tail too: "De Gesprekken vonden plaats")
  const articleOpensSentence = !newlineBefore[i] && i > 0 && raw[i - 1] === 'De' && sentenceStart(tokens, i - 1) && low.length >= 4 && lex.commonWords.has(low) && (!SURNAME_TAIL.test(low) || isPluralNoun(lex, low));
  if (!shaped && !plainAfterDeterminer && !longAfterDe && !plainAfterWord && !articleOpensSentence) return false;
  const capitalWord = (k: number): boolean =>
    k >= 0 && k < tokens.count && kind[k] === TokenKind.Word && capital[k] === 1 && !(k < i && (STOP_LOWER.has(lower[k]) || lex.particles.has(lower[k])) && sentenceStart(tokens, k)) && !lex.titles.has(lower[k]);
  if (!newlineBefore[i] && capitalWord(i - 1)) return false;
  if (i + 1 < tokens.count && !newlineBefore[i + 1] && capitalWord(i + 1)) return false;
  if (i > 0 && !newlineBefore[i] && kind[i - 1] === TokenKind.Word && (PERSON_CUES_BEFORE.has(lower[i - 1]) || PLACE_PREPOSITIONS.has(lower[i - 1]) || (particleAt(tokens, i - 1, lex) === 1 && i > 1 && !newlineBefore[i - 1] && capitalWord(i - 2)))) return false;
  // what a category follows: an article or determiner, an inflected adjective ("het nieuwe"), a preposition
  // that takes no place ("met", "over"); after a noun ("provinciehuis Leeuwarden") or in brackets it may be a place
  const before = i > 0 && !newlineBefore[i] && kind[i - 1] === TokenKind.Word ? lower[i - 1] : '';
  if (!(CATEGORY_BEFORE.has(before) || (before.length >= 4 && before.endsWith('e') && isInflectedForm(lex, before)) || plainAfterWord || articleOpensSentence)) return false;
  const next = i + 1 < tokens.count && !newlineBefore[i + 1] ? lower[i + 1] : '';
  // ("April de Groot": a particle after it opens the rest of a name)
  if (plainAfterWord && (SUBJECT_VERBS.has(next) || particleThenCapital(scan, i + 1))) return false;
  // (the citation look-ahead last, it reads the text)
  if (plainAfterWord && !shaped && !plainAfterDeterminer && !longAfterDe && citedAfter(scan, i)) return false;
  // a verb after it says person only for a plain word ("de Norm"); a compound is seldom a name ("De Gezinskaart is …")
  // ("het Bestuur heeft": after a determiner that no particle is, no name stands either)
  if ((!shaped && !plainAfterDeterminer && SUBJECT_VERBS.has(next)) || raw[i + 1] === '(' || next === "z'n" || next === "d'r") return false;
  return true;
}

/** prepositions before "de" that open no surname without a first name before them */
const ARTICLE_PREPOSITIONS = new Set(['op', 'in', 'uit', 'aan', 'bij', 'over', 'naar', 'voor', 'onder', 'tot']);

/** a hyphened first part and a conjunction before a word: "Kinder- en Jeugdpsychiatrie", "Ouder- of Kindgesprek" */
const RE_ELIDED_BEFORE = /\p{L}- ?(?:en|of|tot|en\/of) $/u;

/**
 * A capitalised word of no name list and no place, by what stands right before it (in any text, not only report prose:
 * "in de Chat", "omgaan met Weerstand" in a webinar's transcript or a course catalogue):
 * - the second part of a coordinated compound ("Kinder- en Jeugdpsychiatrie");
 * - a listed word after a number ("tot 21 Jaar");
 * - a listed word after "de" that an ordinary lower-case word puts there as an article ("halen de Norm",
 *   "grip op de Kosten"); after a title or a name "de" is a particle ("mevrouw de Rust", "Kees de Rust").
 * A verb or a particle with a capital after it keeps the old rules (a name may go on or act).
 */
function ordinaryByWordBefore(scan: Scan, i: number, low: string): boolean {
  const { tokens, lex } = scan;
  const { kind, raw, lower, capital, newlineBefore, start } = tokens;
  if (i === 0 || newlineBefore[i]) return false;
  const next = i + 1 < tokens.count && !newlineBefore[i + 1] ? lower[i + 1] : '';
  if (SUBJECT_VERBS.has(next) || particleThenCapital(scan, i + 1) || raw[i + 1] === '(') return false;
  const listed = low.length >= 4 && lex.commonWords.has(low);
  // a long compound of ordinary words before a place names a building or body there ("Stadsgehoorzaal Leiden", "Provinciehuis Zwolle")
  // (a listed word of a building or service before a place too: "Stadhuis Maastricht", "Bibliotheek Goor")
  if (((low.length >= 11 && (isPlainCompound(lex, low) || looksDutch(lex, low))) || (listed && low.length >= 6)) && !inNameList(lex, low) && i + 1 < tokens.count && !newlineBefore[i + 1] && capital[i + 1] && lex.places.has(lower[i + 1]) && !inNameList(lex, lower[i + 1])) return true;
  if ((lower[i - 1] === 'en' || lower[i - 1] === 'of' || lower[i - 1] === 'tot') && RE_ELIDED_BEFORE.test(scan.text.slice(Math.max(0, start[i] - 16), start[i]))) return true;
  const p = i - 1;
  if (kind[p] === TokenKind.Digits) return listed;
  if (kind[p] !== TokenKind.Word) return false;
  const pl = lower[p];
  // (a listed word after a capitalised listed word, "Samen Koken", is left alone: with names the lists do not
  // hold, "Merel Dekkers" and "Kees Groen" have that shape too)
  if (capital[p]) return false;
  if (pl !== 'de' || !listed || SURNAME_TAIL.test(low) || p === 0 || newlineBefore[p]) return false;
  const q = p - 1;
  // ("op de Kosten": a preposition that also opens a particle sequence is a preposition here; "van de" is a particle)
  return kind[q] === TokenKind.Word && !capital[q] && !lex.titles.has(lower[q]) && (!lex.particles.has(lower[q]) || ARTICLE_PREPOSITIONS.has(lower[q])) && !PERSON_CUES_BEFORE.has(lower[q]);
}

/** a particle sequence at token k followed by a capitalised word on the same line ("de Groot", "van den Berg") */
function particleThenCapital(scan: Scan, k: number): boolean {
  const { tokens, lex } = scan;
  if (k >= tokens.count || tokens.newlineBefore[k]) return false;
  const p = particleAt(tokens, k, lex);
  return p > 0 && k + p < tokens.count && !tokens.newlineBefore[k + p] && tokens.capital[k + p] === 1;
}

/**
 * "Raad voor de Kinderbescherming, Regio Noord-Nederland", "Politie Oost-Nederland": an ordinary word of no
 * name list right before a hard negative (a national organisation, a region, a province) on the same line
 * belongs to that organisation's or region's name; no person's name stands before an organisation's.
 */
function beforeOrganisationWord(scan: Scan, i: number, low: string): boolean {
  const { tokens, lex } = scan;
  const n = i + 1;
  if (n >= tokens.count || tokens.newlineBefore[n] || !tokens.spaceBefore[n] || tokens.kind[n] !== TokenKind.Word || !tokens.capital[n]) return false;
  if (!(scan.blocked[n] === Block.Word || scan.blocked[n] === Block.Phrase) || !isNegative(lex, tokens.lower[n]) && scan.blocked[n] !== Block.Phrase) return false;
  if (lex.degrees.has(tokens.lower[n])) return false; // "Lieke Smeding BA": a degree is no organisation
  // ("naar Specialistische GGZ": an inflected or derived word of no name list too)
  return (lex.commonWords.has(low) || isInflectedWord(lex, low) || isDerivedWord(lex, low)) && !lex.titles.has(low) && !lex.particles.has(low);
}

/**
 * "Dagbehandeling Jonge Kind", "Zorg voor Jonge Kinderen": a surname's core that is an inflected adjective
 * ("Jonge" of "de Jonge", "Hoge", "Grote") after a capitalised ordinary word of a heading or title-case
 * run, with no particle before it, is the adjective of the title.
 */
function adjectiveInTitle(scan: Scan, i: number, low: string): boolean {
  const { tokens, lex } = scan;
  if (!isInflectedForm(lex, low) || lex.firstNames.has(low) || i === 0 || tokens.newlineBefore[i]) return false;
  // ("Interview Met Hugo De Jonge": after a first name and a particle it is the surname)
  if (i >= 2 && lex.particles.has(tokens.lower[i - 1]) && !tokens.newlineBefore[i - 1] && tokens.capital[i - 2] && lex.firstNames.has(tokens.lower[i - 2])) return false;
  // (in a heading also before the noun it goes with: "Huiselijk Geweld In Gezinnen Met Jonge Kinderen")
  const n = i + 1;
  if (scan.heading[i] !== 0 && n < tokens.count && !tokens.newlineBefore[n] && tokens.kind[n] === TokenKind.Word && tokens.capital[n] && !inNameList(lex, tokens.lower[n]) && !lex.places.has(tokens.lower[n]) && isOrdinaryWord(lex, tokens.lower[n])) return true;
  const p = i - 1;
  if (tokens.kind[p] !== TokenKind.Word || !tokens.capital[p] || inNameList(lex, tokens.lower[p]) || lex.titles.has(tokens.lower[p])) return false;
  return isOrdinaryWord(lex, tokens.lower[p]) && (scan.heading[i] === 1 || isDerivedWord(lex, tokens.lower[p]) || isPlainCompound(lex, tokens.lower[p]));
}

/** separators of a coordination: "Ouders, Jongeren en Professionals" */
const COORDINATORS = new Set([',', 'en', 'of', '&', '/']);

/**
 * A word whose form says category, not name: an inflected form of a listed word or a derived word ("Ouders",
 * "Professionals", "Gemeenten"); no name of the lists. A bare listed word is not enough: "Roos en Bas".
 */
function listedWord(scan: Scan, low: string): boolean {
  const { lex } = scan;
  // (a listed plural: "Jongeren", "Scholen")
  const listedPlural = lex.commonWords.has(low) && ((low.endsWith('en') && low.length >= 6) || (low.endsWith('s') && low.length >= 5));
  return !inNameList(lex, low) && !lex.places.has(low) && !lex.titles.has(low) && (isInflectedWord(lex, low) || isDerivedWord(lex, low) || pluralCompound(scan, low) || listedPlural || (low.length >= 11 && isPlainCompound(lex, low)));
}

/**
 * Is the ordinary word i one item of a coordination whose neighbouring item is a capitalised ordinary word
 * too ("Professionals, Ouders en Jongeren", "Gemeenten en Aanbieders")? Report prose capitalises its
 * categories; a list of people holds names. With `placeWord` word i may be a place of the lists that is also a word.
 */
function coordinatedWithWords(scan: Scan, i: number, placeWord = false): boolean {
  const { tokens } = scan;
  const { raw, lower, kind, capital, newlineBefore } = tokens;
  // the separators first (cheap), then the words
  const near = (k: number): boolean => k >= 0 && k < tokens.count && (COORDINATORS.has(raw[k]) || COORDINATORS.has(lower[k]) || raw[k] === 'de' || raw[k] === 'het');
  if (!near(i - 1) && !near(i + 1)) return false;
  if (!placeWord && !listedWord(scan, lower[i])) return false;
  const isSep = (k: number): boolean => k >= 0 && k < tokens.count && (COORDINATORS.has(raw[k]) || COORDINATORS.has(lower[k]));
  const article = (k: number): boolean => k >= 0 && k < tokens.count && /^(?:de|het)$/.test(raw[k]);
  // an item of one word: "Hart" in "Mila Hart" and "Bruin" in "Storm de Bruin" are the last words of a name
  const alone = (k: number): boolean => k === 0 || newlineBefore[k] === 1 || !(kind[k - 1] === TokenKind.Word && (capital[k - 1] === 1 || scan.lex.particles.has(lower[k - 1])));
  const item = (k: number): boolean => k >= 0 && k < tokens.count && kind[k] === TokenKind.Word && capital[k] === 1 && RE_HAS_LOWER.test(raw[k]) && !scan.labels[k] && scan.blocked[k] !== Block.Institution && listedWord(scan, lower[k]) && (alone(k) || wordShape(scan, lower[k]));
  if (!alone(i) && !wordShape(scan, lower[i]) && !article(i - 1)) return false;
  if (isSep(i - 1) && !newlineBefore[i] && !newlineBefore[i - 1] && item(i - 2)) return true;
  // ", de Jeugdhulpaanbieders, de Huisartsen": an article after the separator
  if (article(i - 1) && isSep(i - 2) && !newlineBefore[i] && item(i - 3)) return true;
  if (isSep(i + 1) && i + 2 < tokens.count && !newlineBefore[i + 1] && !newlineBefore[i + 2] && (item(i + 2) || (article(i + 2) && item(i + 3)))) return true;
  return false;
}

/** Is word i coordinated (a comma, "en", "of", "&", "/" between) on its line with a plural of the dictionary or of a role ("Grootouders, Ooms En Tantes")? */
function pluralsCoordinated(scan: Scan, i: number): boolean {
  const { tokens, lex } = scan;
  const { raw, lower, kind, newlineBefore, count } = tokens;
  const plural = (k: number): boolean => k >= 0 && k < count && kind[k] === TokenKind.Word && !newlineBefore[k] && (isRolePlural(lex, lower[k]) || (isPluralNoun(lex, lower[k]) && !inNameList(lex, lower[k])));
  const sep = (k: number): boolean => k >= 0 && k < count && (COORDINATORS.has(raw[k]) || COORDINATORS.has(lower[k]));
  return (sep(i - 1) && !newlineBefore[i] && plural(i - 2)) || (sep(i + 1) && !newlineBefore[i + 1] && plural(i + 2));
}

/** determiners that open no facility's name ("het" and "een" do: "Het Anker", "Een Thuis") */
const TITLE_CASE_DETERMINERS = new Set(['geen', 'elke', 'ieder', 'iedere', 'elk', 'alle', 'deze', 'dit', 'onze', 'uw', 'welke']);

/**
 * words before a noun that no person's or place's name takes ("het", "een", "onze", "hun Ouders"); "de" is also a surname's particle, and "zijn", "haar", "dat" are also verbs, pronouns and
 * conjunctions ("jullie" too: "Hebben jullie Sanne gezien?")
 */
const DETERMINERS_NOT_PARTICLES = new Set([
  'het', 'een', 'deze', 'dit', 'onze', 'elke', 'iedere', 'welke', 'uw', 'geen', 'alle', 'elk', 'ieder',
  'hun', 'mijn', 'jouw',
]);

/** A plural of a compound of ordinary words: "Ketenpartners", "Ouderbijeenkomsten" (no surname has that shape). */
function pluralCompound(scan: Scan, low: string): boolean {
  const { lex } = scan;
  if (low.endsWith('en') && low.length >= 11) {
    const stem = low.slice(0, -2);
    // "groepsgesprekken": the doubled consonant of the plural undone
    if (isPlainCompound(lex, stem) || (stem.charCodeAt(stem.length - 1) === stem.charCodeAt(stem.length - 2) && isPlainCompound(lex, stem.slice(0, -1)))) return true;
  }
  return low.endsWith('s') && !low.endsWith('ss') && low.length >= 10 && isPlainCompound(lex, low.slice(0, -1));
}

/** Does a determiner stand right before word i ("een Ouderavond", "het Spreekuur"; "de" only before the plural of a compound: "de Leerbijeenkomsten")? */
/** a verb form or an adjective by its shape: "Verdelen", "Beperken", "Behaald", "Gedeeltelijk", "Vrijwillig", "Passend" (a present participle) */
/** adjectives that end compounds of method names: "Resultaatgericht", "Oplossingsgericht", "Traumasensitief", "Cultuurbewust" */
const ADJECTIVE_TAILS = 'gericht|gerichte|sensitief|sensitieve|bewust|bewuste|gestuurd|gestuurde';
const RE_ADJECTIVE_TAIL = new RegExp(`(?:${ADJECTIVE_TAILS})$`);

const RE_VERBAL_OR_ADJECTIVAL = new RegExp(`^(?:(?:ge|be|ver|ont|her|er)\\p{L}{3,}(?:d|t|en)|\\p{L}{3,}(?:lijk|lijke|ig|ige|isch|ische|baar|bare|zaam|zame|end|ende|${ADJECTIVE_TAILS}))$`, 'u');

/**
 * "Rollen Verdelen", "Doorstroom Beperken", "Gedeeltelijk Behaald": two capitalised words of the dictionary side by side,
 * neither in a name list nor a place, a title or a function word, one of them a verb form or an adjective by its
 * shape, are a title-case phrase, no name ("Mila Hart", "Kees Groen": nouns, names as often).
 */
function ordinaryPair(scan: Scan, i: number): boolean {
  const { tokens, lex } = scan;
  // (nor compounds of an adjective: "Resultaatgericht", "Traumasensitief", "Cultuurbewust")
  const compoundAdjective = (low: string): boolean => RE_ADJECTIVE_TAIL.test(low) && isCompoundOfWords(lex, low);
  // (the word list holds few present participles, "Passend", and few compounds: a compound of ordinary words with no
  // surname's tail, "Traag Werktempo"; "Purmerend" stays a place of the lists)
  const plain = (k: number): boolean =>
    k >= 0 && k < tokens.count && tokens.kind[k] === TokenKind.Word && tokens.capital[k] === 1 && RE_HAS_LOWER.test(tokens.raw[k]) && tokens.lower[k].length >= 4 && (lex.commonWords.has(tokens.lower[k]) || isInflectedWord(lex, tokens.lower[k]) || isPresentParticiple(lex, tokens.lower[k]) || compoundAdjective(tokens.lower[k]) || isPlainCompound(lex, tokens.lower[k])) &&
    !inNameList(lex, tokens.lower[k]) && !lex.places.has(tokens.lower[k]) && !lex.titles.has(tokens.lower[k]) && !lex.particles.has(tokens.lower[k]) && !STOP_LOWER.has(tokens.lower[k]);
  if (!plain(i)) return false;
  const shaped = (k: number): boolean => RE_VERBAL_OR_ADJECTIVAL.test(tokens.lower[k]);
  const joined = (m: number, n: number): boolean => !tokens.newlineBefore[n] && isJoin(scan.text, tokens.end[m], tokens.start[n]);
  // (or a grading adjective on either side: "Hoog Risico", "Profiel Licht", "Zwak Werkgeheugen")
  const pairWith = (k: number): boolean => plain(k) && (shaped(i) || shaped(k) || GRADE_ADJECTIVES.has(tokens.lower[i]) || GRADE_ADJECTIVES.has(tokens.lower[k])) && joined(Math.min(i, k), Math.max(i, k)) && !roleBefore(Math.min(i, k));
  // (a role word right before the pair, a bracket or colon between, introduces a person: "de buurman (Eerlijk Sterken)")
  const roleBefore = (first: number): boolean => {
    let p = first - 1;
    if (p >= 0 && (tokens.raw[p] === '(' || tokens.raw[p] === ':')) p--;
    return p >= 0 && tokens.kind[p] === TokenKind.Word && lex.titles.has(tokens.lower[p]);
  };
  return (i > 0 && pairWith(i - 1)) || (i + 1 < tokens.count && pairWith(i + 1));
}

function afterDeterminer(scan: Scan, i: number): boolean {
  const { tokens, lex } = scan;
  // "Het Spreekuur" at the start of a sentence too
  // (or a determiner of no facility's name written with a capital in a title-case run: "(Geen Lid)", "Elke Leerling")
  if (i === 0 || tokens.newlineBefore[i] || tokens.kind[i - 1] !== TokenKind.Word || (tokens.capital[i - 1] && !sentenceStart(tokens, i - 1) && !TITLE_CASE_DETERMINERS.has(tokens.lower[i - 1]))) return false;
  const before = tokens.lower[i - 1];
  if (DETERMINERS_NOT_PARTICLES.has(before)) return true;
  const low = tokens.lower[i];
  // ("de Gesprekken", "aan de Bijeenkomsten": the plural of a word of the dictionary; "de Bakkers" is in the name lists)
  // (or a word of the dictionary with the plural's ending that has no singular: "De Notulen worden vastgesteld")
  // (and a compound of the dictionary with no surname's tail: "de Expertgroep", "de Stuurgroep")
  // (and an abstract noun or a noun of care: "de Hulp van …", "de Begeleiding", "de Veiligheid")
  return before === 'de' && (pluralCompound(scan, low) || isPlainCompound(lex, low) || ((CARE_NOUNS.has(low) || isDerivedWord(lex, low)) && !inNameList(lex, low)) || (low.length >= 8 && lex.commonWords.has(low) && !inNameList(lex, low) && !surnameTail(lex, low) && isCompoundOfWords(lex, low)) || (low.length >= 7 && (isPluralNoun(lex, low) || (low.endsWith('en') && lex.dutchWords.has(low))) && !inNameList(lex, low) && !lex.places.has(low)));
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

/** prepositions that bring in a place and hardly ever a person */
const IN_PLACE_ONLY = new Set(['in', 'uit', 'te', 'vanuit', 'nabij']);

/** Rules on the word right before or after word i, in order; returns whether one decided. */
function classifyByNeighbour(scan: Scan, i: number, low: string, prevLow: string, afterTitle: boolean, common: boolean, place: boolean, named: boolean): boolean {
  const { tokens, lex, labels, blocked } = scan;
  const { kind, lower, capital, newlineBefore } = tokens;
  // "Mo z'n fiets": a word followed by z'n / d'r is the owner's name
  if (i + 1 < tokens.count && !newlineBefore[i + 1] && (lower[i + 1] === "z'n" || lower[i + 1] === "d'r") && !STOP_LOWER.has(low) && (named || !common)) {
    labels[i] = 'PERSOON';
    return true;
  }
  // pets and cuddly toys: "hond Max", "knuffel Vosje", also with the pet word in apposition ("Storm, de hond van een medewerker", "Max (onze kat)")
  if ((i > 0 && !newlineBefore[i] && PET_WORDS.has(prevLow) && !afterTitle) || petInApposition(scan, i)) {
    blocked[i] = Block.Word;
    return true;
  }
  // compass words after "team" etc.
  if (COMPASS.has(low) && i > 0 && TEAM_WORDS.has(prevLow)) {
    blocked[i] = Block.Word;
    return true;
  }
  if (place && !named && (!common || (i > 0 && PLACE_PREPOSITIONS.has(prevLow)))) {
    // "Femke Rozendaal", "Joris Hoogeveen": a place right after a first name of the lists that is no word is the surname
    const firstNameBefore = i > 0 && !newlineBefore[i] && capital[i - 1] && lex.firstNames.has(prevLow) && !lex.commonWords.has(prevLow) && !lex.places.has(prevLow);
    labels[i] = firstNameBefore && isJoin(scan.text, tokens.end[i - 1], tokens.start[i]) && tokens.raw[i - 1].length > 1 ? 'PERSOON' : 'LOCATIE';
    return true;
  }
  // "de opvoedpoli in Gendt", "geboren te Oosterend": a word no list knows after "in", "uit" or "te" is a place the lists lack
  // (not after "bij", "naar", "via": "bij Fatma", "naar Yusuf" go to a person as often)
  // (its other mentions follow, as for a place of the lists: `Scan.contextPlaces`)
  if (!place && !named && !common && !afterTitle && i > 0 && !newlineBefore[i] && kind[i - 1] === TokenKind.Word && !capital[i - 1] && IN_PLACE_ONLY.has(prevLow) && RE_HAS_LOWER.test(tokens.raw[i]) && !wordShape(scan, low)) {
    labels[i] = 'LOCATIE';
    (scan.contextPlaces ??= new Set()).add(low);
    return true;
  }
  const afterParticle = i > 0 && !newlineBefore[i] && kind[i - 1] === TokenKind.Word && !capital[i - 1] && lex.particles.has(prevLow) && prevLow !== 'in' && prevLow !== 'op' && prevLow !== 'te';
  // (after "de" a compound of ordinary words with no surname's tail is a thing: "tekent A de Netwerkcirkel")
  if (afterParticle && (named || (!common && !JARGON_TAIL.test(low) && !wordShape(scan, low) && !(prevLow === 'de' && isPlainCompound(lex, low)))) && !(place && PLACE_PREPOSITIONS.has(prevLow))) {
    labels[i] = 'PERSOON';
    return true;
  }
  if (place && named && i > 0 && PLACE_PREPOSITIONS.has(prevLow) && !afterTitle) {
    labels[i] = 'LOCATIE';
    return true;
  }
  return false;
}

/** A shape no surname has: a derived word ("Engelstalige", "Individuele"), a long inflected one ("Buitenlandse") or the plural of a compound ("Jeugdhulpaanbieders"). */
function wordShape(scan: Scan, low: string): boolean {
  const { lex } = scan;
  return !inNameList(lex, low) && (isDerivedWord(lex, low) || (low.length >= 8 && isInflectedWord(lex, low)) || pluralCompound(scan, low));
}

/** After token i: lower-case particles (no preposition first) and a lower-case surname of the lists or a word no list knows ("de vries", "van der berg")? */
function lowerCaseSurnameAfter(scan: Scan, i: number): boolean {
  const { tokens, lex } = scan;
  const { kind, lower, capital, newlineBefore, count } = tokens;
  const p = i + 1;
  if (p >= count || newlineBefore[p] || kind[p] !== TokenKind.Word || capital[p] || PREPOSITION_LIKE_PARTICLES.has(lower[p])) return false;
  const n = particleAt(tokens, p, lex);
  const s = p + n;
  if (!n || s >= count || newlineBefore[s] || kind[s] !== TokenKind.Word || capital[s]) return false;
  for (let k = p; k < s; k++) if (capital[k]) return false;
  const low = lower[s];
  if (low.length < 3 || STOP_LOWER.has(low) || lex.particles.has(low) || SUBJECT_VERBS.has(low)) return false;
  return lex.surnames.has(low) || (!lex.commonWords.has(low) && !looksDutch(lex, low));
}

/** At a sentence start a capital says nothing: an ordinary or unknown word is a name only with evidence after it. */
function classifyAtSentenceStart(scan: Scan, i: number, low: string, common: boolean, place: boolean, named: boolean): void {
  const { tokens, lex, labels } = scan;
  const { kind, raw, lower, capital, newlineBefore, coreEnd, end } = tokens;
  const count = tokens.count;
  // "Kees de vries belde", "Jan van der berg kwam": a first name of the lists that opens the sentence before the
  // lower-case particles and surname of a hurried note (not a preposition: "Mert in de wijk")
  // (not a preposition that is a first name somewhere: "Na de storm kwam er rust")
  if (lex.firstNames.has(low) && !place && !FUNCTION_WORDS.has(low) && lowerCaseSurnameAfter(scan, i)) {
    labels[i] = 'PERSOON';
    return;
  }
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
  // "Dagbehandeling Jonge Kind": a derived word or a plain compound opens no name
  // (a plain compound of nine or ten letters may be a first name: "Willemijn" is "wille" + "mijn")
  if (!named && (isDerivedWord(lex, low) || (low.length >= 11 && isPlainCompound(lex, low)))) return;
  // "Wat Vraagt Sterre?": a finite verb of the dictionary is no first name before a name
  if (!named && finiteVerb(lex, low)) return;
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
  // "Van de Engelstalige publicaties": a particle before a word no surname looks like opens a sentence
  // "Na de Zomer": a function word that opens the sentence is no first name before a particle
  if (particles && k < count && capital[k] && !newlineBefore[k] && !blocked[k] && !lex.places.has(lower[k]) && !isNegative(lex, lower[k]) && lower[j] !== 'in' && lower[j] !== 'op' && !wordShape(scan, lower[k]) && !STOP_LOWER.has(low)) {
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

/** the lower-case words of the text (built once per scan, on first use) */
function lowerCaseWords(scan: Scan): Set<string> {
  if (scan.lowerWords) return scan.lowerWords;
  const { tokens } = scan;
  const set = new Set<string>();
  for (let k = 0; k < tokens.count; k++) if (tokens.kind[k] === TokenKind.Word && tokens.capital[k] === 0) set.add(tokens.lower[k]);
  scan.lowerWords = set;
  return set;
}

/**
 * "ouders scoren de Rust in huis … meer rust", "uit een leefgroep of Pleeggezin": a capitalised word that the
 * same text also writes in lower case is that word (writers capitalise their themes; a person's name keeps its
 * capital), unless something beside it says person: a capitalised neighbour ("Jan Veld"), a particle after a
 * capitalised word ("Kees de Rust"), a title or a cue before it ("mevrouw Duif", "volgens Wolf"), an age or a
 * role in brackets, "z'n" or a particle with a capital after it. Callers have ruled out listed names and places.
 */
function loneWordWrittenLowerElsewhere(scan: Scan, i: number, low: string): boolean {
  const { tokens, lex } = scan;
  const { kind, raw, lower, capital, newlineBefore } = tokens;
  if (low.length < 3 || !lowerCaseWords(scan).has(low)) return false;
  const capitalWord = (k: number): boolean => k >= 0 && k < tokens.count && kind[k] === TokenKind.Word && capital[k] === 1 && !(STOP_LOWER.has(lower[k]) && sentenceStart(tokens, k));
  if (!newlineBefore[i] && capitalWord(i - 1)) return false;
  if (i + 1 < tokens.count && !newlineBefore[i + 1] && capitalWord(i + 1)) return false;
  if (i > 1 && !newlineBefore[i] && !newlineBefore[i - 1] && particleAt(tokens, i - 1, lex) === 1 && capitalWord(i - 2)) return false;
  if (i > 0 && !newlineBefore[i] && (PERSON_CUES_BEFORE.has(lower[i - 1]) || lex.titles.has(lower[i - 1]))) return false;
  const next = i + 1 < tokens.count && !newlineBefore[i + 1] ? lower[i + 1] : '';
  if (next === "z'n" || next === "d'r" || raw[i + 1] === '(' || particleThenCapital(scan, i + 1)) return false;
  return true;
}

/** function words that introduce a person as often as a thing: "Volgens Groen", "Door Marieke Vos", "Namens Bakker" */
const FUNCTION_WORDS_BEFORE_PEOPLE = new Set([...PERSON_CUES_BEFORE, 'door', 'bij', 'van', 'aan', 'tegen', 'naast', 'tussen', 'dankzij', 'behalve', 'en', 'of']);

/**
 * "Samen Kijken, Samen Doen", "R: Echt Contact.", "Voor Akkoord", "Met Lumpsum houden wij grip": a listed
 * ordinary word after a capitalised function word is that word. A function word is never a first name, so the
 * pair is no "first name + surname"; words that bring in a person ("Volgens", "Door", "Bij") keep the old rules,
 * and so do a verb, a bracket, a citation or a particle with a capital after the word.
 */
function afterCapitalisedFunctionWord(scan: Scan, i: number, low: string): boolean {
  const { tokens, lex } = scan;
  const { kind, raw, lower, capital, newlineBefore } = tokens;
  if (i === 0 || newlineBefore[i] || low.length < 4 || !lex.commonWords.has(low)) return false;
  const p = i - 1;
  if (kind[p] !== TokenKind.Word || capital[p] !== 1 || !FUNCTION_WORDS.has(lower[p]) || FUNCTION_WORDS_BEFORE_PEOPLE.has(lower[p]) || inNameList(lex, lower[p])) return false;
  const next = i + 1 < tokens.count && !newlineBefore[i + 1] ? lower[i + 1] : '';
  if (SUBJECT_VERBS.has(next) || raw[i + 1] === '(' || next === "z'n" || next === "d'r" || particleThenCapital(scan, i + 1)) return false;
  if (i + 1 < tokens.count && !newlineBefore[i + 1] && kind[i + 1] === TokenKind.Word && capital[i + 1] === 1 && inNameList(lex, lower[i + 1])) return false;
  return !citedAfter(scan, i);
}

/** number words and quantifiers that count a noun: "met vier Kinderen", "Veel Vragen", "enkele Scholen" */
const QUANTIFIERS = new Set([
  'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'twintig',
  'dertig', 'veertig', 'vijftig', 'honderd', 'honderden', 'duizend', 'duizenden', 'tientallen', 'enkele', 'meerdere', 'diverse',
  'verschillende', 'sommige', 'vele', 'veel', 'weinig', 'minder', 'meer', 'beide', 'talloze', 'ettelijke',
]);

/**
 * "met vier Kinderen kwam", "Veel Vragen gaan over", "Respondenten: 112 Ouders": a listed word counted by a number
 * or a quantifier right before it is a noun, no name; nobody counts people by their name. Only listed words and
 * their inflected forms ("Ouders"; an unknown word after a number may be a place in an address or a table).
 */
function countedAfterQuantifier(scan: Scan, i: number, low: string): boolean {
  const { tokens, lex } = scan;
  const { kind, raw, lower, capital, newlineBefore } = tokens;
  if (i === 0 || newlineBefore[i] || low.length < 4 || !(lex.commonWords.has(low) || isInflectedWord(lex, low))) return false;
  const p = i - 1;
  const counted = (kind[p] === TokenKind.Digits && raw[p].length <= 4 && !(p > 0 && raw[p - 1] === '(')) || (kind[p] === TokenKind.Word && QUANTIFIERS.has(lower[p]) && (capital[p] === 0 || sentenceStart(tokens, p)));
  if (!counted) return false;
  const next = i + 1 < tokens.count && !newlineBefore[i + 1] ? lower[i + 1] : '';
  return raw[i + 1] !== '(' && !particleThenCapital(scan, i + 1) && !(next && kind[i + 1] === TokenKind.Word && capital[i + 1] === 1 && inNameList(lex, next));
}
