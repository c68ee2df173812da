// Word classes that live in code (closed grammatical classes, not data), and the predicates that ask the
// lexicon about one word. The open lists (names, places, negatives, ordinary words) are in
// resources/lexicons and reach the detector as a Lexicon.
import type { Lexicon } from '../lexicon';

/** the word predicates below that look at a word's parts, remembered per lexicon and word (the lexicon never changes) */
const enum Memo {
  LooksDutch = 0,
  Inflected = 1,
  Ordinary = 2,
  Programme = 3,
  Compound = 4,
  PlainCompound = 5,
  RolePlural = 6,
}
const MEMO_LIMIT = 50_000;
const memos = new WeakMap<Lexicon, Array<Map<string, boolean>>>();

/** longer words are looked at as a whole only: their parts would cost time quadratic in their length */
const MAX_PARTED_WORD = 48;

function cached(lex: Lexicon, which: Memo, word: string, compute: (lex: Lexicon, word: string) => boolean): boolean {
  if (word.length > MAX_PARTED_WORD) return false; // (the word list holds no word this long)
  let maps = memos.get(lex);
  if (!maps) {
    maps = [new Map(), new Map(), new Map(), new Map(), new Map(), new Map(), new Map()];
    memos.set(lex, maps);
  }
  const map = maps[which];
  const known = map.get(word);
  if (known !== undefined) return known;
  const value = compute(lex, word);
  if (map.size >= MEMO_LIMIT) map.clear();
  map.set(word, value);
  return value;
}

/** abbreviations that end in a dot without ending the sentence ("mw. De Vries", "o.a. school") */
export const ABBREV_BEFORE_DOT = new Set([
  'mw', 'mevr', 'dhr', 'hr', 'dr', 'drs', 'ds', 'ir', 'ing', 'prof', 'mr', 'mej', 'fam', 'st', 'ca', 'bijv', 'bv', 'evt', 'o.a',
  'oa', 'ivm', 'i.v.m', 'nav', 'n.a.v', 'tel', 'nr', 'jl', 'e.d', 'etc', 'vs', 'incl', 'excl', 'max', 'min', 'resp', 'zgn',
  'aanw', 'afw', 'm.b.t', 'mbt', 'tav', 't.a.v', 'mob', 'vlgs', 'volg', 'ma', 'di', 'wo', 'do', 'vr', 'za', 'zo',
]);

/** lower-case words that are never a name written in lower case: function words, family words, frequent verb forms */
export const STOP_LOWER = new Set([
  'de', 'het', 'een', 'en', 'of', 'maar', 'want', 'dus', 'van', 'voor', 'naar', 'met', 'bij', 'op', 'in', 'uit', 'aan', 'om',
  'te', 'ter', 'ten', 'tot', 'door', 'over', 'onder', 'na', 'al', 'ook', 'nog', 'wel', 'niet', 'geen', 'ze', 'zij', 'hij', 'wij',
  'we', 'jij', 'je', 'u', 'ik', 'mij', 'me', 'mijn', 'zijn', 'haar', 'hun', 'ons', 'onze', 'dit', 'dat', 'die', 'deze', 'wat',
  'wie', 'waar', 'hoe', 'is', 'was', 'zijn', 'heeft', 'had', 'kan', 'kon', 'wil', 'zal', 'moet', 'mag', 'ben', 'bent', 'er', 'hem',
  'zo', 'als', 'dan', 'toen', 'nu', 'ja', 'nee', 'even', 'heel', 'erg', 'veel', 'weinig', 'meer', 'minder', 'elk', 'elke', 'ieder', 'iedere', 'welke', 'alle',
  'ma', 'pa', 'mam', 'pap', 'oma', 'opa', 'tante', 'oom', 'juf', 'meester', 'moeder', 'vader', 'mama', 'papa', 'baby', 'nani',
  'dag', 'week', 'jaar', 'maand', 'uur', 'ok', 'oke', 'oké', 'thuis', 'school', 'werk', 'les', 'team', 'plan', 'doel',
  // inflected forms of frequent verbs (the word list holds stems only)
  'bent', 'waren', 'geweest', 'hebt', 'hadden', 'kunt', 'konden', 'wilt', 'wilden', 'zult', 'zullen', 'zou', 'zouden', 'mocht',
  'moest', 'gaat', 'ging', 'gingen', 'komt', 'kwam', 'kwamen', 'doet', 'deed', 'ziet', 'zag', 'staat', 'stond', 'weet', 'wist', 'wordt', 'werd', 'werden',
  'krijgt', 'kreeg', 'geeft', 'gaf', 'zegt', 'zei', 'vindt', 'vond', 'laat', 'liet', 'houdt', 'hield', 'lijkt', 'leek',
  // English function words in mixed notes
  'can', 'will', 'the', 'and', 'for', 'not', 'but', 'you', 'are', 'harm', 'may', 'say', 'said', 'see', 'son', 'sun',
]);

