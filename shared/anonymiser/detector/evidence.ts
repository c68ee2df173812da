// Report prose: a name needs evidence. In a case note nearly every capitalised word in the middle of a
// sentence is a name; a report capitalises its themes and categories too ("bij Groepen", "via Ouders", "met
// Pensioen"). A person in a report is named with something that says person somewhere in the text: a first
// name or a surname beside the word, a title or role before it, initials, a cue ("volgens"), a verb of
// saying or an age after it, a citation, a list of people. This last pass takes the label off a word that is
// an ordinary Dutch word of no name list, standing alone, when none of its mentions in the text has any such
// evidence. Names of the lists, names the caller knows and every other label are left as they are.
import { calendarNameEvidence } from './calendarNames';
import { citedAfter, PERSON_CUES_BEFORE } from './contextRules';
import { Block, type Scan } from './scan';
import { RE_HAS_LOWER, TokenKind } from './tokens';
import { RE_HOUSENR } from './addresses';
import { inNameListLine, particleAt, sentenceStart, titleBefore } from './neighbours';
import { SECTION_WORDS } from './prose';
import { COMPASS, SUBJECT_VERBS, SURNAME_TAIL, inNameList, isDerivedWord, isInflectedWord, isOrdinaryWord, isPlainCompound, isPluralNoun } from './wordClasses';

/** buildings and halls before their place: "Stadsgehoorzaal Leiden", "Sporthal Kampen" */
const RE_BUILDING = /(?:huis|zaal|hal|gebouw|kantoor|kerk|centrum|theater|stadion|station)$/;

/** a past participle: "Gescheiden", "Gemiddelde", "Gedwongen", "Gesloten" */
const RE_PARTICIPLE = /^ge\p{L}{3,}(?:d|t|de|te|en)$/u;

/** an adjective with its -e: "Gemiddelde", "Vaste", "Jonge" (the word without it is a Dutch word) */
function adjectiveForm(lex: Scan['lex'], low: string): boolean {
  if (low.length < 5 || !low.endsWith('e')) return false;
  const stem = low.slice(0, -1);
  return lex.dutchWords.has(stem) || (stem.length > 3 && stem.at(-1) === stem.at(-2) && lex.dutchWords.has(stem.slice(0, -1)));
}

/** conversations, writing and signing before "met" or "door" */
const SPOKEN_OR_WRITTEN = /^(?:gesprek|gesprekken|interview|sprak|spraken|gesproken|spreken|overleg|overlegd|contact|geschreven|opgesteld|samengesteld|ondertekend|gemaakt|geleid|gevoerd|afgenomen|begeleid|ingebracht|gepresenteerd|verzorgd)$/;

/** bodies named after their place with "van" or "of": "Universiteit van Amsterdam", "University of Leeds" (Dutch "of" is "or") */
const BODY_OF_PLACE = /^(?:universiteit|hogeschool|academie|college|gemeente|stad|rechtbank|hof|politie|provincie|university|college|school|institute|department|faculty|city|county)$/;

/** prepositions that bring in a place */
const IN_PLACE = new Set(['in', 'uit', 'te', 'vanuit', 'nabij']);

/** words after a name and a comma or bracket that say who the person is: "Bakker, gezinsvoogd", "Vos (moeder)" */
const ROLE_AFTER = new Set(['ouder', 'jongere', 'respondent', 'cliënt', 'client', 'moeder', 'vader', 'oma', 'opa', 'voorzitter', 'secretaris', 'notulist', 'vriend', 'vriendin', 'broer', 'zus', 'zoon', 'dochter', 'buurman', 'buurvrouw', 'begeleider', 'mentor', 'coach']);

