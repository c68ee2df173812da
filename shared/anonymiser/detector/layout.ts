// Capitals that the layout of a document or another language puts on words that are no names (issue 14 round 9):
// the categories in the cells of a table, the names of rooms, an English sentence that opens with a word that is
// also a first name, a verb or a pronoun that a question heading capitalises, a grade before a function and a noun
// after a capitalised adjective. Each of those passes blocks (Block.Prose) what it finds before the word rules run,
// so neither a label nor propagation reaches those tokens. One pass labels instead: the people a salutation
// addresses ("Beste Roos,"), whose names may be words.
import { isCapitalisedWord, sentenceStart } from './neighbours';
import { Block, type Scan } from './scan';
import { TokenKind } from './tokens';
import { FUNCTION_WORDS, GRADE_ADJECTIVES, RE_PAST_PARTICIPLE, RE_ROOM_TAIL, STOP_LOWER, TITLE_PREPOSITIONS, finiteVerb, inNameList, isDerivedWord, isInflectedForm, isOrdinaryWord, isPlainCompound, isRoleNoun, STATUS_PREPOSITIONS } from './wordClasses';

export function blockLayoutWords(scan: Scan): void {
  blockTableCellCategories(scan);
  blockRoomNames(scan);
  blockEnglishSentenceOpeners(scan);
  blockWordsBeforeSubjectPronoun(scan);
  blockGradesBeforeRoles(scan);
  blockWordsAfterCapitalisedAdjectives(scan);
  labelSalutationNames(scan);
  blockFiniteVerbPhrases(scan);
}

/** words a table writes for the row that sums or leaves the rest ("Totaal", "Deventer Totaal", "Overige") */
const SUMMARY_CELL_WORDS = new Set(['totaal', 'subtotaal', 'totalen', 'gemiddeld', 'gemiddelde', 'overig', 'overige', 'onbekend', 'anders', 'restant']);

/** small words that a writer capitalises between the categories of a cell ("Pauze En Informatiemarkt", "Communicatie Naar Ketenpartners") */
const CELL_SMALL_WORDS = new Set([...TITLE_PREPOSITIONS, 'van', 'per', 'de', 'het', 'een']);
/** adverbs of degree and negation that a status cell capitalises anywhere ("| Nog Niet Gepland |", "| Niet Van Toepassing |", "| Deels Behaald |") */
const CELL_ADVERBS = new Set(['nog', 'niet', 'wel', 'ook', 'al', 'geen', 'deels', 'grotendeels', 'gedeeltelijk', 'volledig', 'zeer', 'heel', 'erg', 'meer', 'minder', 'bijna', 'zeker']);

/**
 * A cell of a markdown table ("| Totaal Maatregelen | 373 |", "| Pauze En Informatiemarkt | Foyer |") whose words are
 * all capitalised ordinary words of no name list and no place, with a shape no name has among them (a plural, an
 * inflected, derived or compound word, or a capitalised small word between them): a category, no person. A cell of
 * names ("| Floor Vink |", "| Mees Koster |") has no such shape or holds listed names. A word of a sum row
 * ("Totaal", "Overige") is no name in any cell ("| Deventer Totaal |").
 */