/**
 * Closed classes of Dutch function words: prepositions, conjunctions (coordinating and subordinating) and
 * sentence adverbs. Capitalised at a sentence start they are never the first name of the name after them
 * ("Zoals Hendriks (2016) liet zien", "Volgens Bakker", "Omdat Jansen belde").
 */
export const FUNCTION_WORDS = new Set([
  // prepositions
  'aan', 'achter', 'behalve', 'beneden', 'binnen', 'boven', 'buiten', 'dankzij', 'door', 'gedurende', 'hangende', 'ingevolge',
  'jegens', 'krachtens', 'langs', 'met', 'middels', 'na', 'naar', 'naast', 'namens', 'nabij', 'om', 'omtrent', 'onder', 'ondanks',
  'op', 'over', 'per', 'rond', 'rondom', 'sinds', 'tegen', 'tegenover', 'tijdens', 'tot', 'tussen', 'uit', 'vanaf', 'vanuit',
  'via', 'volgens', 'voor', 'voorbij', 'wegens', 'zonder', 'aldus', 'conform', 'inzake', 'betreffende', 'richting',
  // conjunctions
  'en', 'of', 'maar', 'want', 'dus', 'doch', 'noch', 'zoals', 'omdat', 'doordat', 'zodat', 'opdat', 'terwijl', 'hoewel',
  'ofschoon', 'alhoewel', 'indien', 'mits', 'tenzij', 'toen', 'nadat', 'voordat', 'totdat', 'zodra', 'zolang', 'wanneer',
  'als', 'alsof', 'evenals', 'zowel', 'ofwel', 'hetzij', 'aangezien', 'daar', 'nu', 'waardoor', 'waarna', 'waarbij',
  // sentence adverbs that open a sentence
  'ook', 'daarna', 'daarom', 'daardoor', 'daarbij', 'daarnaast', 'bovendien', 'verder', 'tevens', 'vervolgens', 'inmiddels',
  'echter', 'wel', 'toch', 'zelfs', 'alleen', 'vooral', 'eerder', 'later', 'eerst', 'ten', 'ter', 'dan', 'nog', 'al',
  // pronominal adverbs and the imperative of a cross-reference ("(Zie Hieronder)", "Zie Ook Bijlage 2", "Daarin Staat")
  'zie', 'hieronder', 'hierboven', 'hierna', 'hiervoor', 'hierin', 'hierbij', 'hiermee', 'hierover', 'hiervan', 'hierop',
  'daarin', 'daarmee', 'daarover', 'daarvoor', 'daarvan', 'daarop', 'daaronder', 'daarboven', 'waarin', 'waarmee', 'waarover', 'waarvoor', 'waarvan', 'waarop',
  // the negation, which opens a verdict written in title case ("dat is Niet Structureel", "| Niet Gestart |", "(Geen Lid)")
  'niet', 'geen',
  // possessive pronouns that open a title ("Mijn Plan, Mijn Stem", "Uw Mening Telt")
  'mijn', 'jouw', 'uw', 'onze',
  // adverbs of manner and frequency that open a title or an answer ("Samen Kijken", "Echt Contact")
  'samen', 'echt', 'gewoon', 'heel', 'zeer', 'erg', 'vaak', 'soms', 'altijd', 'nooit', 'weer', 'opnieuw', 'meteen', 'graag', 'liever', 'nauwelijks',
  // adverbs of stance that end a title-case question or open an answer ("Wat Doet Een Jeugdbeschermer Eigenlijk?")
  'eigenlijk', 'misschien', 'natuurlijk', 'uiteindelijk', 'inderdaad', 'waarschijnlijk', 'blijkbaar', 'kennelijk', 'helaas', 'gelukkig',
]);

/** adjectives that grade a level or a risk, written before the noun uninflected ("Hoog Risico", "Matig Zorgniveau") */
export const GRADE_ADJECTIVES = new Set(['hoog', 'laag', 'matig', 'gering', 'gemiddeld', 'verhoogd', 'acuut', 'ernstig', 'beperkt', 'midden', 'zwaar', 'licht', 'groot', 'klein', 'hoger', 'lager', 'intensief', 'zwak', 'sterk', 'traag', 'snel', 'goed', 'slecht', 'voldoende', 'onvoldoende']);

/** prepositions that open a status of one word ("In Behandeling", "Op Schema", "Onder Toezicht") */
export const STATUS_PREPOSITIONS = new Set(['in', 'op', 'onder', 'buiten']);

/** words after which a place name is a place ("in Utrecht", "gemeente Zwolle") */
export const PLACE_PREPOSITIONS = new Set(['in', 'uit', 'naar', 'te', 'richting', 'omgeving', 'regio', 'gemeente', 'wijk', 'buurt', 'rond', 'nabij', 'vanuit', 'via', 'centrum', 'bij']);

export const COMPASS = new Set(['noord', 'zuid', 'oost', 'west', 'noordoost', 'noordwest', 'zuidoost', 'zuidwest', 'midden', 'centrum', 'centraal']);

