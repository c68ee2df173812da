// Professional prose: report headings, title-case lines and the names of programmes, methods, documents
// and bodies ("Samen Sterker Thuis", "het Ketenoverleg Vroeg Beschermen", "2.3 Versterken van de
// Ketensamenwerking", "Gecertificeerde Instellingen"). In case notes a capitalised word in the middle of
// a sentence is nearly always a name; in report prose it is often a heading or a programme. This pass
// runs before the word classification and blocks the ordinary Dutch words of such headings and names, so
// the context rules never see them. Words in the name lists that are no ordinary words ("Hilde",
// "Bruinsma") are never blocked here, and neither are places (they stay LOCATIE).
import { blockLayoutWords } from './layout';
import { inNameListLine, isCapitalisedWord, isInitialAt, sentenceStart } from './neighbours';
import { Block, type Scan, TITLE_SEGMENT } from './scan';
import { RE_HAS_LOWER, TokenKind } from './tokens';
import { ADDRESS_TITLE, FUNCTION_WORDS, JARGON_TAIL, ORDINALS, PLACE_PREPOSITIONS, PREPOSITION_LIKE_PARTICLES, STOP_LOWER, finiteVerb, inNameList, isDerivedWord, isInflectedForm, isInflectedWord, isNegative, isOrdinaryWord, isPlainCompound, isProgrammeWord, NUMERALS, TITLE_PREPOSITIONS } from './wordClasses';

/** lower-case words inside a title-case name: "Kern van de Aanpak", "Eén Gezin, Eén Plan", "Kinderen uit de Knel" */
const RUN_CONNECTORS = new Set(['van', 'de', 'het', 'der', 'den', "'t", 'en', 'voor', 'in', 'op', 'met', 'uit', 'aan']);
/** connectors of a title-case name that are prepositions: "Sterk in de Wijk", "Kinderen uit de Knel" */
const PREPOSITION_CONNECTORS = new Set(['in', 'op', 'met', 'uit', 'aan', 'voor']);

/** short words of a title-case heading ("Waar Staan We Nu", "Wat Is Thuis Op Koers") that are no content words */
const HEADING_SMALL_WORDS = new Set([...RUN_CONNECTORS, 'tot', 'naar', 'over', 'zonder', 'of', 'na', 'onder', 'om', 'als', 'is', 'we', 'je', 'wat', 'wie', 'hoe', 'nu', 'ik', 'niet', 'bij', 'te', 'ter']);

/** words that number a section at the start of a heading: "Bijlage 2", "Hoofdstuk 3", "Dag 1", "Fase 2" */
export const SECTION_WORDS = new Set([
  'bijlage', 'hoofdstuk', 'paragraaf', 'deel', 'dag', 'fase', 'stap', 'module', 'sessie', 'week', 'bijeenkomst', 'les', 'ronde', 'thema',
  'agendapunt', 'punt', 'casus', 'tabel', 'figuur', 'grafiek', 'ambitie', 'doel', 'actie', 'aanbeveling', 'conclusie', 'vraag', 'stelling',
  'kader', 'box', 'voorbeeld', 'oefening', 'opdracht', 'handout', 'werkblad',
]);
/** numerals that open the name of a programme: "Eén Gezin, Eén Plan, Eén Regisseur" */

/** programme words that also stand before a person or a family ("team Storm", "het netwerkberaad Bakker"): no introducer when lower case */
const NOT_INTRODUCERS = ['team', 'tafel', 'plan', 'raad', 'stichting', 'bureau', 'netwerk', 'model', 'panel', 'beraad', 'overleg', 'gesprek', 'verslag', 'rapport', 'rapportage', 'notitie', 'evaluatie'];

function introducesPeople(low: string): boolean {
  return NOT_INTRODUCERS.some((w) => low === w || low.endsWith(w));
}

/** Marks the heading lines (scan.heading); runs before the institutions, which do not start a name at a heading's article. */
export function findHeadingLines(scan: Scan): void {
  const { tokens } = scan;
  const lines: Array<[number, number]> = [];
  for (let a = 0; a < tokens.count; ) {
    let b = a + 1;
    while (b < tokens.count && !tokens.newlineBefore[b]) b++;
    lines.push([a, b]);
    a = b;
  }
  let headings = 0;
  for (const [a, b] of lines) {
    if (isHeadingLine(scan, a, b)) {
      headings++;
      for (let k = a; k < b; k++) scan.heading[k] = 1;
    }
  }
  scan.titleCase = writtenInTitleCase(scan);
  // (in a text written in title case throughout, a title-case part of a line says nothing more: blockTitleCaseText)
  if (!scan.titleCase) {
    for (const [a, b] of lines) if (!scan.heading[a] && titleCasedSegments(scan, a, b)) headings++;
    for (const [a, b] of lines) if (!scan.heading[a]) titleRuns(scan, a, b);
  }
  for (const [a, b] of lines) if (!scan.heading[a]) runInHeading(scan, a, b);
  scan.reportProse = headings >= REPORT_HEADINGS;
}

/**
 * Small words a Dutch writer capitalises only when a whole line is in English-style title case ("Opgroeien In De
 * Wijken", "Welzijn, School En Vrije Tijd", "Buurtouders Als Steun Voor Gezinnen"): prepositions, conjunctions and
 * question words that are never a name or part of one (not "van", "de", "ter": "mevrouw Van Dijk", "De Vries"), and pronouns and
 * the indefinite article.
 */
const TITLE_CASE_MARKERS = new Set([...TITLE_PREPOSITIONS, 'wat', 'hoe', 'wie', 'waar', 'is', 'rond',
  // pronouns and the indefinite article, never part of a name ("De Baas Van Je Eigen Verhaal", "Het Kind Een Stem Geven")
  'een', 'je', 'jij', 'jouw', 'jullie', 'we', 'wij', 'ze', 'zij', 'ik', 'mijn', 'uw', 'ons', 'onze', 'hun']);
/** longest line read as a title-case line (a heading, a title or a bullet line, not a paragraph) */
const TITLE_CASE_LINE_WORDS = 30;

/**
 * A line or part of one in title case, whatever its punctuation ("Hoofdstuk 3 – Opgroeien In De Wijken: Jeugdhulp,
 * Veiligheid En Welzijn Per Wijk", "Verzoek Tot Verlenging Van De Ondertoezichtstelling (Artikel 1:260 BW)"): a
 * marker word capitalised between two capitalised words, and most content words capitalised. Read as a heading
 * line: its ordinary words say nothing, names of the lists and words beside a title stay for the rules.
 */
function titleCased(scan: Scan, a: number, b: number): boolean {
  const { kind, raw, lower, capital } = scan.tokens;
  let words = 0;
  let content = 0;
  let capitalContent = 0;
  let marker = false;
  for (let k = a; k < b; k++) {
    if (kind[k] !== TokenKind.Word) continue;
    if (++words > TITLE_CASE_LINE_WORDS) return false;
    const capitalised = capital[k] === 1 && RE_HAS_LOWER.test(raw[k]);
    if (capitalised && TITLE_CASE_MARKERS.has(lower[k]) && k > a && k + 1 < b && capitalBefore(scan, a, k) && isCapitalisedWord(scan, k + 1)) marker = true;
    if (raw[k].length >= 4 && !HEADING_SMALL_WORDS.has(lower[k])) {
      content++;
      if (capitalised) capitalContent++;
    }
  }
  return marker && content >= 2 && capitalContent * 3 >= content * 2;
}

/** where a title ends inside a line: "A. Informatie Over De Plaatsing – De jeugdbeschermer …", "…: Wie Doet Wat, Wanneer En Hoe?" */
const RE_SEGMENT_END = /^(?:[:;|()?!–—]|-)$/;

/**
 * The parts of a line between colons, dashes, bars, brackets and question marks that are in title case and start
 * with a capital after any list letter ("C. Het Kind Aan Het Woord"), marked as heading text ("18 juni, kantoor
 * Stichting Op Eigen Benen" starts in lower case: a name in running text). Are there any?
 */
function titleCasedSegments(scan: Scan, a: number, b: number): boolean {
  const { raw, kind } = scan.tokens;
  let from = a;
  let found = false;
  for (let k = a; k <= b; k++) {
    if (k < b && !RE_SEGMENT_END.test(raw[k])) continue;
    let first = from;
    // (past a list letter, "C. Het Kind Aan Het Woord", and past the English article, "A Mixed-Methods Study Of …")
    while (first < k && (kind[first] !== TokenKind.Word || (raw[first].length === 1 && (raw[first + 1] === '.' || raw[first + 1] === ')' || (raw[first] === 'A' && isCapitalisedWord(scan, first + 1)))))) first++;
    if (first < k && isCapitalisedWord(scan, first) && titleCased(scan, from, k)) {
      for (let m = from; m < k; m++) scan.heading[m] = TITLE_SEGMENT;
      found = true;
    }
    from = k + 1;
  }
  return found;
}

/** A capitalised word right before token k, or a comma after one ("Niet Onderhandelbaar, En Weet Het Gezin Dat?"). */
function capitalBefore(scan: Scan, a: number, k: number): boolean {
  return isCapitalisedWord(scan, k - 1) || (scan.tokens.raw[k - 1] === ',' && k - 2 >= a && isCapitalisedWord(scan, k - 2));
}

/**
 * A run of capitalised words inside running text with a capitalised marker word inside it ("… en Uitleg Over Wat Er
 * Gebeurt Na Een Melding Bij Veilig Thuis", "de scholing Privacy In De Praktijk", "Smeden Als Het Ijzer Koud Is"):
 * a title quoted in the sentence, marked like a title-case part of a line.
 */