export function dropNamesWithoutEvidence(scan: Scan, known: Map<string, unknown>): void {
  if (!scan.reportProse) return;
  const { tokens, labels, lex } = scan;
  const { kind, raw, lower, capital } = tokens;
  const candidates: number[] = [];
  for (let i = 0; i < tokens.count; i++) {
    if (labels[i] !== 'PERSOON' || kind[i] !== TokenKind.Word || !capital[i] || !RE_HAS_LOWER.test(raw[i])) continue;
    const low = lower[i];
    // (a compound with a surname's or a place's tail, "Zonneveld", "Schalkwijk", keeps its label: such names are ordinary compounds too)
    // (a surname of the lists that is an ordinary Dutch word, and no first name, needs evidence too: "per Wijk", "bij Post
    // aan Derden", "hebben Rijk en VNG"; "Bakker stelt voor", "volgens Visser" have it)
    // (after a particle it is written as a surname: "De Groot belde", "Van Dijk")
    if (known.has(low) || (inNameList(lex, low) && !(lex.surnames.has(low) && !lex.firstNames.has(low) && lex.dutchWords.has(low) && !particleBefore(scan, i))) || lex.places.has(low) || surnameShape(low) || !ordinaryToken(scan, low)) continue;
    // "in Kampen", "uit Nunspeet": after a preposition of place the word may be a place the lists lack
    // (not after "naar": "naar School", "Vervoer naar Dagbehandeling" say where someone goes, rarely a place the lists lack)
    // (a common English word is no Dutch place: "in English", "in Supervision")
    if (i > 0 && !tokens.newlineBefore[i] && IN_PLACE.has(lower[i - 1]) && !englishOnly(scan, i)) continue;
    // "University of Leeds", "Universiteit van Tilburg": the place in a body's name
    if (i > 1 && !tokens.newlineBefore[i] && !tokens.newlineBefore[i - 1] && capital[i - 2] === 1 && (lower[i - 1] === 'of' || lower[i - 1] === 'van') && BODY_OF_PLACE.test(lower[i - 2])) continue;
    if (!lone(scan, i) && !afterDeterminer(scan, i)) continue;
    candidates.push(i);
  }
  const dropped = new Set<string>();
  dropEnglishRunsWithoutEvidence(scan, known, dropped);
  if (candidates.length) dropLoneWordsWithoutEvidence(scan, candidates, dropped);
  if (dropped.size) dropLowerCaseEchoes(scan, known, dropped);
}

/** the lower-case words of the text's prose: between spaces or punctuation, not inside an e-mail address, a URL or a file name */
function wordsWrittenLowerInProse(scan: Scan): Set<string> {
  const { tokens } = scan;
  const { kind, capital, raw, lower, spaceBefore, count } = tokens;
  const out = new Set<string>();
  const joined = (k: number): boolean => k >= 0 && k < count && /^[@./\\_]$/.test(raw[k]);
  for (let k = 0; k < count; k++) {
    if (kind[k] !== TokenKind.Word || capital[k] || !spaceBefore[k]) continue;
    if (joined(k - 1) || (joined(k + 1) && k + 2 < count && !spaceBefore[k + 1] && !spaceBefore[k + 2] && kind[k + 2] === TokenKind.Word)) continue;
    out.add(lower[k]);
  }
  return out;
}

/**
 * "heeft psychosociale problemen" in a text whose table is headed "Psychosociale Problemen": a lower-case mention
 * that took the label from a capitalised one (propagate.ts) loses it with that one.
 */
function dropLowerCaseEchoes(scan: Scan, known: Map<string, unknown>, dropped: Set<string>): void {
  const { tokens, labels } = scan;
  for (let k = 0; k < tokens.count; k++) {
    if (labels[k] === 'PERSOON' && !tokens.capital[k] && dropped.has(tokens.lower[k]) && !known.has(tokens.lower[k])) labels[k] = null;
  }
}