/** finite verbs that typically follow a person as subject (closed list of frequent verbs; grammar, not data) */
export const SUBJECT_VERBS = new Set(
  ('zegt zei vertelt vertelde heeft had wil wilde gaat ging komt kwam kan kon moet moest vindt vond belt belde zit zat woont woonde ' +
    'speelt speelde huilt huilde lacht lachte slaapt sliep krijgt kreeg doet deed mag mocht laat liet ziet zag weet wist loopt liep geeft gaf ' +
    'reageert reageerde tekent tekende maakt maakte blijft bleef werkt werkte vraagt vroeg noemt noemde heet durft durfde kijkt keek staat stond ' +
    'praat praatte schreeuwt schreeuwde rent rende wordt werd gaf geeft herkent herkende benoemt benoemde legt legde schrijft schreef ' +
    'antwoordt antwoordde knikt knikte glimlacht glimlachte verhuist verhuisde begint begon stopt stopte leest las luistert luisterde ' +
    'vertrouwt vertrouwde weigert weigerde appt appte mailt mailde regelt regelde brengt bracht haalt haalde past paste zorgt zorgde ' +
    'mist miste voelt voelde denkt dacht hoopt hoopte twijfelt twijfelde erkent erkende ontkent ontkende geeft heeft merkt merkte ' +
    'ervaart ervoer toont toonde stelt stelde benadrukt benadrukte vertelt verteld schrokt schrok wint won verliest verloor leert ' +
    'leerde oefent oefende helpt hielp steunt steunde bezoekt bezocht ziet slaat sloeg scheldt schold dreigt dreigde').split(' '),
);

/** abstract-noun and jargon endings: "Raadsonderzoek", "Radarmelding" are no names */
export const JARGON_TAIL =
  /.{4,}(?:heid|schap|tie|sie|teit|isme|iek|logie|onderzoek|melding|plaatsing|behandeling|begeleiding|verlening|zorg|hulp|onderwijs|administratie|gesprek|overleg|traject|beraad|beleid|regeling|verklaring|indicatie|machtiging|maatregel|beschikking|therapie|training|methode|methodiek|wonen|voorziening|instelling|plan|centrum|loket|norm|normen|richtlijn|richtlijnen|protocol|protocollen|(?:s|en)huis)$|^(?:familie|jeugd|straf|arbeids|huur|letsel|bestuurs|vreemdelingen|erf|omgangs|gezags|personen|ondernemings|asiel|migratie|privacy|onderwijs|gezondheids|sociaal)recht$/;

/**
 * Universities and universities of applied sciences: large organisations, never a facility that narrows
 * down who someone is. The place in their name is LOCATIE ("Hogeschool [Utrecht]"); their brand name
 * ("Fontys Hogescholen", "Avans Hogeschool", "Hanzehogeschool") is no person and no INSTELLING.
 */
export const HIGHER_EDUCATION = /(?:hogeschool|hogescholen|universiteit|universiteiten|university|academy)$/;

/** An organisation's PO box ("Postbus 20301", "Antwoordnummer 123") is no one's address. */
export const PO_BOX = new Set(['postbus', 'antwoordnummer']);

/** dotted capitals that are common abbreviations, not a person's initials */
export const NOT_INITIALS = new Set(['N.B', 'P.S', 'V.S', 'B.V', 'N.V', 'A.U.B', 'M.B.T', 'T.A.V', 'I.V.M', 'E.D', 'O.A', 'Z.S.M', 'D.W.Z', 'V.G', 'E.E.A', 'I.P.V', 'A.S', 'N.A.V', 'M.A.W', 'O.B.V', 'I.O.M', 'S.V.P', 'U.A', 'B.A', 'M.A', 'B.SC', 'M.SC', 'P.O', 'V.O', 'W.O', 'H.B.O', 'M.B.O', 'K.V.K', 'T.O.V', 'I.C.M', 'I.S.M', 'M.U.V', 'V.W.B', 'I.T.T', 'N.V.T']);

/** words after which a lower-case ordinary word is that word, not a name ("de roos", "zijn hart", "in de winter") */
export const DETERMINERS = new Set(
  'de het een in op om zijn haar mijn je jouw uw onze ons hun deze die dit dat elke iedere geen veel weinig welke zo\'n zulke wat hele mooie grote kleine rode witte nieuwe oude eigen tegen naar uit aan bij voor over onder achter door tot'.split(' '),
);

/** pets and cuddly toys: "hond Max", "knuffel Vosje" are no persons */
export const PET_WORDS = new Set(['hond', 'hondje', 'kat', 'katje', 'poes', 'poesje', 'kater', 'konijn', 'konijntje', 'cavia', 'hamster', 'vogel', 'parkiet', 'paard', 'pony', 'knuffel', 'knuffeltje', 'knuffelbeer', 'beer', 'pop', 'vis', 'schildpad']);

/** words before a compass word that make it a team name ("team Noord") */
export const TEAM_WORDS = new Set(['team', 'afdeling', 'regio', 'locatie', 'vestiging', 'wijkteam', 'unit', 'cluster', 'district', 'groep']);