function titleRuns(scan: Scan, a: number, b: number): void {
  const { tokens } = scan;
  const { lower, start, end } = tokens;
  let k = a;
  while (k < b) {
    if (!isCapitalisedWord(scan, k)) {
      k++;
      continue;
    }
    let e = k + 1;
    while (e < b && isCapitalisedWord(scan, e) && start[e] === end[e - 1] + 1) e++;
    let marker = false;
    for (let m = k + 1; m < e - 1 && !marker; m++) if (RUN_MARKERS.has(lower[m])) marker = true;
    if (marker && e - k >= 3) for (let m = k; m < e; m++) if (!scan.heading[m]) scan.heading[m] = TITLE_SEGMENT;
    k = e;
  }
}

/** the most words a run-in heading holds ("2. **Eerst Vertellen, Dan Besluiten.** Informeer …") */
const RUN_IN_HEADING_WORDS = 12;

/**
 * A run-in heading: a bold part that opens a line or list item and ends in a full stop or colon, with running text
 * after it on the same line ("2. **Wapenbezit.** Advies om …", "**Wat Goed Gaat.** Niet alles …", "**Maak Tijd Vrij:**
 * neem …"). Its words are marked like a title-case part of a line: its ordinary words say nothing, names stay.
 */
function runInHeading(scan: Scan, a: number, b: number): void {
  const { kind, raw, start, end } = scan.tokens;
  let k = a;
  if (kind[k] === TokenKind.Digits && k + 1 < b && (raw[k + 1] === '.' || raw[k + 1] === ')')) k += 2;
  else if (raw[k] === '-' || raw[k] === '•') k++;
  if (k + 2 >= b || raw[k] !== '*' || raw[k + 1] !== '*' || end[k] !== start[k + 1]) return;
  let close = -1;
  for (let m = k + 2; m + 1 < b; m++) {
    if (raw[m] === '*' && raw[m + 1] === '*' && end[m] === start[m + 1]) {
      close = m;
      break;
    }
  }
  if (close < 0 || close + 2 >= b) return; // (a bold line of its own is read as a heading line or not at all)
  const stop = (t: number): boolean => raw[t] === '.' || raw[t] === ':';
  if (!stop(close - 1) && !stop(close + 2)) return;
  let words = 0;
  for (let m = k + 2; m < close; m++) if (kind[m] === TokenKind.Word) words++;
  if (words === 0 || words > RUN_IN_HEADING_WORDS) return;
  for (let m = k + 2; m < close; m++) if (!scan.heading[m]) scan.heading[m] = TITLE_SEGMENT;
}

/** markers of a title run: the title-case markers and prepositions that are names elsewhere ("Na", "Via") */
const RUN_MARKERS = new Set([...TITLE_CASE_MARKERS, 'na', 'via']);

/** heading lines that make a text report prose: a case note has a heading or two ("Zorgen", "Wat gaat goed"), a report many */
const REPORT_HEADINGS = 3;

/** Blocks the ordinary words of headings and of programme names, then every other mention of what was blocked so. */
export function markProse(scan: Scan): void {
  const vocabulary = new Set<string>();
  blockHeadingWords(scan, vocabulary);
  blockFunctionWordLines(scan);
  blockTitleCaseText(scan);
  blockLayoutWords(scan);
  blockLineLabels(scan);
  blockCategoryLists(scan);
  blockReferenceTitles(scan);
  blockSectionTitles(scan, vocabulary);
  blockMethodCompounds(scan, vocabulary);
  blockAcronymNames(scan, vocabulary);
  personWords.set(scan, wordsAfterPersonRoles(scan));
  blockProgrammeNames(scan, vocabulary);
  blockVocabulary(scan, vocabulary);
  blockAbbreviationsOfBlockedNames(scan);
  blockDefinedAbbreviations(scan);
  blockLawReferences(scan);
}

/**
 * A reference in a literature list ("Bakker, T. (2016). Eigen kracht in gedwongen kader. Houten: Uitgeverij
 * Brugwerk."): after "(year)." come the title, the journal or the publisher, no names. The editors keep
 * their initials ("In R. Hendriks & L. Kuipers (Red.)") and the place before the publisher stays a place.
 */
function blockReferenceTitles(scan: Scan): void {
  if (!/\((?:19|20)\d{2}\)\./.test(scan.text)) return;
  const { tokens, lex, blocked } = scan;
  const { kind, raw, lower, capital, newlineBefore } = tokens;
  let after = false;
  let lineStart = 0;
  for (let k = 0; k < tokens.count; k++) {
    if (newlineBefore[k]) {
      after = false;
      lineStart = k;
    }
    if (raw[k] === '(' && k + 3 < tokens.count && kind[k + 1] === TokenKind.Digits && /^(?:19|20)\d{2}$/.test(raw[k + 1]) && raw[k + 2] === ')' && raw[k + 3] === '.') {
      // only after a list of authors at the start of the line: "Abdi, H., & Van der Linden, M. (2021).", also as a list item ("- Storm, E. (2019).", "3. …")
      let first = lineStart;
      if (/^[-•*–]$/.test(raw[first])) first++;
      else if (kind[first] === TokenKind.Digits && (raw[first + 1] === '.' || raw[first + 1] === ')')) first += 2;
      let authors = k > first;
      for (let m = first; m < k && authors; m++) {
        const ok = (kind[m] === TokenKind.Word && (capital[m] || lex.particles.has(lower[m]) || lower[m] === 'en' || lower[m] === 'e.a')) || /^[.,&]$/.test(raw[m]);
        if (!ok) authors = false;
      }
      if (authors) after = true;
      k += 3;
      continue;
    }
    if (!after || kind[k] !== TokenKind.Word || !capital[k] || blocked[k]) continue;
    let p = k - 1; // an editor: "R. Hendriks", "K. de Wit", "A. van der Berg"
    while (p > 0 && kind[p] === TokenKind.Word && !capital[p] && lex.particles.has(lower[p])) p--;
    if (p > 0 && raw[p] === '.' && isInitialAt(tokens, p - 1)) continue;
    if (lex.particles.has(lower[k]) && k > 1 && raw[k - 1] === '.' && isInitialAt(tokens, k - 2)) continue;
    if (raw[k + 1] === ':' && raw[k - 1] === '.') continue; // the place of publication
    if (raw[k].length === 1 && raw[k + 1] === '.') continue; // an initial
    if (lex.places.has(lower[k])) continue; // "Universiteit van Amsterdam"
    blocked[k] = Block.Prose;
  }
}

/** May word i be a name by the lists, whatever its context ("Hilde", "Bruinsma"; not "Roos" or "Kern", which are also words)? */
function confidentName(scan: Scan, i: number): boolean {
  const { lex, tokens } = scan;
  const low = tokens.lower[i];
  return inNameList(lex, low) && !isOrdinaryWord(lex, low) && !isInflectedForm(lex, low);
}

/** An ordinary word that a heading or a programme name may hold: listed, inflected, a compound, a negative or a programme word. */
function ordinaryCapital(scan: Scan, i: number): boolean {
  const { lex, tokens } = scan;
  const low = tokens.lower[i];
  if (low.length === 1) return false;
  if (isNegative(lex, low) || lex.titles.has(low)) return true;
  if (low.indexOf('-') > 0 && /-\p{Lu}/u.test(tokens.raw[i])) return false; // "Slootweg-Bakker": a double surname
  return isOrdinaryWord(lex, low) || isProgrammeWord(lex, low) || verbForm(scan, low);
}

/** A word whose shape says word, not name: listed, inflected, derived or a programme word ("Gerdien" only looks like a participle). */
function plainWord(scan: Scan, i: number): boolean {
  const { lex, tokens } = scan;
  const low = tokens.lower[i];
  return lex.commonWords.has(low) || isInflectedWord(lex, low) || isDerivedWord(lex, low) || isProgrammeWord(lex, low) || isNegative(lex, low) || verbForm(scan, low);
}

/** A finite verb of a listed stem ("Werkt", "Helpt" in "Wat Werkt", "Wie Helpt Wie"), no name of the lists. */
function verbForm(scan: Scan, low: string): boolean {
  const { lex } = scan;
  return low.length >= 4 && low.endsWith('t') && !inNameList(lex, low) && lex.commonWords.has(low.slice(0, -1));
}

/**
 * Blocks word i unless it is a place, a title, a word of the name lists ("Roos", "Dekker" and "Hoek" are
 * names as often as words) or already decided. `strong` context (a programme word in lower case right
 * before the name, a noun phrase in a heading) blocks the name-list words that are also ordinary words.
 */
function block(scan: Scan, i: number, strong = false): boolean {
  const { lex, tokens, blocked, labels } = scan;
  const low = tokens.lower[i];
  if (blocked[i] || labels[i] || lex.places.has(low) || lex.titles.has(low)) return false;
  if (inNameList(lex, low) && !(strong && (lex.commonWords.has(low) || (isInflectedForm(lex, low) && !lex.firstNames.has(low))))) return false;
  if (!ordinaryCapital(scan, i) && !(strong && RE_HAS_LOWER.test(tokens.raw[i]))) return false;
  blocked[i] = Block.Prose;
  return true;
}

/**
 * Heading lines: a numbered section ("2.3 Versterken van de Ketensamenwerking", "Bijlage 2 Overzicht …"),
 * a Markdown heading, a title-case line ("Ontwikkelde Methoden en Instrumenten") or a short line of one
 * to three words before the text ("Samenvatting", "Gegevens van het Kind"). Their ordinary words are
 * blocked (a capital there counts as at the start of a sentence) unless they stand where a name stands.
 */
