// Classification: each word token gets a label (PERSOON, LOCATIE) or is blocked, from lexicon lookups
// and context rules. Four passes: lexicon phrases (negatives, multi-word places); single capitalised
// negatives and streets; headings and programme names in prose (prose.ts); then every remaining word — lower-case names, and the capitalised words by
// their shape (compounds, capitals, initials) and then by their context (classifyInContext).
import { isStreetName } from './addresses';
import { labelCalendarNames } from './calendarNames';
import { classifyInContext } from './contextRules';
import { isActionListInitials, isSignatureLine, matchPhrase, particleAt, sentenceStart, titleBefore } from './neighbours';
import { markProse } from './prose';
import { Block, type Scan } from './scan';
import { RE_HAS_LOWER, TokenKind } from './tokens';
import { CALENDAR_BEFORE, CALENDAR_WORDS, SEASONS, HIGHER_EDUCATION, PO_BOX, ADDRESS_TITLE, COMPASS, LOWER_NAME_MIN, NOT_INITIALS, PREPOSITION_LIKE_PARTICLES, STOP_LOWER, SUBJECT_VERBS, inNameList, isCompoundOfWords, isInflectedWord, isNegative, isOrdinaryWord, isRolePlural, looksDutch } from './wordClasses';

/** "R.B.", "J.K.": up to four dotted capitals not followed by a letter or digit */
/** dotted initials, with the lower-case letters of particles between them: "R.B.", "J.K", "C.d.B.", "D.v.d.B." */
const RE_DOTTED_INITIALS = /^\p{Lu}\.(?:(?:[a-z]{1,3}\.){0,3}\p{Lu}\.?){1,3}(?![\p{L}\d])/u;
/** one capital and a dot: the initial that stands for a person in an anonymised case ("J. (4 jaar)", "mevrouw K.") */
const RE_SINGLE_INITIAL = /^\p{Lu}\.(?![\p{L}\d.])/u;
/** what follows a single initial that stands for a person: an age or a school group in brackets, ", 7 jaar" */
const RE_PERSON_AFTER_INITIAL = /^ ?(?:\((?:\d{1,2}(?:[;,)]| ?(?:jaar|jr|j)\b)|groep \d|\p{Lu}\p{Ll}+\))|, \d{1,2} ?(?:jaar|jr|j)\b)/u;

export function classifyWords(scan: Scan): void {
  markPhrases(scan);
  markNegativesAndStreets(scan);
  markProse(scan);
  const { tokens, labels, blocked } = scan;
  const { kind, capital } = tokens;
  const singleInitials = new Set<string>();
  for (let i = 0; i < tokens.count; i++) {
    if (kind[i] !== TokenKind.Word || blocked[i] || labels[i]) continue;
    if (!capital[i]) {
      if (!labelLowerCaseSurname(scan, i)) labelLowerCaseName(scan, i);
    } else i = classifyCapitalised(scan, i, singleInitials);
  }
  if (singleInitials.size) repeatSingleInitials(scan, singleInitials);
  joinDoubleSurnames(scan);
  labelCalendarNames(scan);
}

/** the particle that ends the first half of a double surname: "Roos-van", "Bruin-de", "Vos-ter" */
const RE_HYPHEN_PARTICLE = /-(?:van|de|der|den|ter|ten|te|in|op|la|le|el|al)$/;

/**
 * "dr. Ellen Roos-van Beek", "E. Jansen-de Haan", "Mieke Vos-van der Linden": a name that ends in a hyphen and a particle
 * goes on with the particles and the capitalised word after it, also where that word is a place or a word on its own.
 */