/** The lone ordinary words labelled PERSOON (the candidates): a form keeps its label only if one of its mentions has evidence. */
function dropLoneWordsWithoutEvidence(scan: Scan, candidates: number[], dropped: Set<string>): void {
  const { tokens, labels, lex } = scan;
  const { kind, lower, capital } = tokens;
  // every capitalised mention of the candidates' forms, in one pass (a form is decided once, on all its mentions)
  const forms = new Map<string, number[]>();
  for (const i of candidates) forms.set(lower[i], []);
  for (let k = 0; k < tokens.count; k++) if (kind[k] === TokenKind.Word && capital[k]) forms.get(lower[k])?.push(k);
  const evidence = new Map<string, boolean>();
  // (a mention after a determiner, "een Buddy", "mijn Buddy, Ruud de Wind", is the noun and says nothing)
  for (const [form, mentions] of forms) evidence.set(form, mentions.some((k) => !afterDeterminer(scan, k) && (!lone(scan, k) || personEvidence(scan, k) || placeEvidence(scan, k))));
  for (const i of candidates) {
    if (evidence.get(lower[i])) continue;
    labels[i] = null;
    dropped.add(lower[i]);
  }
  // such a surname of the lists is that word at its other lone mentions too ("| Wijk |" heading a column)
  for (const [form, mentions] of forms) {
    if (evidence.get(form) || !inNameList(lex, form)) continue;
    for (const k of mentions) if (labels[k] === 'PERSOON' && lone(scan, k)) labels[k] = null;
  }
}

/**
 * "Child Protection", "Appreciative Inquiry", "Wraparound Care": two or three capitalised words, each a common
 * English word (Dutch may have it too: "Development") and no name or place of the lists, labelled as one name with nothing before or after them
 * that says person. (Runs of Dutch words stay: unlisted first names are Dutch words as often, "Merel Dekkers".)
 */
function dropEnglishRunsWithoutEvidence(scan: Scan, known: Map<string, unknown>, dropped: Set<string>): void {
  const { tokens, labels, lex } = scan;
  const { kind, raw, lower, capital, newlineBefore, start, end } = tokens;
  const english = (k: number): boolean =>
    kind[k] === TokenKind.Word && labels[k] === 'PERSOON' && capital[k] === 1 && RE_HAS_LOWER.test(raw[k]) && !known.has(lower[k]) && englishWord(scan, k);
  // a Dutch run that opens with a word no first name has the shape of: an inflected, derived or compound word
  // ("Psychosociale Problemen", "Herstelgericht Werken", "Maandelijkse Meet-Up"; not a building's name before its place, "Stadsgehoorzaal Leiden")
  // (the words after it may have a surname's tail: "Werken", "Gesprekken")
  const dutch = (k: number): boolean =>
    kind[k] === TokenKind.Word && labels[k] === 'PERSOON' && capital[k] === 1 && RE_HAS_LOWER.test(raw[k]) && !known.has(lower[k]) && ordinaryToken(scan, lower[k]) && !inNameList(lex, lower[k]) && !lex.places.has(lower[k]);
  // (or a word the text writes in lower case in its prose too: "Psychosociale Problemen" beside "psychosociale problemen";
  // not in an address: "merel.dekkers@…", "www.zutphen.nl")
  let lowerWords: Set<string> | undefined;
  const lowerInProse = (): Set<string> => (lowerWords ??= wordsWrittenLowerInProse(scan));
  const opensTerm = (k: number): boolean =>
    (lowerInProse().has(lower[k]) || isInflectedWord(lex, lower[k]) || isDerivedWord(lex, lower[k]) || isPlainCompound(lex, lower[k]) || (RE_PARTICIPLE.test(lower[k]) && lex.dutchWords.has(lower[k])) || adjectiveForm(lex, lower[k])) && !RE_BUILDING.test(lower[k]);
  for (let i = 0; i < tokens.count; i++) {
    if (labels[i] !== 'PERSOON' || (i > 0 && labels[i - 1] === 'PERSOON' && !newlineBefore[i])) continue;
    let j = i;
    while (j + 1 < tokens.count && labels[j + 1] === 'PERSOON' && !newlineBefore[j + 1] && start[j + 1] - end[j] === 1) j++;
    if (j > i && j - i <= 2) {
      let all = true;
      for (let k = i; k <= j && all; k++) all = english(k);
      // (an article before such a run is no surname's particle: "De Gemiddelde Wachttijd")
      let term = false;
      if (!all && (dutch(i) || (lowerInProse().has(lower[i]) && !inNameList(lex, lower[i]) && !lex.places.has(lower[i]))) && !surnameShape(lower[i]) && opensTerm(i)) {
        all = term = true;
        for (let k = i + 1; k <= j && all; k++) all = english(k) || dutch(k);
      }
      const before = i > 0 && !newlineBefore[i] ? i - 1 : -1;
      const nameBefore = before >= 0 && ((raw[before] === '.' && !(before > 0 && listLetterAt(scan, before - 1))) || (!term && particleAt(tokens, before, lex) === 1));
      if (all && !nameBefore && !personEvidence(scan, i) && !personEvidence(scan, j)) {
        for (let k = i; k <= j; k++) {
          labels[k] = null;
          dropped.add(lower[k]);
        }
      }
    }
    i = j;
  }
}