function blockHeadingWords(scan: Scan, vocabulary: Set<string>): void {
  const { tokens } = scan;
  const { newlineBefore, count } = tokens;
  // a run of heading tokens: a whole heading line, or a part of a line in title case (`titleCasedSegments`)
  let a = 0;
  while (a < count) {
    if (!scan.heading[a]) {
      a++;
      continue;
    }
    let b = a + 1;
    while (b < count && !newlineBefore[b] && scan.heading[b] === scan.heading[a]) b++;
    blockHeadingRun(scan, a, b, vocabulary);
    a = b;
  }
}

function blockHeadingRun(scan: Scan, a: number, b: number, vocabulary: Set<string>): void {
  const { tokens } = scan;
  blockHeadingWordsOf(scan, a, b, vocabulary);
  // in a title-case part of a line, a capitalised particle before a blocked word belongs to the title ("Het Kader Van Bijzondere Voorwaarden")
  if (scan.heading[a] !== TITLE_SEGMENT) return;
  for (let k = b - 2; k >= a; k--) {
    if (tokens.kind[k] === TokenKind.Word && tokens.capital[k] && scan.lex.particles.has(tokens.lower[k]) && scan.blocked[k + 1] === Block.Prose && !scan.labels[k]) scan.blocked[k] = Block.Prose;
  }
}