function joinDoubleSurnames(scan: Scan): void {
  const { tokens, labels, blocked } = scan;
  const { kind, lower, capital, newlineBefore, count } = tokens;
  for (let k = 0; k + 1 < count; k++) {
    if (labels[k] !== 'PERSOON' || kind[k] !== TokenKind.Word || !RE_HYPHEN_PARTICLE.test(lower[k])) continue;
    let j = k + 1;
    while (j < count && !newlineBefore[j] && kind[j] === TokenKind.Word && !capital[j] && /^(?:der|den|de|het|'t)$/.test(lower[j])) j++;
    if (j >= count || newlineBefore[j] || kind[j] !== TokenKind.Word || !capital[j] || labels[j] === 'PERSOON') continue;
    labels[j] = 'PERSOON';
    blocked[j] = Block.None;
  }
}

/** "het overlijden van J. (4 jaar) … een blauwe plek op de wang van J.": an initial that stood for a person stands for that person at its other mentions */
function repeatSingleInitials(scan: Scan, letters: Set<string>): void {
  const { tokens, text } = scan;
  const { kind, raw, start, end } = tokens;
  const found = new Set(scan.spans.filter((s) => s.label === 'PERSOON').map((s) => s.start));
  for (let i = 0; i < tokens.count; i++) {
    if (kind[i] !== TokenKind.Word || raw[i].length !== 1 || !letters.has(raw[i]) || found.has(start[i])) continue;
    if (!RE_SINGLE_INITIAL.test(text.slice(start[i], start[i] + 3)) || !standsAlone(scan, i)) continue;
    scan.spans.push({ start: start[i], end: end[i] + 1, label: 'PERSOON', prio: 25 });
  }
}

/** Is the initial at token i no part of a longer name or abbreviation: no initial or name right before or after it? */
function standsAlone(scan: Scan, i: number): boolean {
  const { tokens, lex } = scan;
  const { kind, raw, capital, newlineBefore, start, end } = tokens;
  if (i > 0 && kind[i - 1] === TokenKind.Word && raw[i - 1].length === 1 && end[i - 1] + 1 === start[i]) return false; // "J.K."
  if (i > 1 && raw[i - 1] === '.' && end[i - 1] === start[i] && kind[i - 2] === TokenKind.Word) return false; // "o.a.", "J.K."
  let j = i + 1;
  if (j < tokens.count && raw[j] === '.') j++;
  if (j < tokens.count && kind[j] === TokenKind.Word && start[j] === end[j - 1]) return false; // "C.d.B."
  const nextIsName = j < tokens.count && !newlineBefore[j] && capital[j] && kind[j] === TokenKind.Word && raw[j].length > 1;
  const nextIsParticle = j < tokens.count && !newlineBefore[j] && particleAt(tokens, j, lex) > 0 && j + 1 < tokens.count && capital[j + particleAt(tokens, j, lex)];
  return !nextIsName && !nextIsParticle;
}

/** Pass 1: lexicon phrases — hard negatives ("Veilig Thuis") are blocked, multi-word places ("Den Haag", "de Schilderswijk") labelled. */
function markPhrases(scan: Scan): void {
  const { tokens, lex, labels, blocked } = scan;
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.kind[i] !== TokenKind.Word) continue;
    const negative = matchPhrase(tokens, i, lex.negativePhrases, true);
    if (negative) {
      for (let k = 0; k < negative; k++) blocked[i + k] = negative > 1 ? Block.Phrase : Block.Word;
      i += negative - 1;
      continue;
    }
    const place = matchPhrase(tokens, i, lex.placePhrases, true);
    if (place) {
      // "de Schilderswijk": keep the article when the place entry has it; "mevrouw Ter Horst", "dhr. De Bilt":
      // after a title a place that opens with a particle is a surname
      // (so is one written lower case after a lower-case particle: "J.P. van den Bosch", "Marieke van der Meer"; "in de Meern" is a place)
      const afterParticle = i > 0 && !tokens.newlineBefore[i] && tokens.kind[i - 1] === TokenKind.Word && !tokens.capital[i - 1] && !tokens.capital[i] && lex.particles.has(tokens.lower[i - 1]) && !PREPOSITION_LIKE_PARTICLES.has(tokens.lower[i - 1]);
      const label = lex.particles.has(tokens.lower[i]) && (titleBefore(scan, i) || afterParticle) ? 'PERSOON' : 'LOCATIE';
      for (let k = 0; k < place; k++) labels[i + k] = label;
      // (the particles before it open the surname: "van" of "van den Bosch")
      if (afterParticle) for (let k = i - 1; k >= 0 && !tokens.newlineBefore[k + 1] && tokens.kind[k] === TokenKind.Word && !tokens.capital[k] && lex.particles.has(tokens.lower[k]); k--) labels[k] = 'PERSOON';
      i += place - 1;
      continue;
    }
  }
}