/**
 * An ordinary Dutch word, or a hyphenated compound of ordinary Dutch or English words none of which is a name or
 * a place of the lists ("Buddy-Coaches", "Meet-Up", "Zelfredzaamheid-Matrix"); a double surname has a listed or
 * unknown part ("Smit-Visser", "Bouwknegt-Diender").
 */
function ordinaryToken(scan: Scan, low: string): boolean {
  const { lex } = scan;
  if (isOrdinaryWord(lex, low)) return true;
  if (!low.includes('-')) return false;
  const parts = low.split('-');
  // "Leiden-Noord", "Zaandam-Oost": a district is its place and a point of the compass
  if (COMPASS.has(parts[parts.length - 1])) return false;
  for (const part of parts) {
    if (part.length < 2 || inNameList(lex, part) || lex.places.has(part) || !(isOrdinaryWord(lex, part) || lex.englishWords.has(part))) return false;
  }
  return true;
}

/** a particle right before token i on its line ("De Groot", "van der Post") */
function particleBefore(scan: Scan, i: number): boolean {
  return i > 0 && !scan.tokens.newlineBefore[i] && particleAt(scan.tokens, i - 1, scan.lex) > 0;
}

/** a compound with a surname's or place's tail ("Zonneveld", "Schalkwijk"); the tail word alone ("Huis", "Wijk") is just the word */
function surnameShape(low: string): boolean {
  const m = SURNAME_TAIL.exec(low);
  return m !== null && m.index > 0;
}