function blockHeadingWordsOf(scan: Scan, a: number, b: number, vocabulary: Set<string>): void {
  const { tokens } = scan;
  let run: string[] = []; // consecutive blocked words: "Stevig Verbonden" in "Eindevaluatie Programma Stevig Verbonden"
  for (let k = a; k <= b; k++) {
    const word = k < b && tokens.kind[k] === TokenKind.Word && (tokens.capital[k] || /^\p{Lu}/u.test(tokens.raw[k]));
    // "… in de Wijk", "… op de Groep": a noun after a preposition and an article is a noun, also when it is a surname
    const nounPhrase = k >= a + 2 && /^(?:de|het|'t)$/.test(tokens.lower[k - 1]) && /^(?:in|op|uit|aan|over|naar|voor|bij)$/.test(tokens.lower[k - 2]);
    // "Wat Werkt", "Hoe Verder": the verb after a question word of a heading
    const verb = k > a && /^(?:wat|hoe|waarom|wie|waar|welke|wanneer)$/.test(tokens.lower[k - 1]) && tokens.lower[k].endsWith('t') && scan.lex.commonWords.has(tokens.lower[k].slice(0, -1));
    // (in a title-case part of a line a finite verb is that verb also after a kin word: "Moeder Zorgt Voor Rust")
    const segmentVerb = word && scan.heading[k] === TITLE_SEGMENT && !scan.labels[k] && !scan.blocked[k] && finiteVerb(scan.lex, tokens.lower[k]) && !inNameList(scan.lex, tokens.lower[k]);
    if (segmentVerb) {
      scan.blocked[k] = Block.Prose;
      run.push(tokens.lower[k]);
      continue;
    }
    if (word && !nameContext(scan, k, a, b) && block(scan, k, nounPhrase || verb)) {
      remember(scan, k, vocabulary);
      run.push(tokens.lower[k]);
      continue;
    }
    for (let x = 0; x + 1 < run.length; x++) for (let y = x + 2; y <= run.length; y++) vocabulary.add(run.slice(x, y).join(' '));
    run = [];
  }
}

/**
 * A short line of function words only ("Tot Slot", "Voor Wie", "Na", "Over Ons"): a heading or the start of
 * a list item cut by a line break. Its capitals are no names, even where a function word is also a name
 * in some language ("Wie", "Na", "Ben").
 */
function blockFunctionWordLines(scan: Scan): void {
  const { tokens, blocked, labels } = scan;
  const { kind, lower, newlineBefore, count } = tokens;
  let a = 0;
  while (a < count) {
    let b = a + 1;
    while (b < count && !newlineBefore[b]) b++;
    let words = 0;
    let onlyFunction = true;
    for (let k = a; k < b && onlyFunction; k++) {
      if (kind[k] !== TokenKind.Word) continue;
      words++;
      if (!STOP_LOWER.has(lower[k]) && !HEADING_SMALL_WORDS.has(lower[k]) && lower[k] !== 'slot' && lower[k] !== 'ons') onlyFunction = false;
    }
    if (onlyFunction && words >= 1 && words <= 4 && b < count) for (let k = a; k < b; k++) if (kind[k] === TokenKind.Word && !labels[k] && !blocked[k]) blocked[k] = Block.Prose;
    a = b;
  }
}

/** a text whose writer capitalises nearly every word: at least this many ordinary words inside sentences, this share of them capitalised */
const TITLE_CASE_MIN_WORDS = 40;
const TITLE_CASE_SHARE = 0.6;

/**
 * Flip-over notes typed as written ("Moeder Houdt Hulp Af Als Het Over Vader Gaat", "Huis Rommelig, Geen Voeding
 * Voor Baby In Huis"): in a text that capitalises most of its ordinary words inside sentences, a capital says
 * nothing, as in a text written wholly in lower case. An ordinary word of no name list is that word there unless a
 * title, a form of address or a kin word stands before it ("Mw. De Wit"); names of the lists and words no list
 * knows ("Yıldırım", "Deniz") stay for the rules.
 */
function blockTitleCaseText(scan: Scan): void {
  if (!scan.titleCase) return;
  const { tokens, blocked, labels, lex } = scan;
  const { kind, lower, capital, count } = tokens;
  // the words that stand after a first name somewhere ("Hanneke de Wind") are surnames at every mention ("De Wind presenteert")
  const surnames = new Set<string>();
  for (let k = 0; k < count; k++) if (kind[k] === TokenKind.Word && capital[k] && firstNameBefore(scan, k)) surnames.add(lower[k]);
  for (let k = 0; k < count; k++) {
    if (!isCapitalisedWord(scan, k) || labels[k] || blocked[k]) continue;
    const low = lower[k];
    // (a function word or a finite verb is that word also after a name or a kin word: "Moeder Tekent", "Gülay Woont Dichtbij")
    const verb = STOP_LOWER.has(low) || finiteVerb(lex, low);
    // (after a surname's lower-case particle it is the surname: "Tessa van der Meer")
    const afterParticle = surnames.has(low) && k > 0 && !tokens.newlineBefore[k] && tokens.kind[k - 1] === TokenKind.Word && !capital[k - 1] && lex.particles.has(lower[k - 1]);
    // (a surname of the lists that is a Dutch word and no first name is that word too: "Baby Huilt Lang", "Houdt Hulp Af";
    // a particle that is a preposition is one: "Woont In Schiedam")
    const listed = lex.firstNames.has(low) || (lex.surnames.has(low) && !lex.dutchWords.has(low));
    const particle = lex.particles.has(low) && !PREPOSITION_LIKE_PARTICLES.has(low);
    if ((!verb && !isOrdinaryWord(lex, low)) || listed || lex.places.has(low) || particle || afterParticle || inNameListLine(tokens, k)) continue;
    if (!verb && (personRoleBefore(scan, k) || surnames.has(low))) continue;
    blocked[k] = Block.Prose;
  }
}

/** Does the text capitalise most of its ordinary words inside sentences (TITLE_CASE_SHARE of at least TITLE_CASE_MIN_WORDS)? */
function writtenInTitleCase(scan: Scan): boolean {
  const { tokens, lex } = scan;
  const { kind, raw, lower, capital, count } = tokens;
  const candidate = (k: number): boolean =>
    kind[k] === TokenKind.Word && raw[k].length >= 3 && !scan.heading[k] && (capital[k] ? tokens.capitalised[k] === 1 : true) && !sentenceStart(tokens, k);
  // First a bound that needs no lexicon: the capitalised words that may count are at most `most`, so
  // once the ordinary lower-case words alone outweigh them the share cannot be reached. Ordinary prose
  // stops here after a few hundred words; the exact count below runs only for text that may qualify.
  let most = 0;
  for (let k = 0; k < count; k++) if (capital[k] && candidate(k)) most++;
  if (most < TITLE_CASE_MIN_WORDS * TITLE_CASE_SHARE) return false;
  let lowerContent = 0;
  for (let k = 0; k < count; k++) {
    if (capital[k] || !candidate(k) || !isOrdinaryWord(lex, lower[k]) || inNameList(lex, lower[k]) || lex.places.has(lower[k])) continue;
    lowerContent++;
    if (most < (most + lowerContent) * TITLE_CASE_SHARE - 1e-6) return false;
  }
  let content = 0;
  let capitalised = 0;
  for (let k = 0; k < count; k++) {
    if (kind[k] !== TokenKind.Word || raw[k].length < 3 || scan.heading[k] || (capital[k] ? !tokens.capitalised[k] : false) || sentenceStart(tokens, k)) continue;
    if (!isOrdinaryWord(lex, lower[k]) || inNameList(lex, lower[k]) || lex.places.has(lower[k])) continue;
    content++;
    if (capital[k]) capitalised++;
    // (the share cannot be reached any more even if every word left counts and is capitalised: the answer is known)
    else if ((k & 63) === 0 && capitalised + (count - k) < (content + count - k) * TITLE_CASE_SHARE) return false;
  }
  return content >= TITLE_CASE_MIN_WORDS && capitalised >= content * TITLE_CASE_SHARE;
}

/** a first name of the lists before token k, past the particles of a surname: the word is its surname ("Esther Spruit", "Hanneke de Wind") */
function firstNameBefore(scan: Scan, k: number): boolean {
  const { tokens, lex } = scan;
  let p = k - 1;
  while (p > 0 && !tokens.newlineBefore[p + 1] && tokens.kind[p] === TokenKind.Word && !tokens.capital[p] && lex.particles.has(tokens.lower[p])) p--;
  if (p < 0 || tokens.newlineBefore[p + 1]) return false;
  return firstNameAt(scan, p);
}

/** a capitalised first name of the lists, or a capitalised word no list knows (a first name the lists lack: "Bram Winter"; no place, function word or verb) */
function firstNameAt(scan: Scan, p: number): boolean {
  const { tokens, lex } = scan;
  if (!isCapitalisedWord(scan, p)) return false;
  const low = tokens.lower[p];
  return lex.firstNames.has(low) || (!isOrdinaryWord(lex, low) && !lex.places.has(low) && !STOP_LOWER.has(low) && !finiteVerb(lex, low));
}

/** a title, form of address or kin word before token k, past the particles of a surname ("Mw. De Wit", "Oma Roos") */
function personRoleBefore(scan: Scan, k: number): boolean {
  const { tokens, lex } = scan;
  let p = k - 1;
  while (p > 0 && !tokens.newlineBefore[p + 1] && tokens.kind[p] === TokenKind.Word && lex.particles.has(tokens.lower[p])) p--;
  if (p < 0 || tokens.newlineBefore[p + 1]) return false;
  if (tokens.raw[p] === '.' && p > 0) p--;
  const role = (q: number): boolean => q >= 0 && tokens.kind[q] === TokenKind.Word && (lex.titles.has(tokens.lower[q]) || PERSON_ROLES.has(tokens.lower[q]));
  // (or before the first name: "wethouder Koen Zaal")
  return role(p) || (p > 0 && !tokens.newlineBefore[p] && firstNameAt(scan, p) && role(p - 1));
}

/**
 * The label of a line before its colon: "Kritische Meelezers: …", "Externe Begeleiding: …", "Betrokken
 * Hulpverlening: …". Up to four capitalised words at the start of a line, all ordinary words of no name
 * list, one of them with a shape no name has (inflected, derived, a plural or a plain compound), are a
 * label, not a person. "Floor Vink: …" (plain words only) and "Lieke Smeding: …" (a listed name) stay
 * as they are.
 */
function blockLineLabels(scan: Scan): void {
  const { tokens, blocked, labels, lex } = scan;
  const { kind, raw, lower, capital, newlineBefore, count } = tokens;
  for (let a = 0; a < count; a++) {
    if (!newlineBefore[a] && a !== 0) continue;
    let k = a;
    while (k < count && kind[k] === TokenKind.Symbol && /^[-•–*]$/.test(raw[k])) k++;
    const words: number[] = [];
    let shaped = false;
    let ok = true;
    const first = k;
    for (; k < count && (k === first || !newlineBefore[k]) && raw[k] !== ':' && ok; k++) {
      if (kind[k] !== TokenKind.Word || words.length >= 6) ok = false;
      else if (capital[k]) {
        const low = lower[k];
        const participle = /^\p{L}{3,}ende?$/u.test(low); // "Lopende Trajecten:"
        if (inNameList(lex, low) || lex.places.has(low) || lex.titles.has(low) || !(isOrdinaryWord(lex, low) || participle)) ok = false;
        else {
          words.push(k);
          if (participle || isInflectedForm(lex, low) || isDerivedWord(lex, low) || isPlainCompound(lex, low) || (low.length >= 9 && /(?:en|s)$/.test(low) && isOrdinaryWord(lex, low))) shaped = true;
        }
      } else if (!RUN_CONNECTORS.has(lower[k])) ok = false;
    }
    if (!ok || k >= count || raw[k] !== ':' || (newlineBefore[k] && k !== first) || !shaped || words.length === 0 || words.length > 4) continue;
    for (const w of words) if (!labels[w] && !blocked[w]) blocked[w] = Block.Prose;
  }
}

/**
 * A list of capitalised categories: "sprak met Bestuur, Management, Gedragswetenschappers en de
 * Ondernemingsraad", "Dichtbij, Deskundig en Duidelijk". Three or more one-word items joined by commas and
 * "en"/"of" on one line, every item an ordinary word of no name list and no place, one of them with a shape
 * no name has (inflected, derived, a plural or a compound): categories, not people. A list of names
 * ("Roos, Bas en Storm", "Bakker, Visser en Smit") has no item of that shape, or has listed names.
 */
function blockCategoryLists(scan: Scan): void {
  const { tokens, blocked, labels, lex } = scan;
  const { kind, raw, lower, capital, newlineBefore, count } = tokens;
  const isItem = (k: number): boolean => k < count && isCapitalisedWord(scan, k) && blocked[k] !== Block.Institution && !labels[k];
  const isSep = (k: number): boolean => k < count && !newlineBefore[k] && (raw[k] === ',' || lower[k] === 'en' || lower[k] === 'of');
  for (let i = 0; i < count; i++) {
    if (!isItem(i)) continue;
    const items = [i];
    let j = i;
    for (;;) {
      let k = j + 1;
      if (!isSep(k)) break;
      k++;
      if (k < count && !newlineBefore[k] && (lower[k] === 'en' || lower[k] === 'of') && raw[k - 1] === ',') k++; // ", en"
      if (k < count && !newlineBefore[k] && (raw[k] === 'de' || raw[k] === 'het')) k++;
      if (k >= count || newlineBefore[k] || !isItem(k)) break;
      // an item is one word: "Jonge Professionals" ends the list
      if (k + 1 < count && !newlineBefore[k + 1] && kind[k + 1] === TokenKind.Word && capital[k + 1]) break;
      items.push(k);
      j = k;
    }
    if (items.length >= 3 && i + 1 < count && !newlineBefore[i + 1] && kind[i + 1] === TokenKind.Word && capital[i + 1]) items.shift(); // "Sociaal Team, …": the first item had two words
    if (items.length >= 3) {
      let shaped = false;
      let ok = true;
      for (const k of items) {
        const low = lower[k];
        if (blocked[k]) {
          shaped = true; // a word blocked already (a title-case category, a negative) counts as one
          continue;
        }
        if (lex.titles.has(low)) continue; // a role word ("Jeugdbeschermers") is a category too
        if (inNameList(lex, low) || lex.places.has(low) || !isOrdinaryWord(lex, low)) ok = false;
        else if (isInflectedForm(lex, low) || isDerivedWord(lex, low) || (low.length >= 9 && isOrdinaryWord(lex, low) && !lex.commonWords.has(low))) shaped = true;
      }
      if (ok && shaped) for (const k of items) if (!blocked[k]) blocked[k] = Block.Prose;
    }
    i = j;
  }
}

/**
 * Role words that only ever stand before a person: forms of address and kin ("mevrouw", "moeder", "oma").
 * Not the professional roles of the title list, which also stand before a portfolio or a team ("wethouder
 * Jeugd", "coach Sterk Thuis").
 */
export const PERSON_ROLES = new Set([
  'mw', 'mevr', 'mevrouw', 'dhr', 'hr', 'heer', 'meneer', 'mej', 'juffrouw',
  'moeder', 'vader', 'mama', 'papa', 'oma', 'opa', 'tante', 'oom', 'stiefvader', 'stiefmoeder', 'pleegmoeder', 'pleegvader',
  'broer', 'zus', 'broertje', 'zusje', 'zoon', 'dochter', 'grootmoeder', 'grootvader', 'buurvrouw', 'buurman',
]);

/** The capitalised words that stand right after a person's role word somewhere in the text, with the word after them ("moeder Sterre Bos"). */
const personWords = new WeakMap<Scan, Set<string>>();
function wordsAfterPersonRoles(scan: Scan): Set<string> {
  const { kind, capital, lower, raw, newlineBefore, count } = scan.tokens;
  const out = new Set<string>();
  for (let k = 1; k < count; k++) {
    if (!isCapitalisedWord(scan, k) || newlineBefore[k]) continue;
    const role = raw[k - 1] === '.' && k > 1 ? k - 2 : k - 1;
    if (kind[role] !== TokenKind.Word || !PERSON_ROLES.has(lower[role]) || newlineBefore[role + 1]) continue;
    out.add(lower[k]);
    if (k + 1 < count && kind[k + 1] === TokenKind.Word && capital[k + 1] && !newlineBefore[k + 1]) out.add(lower[k + 1]);
  }
  return out;
}

/**
 * A run that names a person although its first word ends like an adjective ("Sterre Bos", "Heldere Kuipers"):
 * the same words stand after a person's role word elsewhere in the text ("moeder Sterre"), or the run is a
 * word and a surname of the lists with no article before it ("de Korte Lijnen" keeps its article).
 */
function personRun(scan: Scan, runMembers: number[]): boolean {
  const { lex, tokens } = scan;
  const { lower, kind } = tokens;
  const seen = personWords.get(scan);
  if (seen && runMembers.some((k) => seen.has(lower[k]) && !lex.commonWords.has(lower[k]))) return true;
  // "Volgens Sterre Bos …", "Ook Sterre Bos …": a function word opens the sentence with its capital
  const lead = runMembers.length === 3 && sentenceStart(tokens, runMembers[0]) && SENTENCE_LEADS.has(lower[runMembers[0]]);
  const members = lead ? runMembers.slice(1) : runMembers;
  if (members.length !== 2) return false;
  const i = members[0];
  const j = members[1];
  const second = lower[j];
  // the words before the name: the lead word, or the ones before the run (no closure: personRun runs per title-case run)
  const before1 = lead ? lower[runMembers[0]] : i - 1 >= 0 && !tokens.newlineBefore[i] ? lower[i - 1] : '';
  const before2 = lead ? '' : i - 2 >= 0 && !tokens.newlineBefore[i - 1] ? lower[i - 2] : '';
  const article = RE_ARTICLE_BEFORE_RUN.test(before1);
  if (article || members.some((k) => isProgrammeWord(lex, lower[k]) || isNegative(lex, lower[k]) || lex.places.has(lower[k]))) return false;
  // "Nieuwe Wegen", "Eerste Hulp": a listed word or an ordinal opens a title, a name's first word is no listed word
  if (ORDINALS.has(lower[i]) || lex.commonWords.has(lower[i])) return false;
  if (lex.surnames.has(second)) return true;
  // the surname with a role word elsewhere ("mevrouw Bos" … "met Sterre Bos"), or a second word no word list knows ("Heldere Yilmaz")
  if (seen && seen.has(second)) return true;
  if (!isOrdinaryWord(lex, second) && !lex.commonWords.has(second) && RE_HAS_LOWER.test(tokens.raw[j])) return true;
  // "Aanwezig: Sterre Bos, …", "Respondenten: …": a line that lists people
  if (inNameListLine(tokens, i)) return true;
  // "De gezinsvoogd, Sterre Bos, …": an apposition to a role word
  if (!lead && i > 1 && tokens.raw[i - 1] === ',' && kind[i - 2] === TokenKind.Word && (lex.titles.has(lower[i - 2]) || PERSON_AFTER.has(lower[i - 2]))) return true;
  // "volgens Sterre Bos", "geschreven door Heldere Kuipers": whose words or writing
  if (before1 === 'volgens' || (before1 === 'door' && AUTHORED.has(before2))) return true;
  // "vertelde Sterre Bos", "zei Heldere Kuipers": the one speaking after an inverted verb of saying
  if (SPEECH_AFTER_PERSON.has(before1) && !tokens.capital[i - 1]) return true;
  // "in gesprek met Sterre Bos", "gesproken met Heldere Kuipers": a conversation is with people
  if (before1 === 'met' && CONVERSATION.has(before2)) return true;
  // what follows says person: "Sterre Bos vertelde …", "Sterre Bos, moeder van Noor, …", "Sterre Bos (moeder)"
  const next = j + 1 < tokens.count && !tokens.newlineBefore[j + 1] ? j + 1 : -1;
  if (next < 0) return false;
  if (kind[next] === TokenKind.Word && !tokens.capital[next] && SPEECH_AFTER_PERSON.has(lower[next])) return true;
  const after = next + 1 < tokens.count ? lower[next + 1] : '';
  if ((tokens.raw[next] === ',' || tokens.raw[next] === '(') && (PERSON_ROLES.has(after) || PERSON_AFTER.has(after) || (tokens.raw[next] === '(' && lex.titles.has(after)))) return true;
  // "Sterre Bos is moeder van twee kinderen", "… was gezinsvoogd"
  if (/^(?:is|was)$/.test(lower[next]) && (PERSON_ROLES.has(after) || lex.titles.has(after))) return true;
  return false;
}

const RE_ARTICLE_BEFORE_RUN = /^(?:de|het|een|deze|dit|die|dat|onze|ons|hun|zijn|haar)$/;

/** Function words that open a sentence before a name: "Volgens Sterre Bos", "Ook Sterre Bos". */
const SENTENCE_LEADS = new Set(['volgens', 'ook', 'daarna', 'toen', 'nu', 'dan', 'verder', 'tevens']);

/** Who people are in a report, after their name or before it with a comma ("Sterre Bos (ouder)", "de jongere, Sterre Bos,"). */
const PERSON_AFTER = new Set(['ouder', 'jongere', 'respondent', 'cliënt', 'client', 'ervaringsdeskundige', 'gezinsvoogd', 'jeugdbeschermer', 'moeder', 'vader']);

/** Participles of writing and saying before "door": the author or speaker is a person ("geschreven door Sterre Bos"). */
const AUTHORED = new Set(['geschreven', 'opgesteld', 'samengesteld', 'verteld', 'gezegd', 'aangegeven', 'geïnterviewd', 'geinterviewd', 'ondertekend', 'ingebracht']);

/** Conversations and speaking, before "met": who is spoken with is a person, not a programme ("werken met Snelle Start"). */
const CONVERSATION = new Set(['gesprek', 'gesprekken', 'interview', 'interviews', 'sprak', 'spraken', 'gesproken', 'spreken', 'telefoongesprek', 'kennismakingsgesprek', 'sprekend']);

/** Verbs of saying that follow a person's name in report prose, not a programme's ("Sterre Bos vertelde"). */
const SPEECH_AFTER_PERSON = new Set(['vertelde', 'vertelt', 'zei', 'zegt', 'antwoordde', 'antwoordt', 'vroeg', 'reageerde', 'lachte', 'huilde', 'schrok', 'knikte']);

/** Keeps the form of a blocked word for its other mentions when its shape says it is no name (a programme word, inflected, derived, a compound). */
function remember(scan: Scan, k: number, vocabulary: Set<string>): void {
  const { lex, tokens } = scan;
  const low = tokens.lower[k];
  if (low.length >= 6 && (!lex.commonWords.has(low) || low.length >= 8) && !inNameList(lex, low) && plainWord(scan, k)) vocabulary.add(low);
  else if (isProgrammeWord(lex, low) && !inNameList(lex, low)) vocabulary.add(low);
}

/** Every other capitalised mention of a word blocked as a heading or programme word: "Onderdeel", "Vergadering", "Meldpunt". */
function blockVocabulary(scan: Scan, vocabulary: Set<string>): void {
  if (!vocabulary.size) return;
  const { tokens } = scan;
  const { kind, capital, lower, start, end, count } = tokens;
  const firstWords = new Set<string>();
  for (const v of vocabulary) {
    const space = v.indexOf(' ');
    if (space > 0) firstWords.add(v.slice(0, space));
  }
  for (let k = 0; k < count; k++) {
    if (kind[k] !== TokenKind.Word || !capital[k]) continue;
    if (vocabulary.has(lower[k])) block(scan, k);
    if (!firstWords.has(lower[k])) continue;
    // a name of several words blocked once: "Stevig Verbonden is in 2022 gestart"
    let words = lower[k];
    for (let m = k + 1; m < count && m < k + 6 && kind[m] === TokenKind.Word && capital[m] && start[m] === end[m - 1] + 1; m++) {
      words += ' ' + lower[m];
      if (vocabulary.has(words)) for (let x = k; x <= m; x++) block(scan, x);
    }
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
  // a first name of the lists right before it, also one that is a word too ("Gesprek met Jan Bakker")
  if (k - 1 >= a && capital[k - 1] === 1 && lex.firstNames.has(lower[k - 1]) && !FUNCTION_WORDS.has(lower[k - 1]) && joinedInHeading(scan, k - 1, k)) return true;
  for (const d of NAME_CONTEXT_OFFSETS) {
    const m = k + d;
    // (a function word that is a name in some language is no name beside a title's words: "Bereikbaarheid Na Kantoortijd")
    if (m >= a && m < b && kind[m] === TokenKind.Word && capital[m] === 1 && !ordinaryCapital(scan, m) && !lex.places.has(lower[m]) && !FUNCTION_WORDS.has(lower[m]) && joinedInHeading(scan, Math.min(m, k), Math.max(m, k))) return true;
  }
  return false;
}

/** the neighbours nameContext looks at, nearest first */
const NAME_CONTEXT_OFFSETS = [-1, 1, -2, 2];
const RE_NAME_JOINER = /^[/&-]$/;

/** Are words m < n of a heading joined: adjacent, or by "/", "&", "-" or "en" ("Dekker/Bouzid", "Bakker en Smit")? */
function joinedInHeading(scan: Scan, m: number, n: number): boolean {
  const { tokens } = scan;
  return tokens.start[n] - tokens.end[m] <= 1 || (n === m + 2 && RE_NAME_JOINER.test(tokens.raw[m + 1])) || (n === m + 2 && tokens.lower[m + 1] === 'en');
}

function isHeadingLine(scan: Scan, a: number, b: number): boolean {
  const { tokens, lex } = scan;
  const { kind, raw, lower, capital } = tokens;
  let words = 0;
  let content = 0;
  let capitalContent = 0;
  let lowerContent = 0;
  if (b - a > 40) return false; // a heading has at most twelve words
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
  // a numbered line that names a person by a form of address and initials ("4. Brief van de school, mevrouw A. Dekker") is a list item
  for (let m = a + 1; m + 2 < b; m++) {
    if (kind[m] !== TokenKind.Word || !lex.titles.has(lower[m])) continue;
    const n = raw[m + 1] === '.' ? m + 2 : m + 1;
    if (n + 1 < b && /^\p{Lu}$/u.test(raw[n]) && raw[n + 1] === '.') return false;
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
    const year = kind[m] === TokenKind.Digits && raw[m].length === 4 && /^(?:19|20)/.test(raw[m]); // "Beleidsnotitie Dichtbij en Veilig 2025-2028"
    if ((raw[m] === ':' && m < b - 1) || (raw[m] === ',' && !commaInTitle(scan, a, b)) || raw[m] === '(' || raw[m] === '@' || (kind[m] === TokenKind.Digits && !year)) return false;
    if (kind[m] === TokenKind.Word && raw[m].length === 1 && raw[m + 1] === '.') return false;
    if (kind[m] === TokenKind.Word && ADDRESS_TITLE.test(lower[m]) && raw[m + 1] === '.') return false; // "Mr. drs. Annelies Wester": a person's line
  }
  // a question in title case on a line of its own ("**Wat Kost Het?**", "Waarom Kiest U Voor Deze Wijk?"): a heading
  if (titleCaseQuestion(scan, a, b)) return true;
  if (!capital[a] && !/^\p{Lu}/u.test(raw[a])) return false;
  // a line of names ("Hans Kroon", "Dr. Annelies Brouwer") is a signature or a list, no heading: most of
  // the capitalised words of a heading are in no name list
  let capitals = 0;
  let listed = 0;
  for (let m = a; m < b; m++) {
    if (kind[m] !== TokenKind.Word || !capital[m] || lex.titles.has(lower[m]) || raw[m].length < 2) continue;
    capitals++;
    if (inNameList(lex, lower[m])) listed++;
  }
  if (listed * 2 > capitals) return false;
  // title case: at least two content words, (nearly) all capitalised
  if (content >= 2 && capitalContent >= 2 && lowerContent <= Math.floor(content / 4)) return true;
  // a short line of one to three words that stands above text: "Samenvatting", "Gegevens van het Kind"
  if (words <= 4 && b < tokens.count && content >= 1) {
    for (let m = a; m < b; m++) if (kind[m] === TokenKind.Word && capital[m] && !plainWord(scan, m) && !lex.places.has(lower[m])) return false;
    return true;
  }
  return false;
}

/** question words that open a question heading ("Wat Kost Het?", "Voor Wie Is Het Bedoeld?") */
const QUESTION_WORDS = new Set(['wat', 'waarom', 'hoe', 'wie', 'welke', 'wanneer', 'waar', 'waardoor', 'waarvoor', 'waarmee', 'hoeveel', 'voor', 'met', 'kan', 'kunnen', 'mag', 'moet', 'wordt', 'krijgt', 'is']);

/**
 * A line (its markup aside) that opens with a capitalised question word, ends with a question mark and writes every
 * word of three letters or more with a capital: a question heading of a Q&A or an interview.
 */
function titleCaseQuestion(scan: Scan, a: number, b: number): boolean {
  const { kind, raw, lower, capital } = scan.tokens;
  let first = a;
  while (first < b && kind[first] !== TokenKind.Word) first++;
  let last = b - 1;
  while (last > first && (raw[last] === '*' || raw[last] === '_')) last--;
  if (first >= b || raw[last] !== '?' || !capital[first] || !QUESTION_WORDS.has(lower[first])) return false;
  let words = 0;
  for (let m = first; m < last; m++) {
    if (kind[m] !== TokenKind.Word) continue;
    words++;
    if (raw[m].length >= 3 && !capital[m]) return false;
  }
  return words >= 2;
}

/**
 * A comma in a title ("Samen Groeien, Stap voor Stap", "Eén Gezin, Eén Plan"): every capitalised word is an
 * ordinary word, none is a name by the lists alone, one is a verb form, an inflected or a derived word, and
 * the line has at most eight words. A list of names ("Roos, Bas en Storm") has no word of that shape.
 */
function commaInTitle(scan: Scan, a: number, b: number): boolean {
  const { tokens, lex } = scan;
  const { kind, lower, capital } = tokens;
  let words = 0;
  let shaped = false;
  for (let m = a; m < b; m++) {
    if (kind[m] !== TokenKind.Word) continue;
    if (++words > 8) return false;
    if (!capital[m]) continue;
    const low = lower[m];
    if ((inNameList(lex, low) && !lex.commonWords.has(low)) || lex.places.has(low) || !isOrdinaryWord(lex, low)) return false;
    if (/(?:en|t)$/.test(low) && low.length >= 6 && !inNameList(lex, low) && lex.commonWords.has(low)) shaped = true; // "Groeien", "Versterkt"
    if (isInflectedWord(lex, low) || isDerivedWord(lex, low)) shaped = true;
  }
  return shaped;
}

/** Is word i a programme word, or does a programme word stand right before it ("het programma Samen Beslissen")? */
function programmeSignal(scan: Scan, i: number): boolean {
  const { lex, tokens } = scan;
  const low = tokens.lower[i];
  if (inNameList(lex, low)) return false;
  // (a plural in -s of a compound of ordinary words too: "de Rol van Gedragswetenschappers"; not -en, which
  // many place names end in: "Kolk in Geldermalsen")
  return isProgrammeWord(lex, low) || (low.length >= 7 && isInflectedWord(lex, low)) || isDerivedWord(lex, low) || JARGON_TAIL.test(low) || (low.length >= 11 && low.endsWith('s') && isPlainCompound(lex, low.slice(0, -1)));
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
function blockProgrammeNames(scan: Scan, vocabulary: Set<string>): void {
  const { tokens, blocked } = scan;
  const { kind, capital, lower, raw, newlineBefore, start, end } = tokens;
  const count = tokens.count;
  const isCapitalWord = (k: number): boolean => k < count && isCapitalisedWord(scan, k);
  for (let i = 0; i < count; i++) {
    if (!isCapitalWord(i) || blocked[i] === Block.Institution || scan.heading[i] || scan.lex.degrees.has(lower[i])) continue;
    // the run: capitalised words joined by single spaces, with connectors between them
    const members = [i];
    let j = i;
    for (;;) {
      let k = j + 1;
      while (k < count && !newlineBefore[k] && kind[k] === TokenKind.Word && !capital[k] && RUN_CONNECTORS.has(lower[k]) && k - j <= 3) k++;
      if (k >= count || newlineBefore[k] || !isCapitalWord(k) || blocked[k] === Block.Institution || start[k] - end[k - 1] > 1 || start[j + 1] - end[j] > 1) break;
      if (scan.lex.degrees.has(lower[k]) || scan.lex.degrees.has(lower[j])) break; // "MSc en Bram Hoogendijk": a degree ends a name
      // "en" joins two names only when both sides are ordinary ("Werk en Inkomen"); "van het" starts something else ("Gerda Ploeg van het Sociaal Team")
      // "Jeugdbescherming Kust en Duin": after a national organisation's name two ordinary words name its region
      const regionPair = (blocked[i] === Block.Word || blocked[i] === Block.Phrase) && scan.lex.commonWords.has(lower[j]) && scan.lex.commonWords.has(lower[k]) && !confidentName(scan, j) && !confidentName(scan, k);
      if (k > j + 1 && lower[j + 1] === 'en' && k === j + 2 && !(ordinaryCapital(scan, k) && ordinaryCapital(scan, j)) && !regionPair) break;
      if (k === j + 3 && lower[j + 1] === 'van' && lower[j + 2] === 'het' && members.some((m) => confidentName(scan, m))) break;
      // "Dagbesteding in Westenholte": a bare "in", "uit", "naar" before a word the list does not hold brings in a place, no
      // word of a title ("Jeugd in Beweging", "Sterk in de Wijk" hold listed words or an article)
      if (k === j + 2 && PLACE_PREPOSITIONS.has(lower[j + 1]) && !scan.lex.commonWords.has(lower[k])) break;
      members.push(k);
      j = k;
    }
    // "In Figuur 3", "Het Rijk": a capitalised function word at the start of a sentence is no part of the name
    while (members.length > 1 && STOP_LOWER.has(lower[members[0]]) && sentenceStart(tokens, members[0])) members.shift();
    // most runs are one name ("Sanne", "Bruinsma"): nothing to decide unless the word is ordinary or a programme word stands before it
    if (members.length === 1 && !ordinaryCapital(scan, i) && !(i > 0 && kind[i - 1] === TokenKind.Word && !capital[i - 1] && isProgrammeWord(scan.lex, lower[i - 1])) && raw[i - 1] !== ',') {
      i = j;
      continue;
    }
    if (!decideRun(scan, members, vocabulary) && members.length > 1) {
      // a run that is no programme as a whole may hold one: "De Gecertificeerde Instellingen en de Betrokken Professionals"
      let from = 0;
      for (let x = 1; x <= members.length; x++) {
        // (split where "en" or a preposition joins two parts: "Wraparound Care voor Jongeren met Meervoudige Problemen")
        if (x < members.length && !tokens.lower.slice(members[x - 1] + 1, members[x]).some((w) => w === 'en' || PREPOSITION_CONNECTORS.has(w))) continue;
        if (x - from < members.length) decideRun(scan, members.slice(from, x), vocabulary);
        from = x;
      }
    }
    i = j;
  }
}

/** Decides whether the run of capitalised words `members` is the name of a programme, method or body, and blocks it if so. */
function decideRun(scan: Scan, members: number[], vocabulary: Set<string>): boolean {
  const { tokens, lex, blocked } = scan;
  const { kind, capital, lower, raw, newlineBefore, end } = tokens;
  const count = tokens.count;
  const i = members[0];
  const j = members[members.length - 1];
  for (const k of members) if (scan.labels[k] !== null) return false; // a street or a place found already
  if (personRun(scan, members)) return false;
  if (members.length === 1) {
    // one word: only a programme word before it, its own shape, a numeral or a number after it can make it no name
    const low = lower[i];
    const p = i > 0 && raw[i - 1] === ',' ? i - 2 : i - 1;
    const wordBefore = p >= 0 && kind[p] === TokenKind.Word && !capital[p] && isProgrammeWord(lex, lower[p]);
    const numberAfter = end[i] < scan.text.length && scan.text.charCodeAt(end[i]) === 32 && /[\dA-Z]/.test(scan.text[end[i] + 1] ?? '');
    if (!wordBefore && !numberAfter && !NUMERALS.has(low) && !programmeSignal(scan, i)) return false;
  }
  // the tests that can rule the run out come first; the others are only worth their lexicon lookups after them
  // "Lieve Hart (gezinsvoogd)", "Anna de Boer (12)": a role or an age after the run says person
  const personAfter = j + 2 < count && raw[j + 1] === '(' && (lex.titles.has(lower[j + 2]) || (kind[j + 2] === TokenKind.Digits && raw[j + 3] === ')')); // not "(16 mei 2024, …)"
  if (personAfter) return false;
  const leadingTitle = lex.titles.has(lower[i]) || (i > 0 && kind[i - 1] === TokenKind.Word && lex.titles.has(lower[i - 1])) || (i > 1 && raw[i - 1] === '.' && lex.titles.has(lower[i - 2]));
  // "wethouder Jeugd", "consulent Werk en Inkomen": a portfolio after a role is no name
  if (leadingTitle && !members.every((k) => lex.programmeWords.has(lower[k]) && !inNameList(lex, lower[k]))) return false;
  // "Verwey-Jonker Instituut", "Berenschot Fonds": a body named after someone ends in its head word
  const headLast = members.length >= 2 && isProgrammeWord(lex, lower[j]) && !introducesPeople(lower[j]) && !inNameList(lex, lower[j]);
  if (!headLast && members.some((k) => !blocked[k] && confidentName(scan, k))) return false;
  // "het programma Samen Sterk", "het vorige beleidskader, Sterk in de Wijk," (an apposition between commas after a determiner)
  const apposition = i > 2 && raw[i - 1] === ',' && raw[j + 1] === ',' && kind[i - 3] === TokenKind.Word && /^(?:de|het|dit|dat|deze|ons|onze|hun|zijn|haar|vorige|nieuwe|huidige)$/.test(lower[i - 3]);
  const intro = apposition ? i - 2 : i - 1;
  const before =
    intro >= 0 &&
    !newlineBefore[i] &&
    !newlineBefore[intro + 1] &&
    kind[intro] === TokenKind.Word &&
    !capital[intro] &&
    isProgrammeWord(lex, lower[intro]) &&
    !introducesPeople(lower[intro]) &&
    (intro === i - 1 ? !sentenceStart(tokens, i) : true);
  const titleInside = members.slice(1).some((k) => lex.titles.has(lower[k]));
  // a word after "in", "uit", "naar" is a place as often as anything: no evidence of a programme from its shape alone
  const afterPlaceWord =
    members.length === 1 &&
    i > 0 &&
    !newlineBefore[i] &&
    (PLACE_PREPOSITIONS.has(lower[i - 1]) || (i > 1 && kind[i - 2] === TokenKind.Digits && raw[i - 2].length === 4 && /^[A-Z]{2}$/.test(raw[i - 1]))); // "8021 EV Zwolle"

  const allOrdinary = members.every((k) => ordinaryCapital(scan, k) || lex.places.has(lower[k]) || (k === i && attributiveAt(scan, k)) || (lex.commonWords.has(lower[k]) && !confidentName(scan, k)));
  // the words of a national organisation's name say nothing about the words around them ("met de Drie Huizen")
  const own = members.filter((k) => blocked[k] !== Block.Word && blocked[k] !== Block.Phrase);
  // "de Korte Lijnen": every word an inflected form
  const allInflected = members.length >= 2 && members.every((k) => isInflectedWord(lex, lower[k]));
  // "de Snelle Start", "de Eerste Opvang", "Individuele Gesprekken": an attributive adjective opens a title-case name, never a person's
  const attributive = members.length >= 2 && attributiveAt(scan, i) && members.slice(1).every((k) => ordinaryCapital(scan, k));
  // "Sterk in de Wijk": a preposition and an article join the words of a title, not a first name and a surname
  const prepositionRun =
    members.length >= 2 &&
    !lex.firstNames.has(lower[i]) &&
    members.every((k) => !lex.places.has(lower[k]) && (ordinaryCapital(scan, k) || (lex.commonWords.has(lower[k]) && !confidentName(scan, k)))) &&
    members.slice(1).some((k, x) => {
      const between = tokens.lower.slice(members[x] + 1, k);
      return between.length === 2 && PREPOSITION_CONNECTORS.has(between[0]) && /^(?:de|het|'t)$/.test(between[1]);
    });
  // "Family Group Conferencing", "Motivational Interviewing": the words of a method that end in a derived noun
  const derivedLast = members.length >= 2 && isDerivedWord(lex, lower[j]) && !lex.firstNames.has(lower[i]) && members.every((k) => !confidentName(scan, k));
  // "Kinderen Praten Mee", "Samen Sterk Voor Elk Kind": three or more capitalised ordinary words that no name list holds
  const ordinaryRun = members.length >= 3 && j - i === members.length - 1 && members.every((k) => ordinaryCapital(scan, k) && !inNameList(lex, lower[k]));
  // "Family Finding", "Wraparound Care", "Peer Support Young Carers": a run of English words, no first name or place among
  // them and not all Dutch as well, is the name of a method or programme
  const english =
    members.length >= 2 &&
    members.every((k) => lex.englishWords.has(lower[k]) && !lex.firstNames.has(lower[k]) && !lex.places.has(lower[k])) &&
    members.filter((k) => !lex.dutchWords.has(lower[k])).length >= 2;
  const signal = english || before || titleInside || allInflected || headLast || attributive || prepositionRun || derivedLast || ordinaryRun || NUMERALS.has(lower[i]) || (!afterPlaceWord && own.some((k) => programmeSignal(scan, k)));
  // "Jeugdbescherming Kust en Duin", "Veilig Thuis Haaglanden": a national organisation's name goes on
  const national = blocked[i] === Block.Word || members.some((k) => blocked[k] === Block.Phrase);
  const explicit = before || national || headLast || derivedLast || (isProgrammeWord(lex, lower[i]) && !inNameList(lex, lower[i]));
  // "Cohort Voorjaar 2024", "Jaarverslag 2024": ordinary words before a year; "Bijlage B", "Fase 2": a numbered section
  const section = members.length === 1 && SECTION_WORDS.has(lower[i]) && /^ (?:[A-Z](?![\p{L}\d])|\d)/u.test(scan.text.slice(end[i], end[i] + 4));
  const year = (allOrdinary && /^ (?:19|20)\d{2}(?!\d)/.test(scan.text.slice(end[j], end[j] + 6))) || section;
  // (a section's number that ends the phrase makes the word that word also where a list holds it as a name: "zie Kader
  // 4.1)", "**Kader 4.1 –"; not "sprak Kader 4 keer")
  const numberedSection = section && /^ (?:[A-Z]|\d+(?:\.\d+)*)(?![\p{L}\d]|\.?\s+\p{Ll})/u.test(scan.text.slice(end[i], end[i] + 16));
  if (((signal || national) && (allOrdinary || explicit)) || year) {
    // a national organisation's name reaches back no further than its first word: "gesprek met Roos met de Drie Huizen"
    const firstNational = members.findIndex((k) => blocked[k] === Block.Word || blocked[k] === Block.Phrase);
    const onlyNational = national && !before && !isProgrammeWord(lex, lower[i]) && !(signal && allOrdinary) && !year;
    // after a lower-case programme word even the words of the name lists belong to it: "de methodiek Samen Verder Kijken"
    // "Jeugdbescherming Kust en Duin": ordinary words after a national organisation's first word name its region
    const regionAfterNational = blocked[i] === Block.Word || blocked[i] === Block.Phrase;
    for (const k of onlyNational ? members.slice(Math.max(0, firstNational)) : members) {
      // an adjective inside the name belongs to it too: "de Praktijkroute Jonge Professionals"
      if (block(scan, k, numberedSection || (before && !apposition) || headLast || attributive || prepositionRun || derivedLast || (regionAfterNational && k !== i && lex.commonWords.has(lower[k])) || (k !== j && attributiveAt(scan, k)))) remember(scan, k, vocabulary);
    }
    if (members.length >= 2) vocabulary.add(members.map((k) => lower[k]).join(' '));
    return true;
  }
  return false;
}

/** "Nederlands Jeugdinstituut (NJi)", "Inspectie Justitie en Veiligheid (IJenV)": the abbreviation of a name that was blocked as a body or programme. */
function blockAbbreviationsOfBlockedNames(scan: Scan): void {
  const { tokens, blocked, labels } = scan;
  const { raw, kind } = tokens;
  for (let k = 2; k + 1 < tokens.count; k++) {
    if (raw[k - 1] !== '(' || raw[k + 1] !== ')' || kind[k] !== TokenKind.Word || blocked[k] || labels[k]) continue;
    if (!blocked[k - 2] || (raw[k].match(/\p{Lu}/gu) ?? []).length < 2) continue;
    blocked[k] = Block.Prose;
  }
}

/** small words an abbreviation may skip or write in lower case: "Raad voor de Kinderbescherming (RvdK)" */
const ABBREVIATION_CONNECTORS = new Set(['van', 'voor', 'de', 'het', 'der', 'den', 'en', 'in', 'op', 'of', 'the', 'and', 'for']);

/**
 * An abbreviation defined in brackets right after the words it abbreviates ("Algemene wet bestuursrecht
 * (Awb)", "Centrum voor Jeugd en Gezin (CJG)") is that body or law at every mention ("art. 4:13 Awb"), no
 * person. Letters that are a person's initials ("Ans Hermans (AH)") are left to labelDefinedInitials: the
 * words before them must hold no name of the lists that is no ordinary word.
 */
function blockDefinedAbbreviations(scan: Scan): void {
  const { tokens, blocked, lex } = scan;
  const { raw, kind, lower, newlineBefore } = tokens;
  const forms = new Set<string>();
  for (let k = 1; k + 1 < tokens.count; k++) {
    if (raw[k - 1] !== '(' || raw[k + 1] !== ')' || kind[k] !== TokenKind.Word || !/^\p{Lu}[\p{L}]{1,6}$/u.test(raw[k])) continue;
    const abbreviation = lower[k];
    if ((raw[k].match(/\p{Lu}/gu) ?? []).length < 2 && abbreviation.length > 4) continue;
    // the words before the bracket on the same line, nearest first
    const words: number[] = [];
    for (let j = k - 2; j >= 0 && words.length < 10 && kind[j] === TokenKind.Word && !newlineBefore[j + 1]; j--) words.unshift(j);
    for (let from = words.length - 1; from >= 0; from--) {
      const run = words.slice(from);
      const all = run.map((j) => lower[j][0]).join('');
      const content = run.filter((j) => !ABBREVIATION_CONNECTORS.has(lower[j])).map((j) => lower[j][0]).join('');
      if (all !== abbreviation && content !== abbreviation) continue;
      if (run.some((j) => tokens.capital[j] && inNameList(lex, lower[j]) && !isOrdinaryWord(lex, lower[j]))) break;
      forms.add(raw[k]);
      break;
    }
  }
  if (!forms.size) return;
  for (let k = 0; k < tokens.count; k++) if (kind[k] === TokenKind.Word && forms.has(raw[k])) blocked[k] = Block.Prose;
}

/** words that number a part of a law: "art. 4:13 Awb", "artikel 1:255 BW", "Hoofdstuk 9 Awb" */
const LAW_PARTS = new Set(['art', 'artikel', 'artikelen', 'hoofdstuk', 'afdeling', 'titel', 'boek', 'lid']);

/**
 * The capitalised word after an article number is the law it belongs to ("art. 7:1 Awb", "artikel 2.3 Jeugdwet"), no
 * name; a capitalised "Artikel" before its number is the word ("(Artikel 1:260 BW)").
 */
function blockLawReferences(scan: Scan): void {
  const { tokens, blocked } = scan;
  const { raw, kind, lower, capital, newlineBefore } = tokens;
  for (let k = 0; k + 2 < tokens.count; k++) {
    if (kind[k] !== TokenKind.Word || !LAW_PARTS.has(lower[k])) continue;
    let j = k + 1;
    if (raw[j] === '.') j++;
    if (j >= tokens.count || kind[j] !== TokenKind.Digits || newlineBefore[j]) continue;
    j++;
    while (j + 1 < tokens.count && (raw[j] === '.' || raw[j] === ':') && kind[j + 1] === TokenKind.Digits && !newlineBefore[j + 1]) j += 2;
    if (j < tokens.count && kind[j] === TokenKind.Word && !capital[j] && raw[j].length === 1) j++; // "art. 7:1a"
    if (j < tokens.count && !newlineBefore[j] && kind[j] === TokenKind.Word && capital[j]) blocked[j] = Block.Prose;
    if (capital[k] && !scan.labels[k]) blocked[k] = Block.Prose;
  }
}

/**
 * An attributive adjective that opens a title-case name: an inflected form of an ordinary word ending in -e
 * ("Snelle", "Korte", "Jonge"), a derived adjective ("Individuele", "Multidisciplinaire") or an ordinal
 * ("Eerste", "Laatste"). A first name of the lists never is ("Lieve Hart", "Bente Bakker").
 */
function attributiveAt(scan: Scan, i: number): boolean {
  const { lex, tokens } = scan;
  const low = tokens.lower[i];
  if (!low.endsWith('e') || low.length < 4 || lex.firstNames.has(low)) return false;
  return ORDINALS.has(low) || isInflectedForm(lex, low) || (isDerivedWord(lex, low) && /(?:le|re|ie|ve|ge|se)$/.test(low));
}

/** The capitalised words from token `from` on the same line that may belong to a title: ordinary words with connectors between them. */
function titleRunFrom(scan: Scan, from: number, max: number): number[] {
  const { tokens } = scan;
  const { kind, capital, lower, newlineBefore, start, end, count } = tokens;
  const out: number[] = [];
  let k = from;
  while (k < count && out.length < max) {
    if (k > from && (newlineBefore[k] || start[k] - end[k - 1] > 1)) break;
    if (isCapitalisedWord(scan, k)) {
      out.push(k);
      k++;
      continue;
    }
    if (out.length && kind[k] === TokenKind.Word && !capital[k] && RUN_CONNECTORS.has(lower[k]) && k + 1 < count && capital[k + 1]) {
      k++;
      continue;
    }
    break;
  }
  return out;
}

/**
 * The title of a numbered section after its label: "Fase 1 Verkennen", "Stap 2: Plannen en Uitvoeren",
 * "Module 3 Samen Werken". Ordinary words only: "Casus 2 Mila" keeps its name.
 */
function blockSectionTitles(scan: Scan, vocabulary: Set<string>): void {
  const { tokens } = scan;
  const { kind, lower, raw, capital, count } = tokens;
  for (let k = 0; k + 2 < count; k++) {
    if (kind[k] !== TokenKind.Word || !capital[k] || !SECTION_WORDS.has(lower[k]) || kind[k + 1] !== TokenKind.Digits || raw[k + 1].length > 2) continue;
    let m = k + 2;
    while (m + 1 < count && raw[m] === '.' && kind[m + 1] === TokenKind.Digits) m += 2;
    if (m < count && (raw[m] === '.' || raw[m] === ':' || raw[m] === ')')) m++;
    if (m >= count || tokens.newlineBefore[m]) continue;
    const run = titleRunFrom(scan, m, 6);
    if (!run.length || run.some((x) => confidentName(scan, x))) continue;
    for (const x of run) if (block(scan, x)) remember(scan, x, vocabulary);
  }
}

/**
 * A method or programme named in a compound with its head word: "de Gezin Centraal-methodiek", "het Thuis
 * Voorop-programma". The words before the hyphen name the method, not a person; their other mentions
 * ("de Fidelity Index Gezin Centraal") are blocked as its vocabulary.
 */
function blockMethodCompounds(scan: Scan, vocabulary: Set<string>): void {
  const { tokens, lex, blocked } = scan;
  const { kind, raw, capital, lower, start, end, newlineBefore, count } = tokens;
  for (let k = 0; k < count; k++) {
    if (kind[k] !== TokenKind.Word || !capital[k]) continue;
    const hyphen = raw[k].indexOf('-');
    if (hyphen <= 0) continue;
    const tail = raw[k].slice(hyphen + 1);
    if (!/^\p{Ll}/u.test(tail) || !(isProgrammeWord(lex, tail) || /^(?:methode|methodiek|aanpak|werkwijze|model|programma|training|interventie|benadering)$/.test(tail))) continue;
    const head = raw[k].slice(0, hyphen).toLowerCase();
    if (inNameList(lex, head) && !isOrdinaryWord(lex, head)) continue; // "de Hoefnagels-methode": a person's name stays one
    // the capitalised words before it on the same line
    const words = [k];
    let m = k - 1;
    while (m >= 0 && !newlineBefore[m + 1] && kind[m] === TokenKind.Word && capital[m] && RE_HAS_LOWER.test(raw[m]) && start[m + 1] - end[m] === 1 && !STOP_LOWER.has(lower[m])) {
      words.unshift(m);
      m--;
    }
    if (words.some((x) => x !== k && confidentName(scan, x))) continue;
    for (const x of words) if (!scan.labels[x] && !lex.places.has(x === k ? head : lower[x])) blocked[x] = Block.Prose;
    if (words.length >= 2) vocabulary.add([...words.slice(0, -1).map((x) => lower[x]), head].join(' '));
    else if (!inNameList(lex, head)) vocabulary.add(head);
  }
}

/**
 * A title-case name followed by its acronym: "de Fidelity Index Gezin Centraal (FIGC)", "het Regionaal
 * Expertteam Jeugd (RETJ)". The initials of the words spell the acronym; a person's name with their
 * initials ("Anna de Vries (AdV)") holds a first name and is left alone.
 */
function blockAcronymNames(scan: Scan, vocabulary: Set<string>): void {
  const { tokens, lex } = scan;
  const { kind, raw, lower, capital, count } = tokens;
  for (let k = 1; k + 1 < count; k++) {
    if (raw[k - 1] !== '(' || raw[k + 1] !== ')' || kind[k] !== TokenKind.Word || !/^[A-Z]{3,8}$/.test(raw[k])) continue;
    const letters = raw[k];
    // the words before "(": as many capitalised words as the acronym has letters, connectors skipped
    const words: number[] = [];
    let m = k - 2;
    while (m >= 0 && words.length < letters.length && kind[m] === TokenKind.Word && !tokens.newlineBefore[m + 1]) {
      if (capital[m] && RE_HAS_LOWER.test(raw[m])) words.unshift(m);
      else if (!RUN_CONNECTORS.has(lower[m])) break;
      m--;
    }
    if (words.length !== letters.length) continue;
    if (words.map((x) => raw[x][0]).join('') !== letters) continue;
    if (words.some((x) => confidentName(scan, x) || lex.firstNames.has(lower[x]))) continue;
    if (!words.some((x) => ordinaryCapital(scan, x) && !inNameList(lex, lower[x]))) continue;
    for (const x of words) if (!scan.labels[x] && !lex.places.has(lower[x])) scan.blocked[x] = Block.Prose;
    scan.blocked[k] = Block.Prose;
    vocabulary.add(words.map((x) => lower[x]).join(' '));
  }
}