/** Pass 2: capitalised single-word negatives are blocked; streets (with a house number or a strong suffix) labelled. */
function markNegativesAndStreets(scan: Scan): void {
  const { tokens, lex, labels, blocked } = scan;
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.kind[i] !== TokenKind.Word || blocked[i] || labels[i]) continue;
    const low = tokens.lower[i];
    if (!tokens.capital[i]) continue;
    if (placeOfUniversity(scan, i)) {
      labels[i] = 'LOCATIE';
      continue;
    }
    if (isNegative(lex, low) || PO_BOX.has(low) || calendarWord(scan, i) || verbBeforeSubject(scan, i) || seasonAfterPreposition(scan, i) || provinceInList(scan, i) || regionName(scan, i)) {
      blocked[i] = Block.Word;
      continue;
    }
    if (HIGHER_EDUCATION.test(low)) {
      // "Fontys Hogescholen", "Erasmus Universiteit": the brand before it belongs to the organisation's name
      blocked[i] = Block.Word;
      const p = i - 1;
      if (p >= 0 && !tokens.newlineBefore[i] && tokens.kind[p] === TokenKind.Word && tokens.capital[p] && !labels[p] && !lex.places.has(tokens.lower[p]) && !sentenceStartStop(scan, p)) blocked[p] = Block.Word;
      // "Hogeschool Saxion", "Universiteit Twente": the brand or region after it too; a place stays a place ("Hogeschool [Leiden]")
      const n = i + 1;
      if (n < tokens.count && !tokens.newlineBefore[n] && tokens.spaceBefore[n] && tokens.kind[n] === TokenKind.Word && tokens.capital[n] && RE_HAS_LOWER.test(tokens.raw[n]) && !labels[n] && !lex.places.has(tokens.lower[n]) && !lex.particles.has(tokens.lower[n]) && !lex.firstNames.has(tokens.lower[n])) blocked[n] = Block.Word;
      continue;
    }
    if (INSTITUTE_WORDS.has(low)) {
      blockInstituteName(scan, i);
      continue;
    }
    if (isStreetName(scan, i, low)) labels[i] = 'LOCATIE';
  }
}

/**
 * "University of Manchester", "Universiteit van Tilburg", "Hogeschool van Amsterdam": the place in a university's
 * name is an identifier (the guidelines: "University of [Leeds]"), also a place no list holds.
 */
function placeOfUniversity(scan: Scan, i: number): boolean {
  const { tokens } = scan;
  const { lower, newlineBefore, kind } = tokens;
  if (i < 2 || newlineBefore[i] || newlineBefore[i - 1] || kind[i - 2] !== TokenKind.Word || !tokens.capital[i - 2] || !/^\p{Lu}\p{Ll}/u.test(tokens.raw[i])) return false;
  return (lower[i - 1] === 'of' || lower[i - 1] === 'van') && /^(?:university|universiteit|hogeschool|college)$/.test(lower[i - 2]);
}

/** the head nouns of institutes and funds that carry a person's name ("Verwey-Jonker Instituut", "Joanna Briggs Institute") */
const INSTITUTE_WORDS = new Set(['instituut', 'institute', 'institut', 'foundation', 'fonds', 'fund']);

/**
 * "het Joanna Briggs Institute", "het Verwey-Jonker Instituut": a research institute or fund named after a person
 * is the organisation, no person: the institute word and the capitalised words right before it on its line
 * (at most three; a place among them stays a place, "Instituut [Utrecht]" comes after and is not touched).
 */
function blockInstituteName(scan: Scan, i: number): void {
  const { tokens, lex, labels, blocked } = scan;
  const { kind, capital, newlineBefore, lower } = tokens;
  blocked[i] = Block.Word;
  for (let k = i - 1, n = 0; k >= 0 && n < 3 && !newlineBefore[k + 1]; k--, n++) {
    if (kind[k] !== TokenKind.Word || !capital[k] || labels[k] || lex.places.has(lower[k]) || lex.titles.has(lower[k]) || (STOP_LOWER.has(lower[k]) && n > 0)) break;
    blocked[k] = Block.Word;
  }
}