/** no name word beside it on its line: "Marieke Vos", "V. Staal", "Kees de Rust" are not alone */
function lone(scan: Scan, i: number): boolean {
  const { tokens, labels, lex } = scan;
  const { kind, raw, capital, newlineBefore } = tokens;
  // a name beside it, or a capitalised word no word list knows (a first name the lists lack: "Jolien Verbruggen")
  // (a common English word beside a common English word is a term, "Appreciative Inquiry", no name beside a name)
  const english = englishWord(scan, i);
  const nameAt = (k: number): boolean =>
    k >= 0 && k < tokens.count && kind[k] === TokenKind.Word && (labels[k] === 'PERSOON' || (capital[k] === 1 && RE_HAS_LOWER.test(raw[k]) && !scan.blocked[k] && labels[k] !== 'LOCATIE' && !isOrdinaryWord(lex, tokens.lower[k]))) && !(english && englishWord(scan, k));
  if (!newlineBefore[i] && nameAt(i - 1)) return false;
  if (i + 1 < tokens.count && !newlineBefore[i + 1] && nameAt(i + 1)) return false;
  // an item of a list of places or people: "Tiel, Culemborg, Buren en West Betuwe", "in Raalte en Kampen"
  const sep = (k: number): boolean => k >= 0 && k < tokens.count && !newlineBefore[k] && (raw[k] === ',' || tokens.lower[k] === 'en' || tokens.lower[k] === 'of');
  // (the other item must be more than another ordinary word: "Jongeren en Ouders" are two categories, no list of names)
  const item = (k: number): boolean =>
    k >= 0 && k < tokens.count && !newlineBefore[k] && (labels[k] === 'LOCATIE' || labels[k] === 'PERSOON') && capital[k] === 1 &&
    (labels[k] === 'LOCATIE' || inNameList(lex, tokens.lower[k]) || lex.places.has(tokens.lower[k]) || !isOrdinaryWord(lex, tokens.lower[k]));
  if (!english && ((sep(i - 1) && item(i - 2)) || (sep(i + 1) && item(i + 2)))) return false;
  // a building or body before it: "provinciehuis Leeuwarden", "gemeentehuis Buren"
  if (i > 0 && !newlineBefore[i] && kind[i - 1] === TokenKind.Word && !capital[i - 1] && /(?:huis|kantoor|gebouw|hal)$/.test(tokens.lower[i - 1])) return false;
  // initials before it: "V. Staal", "E.G. Huizing" (not the letter of a lettered list: "F. Risk Assessment")
  if (i > 1 && !newlineBefore[i] && raw[i - 1] === '.' && kind[i - 2] === TokenKind.Word && raw[i - 2].length <= 2 && capital[i - 2] && !listLetterAt(scan, i - 2)) return false;
  // a particle before it: "de Ridder", "Van der Steege" (a surname's particles)
  // (a complete particle: "op" alone is a preposition, "op de" would be a particle sequence)
  // — unless the particle opens the sentence ("Van Ouders wordt verwacht", "De Caseload") or the word is a
  // plural noun ("de Kinderen worden"): there it is an article or a preposition; a title before it decides
  // ("dr. Van Leeuwen")
  // A lower-case particle is a surname's only after a first name, initials, a title or a name ("Kees de Rust",
  // "J. van de Wetering"); standing alone, Dutch writes the particle of a surname with a capital ("De Vries"),
  // so "van de Wet", "in de Regio" hold an article
  if (i > 0 && !newlineBefore[i] && particleAt(tokens, i - 1, lex) === 1 && (titleBefore(scan, i - 1) || (!(capital[i - 1] && sentenceStart(tokens, i - 1)) && !isPluralNoun(lex, tokens.lower[i]) && (capital[i - 1] === 1 || nameBeforeParticles(scan, i - 1))))) return false;
  const n = i + 1;
  if (n < tokens.count && !newlineBefore[n]) {
    // a particle and a name after it: "April de Groot"; the head of an institution: "Zorgboerderij De Hessenhoeve"
    // (after a first name the particles are lower case: "Jongeren op De Linde" holds a preposition and a facility)
    const p = particleAt(tokens, n, lex);
    if (p && n + p < tokens.count && labels[n + p] === 'PERSOON' && capital.subarray(n, n + p).every((c) => c === 0)) return false;
    if (labels[n] === 'INSTELLING' || scan.blocked[n] === Block.Institution) return false;
    // initials in brackets after it ("Thewissen (NT, …)"), a house number ("Zuideinde 38")
    if (raw[n] === '(' && n + 1 < tokens.count && /^\p{Lu}{2,4}$/u.test(raw[n + 1])) return false;
  }
  // a house number after it ("Zuideinde 38"), unless the word numbers a part ("Workshopronde 2", "Bijeenkomst 4")
  if (SECTION_WORDS.has(tokens.lower[i]) || sectionCompound(tokens.lower[i])) return true;
  RE_HOUSENR.lastIndex = 0;
  return !RE_HOUSENR.test(scan.text.slice(tokens.coreEnd[i], tokens.coreEnd[i] + 16));
}