function blockTableCellCategories(scan: Scan): void {
  const { tokens, lex, blocked, labels } = scan;
  const { kind, raw, lower, newlineBefore, count } = tokens;
  if (scan.text.indexOf('|') < 0) return;
  for (let a = 0; a < count; ) {
    let b = a + 1;
    while (b < count && !newlineBefore[b]) b++;
    if (raw[a] === '|') {
      // (the header row: the next line is the separator "|---|---|")
      const header = b + 1 < count && raw[b] === '|' && raw[b + 1] === '-';
      let cell = a + 1;
      for (let k = a + 1; k <= b; k++) {
        if (k < b && raw[k] !== '|') continue;
        blockCell(cell, k, header);
        cell = k + 1;
      }
    }
    a = b;
  }

  function blockCell(from: number, to: number, header: boolean): void {
    const words: number[] = [];
    let shaped = false;
    for (let k = from; k < to; k++) {
      if (kind[k] === TokenKind.Symbol && /^[*_]$/.test(raw[k])) continue; // bold or italic marks (a comma lists items, often places: "| Lunetten, Tuindorp |")
      if (!isCapitalisedWord(scan, k)) return;
      const low = lower[k];
      if (SUMMARY_CELL_WORDS.has(low) && !inNameList(lex, low)) {
        if (!labels[k]) blocked[k] = Block.Prose;
        shaped = true;
      }
      words.push(k);
    }
    // a cell of one verb form or grading adjective is a status or a rating ("| Loopt |", "| Afgerond |", "| Goed |"), a header of one word of the
    // dictionary names a column ("| Groep | Benaderd |"); a cell of one name stays ("| Floor |")
    if (words.length === 1) {
      const k = words[0];
      const low = lower[k];
      if (!labels[k] && !blocked[k] && !inNameList(lex, low) && !lex.places.has(low) && (finiteVerb(lex, low) || (RE_PAST_PARTICIPLE.test(low) && isOrdinaryWord(lex, low)) || (header && lex.commonWords.has(low)) || GRADE_ADJECTIVES.has(low))) blocked[k] = Block.Prose;
      return;
    }
    for (let w = 0; w < words.length; w++) {
      const k = words[w];
      const low = lower[k];
      if (CELL_ADVERBS.has(low)) {
        shaped = true;
        continue;
      }
      if (CELL_SMALL_WORDS.has(low)) {
        // (a status of a preposition and one word of the dictionary: "| In Behandeling |", "| Op Schema |")
        if (w === 0 && words.length === 2 && STATUS_PREPOSITIONS.has(low) && lex.commonWords.has(lower[words[1]])) {
          shaped = true;
          continue;
        }
        if (w === 0 || w === words.length - 1) return;
        shaped = true;
        continue;
      }
      if (inNameList(lex, low) || lex.places.has(low) || !(isOrdinaryWord(lex, low) || isPlainCompound(lex, low) || finiteVerb(lex, low))) return;
      // (a finite verb too: "| Ervaart Prestatiedruk |")
      if (isInflectedForm(lex, low) || isDerivedWord(lex, low) || isPlainCompound(lex, low) || finiteVerb(lex, low) || (low.length >= 9 && !lex.commonWords.has(low))) shaped = true;
    }
    if (!shaped) return;
    for (const k of words) if (!labels[k] && !blocked[k]) blocked[k] = Block.Prose;
  }
}

/** a floor or a wing in brackets after a room: "(3e verdieping)", "(begane grond)", "(eerste etage)", "(vleugel B)" */
const RE_FLOOR = /^\s*(?:\d+e|\d+ste|eerste|tweede|derde|vierde|begane|bovenste)?\s*(?:verdieping|etage|grond|vleugel|gebouw)/i;

/** words for a room in a building ("Zaal Beuk", "kamer Zuiderzee", "vergaderruimte De Klimop") */
export const ROOM_WORDS = new Set(['zaal', 'zaaltje', 'kamer', 'lokaal', 'ruimte', 'vergaderzaal', 'vergaderkamer', 'vergaderruimte', 'spreekkamer', 'werkruimte', 'room']);

/**
 * The name of a room ("· Zaal Linde", "stadhuis, kamer Zuiderzee", "Vergaderzaal De Open Hof"): a room word that no capitalised word stands
 * right before ("wethouder Koen Zaal" is a person), then one or two capitalised words that end the phrase (a line
 * end or punctuation after them: "Zaal Linde vertelde" reads as a person). The room's name names no one.
 */