const WEEKDAY_ABBREVIATIONS = new Set(['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']);

/**
 * A month or weekday ("op Dinsdag", "In Januari"): no name. "Mei" and "Juli" are also first names: those
 * only beside a number or after a word that takes a date ("in Mei", "sinds Juli").
 */
function calendarWord(scan: Scan, i: number): boolean {
  const { tokens, lex } = scan;
  const low = tokens.lower[i];
  const { kind, lower, raw, capital, newlineBefore } = tokens;
  // "### Vr 7 nov.", "| Do 13 nov., 20.00 |": an abbreviated weekday before the day's number
  if (WEEKDAY_ABBREVIATIONS.has(low)) {
    const n = raw[i + 1] === '.' ? i + 2 : i + 1;
    return n < tokens.count && !newlineBefore[n] && kind[n] === TokenKind.Digits;
  }
  if (!CALENDAR_WORDS.has(low) && !RE_CALENDAR_COMPOUND.test(low)) return false;
  // "Mei Lin Chen", "April Jansen", "April de Groot": a first name before a surname
  if (i + 1 < tokens.count && !newlineBefore[i + 1] && kind[i + 1] === TokenKind.Word && capital[i + 1] && RE_HAS_LOWER.test(raw[i + 1]) && !isOrdinaryWord(lex, lower[i + 1])) return false;
  const particles = i + 1 < tokens.count && !newlineBefore[i + 1] ? particleAt(tokens, i + 1, lex) : 0;
  if (particles && i + 1 + particles < tokens.count && capital[i + 1 + particles] && !newlineBefore[i + 1 + particles]) return false;
  if (!inNameList(lex, low)) return true;
  return (
    (i + 1 < tokens.count && !newlineBefore[i + 1] && kind[i + 1] === TokenKind.Digits) ||
    (i > 0 && !newlineBefore[i] && (kind[i - 1] === TokenKind.Digits || (kind[i - 1] === TokenKind.Word && CALENDAR_BEFORE.has(lower[i - 1]))))
  );
}

/** prepositions of time before an article and a season: "Na de Zomer", "Voor de Kerstvakantie", "In het Voorjaar" */
const TIME_PREPOSITIONS = new Set(['na', 'voor', 'in', 'tot', 'rond', 'sinds', 'tijdens', 'vanaf', 'vóór', 'eind', 'begin', 'medio', 'halverwege']);

/** words before a season that make it a time: "de hele Zomer", "deze Winter", "afgelopen Lente" */
const SEASON_DETERMINERS = new Set(['hele', 'gehele', 'deze', 'vorige', 'afgelopen', 'komende', 'volgende', 'elke', 'iedere', 'vorig', 'komend']);

/** A season capitalised in prose ("Na de Zomer volgt …"): no surname ("Zomer", "Winter") after a preposition of time and an article. */
function seasonAfterPreposition(scan: Scan, i: number): boolean {
  const { tokens } = scan;
  const { lower, newlineBefore } = tokens;
  if (!SEASONS.has(lower[i]) || i < 2 || newlineBefore[i] || newlineBefore[i - 1]) return false;
  // "de hele Zomer", "deze Winter", "vorige Herfst": a quantity or a demonstrative before the season
  if (SEASON_DETERMINERS.has(lower[i - 1]) && (!tokens.capital[i - 1] || sentenceStart(tokens, i - 1))) return true;
  return /^(?:de|het)$/.test(lower[i - 1]) && TIME_PREPOSITIONS.has(lower[i - 2]);
}

/** a weekday with its part of the day, a month with its half: "Woensdagmiddag", "Zaterdagochtenden" */
const RE_CALENDAR_COMPOUND = /^(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?:ochtend|middag|avond|nacht)(?:en|s)?$|^(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)en$/;

/** words before a place that make it the name of a region ("Jeugdbescherming Regio Utrecht", "de jeugdregio Zwolle") */
const REGION_WORDS = new Set(['regio', 'jeugdregio', 'zorgregio', 'veiligheidsregio', 'arbeidsmarktregio', 'provincie']);