/** labels before a colon that start a list of names ("Aanwezig: Britt, Sjoerd, Aaliyah") */
export const LIST_LABELS = new Set([
  'aanwezig', 'aanwezigen', 'afwezig', 'afwezigen', 'inbrenger', 'notulist', 'notulen', 'gespreksleider', 'voorzitter', 'deelnemers',
  'jeugdige', 'jeugdigen', 'kinderen', 'kind', 'cliënt', 'client', 'naam', 'namen', 'beller', 'contactpersoon', 'ouders', 'ouder',
  'gezaghebbende', 'gezaghebber', 'gezaghebbers', 'netwerk', 'betrokkenen', 'uitgenodigd', 'verslag', 'auteur', 'opgesteld',
  'gezinsleden', 'broers', 'zussen', 'pleegouders', 'trainer', 'co-trainer', 'docent', 'collega', 'collega\'s', 'casushouder',
]);

/** labels before an author's initials at the end of a note ("Verslag: FJ", "Groet, JS") */
export const SIGNATURE_LABELS = new Set(['verslag', 'notulen', 'notulist', 'auteur', 'door', 'groet', 'gr', 'groeten', 'mvg', 'vrgr', 'paraaf', 'ingevuld', 'opgesteld', 'namens', 'afz', 'van']);

/** titles and forms of address after which "van"/"de" starts a name ("mw. van Dijk") and a lower-case surname is a name ("dhr. bakker") */
export const ADDRESS_TITLE = {
  words: new Set(['mw', 'mevr', 'mevrouw', 'dhr', 'hr', 'heer', 'meneer', 'dr', 'ds', 'mr', 'fam', 'familie', 'gezin', 'juf', 'meester', 'dominee', 'drs', 'ir', 'prof']),
  test(lower: string): boolean {
    return this.words.has(lower);
  },
};

/** the initial of a surname after a first name: " V." in "Sanne V.", not the first of several initials (" J.K.") */
export const RE_SURNAME_INITIAL = /^ [A-Z]\.(?![\p{L}\d]|[A-Z]\.)/u;

/** a lower-case word shorter than this is never taken for a name */
export const LOWER_NAME_MIN = 3;

export function isNegative(lex: Lexicon, lower: string): boolean {
  return lex.negatives.has(lower);
}

export function isNameWord(lex: Lexicon, lower: string): boolean {
  return lex.firstNames.has(lower) || lex.surnames.has(lower);
}

export function hyphenParts(lower: string): string[] | null {
  return lower.indexOf('-') > 0 ? lower.split('-') : null;
}

/** knownish: the word is in a name list (for hyphenated words: every part or the first part). */
export function inNameList(lex: Lexicon, lower: string): boolean {
  if (isNameWord(lex, lower)) return true;
  const parts = hyphenParts(lower);
  if (parts) return parts.every((p) => isNameWord(lex, p) || p.length <= 2);
  return false;
}

/** A Dutch-looking word that is no name: a compound of two ordinary words or a participle/inflected verb form. */
export function looksDutch(lex: Lexicon, lower: string): boolean {
  return cached(lex, Memo.LooksDutch, lower, computeLooksDutch);
}

function computeLooksDutch(lex: Lexicon, lower: string): boolean {
  if (JARGON_TAIL.test(lower)) return true;
  if (/^(?:ge|be|ver|ont|her|voor|aan|over|uit|door|op|af|toe|mee|in|weg|terug|samen)\p{L}{3,}(?:d|t|en|de|te)$/u.test(lower) && !/^(?:ben|bert|bern)/.test(lower)) return true;
  for (let k = 3; k <= lower.length - 4; k++) {
    const tail = lower.slice(k);
    if (tail.length >= 4 && lex.dutchWords.has(tail)) {
      const head = lower.slice(0, k);
      if (lex.dutchWords.has(head) || (head.endsWith('s') && lex.dutchWords.has(head.slice(0, -1))) || (head.endsWith('e') && lex.dutchWords.has(head.slice(0, -1)))) return true;
    }
  }
  return false;
}