/** a common English word and no Dutch word, name or place of the lists ("Supervision", "Inquiry") */
function englishOnly(scan: Scan, k: number): boolean {
  const { tokens, lex } = scan;
  const low = tokens.lower[k];
  return tokens.kind[k] === TokenKind.Word && lex.englishWords.has(low) && !lex.dutchWords.has(low) && !inNameList(lex, low) && !lex.places.has(low);
}

/** a common English word of no name or place list, also when Dutch has it too ("Development", "Practice") */
function englishWord(scan: Scan, k: number): boolean {
  const { tokens, lex } = scan;
  const low = tokens.lower[k];
  return tokens.kind[k] === TokenKind.Word && (lex.englishWords.has(low) || englishAgentPlural(lex, low)) && !inNameList(lex, low) && !lex.places.has(low);
}

/**
 * "Carers", "Leavers", "Makers": the plural of an English agent noun whose verb ends in -e ("care", "leave") and that the
 * word list lacks. (The stem must end in -e: "Peters", "Wouters", "Sanders" give no English word so.)
 */
function englishAgentPlural(lex: Scan['lex'], low: string): boolean {
  const verb = low.slice(0, -2);
  return low.length >= 6 && low.endsWith('ers') && verb.endsWith('e') && lex.englishWords.has(verb) && !lex.dutchWords.has(low);
}

/**
 * The letter of a lettered list at the start of a line ("F. Risk Assessment …" between "E. …" and "G. …"): a
 * line that starts with the letter before or after it and a dot says so. No initial of a name.
 */
function listLetterAt(scan: Scan, k: number): boolean {
  const { tokens } = scan;
  const letter = tokens.raw[k];
  if (!tokens.newlineBefore[k] || letter.length !== 1 || !/[A-Z]/.test(letter)) return false;
  const code = letter.charCodeAt(0);
  const neighbours = [code - 1, code + 1].filter((c) => c >= 65 && c <= 90).map((c) => String.fromCharCode(c));
  return neighbours.some((n) => new RegExp(`(?:^|\\n)${n}\\. `).test(scan.text));
}

/** Before the lower-case particles that end at token p: a name, initials, a title or a capitalised word no list knows ("Kees de", "J. van de", "mevrouw van der")? */
function nameBeforeParticles(scan: Scan, p: number): boolean {
  const { tokens, labels, lex } = scan;
  const { kind, raw, lower, capital, newlineBefore } = tokens;
  let k = p - 1;
  while (k >= 0 && !newlineBefore[k + 1] && kind[k] === TokenKind.Word && !capital[k] && lex.particles.has(lower[k])) k--;
  if (k < 0 || newlineBefore[k + 1]) return false;
  if (raw[k] === '.') return k > 0 && !newlineBefore[k] && /^\p{Lu}{1,2}$/u.test(raw[k - 1]);
  if (kind[k] !== TokenKind.Word) return false;
  if (labels[k] === 'PERSOON' || lex.titles.has(lower[k])) return true;
  return capital[k] === 1 && RE_HAS_LOWER.test(raw[k]) && !scan.blocked[k] && !isOrdinaryWord(lex, lower[k]);
}

/** conjunctions that open a clause whose subject follows: "dat Spruit belde", "toen Wortel kwam" */
const CLAUSE_OPENERS = new Set(['dat', 'of', 'toen', 'omdat', 'als', 'en', 'maar', 'want', 'nadat', 'terwijl', 'zodat', 'wanneer', 'hoewel', 'voordat', 'zodra', 'tenzij', 'doordat', 'sinds', 'totdat', 'waarna', 'ook', 'dus', 'nu']);