/**
 * A place that names a region: "Jeugdbescherming Regio Utrecht", "de veiligheidsregio Twente". The
 * guidelines count regions and provinces as no identifiers, also when they carry a city's name.
 */
function regionName(scan: Scan, i: number): boolean {
  const { tokens, lex } = scan;
  return i > 0 && !tokens.newlineBefore[i] && tokens.kind[i - 1] === TokenKind.Word && REGION_WORDS.has(tokens.lower[i - 1]) && lex.places.has(tokens.lower[i]);
}

/** the provinces named after their capital: the province in a list of provinces and regions, the city elsewhere */
const PROVINCE_CAPITALS = new Set(['groningen', 'utrecht']);

/**
 * "in Groningen, Gelderland en Zuid-Holland", "de provincie Utrecht": a province (or region) is no
 * identifier. A place that is also a province's name is the province when it stands after "provincie" or
 * beside another province or region in a list.
 */
function provinceInList(scan: Scan, i: number): boolean {
  const { tokens, lex } = scan;
  const { kind, raw, lower, capital, newlineBefore } = tokens;
  if (!PROVINCE_CAPITALS.has(tokens.lower[i])) return false;
  if (i > 0 && !newlineBefore[i] && (lower[i - 1] === 'provincie' || lower[i - 1] === 'provincies')) return true;
  const region = (k: number): boolean => k >= 0 && k < tokens.count && kind[k] === TokenKind.Word && capital[k] === 1 && isNegative(lex, lower[k]) && !lex.places.has(lower[k]);
  const sep = (k: number): boolean => k >= 0 && k < tokens.count && (raw[k] === ',' || lower[k] === 'en' || lower[k] === 'of');
  return (sep(i + 1) && !newlineBefore[i + 2] && region(i + 2)) || (sep(i - 1) && !newlineBefore[i] && region(i - 2));
}

/** subject pronouns after a finite verb that opens a question or a conditional ("Bent u …", "Wil je …", "Kunt u …") */
const SUBJECT_PRONOUNS = new Set(['u', 'je', 'jij', 'jullie', 'we', 'wij', 'ze', 'zij', 'hij', 'ik']);

/**
 * "Bent u niet de juiste ontvanger", "Wil je meedoen?": a function word or frequent verb form that opens the
 * sentence with a subject pronoun right after it (no comma: "Ben, je moet …" addresses Ben) is that verb, also
 * where it is a first name too ("Bent", "Wil", "Ben").
 */
function verbBeforeSubject(scan: Scan, i: number): boolean {
  const { tokens } = scan;
  const n = i + 1;
  if (n >= tokens.count || tokens.newlineBefore[n] || !STOP_LOWER.has(tokens.lower[i]) || !sentenceStart(tokens, i)) return false;
  if (SUBJECT_PRONOUNS.has(tokens.raw[n])) return true;
  // "Dan wordt het vrijdag", "Toen kwam de politie": an adverb opening the sentence, the finite verb, then its subject
  return n + 1 < tokens.count && !tokens.newlineBefore[n + 1] && FREQUENT_FINITE_VERBS.has(tokens.raw[n]) && (SUBJECT_PRONOUNS.has(tokens.raw[n + 1]) || INVERTED_SUBJECT_STARTS.has(tokens.raw[n + 1]));
}

/** finite verbs that stand second in a sentence opened by an adverb */
const FREQUENT_FINITE_VERBS = new Set(['is', 'was', 'wordt', 'werd', 'gaat', 'ging', 'komt', 'kwam', 'heeft', 'had', 'zijn', 'waren', 'kan', 'kon', 'moet', 'moest', 'zal', 'zou', 'wil', 'wilde', 'mag', 'mocht', 'blijft', 'bleef', 'staat', 'stond', 'ligt', 'lag', 'volgt', 'volgde', 'krijgt', 'kreeg']);
/** words that open the subject after such a verb */
const INVERTED_SUBJECT_STARTS = new Set(['het', 'er', 'de', 'een', 'dit', 'dat', 'deze', 'die', 'men', 'alles', 'niemand', 'iedereen']);

/** A function word that has its capital only because it opens the sentence ("De", "Volgens"). */
function sentenceStartStop(scan: Scan, i: number): boolean {
  return STOP_LOWER.has(scan.tokens.lower[i]);
}