function blockRoomNames(scan: Scan): void {
  const { tokens, blocked, labels } = scan;
  const { kind, raw, lower, capital, newlineBefore, count } = tokens;
  for (let k = 0; k + 1 < count; k++) {
    // (a compound only before an article: "Vergaderzaal De Open Hof", not "Rekenkamer Apeldoorn" or "Stadsgehoorzaal Leiden")
    if (kind[k] !== TokenKind.Word || !(ROOM_WORDS.has(lower[k]) || (lower[k].length >= 9 && RE_ROOM_TAIL.test(lower[k]) && /^(?:de|het|'t)$/.test(lower[k + 1])))) continue;
    if (k > 0 && !newlineBefore[k] && kind[k - 1] === TokenKind.Word && capital[k - 1]) continue;
    let e = k + 1;
    // (one or two words, after an article three: "Vergaderzaal De Open Hof")
    const most = /^(?:de|het|'t)$/.test(lower[k + 1]) ? k + 3 : k + 2;
    while (e < count && e <= most && !newlineBefore[e] && isCapitalisedWord(scan, e)) e++;
    if (e === k + 1) continue;
    if (e < count && !newlineBefore[e] && kind[e] === TokenKind.Word) continue; // the sentence goes on
    // "Zaal Linde (wethouder)" may be a person named Zaal; a compound room word or an article is no name ("Vergaderzaal De
    // Wieke (tweede verdieping)", "Zaal De Ruimte (1e etage)")
    // (unless the bracket names a floor or wing: "Zaal Goudse Glazen (3e verdieping)")
    if (e < count && !newlineBefore[e] && raw[e] === '(' && lower[k].length <= 6 && !/^(?:de|het|'t)$/.test(lower[k + 1]) && !RE_FLOOR.test(scan.text.slice(tokens.end[e], tokens.end[e] + 30))) continue;
    for (let m = k; m < e; m++) if (!labels[m] && !blocked[m]) blocked[m] = Block.Prose;
    k = e - 1;
  }
}

/** English function words that open a sentence and are first names in some language too ("Can", "An", "Will", "May") */
const ENGLISH_OPENERS = new Set(['a', 'an', 'can', 'will', 'may', 'must', 'shall', 'should', 'would', 'could', 'do', 'does', 'did', 'how', 'what', 'why', 'when', 'where', 'who', 'this', 'these', 'those', 'there', 'here', 'it', 'we', 'they', 'you', 'our', 'your', 'their', 'if', 'as', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'so', 'all', 'some', 'no', 'not', 'be', 'is', 'are', 'was', 'were', 'the', 'and', 'but', 'or', 'of', 'to']);
/** short English function words the English word list leaves out or shares with Dutch */
const ENGLISH_SMALL = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'is', 'are', 'be', 'and', 'or', 'it', 'as', 'from', 'that', 'this', 'can', 'used', 'into']);

/**
 * "Can a Words and Pictures story be used as evidence?", "An introduction to trauma-informed principles": an
 * English function word that opens a sentence, a lower-case word after it, and English words for most of what
 * follows: the sentence is English and its first word no first name.
 */
function blockEnglishSentenceOpeners(scan: Scan): void {
  const { tokens, lex, blocked, labels } = scan;
  const { kind, lower, capital, newlineBefore, count } = tokens;
  for (let k = 0; k + 1 < count; k++) {
    if (kind[k] !== TokenKind.Word || !capital[k] || !ENGLISH_OPENERS.has(lower[k]) || blocked[k] || labels[k] || !sentenceStart(tokens, k)) continue;
    if (newlineBefore[k + 1] || kind[k + 1] !== TokenKind.Word || capital[k + 1]) continue;
    let words = 0;
    let english = 0;
    for (let m = k + 1; m < count && !newlineBefore[m] && words < 6; m++) {
      if (kind[m] !== TokenKind.Word) continue;
      words++;
      const low = lower[m];
      if (ENGLISH_SMALL.has(low) || (lex.englishWords.has(low) && !lex.dutchWords.has(low))) english++;
    }
    if (words >= 3 && english * 3 >= words * 2) blocked[k] = Block.Prose;
  }
}

/** subject pronouns that stand after the verb in a question or an inverted sentence ("Wat Bieden Wij?", "Hoe Werken We") */
const SUBJECT_PRONOUNS = new Set(['wij', 'we', 'jij', 'je', 'jullie', 'zij', 'ze', 'hij', 'ik', 'u']);

/**
 * "Wat Vragen Wij?", "Wat Bieden Wij?", "Hoe Werken Jullie Samen": a capitalised ordinary word of no name list (or a
 * finite verb) right before a subject pronoun is the verb of the clause, and a capitalised subject pronoun inside a
 * sentence is the pronoun: neither is a name.
 */
function blockWordsBeforeSubjectPronoun(scan: Scan): void {
  const { tokens, lex, blocked, labels } = scan;
  const { kind, raw, lower, capital, newlineBefore, count } = tokens;
  for (let k = 1; k < count; k++) {
    if (kind[k] !== TokenKind.Word || !SUBJECT_PRONOUNS.has(lower[k]) || newlineBefore[k]) continue;
    if (k + 1 < count && raw[k + 1] === '.' && raw[k].length === 1) continue; // "U." is an initial
    const v = k - 1;
    if (!isCapitalisedWord(scan, v)) continue;
    const low = lower[v];
    if (inNameList(lex, low) || lex.places.has(low) || !(isOrdinaryWord(lex, low) || finiteVerb(lex, low))) continue;
    if (!labels[v] && !blocked[v]) blocked[v] = Block.Prose;
    if (capital[k] && !labels[k] && !blocked[k]) blocked[k] = Block.Prose;
  }
}

/** words that grade a function ("Senior Beleidsmedewerker", "Junior Onderzoeker", "Waarnemend Teamleider") */
const GRADE_WORDS = new Set(['senior', 'junior', 'medior', 'adjunct', 'waarnemend', 'plaatsvervangend', 'interim', 'hoofd', 'lead', 'chief', 'assistent', 'tijdelijk']);

/** a function word: a title of the lists, a compound that ends in a function ("Beleidsmedewerker"), or such an ending alone ("Onderzoeker") */
function isFunctionWord(scan: Scan, low: string): boolean {
  return scan.lex.titles.has(low) || isRoleNoun(low);
}

/**
 * "Joost van Lienden, Senior Beleidsmedewerker", "De Junior Onderzoeker Sanne Bos": a capitalised grade before a
 * function is part of the function, no name (and no part of the name after it).
 */
function blockGradesBeforeRoles(scan: Scan): void {
  const { tokens, blocked, labels } = scan;
  const { kind, lower, capital, newlineBefore, count } = tokens;
  for (let k = 0; k + 1 < count; k++) {
    if (kind[k] !== TokenKind.Word || !capital[k] || !GRADE_WORDS.has(lower[k]) || newlineBefore[k + 1]) continue;
    if (kind[k + 1] !== TokenKind.Word || !isFunctionWord(scan, lower[k + 1])) continue;
    for (const m of [k, k + 1]) if (!labels[m] && !blocked[m]) blocked[m] = Block.Prose;
  }
}

/** an adjective by its shape: a participle ("Gedwongen", "Gespecialiseerd") or a derivational ending ("Landelijk", "Ambtelijke", "Preventief") */
const RE_ADJECTIVE_SHAPE = /^(?:ge\p{L}{3,}(?:en|d|de|te)|\p{L}{3,}(?:lijk|lijke|ig|ige|isch|ische|eel|ele|aal|ale|ief|ieve|baar|bare|loos|loze))$/u;
/** adjectives of a salutation or address, before which a name stays a name ("Beste Roos,", "Lieve Kader") */
const SALUTATIONS = new Set(['beste', 'lieve', 'geachte', 'waarde', 'dierbare', 'goede']);
/** adjectives used as nouns for a person, before a name ("Jeugdige Ama", "Betrokkene Kader") */
const PERSON_ADJECTIVES = new Set(['jeugdige', 'minderjarige', 'meerderjarige', 'betrokkene', 'belanghebbende', 'gedaagde', 'verdachte', 'deskundige', 'geïnterviewde', 'geinterviewde', 'aanvrager', 'verzoeker']);

/**
 * "in het Gedwongen Kader", "Het Landelijk Kader zegt": a word of a name list that is also a word of the dictionary,
 * capitalised after a capitalised adjective (an ordinary word of no name list with an adjective's shape), is the
 * noun the adjective goes with, when no capitalised word follows it. A first name the lists lack that has an
 * adjective's shape ("Heldere Kuipers") comes before a surname that is no dictionary word.
 */
function blockWordsAfterCapitalisedAdjectives(scan: Scan): void {
  const { tokens, lex, blocked, labels } = scan;
  const { kind, lower, capital, newlineBefore, count } = tokens;
  for (let k = 1; k < count; k++) {
    if (kind[k] !== TokenKind.Word || !capital[k] || newlineBefore[k] || blocked[k] || labels[k]) continue;
    const low = lower[k];
    if (!inNameList(lex, low) || !lex.dutchWords.has(low)) continue;
    const a = k - 1;
    if (!isCapitalisedWord(scan, a)) continue;
    const adj = lower[a];
    if (SALUTATIONS.has(adj) || PERSON_ADJECTIVES.has(adj) || isFunctionWord(scan, adj) || inNameList(lex, adj) || !RE_ADJECTIVE_SHAPE.test(adj) || !isOrdinaryWord(lex, adj)) continue;
    // (a capitalised small word may follow: "Gedwongen Kader En Rechtspositie")
    if (k + 1 < count && !newlineBefore[k + 1] && kind[k + 1] === TokenKind.Word && capital[k + 1] && !FUNCTION_WORDS.has(lower[k + 1])) continue;
    blocked[k] = Block.Prose;
  }
}

/** words that open the salutation of a letter or an e-mail ("Beste Roos,", "Hoi Storm,", "Goedemorgen Winter,") */
const SALUTATION_OPENERS = new Set(['beste', 'lieve', 'geachte', 'hoi', 'hallo', 'hey', 'hai', 'dag', 'goedemorgen', 'goedemiddag', 'goedenavond', 'dear', 'hi', 'hello']);

/**
 * "Beste Roos,", "Hoi Storm,", "Lieve Bas en Mees,": on a line that opens with a salutation and ends with a comma or
 * an exclamation mark, the capitalised words after it are the people addressed, also where they are ordinary words
 * too; the salutation is no part of the name. Words of no name list that are ordinary words ("Beste Collega's,",
 * "Hallo Team,") and titles ("Beste mevrouw Visser," keeps its own rule) are left alone.
 */
function labelSalutationNames(scan: Scan): void {
  const { tokens, lex, blocked, labels } = scan;
  const { kind, raw, lower, capital, newlineBefore, count } = tokens;
  for (let a = 0; a < count; a++) {
    if (!newlineBefore[a] || kind[a] !== TokenKind.Word || !SALUTATION_OPENERS.has(lower[a])) continue;
    let b = a + 1;
    while (b < count && !newlineBefore[b]) b++;
    const last = raw[b - 1];
    if (b - a < 3 || (last !== ',' && last !== '!')) continue;
    const names: number[] = [];
    let ok = true;
    for (let k = a + 1; k < b - 1 && ok; k++) {
      if (kind[k] !== TokenKind.Word) ok = raw[k] === ',' || raw[k] === '&';
      else if (!capital[k]) ok = lower[k] === 'en' || lex.particles.has(lower[k]);
      else if (lex.titles.has(lower[k]) || (!inNameList(lex, lower[k]) && isOrdinaryWord(lex, lower[k]))) ok = false;
      else names.push(k);
    }
    if (!ok || names.length === 0 || names.length > 4) continue;
    if (!labels[a]) blocked[a] = Block.Prose;
    for (const k of names) if (!labels[k] && blocked[k] !== Block.Institution) {
      labels[k] = 'PERSOON';
      blocked[k] = Block.None;
    }
  }
}

/** adverbs of degree that follow a verdict ("Voldoet Deels", "Voldoet Grotendeels") */
const DEGREE_ADVERBS = new Set(['deels', 'grotendeels', 'gedeeltelijk', 'volledig', 'helemaal', 'ruim', 'voldoende', 'onvoldoende', 'matig', 'goed', 'slecht', 'nauwelijks', 'zelden', 'vaak', 'altijd', 'nooit']);

/**
 * "Oordeel: **Voldoet Niet**", "| Voldoet Deels |", "Ontstaat Er Ruimte?": a capitalised finite verb that no list holds
 * as a word or a name (its infinitive is in the dictionary: "voldoen"), opening its sentence, cell or emphasis before
 * capitalised words or a question mark, is the verb, and the capitalised ordinary or function words right after it
 * on its line are the rest of its phrase, no surname after a first name.
 */
function blockFiniteVerbPhrases(scan: Scan): void {
  const { tokens, lex, blocked, labels } = scan;
  const { kind, raw, lower, capital, newlineBefore, count } = tokens;
  for (let k = 0; k < count; k++) {
    if (!isCapitalisedWord(scan, k) || blocked[k] || labels[k]) continue;
    const low = lower[k];
    if (lex.dutchWords.has(low) || inNameList(lex, low) || lex.places.has(low) || !finiteVerb(lex, low)) continue;
    // only a verb that opens its sentence, cell or emphasis before the capitalised rest of its phrase or a question mark
    // (a village may have a verb's shape: "in Hapert", "Hapert ligt aan de Beerze")
    // (and only before a function word, an adverb of degree or a question mark: "Bart Zaal" is a first name of a verb's shape, "baren")
    // (or a verb that ends a predicate written in title case after an ordinary word: "dat de Hulpverlener Echt Luistert.")
    if (predicateEnd(k)) {
      blocked[k] = Block.Prose;
      if (!labels[k - 1] && !blocked[k - 1]) blocked[k - 1] = Block.Prose;
      continue;
    }
    if (!sentenceStart(tokens, k) || k + 1 >= count || newlineBefore[k + 1]) continue;
    const next = lower[k + 1];
    if (!((kind[k + 1] === TokenKind.Word && capital[k + 1] && (STOP_LOWER.has(next) || FUNCTION_WORDS.has(next) || DEGREE_ADVERBS.has(next))) || raw[k + 1] === '?')) continue;
    blocked[k] = Block.Prose;
    for (let m = k + 1; m < count && m <= k + 3 && !newlineBefore[m] && kind[m] === TokenKind.Word && capital[m]; m++) {
      if (inNameList(lex, lower[m]) || lex.places.has(lower[m]) || !(isOrdinaryWord(lex, lower[m]) || STOP_LOWER.has(lower[m]))) break;
      if (!labels[m] && !blocked[m]) blocked[m] = Block.Prose;
    }
  }

  /** Is the verb k the end of a clause (a stop, comma, quote or bracket after it) after a capitalised ordinary or function word of no name list? */
  function predicateEnd(k: number): boolean {
    if (k === 0 || newlineBefore[k] || sentenceStart(tokens, k) || kind[k - 1] !== TokenKind.Word || !capital[k - 1] || sentenceStart(tokens, k - 1)) return false;
    const before = lower[k - 1];
    if (inNameList(lex, before) || !(FUNCTION_WORDS.has(before) || DEGREE_ADVERBS.has(before) || lex.commonWords.has(before))) return false;
    return k + 1 >= count || newlineBefore[k + 1] === 1 || /^[.,;:!?"'”’)]$/.test(raw[k + 1]);
  }
}