/** Does token k stand where a subject stands: first in its sentence, after a clause's conjunction or punctuation, or after another name? */
function subjectPlace(scan: Scan, k: number): boolean {
  const { tokens, labels } = scan;
  if (sentenceStart(tokens, k)) return true;
  const p = k - 1;
  if (tokens.kind[p] !== TokenKind.Word) return /^[,;:(\u2013\u2014"“]$/.test(tokens.raw[p]);
  return CLAUSE_OPENERS.has(tokens.lower[p]) || labels[p] === 'PERSOON' || scan.lex.titles.has(tokens.lower[p]);
}

/** a compound that ends in a word that numbers a part: "workshopronde", "themabijeenkomst", "werksessie" */
function sectionCompound(low: string): boolean {
  for (const w of SECTION_WORDS) if (low.length > w.length + 2 && low.endsWith(w)) return true;
  return false;
}

/** words before a noun that no name takes: "een Buddy", "mijn Buddy", "onze Match", "elke Wijk" ("zijn" is a verb as often: "Trainers zijn Bas …") */
const NOUN_DETERMINERS = new Set(['een', 'mijn', 'haar', 'onze', 'ons', 'hun', 'jouw', 'uw', 'deze', 'dit', 'elke', 'ieder', 'iedere', 'geen', 'welke', 'beide', 'alle', "zo'n", 'goede', 'per', 'veel', 'weinig', 'meer', 'minder', 'andere', 'nieuwe', 'vaste', 'eigen', 'getrainde', 'ervaren']);

function afterDeterminer(scan: Scan, k: number): boolean {
  const { tokens } = scan;
  return k > 0 && !tokens.newlineBefore[k] && tokens.kind[k - 1] === TokenKind.Word && NOUN_DETERMINERS.has(tokens.lower[k - 1]);
}

/** roles in an organisation that are followed by their area or portfolio as often as by a name */
const AREA_ROLES = new Set(['teamleider', 'manager', 'contactpersoon', 'coördinator', 'coordinator', 'zorgcoördinator', 'directeur', 'wethouder', 'portefeuillehouder', 'programmamanager', 'adviseur', 'beleidsadviseur', 'beleidsmedewerker', 'medewerker', 'regisseur']);

function personEvidence(scan: Scan, k: number): boolean {
  const { tokens, lex } = scan;
  const { kind, raw, lower, capital, newlineBefore } = tokens;
  const prev = k > 0 && !newlineBefore[k] ? lower[k - 1] : '';
  // (a plural noun after a role is what the role is about: "Contactpersoon Scholen", "teamleider Jongeren")
  // (a listed word after a role in an organisation is as often its area: "teamleider Toegang", "manager Bedrijfsvoering",
  // "wethouder Jeugd"; a compound the lists lack may be the municipality: "wethouder Heerenveen")
  if (prev && (lex.titles.has(prev) || PERSON_CUES_BEFORE.has(prev)) && !(lex.titles.has(prev) && (isPluralNoun(lex, lower[k]) || (AREA_ROLES.has(prev) && lex.commonWords.has(lower[k]))))) return true;
  if (raw[k - 1] === '.' && k > 1 && !newlineBefore[k - 1] && lex.titles.has(lower[k - 2])) return true;
  const n = k + 1 < tokens.count && !newlineBefore[k + 1] ? k + 1 : -1;
  if (n >= 0) {
    // (a verb after a plural noun says nothing: "Van Ouders wordt verwacht", "Kinderen hebben")
    // (only where a subject stands: first in its sentence or clause; "wie er Regie had", "zich Overbelast voelt",
    // "de Caseload per Jeugdreclasseerder bleef" hold an object, a predicate, a noun)
    if (kind[n] === TokenKind.Word && !capital[n] && (SUBJECT_VERBS.has(lower[n]) || lower[n] === "z'n" || lower[n] === "d'r") && !isPluralNoun(lex, lower[k]) && subjectPlace(scan, k)) return true;
    if ((raw[n] === '(' || raw[n] === ',') && n + 1 < tokens.count && !newlineBefore[n + 1]) {
      const after = lower[n + 1];
      // (an age is one number: "(12–18 jaar)" is the range of a group)
      if (lex.titles.has(after) || ROLE_AFTER.has(after) || (raw[n] === '(' && kind[n + 1] === TokenKind.Digits && raw[n + 1].length <= 2 && !/^[-–—]$/.test(raw[n + 2] ?? ''))) return true;
    }
  }
  // "Doornbos, A. (2019)": an author with initials after a comma; "Spruit MSc": a degree after the name
  if (n >= 0 && raw[n] === ',' && n + 2 < tokens.count && /^\p{Lu}$/u.test(raw[n + 1]) && raw[n + 2] === '.') return true;
  if (n >= 0 && kind[n] === TokenKind.Word && lex.degrees.has(lower[n])) return true;
  // "Spruit: ja, dat klopt": a speaker's turn at the start of a line
  if (newlineBefore[k] && n >= 0 && raw[n] === ':') return true;
  // "in gesprek met Doornbos", "opgesteld door Spruit": who is spoken with, who wrote
  if ((prev === 'met' || prev === 'door') && k > 1 && !newlineBefore[k - 1] && SPOKEN_OR_WRITTEN.test(lower[k - 2])) return true;
  // "(Frits)": a name alone in brackets; "een vriendin, Jasmijn,": an apposition to a role word
  // (only after a lower-case word: "Toezicht en Begeleiding (Regulier)", "SO (Toegang)" qualify a capitalised category or a person's initials)
  // (after an institution or a place it is where that is: "moskee Mevlana (Transvaal)")
  if (raw[k - 1] === '(' && raw[k + 1] === ')' && k > 1 && !newlineBefore[k - 1] && kind[k - 2] === TokenKind.Word && (!capital[k - 2] || scan.blocked[k - 2] === Block.Institution || scan.labels[k - 2] === 'LOCATIE')) return true;
  if (raw[k - 1] === ',' && k > 1 && !newlineBefore[k - 1] && kind[k - 2] === TokenKind.Word && (lex.titles.has(lower[k - 2]) || ROLE_AFTER.has(lower[k - 2]))) return true;
  return citedAfter(scan, k) || inNameListLine(tokens, k) || calendarNameEvidence(scan, k);
}

/** a place's mention: after "in", "uit", "locatie", a postcode ("9401HK Assen"), or before a date ("Assen, 7 februari 2025") */
function placeEvidence(scan: Scan, k: number): boolean {
  const { tokens } = scan;
  const { kind, raw, lower, newlineBefore } = tokens;
  const prev = k > 0 && !newlineBefore[k] ? lower[k - 1] : '';
  if (prev && ((IN_PLACE.has(prev) && !englishOnly(scan, k)) || PLACE_WORDS_BEFORE.has(prev) || /^\d{4}[a-z]{2}$/.test(prev))) return true;
  if (k > 1 && !newlineBefore[k] && /^[A-Z]{2}$/.test(raw[k - 1]) && kind[k - 2] === TokenKind.Digits && raw[k - 2].length === 4) return true;
  const n = k + 1 < tokens.count && !newlineBefore[k + 1] ? k + 1 : -1;
  return n >= 0 && raw[n] === ',' && RE_DATE_AFTER.test(scan.text.slice(tokens.end[n], tokens.end[n] + 24));
}

/** words before a place: "locatie Assen", "gemeente Tynaarlo" */
const PLACE_WORDS_BEFORE = new Set(['locatie', 'gemeente', 'regio', 'wijk', 'dorp', 'stad', 'woonplaats', 'plaats']);

/** a date after a place and a comma: "Assen, 7 februari 2025", "Zwolle, 12-03-2025" */
const RE_DATE_AFTER = /^ ?\d{1,2}(?:e)? (?:jan|feb|maa|apr|mei|jun|jul|aug|sep|okt|nov|dec)|^ ?\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}/i;