/** Lower-case names in hurried notes: only distinctive first names (not ordinary words). */
function labelLowerCaseName(scan: Scan, i: number): void {
  const { lex } = scan;
  const low = scan.tokens.lower[i];
  if (low.length >= LOWER_NAME_MIN && lex.firstNames.has(low) && !lex.commonWords.has(low) && !STOP_LOWER.has(low) && !lex.titles.has(low)) {
    scan.labels[i] = 'PERSOON';
  }
}

/** particle sequences that are also ordinary prepositions with an article ("familie in de buurt") */
const PREPOSITION_PARTICLES = new Set(['in', 'op', 'uit', 'aan', 'bij']);

/** The token index of the last form of address ("mw", "dhr", "familie") before token i, or -1; scans back at most five tokens. */
function addressTitleBefore(scan: Scan, i: number): number {
  const { tokens, lex } = scan;
  for (let t = i - 1; t >= 0 && t >= i - 5; t--) {
    const low = tokens.lower[t];
    if (tokens.kind[t] === TokenKind.Word && low.length <= 8 && ADDRESS_TITLE.test(low) && lex.titles.has(low)) return t;
  }
  return -1;
}

/**
 * A surname written in lower case after a form of address: "mw. de graaf", "dhr. bakker", "meneer el amrani",
 * "familie van den berg", "juf van der veen". With tussenvoegsels any surname-like word counts; without
 * them the word must be in the surname list (verb forms such as "mw. belde" are not).
 */
function labelLowerCaseSurname(scan: Scan, i: number): boolean {
  const { tokens, lex, labels } = scan;
  const { kind, lower, raw, newlineBefore } = tokens;
  const low = lower[i];
  // a form of address must stand at most five tokens before ("mw. van den berg")
  if (addressTitleBefore(scan, i) < 0) return false;
  if (low.length < 2 || STOP_LOWER.has(low) || lex.titles.has(low) || lex.particles.has(low) || SUBJECT_VERBS.has(low)) return false;
  for (let q = i; q >= Math.max(0, i - 3); q--) {
    // tokens q .. i-1 are a particle sequence (none when q === i)
    if (q < i && (particleAt(tokens, q, lex) !== i - q || PREPOSITION_PARTICLES.has(lower[q]) || tokens.capital[q])) continue;
    let t = q - 1;
    if (t >= 0 && raw[t] === '.') t--;
    if (t < 0 || kind[t] !== TokenKind.Word || newlineBefore[q] || !ADDRESS_TITLE.test(lower[t]) || !lex.titles.has(lower[t])) continue;
    // ("een Juf van vroeger": an inflected word of the dictionary after the particles is that word; "juf van der veen" a name)
    const surnameLike = lex.surnames.has(low) || (q < i && !lex.commonWords.has(low) && !looksDutch(lex, low) && !isInflectedWord(lex, low) && low.length >= 3);
    if (!surnameLike) return false;
    for (let k = q; k <= i; k++) labels[k] = 'PERSOON';
    return true;
  }
  return false;
}