/** Candidate stems of an inflected word: plurals (-s, -en), adjective -e, comparative -er, superlative -st(e). */
export function stemsOf(low: string): string[] {
  const out: string[] = [];
  if (low.length < 4) return out;
  const push = (s: string): void => {
    if (s.length >= 3) out.push(s);
  };
  // undo the spelling changes before a suffix that starts with a vowel: gezinn-en, resultat-en, huiz-en, briev-en
  const variants = (s: string): void => {
    push(s);
    if (s.length >= 4 && s.charCodeAt(s.length - 1) === s.charCodeAt(s.length - 2)) push(s.slice(0, -1));
    const open = /^(.*[^aeiou])([aeou])([^aeiou])$/.exec(s);
    if (open) {
      push(open[1] + open[2] + open[2] + open[3]);
      // both changes: "nev-en" of "neef", "duiv-en" has no open vowel
      if (open[3] === 'v' || open[3] === 'z') push(open[1] + open[2] + open[2] + (open[3] === 'v' ? 'f' : 's'));
    }
    if (s.endsWith('z')) push(s.slice(0, -1) + 's');
    if (s.endsWith('v')) push(s.slice(0, -1) + 'f');
    // an inflected present participle: "lopende" of "lopen" ("Purmerend" has no -e and stays a place)
    if (s.endsWith('end') && s.length >= 6) push(s.slice(0, -1));
  };
  if (low.endsWith("'s")) push(low.slice(0, -2));
  else if (low.endsWith('s')) push(low.slice(0, -1));
  if (low.endsWith('en')) {
    variants(low.slice(0, -2));
    push(low.slice(0, -1));
    if (low.endsWith('eren') && low.length >= 7) variants(low.slice(0, -4)); // "jongeren", "ouderen": the comparative as a noun
  }
  if (low.endsWith('e')) variants(low.slice(0, -1));
  if (low.endsWith('ere') || low.endsWith('ste')) variants(low.slice(0, -3));
  else if (low.endsWith('er') || low.endsWith('st')) variants(low.slice(0, -2));
  // a diminutive: "maatje(s)" of "maat", "balletje" of "bal", "boompje" of "boom"
  for (const suffix of DIMINUTIVE_SUFFIXES) if (low.length >= suffix.length + 3 && low.endsWith(suffix)) variants(low.slice(0, -suffix.length));
  return out;
}

const DIMINUTIVE_SUFFIXES = ['etjes', 'etje', 'tjes', 'tje', 'pjes', 'pje', 'jes', 'je'];

/** A plural of a listed noun, listed itself or not: "kinderen", "ouders", "groepen" (not a first name's "Hendriks"). */
export function isPluralNoun(lex: Lexicon, lower: string): boolean {
  if (!lower.endsWith('s') && !lower.endsWith('en')) return false;
  for (const stem of stemsOf(lower)) if (stem.length >= 3 && lex.dutchWords.has(stem) && !lex.firstNames.has(stem)) return true;
  return false;
}

/** The plural of a family or role word of the titles ("Ooms", "Tantes", "Neven", "Broers", "Oma's"). */
export function isRolePlural(lex: Lexicon, lower: string): boolean {
  if (!lower.endsWith('s') && !lower.endsWith('en')) return false;
  return cached(lex, Memo.RolePlural, lower, computeRolePlural);
}

function computeRolePlural(lex: Lexicon, lower: string): boolean {
  for (const stem of stemsOf(lower)) if (lex.titles.has(stem)) return true;
  return false;
}

/** A present participle of a verb of the dictionary: "wisselend", "lopend", "passend" (the word list holds few of them; "Purmerend" is a place of the lists, checked by the callers) */
export function isPresentParticiple(lex: Lexicon, lower: string): boolean {
  return lower.length >= 6 && lower.endsWith('end') && lex.dutchWords.has(lower.slice(0, -1));
}

/** Does the word end in the plural of a word ("beleids|zaken", "personeels|diensten", "leef|groepen")? */
export function pluralTail(lex: Lexicon, lower: string): boolean {
  for (let k = 3; k <= lower.length - 4; k++) if (isPluralNoun(lex, lower.slice(k))) return true;
  return false;
}

/** nouns of care and support that a report capitalises ("de Hulp", "Informatie Over De Zorg") */
export const CARE_NOUNS: ReadonlySet<string> = new Set(['hulp', 'zorg', 'steun', 'ondersteuning', 'begeleiding', 'behandeling', 'opvang', 'hulpverlening', 'jeugdhulp', 'jeugdzorg']);

/** An inflected form of a listed word: "gezinnen", "resultaten", "kwetsbare", "sterker", "professionals". */
export function isInflectedWord(lex: Lexicon, lower: string): boolean {
  return !inNameList(lex, lower) && isInflectedForm(lex, lower);
}

/** The shape of an inflected form, names or not ("jonge" of "de Jonge", "hoge"). */
export function isInflectedForm(lex: Lexicon, lower: string): boolean {
  return cached(lex, Memo.Inflected, lower, computeInflectedForm);
}

function computeInflectedForm(lex: Lexicon, lower: string): boolean {
  if (lex.commonWords.has(lower)) return false;
  for (const stem of stemsOf(lower)) if (stem.length >= 4 && lex.dutchWords.has(stem) && !lex.firstNames.has(stem)) return true; // "Hendriks" is Hendrik's son, no plural
  return false;
}

/**
 * Endings that make a long word an ordinary noun or adjective: "vergadering", "professionalisering",
 * "theoretisch", "regionale", "complicerende", "kwalitatief". The word list stops at ten letters.
 */
const RE_DERIVED = /^.{5,}(?:ingen|ing|heden|heid|schap|schappen|nissen|nis|atie|aties|iteit|iteiten|isme|isch|ische|lijk|lijke|lijks|lijkse|lijkheid|baar|bare|ieel|iële|ief|ieve|ende|erend|erende|eren|ering|eringen|achtig|achtige|ueel|uele|oneel|onele|air|aire|ional|ionals|talig|talige|entie|enties|antie|anties|aans|aanse|aams|aamse)$/;