// the patterns below run per capitalised word: compiled once, here
/** "IvdM": a name abbreviation (capital, up to two lower-case letters, capitals) ... */
const RE_NAME_ABBREVIATION_SHAPE = /^\p{Lu}\p{Ll}{0,2}\p{Lu}{1,3}$/u;
/** ... with the lower-case letters of a particle ("v", "vd", "t", "d") */
const RE_NAME_ABBREVIATION = /^[A-Z](?:v|vd|vd|t|d|v[dt])[A-Z]+$/;
/** a hyphen or apostrophe before a lower-case letter: a compound with a lower-case tail ("VT-melding", "IB'er") */
const RE_LOWER_TAIL = /[-'’]\p{Ll}/u;
/** "'s-Hertogenbosch", "'t-Zandt": an article, not a compound */
const RE_ARTICLE_PREFIX = /^['’][st]-/;

/** A capitalised word: first by its shape, then by its context. Returns the last token it decided (a title's particle may take the next ones). */
function classifyCapitalised(scan: Scan, i: number, singleInitials: Set<string>): number {
  const { tokens, lex, labels, blocked } = scan;
  const { raw, lower, start, end, coreEnd } = tokens;
  const low = lower[i];
  if (lex.titles.has(low)) return i; // role words and titles are context, never the name
  // (and so are their plurals, which no list holds as a name: "met Ouders", "van de Ouders", "Pleegouders"; after a
  // title such a word is a surname, "meneer Ooms")
  if (isRolePlural(lex, low) && !inNameList(lex, low) && !titleBefore(scan, i)) return i;
  const core = coreEnd[i] === end[i] ? raw[i] : raw[i].slice(0, coreEnd[i] - start[i]);
  if (classifyCompoundWithLowerTail(scan, i, core)) return i;
  if (core.indexOf('-') > 0 && jargonCompound(scan, core)) {
    blocked[i] = Block.Word; // "Curaçaos-Nederlands", "Turks-Nederlandse", "Jeugd-GGZ", "POH-Jeugd"
    return i;
  }
  // (an abbreviation with a plural or possessive "'s" is one too: "20 VOG's", "de POH's")
  if (!RE_HAS_LOWER.test(core) && core.length > 1) {
    classifyAllCaps(scan, i, low);
    return i;
  }
  if (RE_NAME_ABBREVIATION_SHAPE.test(raw[i]) && RE_NAME_ABBREVIATION.test(raw[i])) {
    labels[i] = 'PERSOON'; // IvdM-style name abbreviation
    return i;
  }
  if (raw[i].length === 1) {
    findDottedInitials(scan, i, singleInitials);
    return i;
  }
  return classifyInContext(scan, i, low);
}

/**
 * A hyphened compound of hard negatives and compass words ("Curaçaos-Nederlands"), or of an abbreviation and
 * ordinary words or their compounds of no name list ("Jeugd-GGZ", "POH-Jeugd", "GGZ-Instelling", "VN-Kinderrechtenverdrag"): no person's double name has an
 * abbreviation for a part.
 */
function jargonCompound(scan: Scan, core: string): boolean {
  const { lex } = scan;
  const parts = core.split('-');
  if (parts.every((p) => lex.negatives.has(p.toLowerCase()) || COMPASS.has(p.toLowerCase()))) return true;
  let abbreviation = false;
  for (const p of parts) {
    const low = p.toLowerCase();
    if (/^\p{Lu}{2,5}$/u.test(p) || lex.negatives.has(low)) abbreviation = true;
    // (a compound of ordinary words is one too: "VN-Kinderrechtenverdrag", "GGD-Jeugdmonitor")
    else if (!(lex.commonWords.has(low) || (low.length >= 8 && isCompoundOfWords(lex, low))) || inNameList(lex, low)) return false;
  }
  return abbreviation;
}

/**
 * Compounds with a lower-case tail ("VT-melding", "WhatsApp-ruzies", "IB'er") are not names; but in
 * "Jansen-dossier" the name before the hyphen is. Returns whether the word is decided.
 */
function classifyCompoundWithLowerTail(scan: Scan, i: number, core: string): boolean {
  const { tokens, lex, labels, blocked } = scan;
  if (!(RE_LOWER_TAIL.test(core) && !RE_ARTICLE_PREFIX.test(core))) return false;
  const tail = core.slice(core.search(RE_LOWER_TAIL) + 1);
  if (lex.particles.has(tail.toLowerCase()) && !core.split('-').every((p) => lex.negatives.has(p.toLowerCase()))) return false;
  const hyphen = core.indexOf('-');
  const head = hyphen > 0 ? core.slice(0, hyphen) : '';
  const headLow = head.toLowerCase();
  if (head && RE_HAS_LOWER.test(head) && !isNegative(lex, headLow) && !lex.commonWords.has(headLow) && inNameList(lex, headLow)) {
    labels[i] = 'PERSOON';
    tokens.lower[i] = headLow;
    tokens.coreEnd[i] = tokens.start[i] + hyphen;
    return true;
  }
  blocked[i] = head && RE_HAS_LOWER.test(head) ? Block.NameHead : Block.Word;
  if (blocked[i] === Block.NameHead) {
    tokens.lower[i] = headLow;
    tokens.coreEnd[i] = tokens.start[i] + hyphen;
  }
  return true;
}

/** Abbreviations; author initials only on a line of their own or after a dash; names in capitals in headings ("GEZIN YILMAZ", "UTRECHT"). */
function classifyAllCaps(scan: Scan, i: number, low: string): void {
  const { tokens, lex, labels } = scan;
  const length = tokens.raw[i].length;
  if (length <= 4 && (isSignatureLine(tokens, i) || isActionListInitials(tokens, i, lex))) labels[i] = 'PERSOON';
  else if (length >= 4 && !lex.commonWords.has(low) && !isNegative(lex, low)) {
    if (lex.places.has(low)) labels[i] = 'LOCATIE';
    else if (inNameList(lex, low)) labels[i] = 'PERSOON';
  }
}

/** the letters of a degree that are also two initials */
const DEGREE_LETTERS = new Set(['B.A', 'M.A']);

/** Does the abbreviation at token i (length characters) fill a table cell on its own ("| M.A. |")? */
function aloneInCell(scan: Scan, i: number, length: number): boolean {
  const { text, tokens } = scan;
  const before = text.slice(text.lastIndexOf('\n', tokens.start[i] - 1) + 1, tokens.start[i]);
  const after = text.slice(tokens.start[i] + length, tokens.start[i] + length + 3);
  return /\|\s*$/.test(before) && /^\s*\|/.test(after);
}

/** A name abbreviation written as dotted initials only: "cliënt R.B.", "(J.K.)" — a span of its own unless a name follows. */
function findDottedInitials(scan: Scan, i: number, singleInitials: Set<string>): void {
  const { tokens, lex, text } = scan;
  const { start, end, kind, raw, capital, newlineBefore } = tokens;
  const count = tokens.count;
  const match = RE_DOTTED_INITIALS.exec(text.slice(start[i], start[i] + 16));
  if (!match) {
    // one initial: a person after a title ("mevrouw K.", "dhr. V.") or with an age or a school group after it ("J. (4 jaar)", "D. (groep 7)")
    if (!RE_SINGLE_INITIAL.test(text.slice(start[i], start[i] + 3)) || !standsAlone(scan, i)) return;
    if (!titleBefore(scan, i) && !RE_PERSON_AFTER_INITIAL.test(text.slice(end[i] + 1, end[i] + 14))) return;
    scan.spans.push({ start: start[i], end: end[i] + 1, label: 'PERSOON', prio: 25 });
    singleInitials.add(raw[i]);
    return;
  }
  // (a degree's letters alone in a table cell are a person's initials: "| Jeugdbeschermer | M.A. |"; after a name, "Jan
  // Smit, M.A.", the degree)
  if (NOT_INITIALS.has(match[0].replace(/\.$/, '').toUpperCase()) && !(DEGREE_LETTERS.has(match[0].replace(/\.$/, '').toUpperCase()) && aloneInCell(scan, i, match[0].length))) return;
  // the rest of an abbreviation that starts one letter earlier ("Z.S.M." read from its "S")
  if (i > 1 && raw[i - 1] === '.' && end[i - 1] === start[i] && kind[i - 2] === TokenKind.Word && raw[i - 2].length === 1 && end[i - 2] === start[i - 1] && NOT_INITIALS.has(`${raw[i - 2]}.${match[0]}`.replace(/\.$/, '').toUpperCase())) return;
  if (i > 0 && kind[i - 1] === TokenKind.Word && raw[i - 1].length === 1 && end[i - 1] + 1 === start[i]) return;
  const endOffset = start[i] + match[0].length; // the final dot belongs to the abbreviation
  // only when no name follows (then the initials belong to that name)
  let j = i;
  while (j < count && end[j] <= endOffset) j++;
  const nextIsName = j < count && !newlineBefore[j] && capital[j] && kind[j] === TokenKind.Word && raw[j].length > 1;
  const nextIsParticle = j < count && !newlineBefore[j] && particleAt(tokens, j, lex) > 0 && j + 1 < count && capital[j + particleAt(tokens, j, lex)];
  if (!nextIsName && !nextIsParticle) scan.spans.push({ start: start[i], end: endOffset, label: 'PERSOON', prio: 25 });
}