/** A long noun or adjective by its derivational ending ("vergadering", "theoretisch"), not a name of the lists. */
export function isDerivedWord(lex: Lexicon, lower: string): boolean {
  return RE_DERIVED.test(lower) && !inNameList(lex, lower);
}

/** a past participle, also of a separable verb: "Gepland", "Afgerond", "Uitgevoerd", "Behaald", "Afgelopen", "Opgenomen" */
export const RE_PAST_PARTICIPLE = /^(?:(?:af|op|aan|in|uit|door|over|mee|toe|terug|na|voor|bij|vast)?(?:ge|be|ver|ont|her)\p{L}{2,}[dt]|(?:af|op|aan|in|uit|door|over|mee|toe|terug|na|voor|bij|vast)ge\p{L}{2,}en)$/u;

/** the words of a room at a compound's end: "Teamkamer", "Vergaderzaal", "Handvaardigheidslokaal", "Stilteruimte" */
export const RE_ROOM_TAIL = /(?:kamer|zaal|ruimte|lokaal)$/;

/** the numerals from one to ten, never a name ("Kind Van Twee Gezinnen", "Drie Huizen") */
export const NUMERALS: ReadonlySet<string> = new Set(['eén', 'één', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien']);

/**
 * Prepositions and conjunctions that a writer of English-style title case capitalises ("Opgroeien In De Wijken",
 * "Pauze En Informatiemarkt", "Stem Van Het Kind" has "van" as well) and that are never a name or part of one. The
 * title-case passes each add their own few words to it (question words and pronouns for a title line; "van", "de"
 * and "het" where a name cannot follow).
 */
export const TITLE_PREPOSITIONS: ReadonlySet<string> = new Set(['en', 'of', 'in', 'op', 'met', 'voor', 'over', 'tot', 'naar', 'uit', 'als', 'bij', 'om', 'aan', 'door', 'onder', 'tussen', 'zonder', 'tegen', 'vanuit']);

/**
 * Particles of surnames that are prepositions as often ("in 't Veld", "op den Akker"): a lower-case sequence that
 * opens with one after a first name ("Mert in de wijk") and a capitalised one in title-case text ("Woont In Schiedam")
 * says where, not who. Not "ter"/"ten", which stand in surnames far more often ("Kees ter Horst").
 */
export const PREPOSITION_LIKE_PARTICLES = new Set(['in', 'op', 'uit', 'aan', 'bij', 'te', 'voor', 'over', 'onder']);

/** months and weekdays: never a name on their own ("op Dinsdag", "In Januari"); some are also first names ("Mei", "Juli") */
export const CALENDAR_WORDS = new Set([
  'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december',
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
]);

/** words before a month or weekday that make it one ("in Mei", "sinds Juni", "elke Dinsdag") */
export const CALENDAR_BEFORE = new Set(['in', 'op', 'sinds', 'vanaf', 'tot', 'eind', 'begin', 'medio', 'half', 'per', 'afgelopen', 'vorige', 'komende', 'volgende', 'elke', 'iedere', 'na', 'voor', 'rond', 'tussen', 'en', 'of']);

/** ordinals and their kin that open the title-case name of a phase or programme ("de Eerste Opvang", "de Laatste Stap") */
/** seasons and holiday periods: "Na de Zomer", "Voor de Kerstvakantie" */
export const SEASONS = new Set(['zomer', 'winter', 'lente', 'herfst', 'voorjaar', 'najaar', 'zomervakantie', 'kerstvakantie', 'herfstvakantie', 'voorjaarsvakantie', 'meivakantie', 'jaarwisseling', 'feestdagen']);

export const ORDINALS = new Set(['eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende', 'tiende', 'laatste', 'volgende', 'vorige', 'nieuwe']);

/**
 * The last parts of Dutch surnames that are compounds of ordinary words ("Bloemendaal", "Timmerman",
 * "Steenbergen", "Lindeboom"): a compound with such a tail may be a surname; a compound with another
 * tail ("Praktijkreeks", "Ouderavond") is an ordinary word.
 */
/** the endings of Dutch words for a profession or function ("-therapeut", "-coördinator", "-voogd") */
const ROLE_ENDINGS = 'therapeut|therapeute|psycholoog|pedagoog|functionaris|coördinator|coordinator|adviseur|consulent|medewerker|begeleider|hulpverlener|werker|coach|trainer|deskundige|specialist|verpleegkundige|regisseur|manager|leider|bemiddelaar|assistent|assistente|ambtenaar|inspecteur|onderzoeker|professional|reclasseerder|behandelaar|secretaris|voerder|voorzitter|directeur|bestuurder|jurist|analist|beschermer|voogd|ouder|arts|agent|docent|houder|(?:s|en|ie|m|r)lid';
/** compounds that name a profession or function by their tail ("Systeemtherapeut", "Aandachtsfunctionaris", "Casusregisseur"; a member after a linking
 * letter, "Raadslid", "Jongerenlid", "Teamlid", not "Khalid"): a role, never a name */
export const ROLE_TAIL = new RegExp(`^\\p{L}{3,}(?:${ROLE_ENDINGS})$`, 'u');
/** a word that is such an ending, alone or in a compound of any length ("Onderzoeker", "Beleidsmedewerker") */
const ROLE_NOUN = new RegExp(`^\\p{L}*(?:${ROLE_ENDINGS})$`, 'u');

/** a noun for a profession or function, five letters or more: a compound ending (ROLE_TAIL) or such an ending alone */
export function isRoleNoun(lower: string): boolean {
  return lower.length >= 5 && ROLE_NOUN.test(lower);
}

/** a compound that names a profession (ROLE_TAIL; one anchored test, cheaper than remembering it) */
export function isRoleCompound(lower: string): boolean {
  return lower.length >= 7 && lower.length <= MAX_PARTED_WORD && ROLE_TAIL.test(lower);
}

export const SURNAME_TAIL =
  /(?:man|mans|veld|velde|velden|berg|bergen|berghe|boom|daal|dael|dijk|dyk|dijks|hof|hoff|horst|huis|huizen|huys|kamp|kamps|land|meer|meijer|stra|sma|inga|ema|werf|wijk|woud|wold|zand|broek|beek|bosch|bos|brink|burg|kes|stein|steen|hout|heuvel|heide|hoek|hoeve|gaard|laar|loo|rode|rooij|voort|water|waard|weerd|kerk|stad|dorp|weide|holt|hage|dam|donk|molen|poel|wal|graaf|zijl|hart|heim|ink|ken|kens|maker|makers)$/;

/** The word with its accents folded ("eén" -> "een", "Financiën" stays findable as "financien"). */
function folded(lower: string): string {
  return /[\u00c0-\u024f]/.test(lower) ? lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : lower;
}

/** An ordinary Dutch word: listed, an inflected or derived form of one, or a compound of such words. */
export function isOrdinaryWord(lex: Lexicon, lower: string): boolean {
  return cached(lex, Memo.Ordinary, lower, computeOrdinaryWord);
}

function computeOrdinaryWord(lex: Lexicon, lower: string): boolean {
  if (lex.commonWords.has(lower) || isInflectedWord(lex, lower) || looksDutch(lex, lower)) return true;
  if (!inNameList(lex, lower) && RE_DERIVED.test(lower)) return true;
  const f = folded(lower);
  if (f !== lower && (lex.commonWords.has(f) || isInflectedWord(lex, f))) return true;
  return isCompoundOfWords(lex, lower);
}

/** "driehuizentekening", "wachtlijstteam": a head that is a word (or an inflected one, with a linking s/e) and a tail that is a word. */
export function isCompoundOfWords(lex: Lexicon, lower: string): boolean {
  if (lower.length < 9 && !(lower.length >= 7 && SHORT_TAIL.test(lower))) return false;
  return cached(lex, Memo.Compound, lower, computeCompoundOfWords);
}

function computeCompoundOfWords(lex: Lexicon, lower: string): boolean {
  if (inNameList(lex, lower)) return false;
  for (let k = 3; k <= lower.length - 4; k++) {
    const tail = lower.slice(k);
    // the tail may be a compound itself: "ouder|bijeenkomst" (bijeen|komst)
    if (!lex.dutchWords.has(tail) && !RE_DERIVED.test(tail) && !isInflectedWord(lex, tail) && !(tail.length >= 9 && tail.length < lower.length && isCompoundOfWords(lex, tail))) continue;
    const head = lower.slice(0, k);
    if (lex.dutchWords.has(head) || isInflectedWord(lex, head) || looksDutch(lex, head)) return true;
    if ((head.endsWith('s') || head.endsWith('e')) && (lex.dutchWords.has(head.slice(0, -1)) || isInflectedWord(lex, head.slice(0, -1)))) return true;
    // a derived word with a linking s before the tail: "ondernemings|raad", "verzorgings|huis" (the word list stops at ten letters)
    if (head.endsWith('s') && head.length >= 9 && RE_DERIVED.test(head.slice(0, -1))) return true;
  }
  // a short noun that ends many compounds: "welkomst|map", "jeugdbeschermings|dag", "team|dag"
  if (SHORT_TAIL.test(lower)) {
    const head = lower.slice(0, -3);
    const word = (w: string): boolean => w.length >= 4 && (lex.dutchWords.has(w) || isInflectedWord(lex, w) || looksDutch(lex, w));
    if (word(head) || ((head.endsWith('s') || head.endsWith('e')) && (word(head.slice(0, -1)) || (head.length >= 9 && RE_DERIVED.test(head.slice(0, -1)))))) return true;
  }
  return false;
}

/**
 * Nouns of three letters that end many compounds and hardly a name of the lists (at most two of their words of seven
 * letters or more end in one): "welkomstmap", "studiedag", "rekenles", "schoolbus". Longer tails are looked up in the
 * dictionary; a short one would make "Heemstede" or "Hendriksen" a compound.
 */
const SHORT_TAIL = /(?:dag|map|les|bus|kop|pot|rit|wet|tas|lid|pas|rol|set|box|uur|bed)$/;

/**
 * A compound of ordinary words that is no surname by its shape: "praktijkreeks", "ouderavond",
 * "leerbijeenkomst" (and their plurals), not "bloemendaal" or "timmerman" (SURNAME_TAIL), not a word
 * of the name lists.
 */
export function isPlainCompound(lex: Lexicon, lower: string): boolean {
  if (lower.length < 9 && !(lower.length >= 7 && SHORT_TAIL.test(lower))) return false;
  return cached(lex, Memo.PlainCompound, lower, computePlainCompound);
}

function computePlainCompound(lex: Lexicon, lower: string): boolean {
  if (lex.commonWords.has(lower) || inNameList(lex, lower)) return false;
  const plain = (w: string): boolean => !surnameTail(lex, w) && isCompoundOfWords(lex, w);
  if (plain(lower)) return true;
  if (lower.endsWith('en') && plain(lower.slice(0, -2))) return true; // "leerbijeenkomsten"
  return lower.endsWith('s') && plain(lower.slice(0, -1)); // "praktijkreeksen" is above; "ouderavonds" no
}

/**
 * Does the word end in a surname's tail (SURNAME_TAIL) that is its own last part? Not when a longer word of the
 * dictionary or its plural (eight letters or more, no name or place of the lists) ends the word and holds that tail:
 * "werk|afspraken" ends in "ken" inside "afspraken", "privacy|paragraaf"
 * ends in "graaf" inside "paragraaf"; "bloemen|daal", "timmer|man" keep theirs.
 */
export function surnameTail(lex: Lexicon, lower: string): boolean {
  const m = SURNAME_TAIL.exec(lower);
  if (!m) return false;
  for (let k = Math.max(1, lower.length - MAX_TAIL_WORD); k <= lower.length - MIN_TAIL_WORD && k < m.index; k++) {
    const last = lower.slice(k);
    if ((lex.dutchWords.has(last) || isInflectedWord(lex, last)) && !lex.places.has(last) && !inNameList(lex, last)) return false;
  }
  return true;
}
/** the longest last word looked up by surnameTail */
const MAX_TAIL_WORD = 12;
/** the shortest: a short word that holds a tail ("thuis", "eiland") ends many surnames and places ("Olthuis", "Vlieland") */
const MIN_TAIL_WORD = 8;

/** Is the word a programme word, or a compound that ends in one ("ketenoverleg", "veiligheidsscan", "jongerenraad")? */
export function isProgrammeWord(lex: Lexicon, lower: string): boolean {
  return cached(lex, Memo.Programme, lower, computeProgrammeWord);
}

function computeProgrammeWord(lex: Lexicon, lower: string): boolean {
  if (lex.programmeWords.has(lower)) return true;
  for (let k = 3; k <= lower.length - 4; k++) {
    if (!lex.programmeWords.has(lower.slice(k))) continue;
    // the part before it must be a word too: "keten|overleg", "veiligheids|scan", not "abdel|kader"
    const head = lower.slice(0, k);
    const stem = head.endsWith('s') || head.endsWith('e') ? head.slice(0, -1) : head;
    if (lex.dutchWords.has(head) || lex.dutchWords.has(stem) || isInflectedWord(lex, head) || isInflectedWord(lex, stem) || looksDutch(lex, head) || isCompoundOfWords(lex, stem) || isDerivedWord(lex, stem)) return true;
  }
  return false;
}

/**
 * A finite verb the word list holds by its infinitive only: "Werkt" (werken), "Woont" (wonen), "Belt" (bellen),
 * "Tekent" (tekenen), "Blijft" (blijven), "Geeft" (geven), "Voldoet" (voldoen), "Ontstaat" (ontstaan). Asked only in a text written in title case: alone, "Geert" has the shape of "geren".
 */
export function finiteVerb(lex: Lexicon, low: string): boolean {
  if (low.length < 4 || !low.endsWith('t') || low.endsWith('st')) return false;
  const stem = low.slice(0, -1);
  if (lex.dutchWords.has(stem + 'en')) return true;
  // "voldoet" (voldoen), "gaat" (gaan), "ziet" (zien): a stem that ends in a vowel takes -n
  if (/(?:oe|ie)$/.test(stem) && lex.dutchWords.has(stem + 'n')) return true;
  if (/(?:aa|ee)$/.test(stem) && stem.length >= 4 && lex.dutchWords.has(stem + 'n')) return true;
  // "blijft" (blijven), "reist" is no case ("st"): a stem that ends in f is written with v before -en
  if (stem.endsWith('f') && (lex.dutchWords.has(stem.slice(0, -1) + 'ven') || lex.dutchWords.has(stem.slice(0, -1).replace(/(aa|ee|oo|uu)$/, (v) => v[0]) + 'ven'))) return true;
  const long = /^(.*[^aeiou])(aa|ee|oo|uu)([^aeiou])$/.exec(stem);
  if (long && lex.dutchWords.has(long[1] + long[2][0] + long[3] + 'en')) return true;
  return /[aeiou][^aeiouw]$/.test(stem) && lex.dutchWords.has(stem + stem[stem.length - 1] + 'en');
}
