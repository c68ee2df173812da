// Institutions: "basisschool De Horizon", "CBS De Wegwijzer", "Bakkerij Haddad", "Wolfert Lyceum",
// sports clubs ("MHC De Reigers", "SV Vitesse '22"), companies and law firms by their legal form or firm
// word ("Transportbedrijf Van der Wal B.V.", "Van Rijn & Partners Advocaten", "Klussenbedrijf Yilmaz VOF").
// Runs before the word classification: the tokens of an institution name are blocked for it.
import type { Lexicon } from '../lexicon';
import { ROOM_WORDS } from './layout';
import { matchPhrase, sentenceStart } from './neighbours';
import { Block, type Scan, TITLE_SEGMENT } from './scan';
import { isJoin, TokenKind } from './tokens';
import { CALENDAR_WORDS, CARE_NOUNS, HIGHER_EDUCATION, JARGON_TAIL, NUMERALS, ORDINALS, SEASONS, STOP_LOWER, finiteVerb, inNameList, isDerivedWord, isInflectedForm, isInflectedWord, isPlainCompound, isPluralNoun, isNegative, isOrdinaryWord, isProgrammeWord, isRoleNoun, pluralTail, TITLE_PREPOSITIONS } from './wordClasses';

/** Is token i (an article) written with a capital after a capitalised preposition on its line ("… Van De", "Langs De")? */
function titleCasePreposition(scan: Scan, i: number): boolean {
  const { kind, lower, capital, newlineBefore } = scan.tokens;
  return i > 0 && capital[i] === 1 && !newlineBefore[i] && kind[i - 1] === TokenKind.Word && capital[i - 1] === 1 && (TITLE_PREPOSITIONS.has(lower[i - 1]) || RUN_PREPOSITIONS.has(lower[i - 1])) && !sentenceStart(scan.tokens, i - 1);
}
/** prepositions of a title-case run besides TITLE_PREPOSITIONS: "Van" (also a particle), "Langs", "Rond", "Binnen" */
const RUN_PREPOSITIONS = new Set(['van', 'langs', 'rond', 'rondom', 'binnen', 'na', 'sinds', 'tijdens', 'volgens']);

/**
 * an abstract noun or a compound with a plural's tail that no name list holds ("Begeleiding", "Medezeggenschap",
 * "Leefgroepen"; not a plain plural or compound: facilities are named "De Wilgen", "De Kompasroos")
 */
function abstractOrPlural(lex: Lexicon, low: string): boolean {
  if (inNameList(lex, low) || lex.places.has(low) || isTypeWord(low)) return false;
  return JARGON_TAIL.test(low) || isDerivedWord(lex, low) || pluralTail(lex, low) || CARE_NOUNS.has(low) || BARE_CARE_NOUNS.has(low);
}

/** words a facility's name never ends in: prepositions, conjunctions and adverbs of place and time */
const NAME_NEVER_ENDS = new Set(['sinds', 'voor', 'na', 'naar', 'met', 'tot', 'door', 'bij', 'in', 'op', 'uit', 'aan', 'over', 'onder', 'tijdens', 'vanaf', 'vanuit', 'zonder', 'per', 'via', 'tegen', 'en', 'of', 'maar', 'omdat', 'als', 'elders', 'daar', 'hier', 'nu', 'dan', 'toen']);

/** lower-case type words after which a proper name is the institution ("basisschool De Horizon") */
const INST_TYPE_WORDS = new Set([
  'basisschool', 'school', 'peuterspeelzaal', 'kinderopvang', 'kinderdagverblijf', 'kdv', 'bso', 'naschoolse', 'opvang',
  'moskee', 'kerk', 'voetbalclub', 'voetbalvereniging', 'vereniging', 'sportclub', 'sportvereniging', 'club', 'praktijk',
  'huisartsenpraktijk', 'huisarts', 'zwemschool', 'zwemclub', 'dansschool', 'sportschool', 'vechtsportschool', 'boksschool',
  'crèche', 'creche', 'buurthuis', 'speeltuin', 'middelbare', 'mbo', 'hbo', 'vmbo', 'havo', 'vwo', 'college', 'lyceum',
  'gymnasium', 'scholengemeenschap', 'zorgboerderij', 'dagbesteding', 'werkgever', 'bedrijf', 'kapsalon', 'winkel', 'restaurant',
  'bakkerij', 'garage', 'supermarkt', 'apotheek', 'tandarts', 'tandartspraktijk', 'fysiotherapie', 'fysiopraktijk', 'logopedie',
  'logopediepraktijk', 'ziekenhuis', 'kliniek', 'speelotheek', 'bibliotheek', 'stichting', 'kinderclub', 'jongerencentrum',
  'wijkcentrum', 'gezondheidscentrum', 'taalschool', 'koranschool', 'weekendschool', 'zaterdagschool', 'iks', 'isk',
  'internationale', 'schakelklas', 'praktijkschool', 'speciaal', 'so', 'vso', 'sbo', 'cluster', 'ikc', 'kindcentrum', 'obs', 'cbs',
  'kerkgenootschap', 'tempel', 'mandir', 'synagoge', 'parochie', 'gemeenschap', 'vv', 'sv', 'rkvv', 'afc',
  // cafés, eateries and venues where people are met ("café 't Hoekje", "snackbar De Hoek", "sporthal De Slinge")
  'café', 'cafe', 'eetcafé', 'eetcafe', 'bar', 'kroeg', 'snackbar', 'cafetaria', 'lunchroom', 'shoarmazaak', 'pizzeria', 'coffeeshop',
  'hotel', 'pension', 'sporthal', 'zwembad', 'buurtcentrum', 'wijkhuis', 'jeugdhonk', 'theater', 'bioscoop', 'speelhal',
  // mental-health providers by the sector's acronym ("GGZ Sterrenweide"; "GGZ Nederland" and a region stay negatives)
  'ggz', 'jeugd-ggz',
]);

/** endings of a lower-case word that names a kind of institution ("hockeyclub", "turnvereniging", "advocatenkantoor") */
/** the endings of a type word by their last two letters */
const TYPE_WORD_ENDS = new Map<string, string[]>([
  ['ub', ['club']],
  ['ng', ['vereniging', 'opvang']],
  ['ol', ['school']],
  ['jk', ['praktijk']],
  ['jf', ['bedrijf', 'verblijf']],
  ['or', ['kantoor']],
  ['el', ['winkel']],
  ['on', ['salon']],
  ['au', ['bureau']],
]);

/** adjectives of scope before an organisation's type word that make it a national or international body ("Nederlands Centrum Jeugd en Scheiding", "Landelijk Centrum …") */
const NATIONAL_SCOPE = /^(?:nederlands|nederlandse|landelijk|landelijke|nationaal|nationale|europees|europese|internationaal|internationale|vlaams|vlaamse)$/;

/** the last word of a body's name that makes it national or international: "… Nederland", "… Vlaanderen", "… Europe" */
const NATIONAL_TAIL = /^(?:nederland|vlaanderen|belgië|europa|europe|international|internationaal)$/;

/** type words written as the sector's acronym */
const RE_ACRONYM_TYPE_WORD = /^(?:GGZ|Jeugd-GGZ)$/;

export function isTypeWord(low: string): boolean {
  if (INST_TYPE_WORDS.has(low)) return true;
  if (low.length <= 7) return false;
  const ends = TYPE_WORD_ENDS.get(low.slice(-2));
  return !!ends && ends.some((e) => low.endsWith(e));
}

/**
 * Abbreviations in front of the name of a club or school: VV, SV, RKSV, KV, CKV, MHC, HC, LTC, ZPC, WSV,
 * AV, GV, BC, VC, FC, AFC, HFC, SC; KBS, PCBS, RKBS, OBS, CBS, RSG, OSG, CSG, SBO, IKC, ROC. The pattern
 * describes the shape of the class (letters for Roman Catholic, Christian, sport and type, ending in the
 * letter for vereniging, club or school), not a list of clubs.
 */
const RE_CLUB_PREFIX = /^(?:(?:RK|K|C|P|PC|O|G)?(?:S|K|V|Z|H|W|M|L|A|T|G|B|D|J|R)?(?:V|VV|SV|C|HC|TC|PC|FC|SC|BC|VC|CC)|RKSV|RKVV|SVV|VVV|MHC|AHC|LHC|HHC|LTC|LTV|TTV|ZPC|WSV|AFC|HFC|RFC|KBS|PCB|PCBS|RKBS|OBS|CBS|RSG|OSG|CSG|KSG|SG|SBO|SO|VSO|IKC|KC|ROC|ISK)$/;
/** abbreviations of that shape that are no club or school */
// (GV is the gezinsvoogd before a name: "GV Shanti Ramdin"; WMO a law)
const NOT_CLUB_PREFIX = new Set(['TV', 'PC', 'CV', 'BV', 'NV', 'VC', 'SC', 'DC', 'GC', 'AV', 'HV', 'MV', 'WC', 'KC', 'SG', 'SV', 'BSC', 'MSC', 'VVV', 'GV', 'WMO']);

/** the letters of a postcode ("9800 AC Zuidhorn", "5611 SV Eindhoven"): no club's prefix, the place follows */
function postcodeLetters(scan: Scan, i: number): boolean {
  const { kind, raw, newlineBefore } = scan.tokens;
  return i > 0 && !newlineBefore[i] && kind[i - 1] === TokenKind.Digits && raw[i - 1].length === 4 && raw[i].length === 2;
}

/** the club and school abbreviations: VV, SV and KC are clubs only before a capitalised name; TV, PC, BV never */
function isClubPrefix(raw: string): boolean {
  const last = raw.charCodeAt(raw.length - 1);
  if (raw.length > 5 || !(last === 86 || last === 67 || last === 83 || last === 79 || last === 71)) return false; // ends in V, C, S, O or G
  if (!RE_CLUB_PREFIX.test(raw)) return false;
  return !NOT_CLUB_PREFIX.has(raw) || raw === 'SV' || raw === 'VVV' || raw === 'KC' || raw === 'SC' || raw === 'VC';
}

/** capitalised words that begin an institution name ("CBS De Wegwijzer", "Bakkerij Haddad", "De Kameleon") */
const INST_PREFIX = new Set([
  'cbs', 'obs', 'pcbs', 'rkbs', 'rk', 'ikc', 'kdv', 'bso', 'psz', 'vv', 'rkvv', 'sv', 'afc', 'hc', 'vc', 'roc', 'isk', 'sbo', 'so',
  'vso', 'stichting', 'kinderopvang', 'kinderdagverblijf', 'peuterspeelzaal', 'huisartsenpraktijk', 'praktijk', 'bakkerij', 'garage',
  'kwekerij', 'autobedrijf', 'installatiebedrijf', 'schoonmaakbedrijf', 'tuinbouwbedrijf', 'fietsenmakerij', 'pakketdienst',
  'zwemschool', 'dansschool', 'montessorischool', 'daltonschool', 'jenaplanschool', 'basisschool', 'huisartsen', 'gezondheidscentrum',
  'zorggroep', 'logopediepraktijk', 'fysiotherapiepraktijk', 'tandartspraktijk', 'kapsalon', 'restaurant', 'moskee', 'kerk',
  'academie', 'boxing', 'voetbalvereniging', 'sportschool', 'kinderclub', 'speeltuinvereniging', 'tuinbouwschool', 'kindcentrum',
  'scholengroep', 'brede', 'het', 'de', "'t", 'buurtteam', 'wijkteam', 'jeugdteam', 'gezinsteam', 'sportclub', 'voetbalclub',
  // residential youth care and its groups: "Woonvoorziening De Linde", "Leefgroep De Eik", "Woonlocatie De Wilgenhoeve"
  'woonvoorziening', 'woonlocatie', 'woongroep', 'leefgroep', 'behandelgroep', 'gezinshuis', 'logeerhuis',
  // venues and local businesses written with a capital before their name: "Buurthuis De Kandelaar", "Drukkerij De Roos"
  'buurthuis', 'wijkhuis', 'jongerenhuis', 'pannenkoekenhuis', 'huiskamer', 'café', 'eetcafé', 'snackbar', 'cafetaria', 'lunchroom',
  'sporthal', 'zwembad', 'buurtcentrum', 'wijkcentrum', 'jongerencentrum', 'drukkerij', 'theater', 'hotel',
]);

/**
 * A congregation by its compound of "gemeente" or "gemeenschap" before the article of its name ("Evangeliegemeente De
 * Rank", "Pinkstergemeente Het Anker", "Geloofsgemeenschap De Bron"); a municipality's compound stands before a place
 * ("centrumgemeente Zwolle").
 */
function congregation(scan: Scan, i: number): boolean {
  const { lower, capital, newlineBefore, count } = scan.tokens;
  const low = lower[i];
  if (low.length < 12 || !/(?:gemeente|gemeenschap)$/.test(low) || i + 2 >= count || newlineBefore[i + 1] || newlineBefore[i + 2]) return false;
  if (/^(?:de|het|'t)$/.test(lower[i + 1])) return capital[i + 2] === 1 && !scan.lex.places.has(lower[i + 2]) && matchPhrase(scan.tokens, i + 1, scan.lex.placePhrases, true) === 0;
  // ("Pinkstergemeente Bethel", "Baptistengemeente Maranatha": a congregation of a church's kind with a name no word list holds)
  const n = i + 1;
  return RE_CHURCH_KIND.test(low) && capital[n] === 1 && scan.tokens.kind[n] === TokenKind.Word && !scan.lex.commonWords.has(lower[n]) && !scan.lex.places.has(lower[n]) && !isNegative(scan.lex, lower[n]);
}
/** congregations named by their church's kind */
const RE_CHURCH_KIND = /^(?:pinkster|baptisten|evangelie|volle-evangelie|christelijke|gereformeerde|hervormde|protestantse|vrije|kerk)gemeente$/;


/**
 * A firm's bureau before its name ("Bureau Spiegelbeeld", "Onderzoeksbureau Kwadrant", "Trainingsbureau Vos & Winter"),
 * read like "Stichting": a name of ordinary words only is a generic service ("Bureau Sociaal Raadslieden"), one ordinary
 * word alone is a brand after a kind of bureau ("Onderzoeksbureau Kwadrant") and a department after "Bureau" alone
 * ("Bureau Beleidszaken", "Bureau Kwaliteit").
 */
const FIRM_BUREAU = /^(?:\p{L}{3,}s)?bureau$/u;

/** endings of a capitalised word that begins an institution name ("Montessorischool", "Zorggroep") */
const INST_SUFFIX_WORD =
  /(?:(?<=[^a])bar|coöperatie|cooperatie|campus|school|college|lyceum|gymnasium|scholengroep|opvang|praktijk|bedrijf|kerk|club|centrum|kliniek|ziekenhuis|bakkerij|kwekerij|boerderij|gezinshuis|logeerhuis|kinderhuis|jongerenhuis|academie|stichting|logistiek|church|stars|boys|girls|united|dienst|makerij|groep|zorg|moskee|camii|cami|mandir|tempel|parochie|vereniging|zonen|co|fc|service|services|transport|handel|techniek|installaties|kantoor|salon|studio|atelier|makelaardij|verblijf|winkel|scouting|herstel)$/;

/** professions in the plural that end a firm's name after the partners' names ("Bloem & Smit Orthopedagogen") */
const FIRM_PROFESSIONS = 'Orthopedagogen|Psychologen|Therapeuten|Fysiotherapeuten|Verloskundigen|Architecten';

/**
 * What follows the name of a company or firm: "& Zn.", "& Partners", "Advocaten", a legal form ("BV",
 * "B.V.", "N.V.", "VOF", "C.V.", "Holding"), and the practice areas of law firms ("Familierecht",
 * "Letsel & Familierecht", "Arbeids- en Ondernemingsrecht": the closed class of legal areas ending in "recht").
 * Closed classes of Dutch firm and legal-form words.
 */
const RE_FIRM_TAIL = new RegExp(
  String.raw`(?:[ ]?(?:&|en)[ ](?:Zn\.?|Zonen|Co\.?|Partners|Dochters?|Vennoten)(?![\p{L}\d]))?(?:[ ](?:Advocaten|Advocatuur|Advocatenkantoor|${FIRM_PROFESSIONS}|Familierecht|Personen- en Familierecht|Letselschade|Juristen|Rechtshulp|Notarissen|Notariaat|Accountants|Makelaardij|Legal|Law|Holding|(?:\p{Lu}\p{Ll}+-?[ ](?:&|en)[ ])?(?:Familie|Jeugd|Straf|Arbeids|Huur|Letsel|Bestuurs|Vreemdelingen|Erf|Omgangs|Gezags|Personen|Ondernemings|Asiel|Migratie|Privacy|Onderwijs|Gezondheids|Sociaal)recht)(?![\p{L}\d]))*(?:,?[ ](?:B\.V\.?|N\.V\.?|V\.O\.F\.?|C\.V\.?|U\.A\.?|BV|NV|VOF|CV|UA)(?![\p{L}\d]))?`,
  'uy',
);

/** a firm tail that is only a legal area or a profession: the name before it must say person */
const RE_AREA_OR_PROFESSION_TAIL = new RegExp(String.raw`^[ ,]*(?:(?:\S+-?[ ](?:&|en)[ ])?\S*recht|${FIRM_PROFESSIONS})$`, 'u');

/** The end offset of a firm tail that starts at offset `at`, or -1 when none does. */
export function firmTailEnd(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c !== 32 && c !== 44) return -1; // a space or a comma first
  RE_FIRM_TAIL.lastIndex = at;
  const m = RE_FIRM_TAIL.exec(text);
  if (!m || !m[0].length) return -1;
  const end = at + m[0].length;
  // "… & Co. Hij werkt": the dot that ends the sentence stays outside, as the corpus annotates it
  return text.charCodeAt(end - 1) === 46 && /^(?:\s*$|\s+\p{Lu}|\n)/u.test(text.slice(end, end + 3)) ? end - 1 : end;
}

/** "SV Vitesse '22", "Be Quick 1887": the year of a club after its name; returns the end offset after it. */
function clubYearEnd(text: string, at: number, fourDigits: boolean): number {
  const m = (fourDigits ? /^ ?['’]\d{2}(?![\p{L}\d])|^ (?:18|19|20)\d{2}(?![\p{L}\d])/u : /^ ?['’]\d{2}(?![\p{L}\d])/u).exec(text.slice(at, at + 8));
  return m ? at + m[0].length : at;
}

/** lower-case words after a person's name that make the whole an institution ("Jansen ziekenhuis") */
export const INST_AFTER_NAME = new Set(['ziekenhuis', 'kliniek', 'apotheek', 'college', 'lyceum', 'moskee', 'kerk', 'school', 'basisschool']);

export function detectInstitutions(scan: Scan): void {
  institutionsAfterTypeWords(scan);
  institutionsBeforeSuffixWords(scan);
  firmsBeforeTheirLegalForm(scan);
  brandsBeforeSectorWords(scan);
  namedSchoolCompounds(scan);
  repeatInstitutionNames(scan);
}

/** the sector a care provider writes after its own name ("Lindehof Jeugdhulp", "Zonnehoeve Jeugdzorg", "De Berk Kinderopvang") */
const SECTOR_WORDS = new Set(['jeugdhulp', 'jeugdzorg', 'kinderopvang', 'opvoedhulp', 'jeugdhulpverlening', 'gezinshuiszorg', 'pleegzorg', 'thuiszorg', 'gehandicaptenzorg', 'ggz', 'jeugd-ggz']);

/** The length of a capitalised sector phrase at token i ("Jeugd en Gezin", "Jeugd & Opvoedhulp", "Kind en Gezin"), or 0. */
function sectorPhrase(scan: Scan, i: number): number {
  const { kind, raw, lower, capital, newlineBefore, count } = scan.tokens;
  if (i + 2 >= count || kind[i] !== TokenKind.Word || !capital[i] || !(lower[i] === 'jeugd' || lower[i] === 'kind') || newlineBefore[i + 1] || newlineBefore[i + 2]) return 0;
  if (!(lower[i + 1] === 'en' || raw[i + 1] === '&')) return 0;
  return capital[i + 2] && /^(?:gezin|opvoedhulp|opvoeding|opvoedondersteuning)$/.test(lower[i + 2]) ? 3 : 0;
}

/**
 * "Lindehof Jeugdhulp", "Zonnehoeve Jeugdzorg": a capitalised word of no word list before the sector word is a
 * provider's name, and the two are the institution. A capitalised ordinary word or an inflected adjective there names a
 * kind of care or an occasion ("Ambulante Jeugdhulp", "Specialistische Jeugdzorg", "Inspraakavond Jeugdhulp"), no provider.
 */
function brandsBeforeSectorWords(scan: Scan): void {
  const { tokens, lex, blocked, labels } = scan;
  const { kind, lower, capital, newlineBefore, start, coreEnd } = tokens;
  for (let i = 1; i < tokens.count; i++) {
    // ("Zonnehof Jeugd en Gezin", "Flevohorst Jeugd & Gezin": a sector phrase of three words; a brand before it is a provider)
    const phrase = sectorPhrase(scan, i);
    // ("Stichting De Lindeboom Jeugd en Gezin": a run after a capitalised article mid-sentence is the name, as before a sector word)
    const runStart = phrase > 0 && !newlineBefore[i] ? articleRunBefore(scan, i) : -1;
    const first = runStart >= 0 ? runStart : i - 1;
    if (phrase > 0 && !newlineBefore[i] && !blocked[i - 1] && (runStart >= 0 || (brandWord(scan, i - 1) && !(i > 1 && !newlineBefore[i - 1] && kind[i - 2] === TokenKind.Word && capital[i - 2] && !sentenceStart(tokens, i - 2))))) {
      const last = i + phrase - 1;
      for (let k = first; k <= last; k++) {
        labels[k] = null;
        blocked[k] = Block.Institution;
      }
      scan.spans.push({ start: start[first], end: coreEnd[last], label: 'INSTELLING', prio: 45 });
      i = last;
      continue;
    }
    if (kind[i] !== TokenKind.Word || !capital[i] || !SECTOR_WORDS.has(lower[i]) || newlineBefore[i] || blocked[i] === Block.Institution) continue;
    const p = i - 1;
    const low = lower[p];
    // "bij De Zeven Linden Jeugdzorg": a run of capitalised words after a capitalised article mid-sentence is the name
    const named = articleRunBefore(scan, i);
    if (named >= 0) {
      for (let k = named; k <= i; k++) {
        labels[k] = null;
        blocked[k] = Block.Institution;
      }
      scan.spans.push({ start: start[named], end: coreEnd[i], label: 'INSTELLING', prio: 45 });
      continue;
    }
    // "Jeugdhulp Eikenhorst", "Pleegzorg Lindestroom": the provider's name may follow the sector word as well
    if (kind[p] !== TokenKind.Word || !capital[p] || blocked[p] || low.length < 4 || STOP_LOWER.has(low) || lex.commonWords.has(low) || isNegative(lex, low) || isProgrammeWord(lex, low)) {
      const n = i + 1;
      if (n < tokens.count && !newlineBefore[n] && brandWord(scan, n, true) && isJoin(scan.text, tokens.end[i], start[n])) {
        for (const k of [i, n]) {
          labels[k] = null;
          blocked[k] = Block.Institution;
        }
        scan.spans.push({ start: start[i], end: coreEnd[n], label: 'INSTELLING', prio: 45 });
        i = n;
      }
      continue;
    }
    // (a name of more words is found whole or by its other mentions: "De Zeven Linden Jeugdzorg" at a sentence start)
    const q = p - 1;
    if (q >= 0 && !newlineBefore[p] && kind[q] === TokenKind.Word && capital[q] && (!sentenceStart(tokens, q) || /^(?:de|het)$/.test(lower[q]))) continue;
    if (!brandWord(scan, p)) continue;
    for (const k of [p, i]) {
      labels[k] = null;
      blocked[k] = Block.Institution;
    }
    scan.spans.push({ start: start[p], end: coreEnd[i], label: 'INSTELLING', prio: 45 });
  }
}

/**
 * A capitalised word that can be a provider's name beside its sector word: in no word list, no place, title or negative,
 * no programme word, and no compound of ordinary words with no name's tail ("Inspraakavond Jeugdhulp", "Wachttijden
 * Jeugdhulp", "Jeugdhulp Specialistisch", "Jeugdhulp Regio").
 */
function brandWord(scan: Scan, k: number, afterSector = false): boolean {
  const { tokens, lex, blocked } = scan;
  const low = tokens.lower[k];
  if (tokens.kind[k] !== TokenKind.Word || !tokens.capital[k] || blocked[k] || low.length < 4 || STOP_LOWER.has(low)) return false;
  if (lex.commonWords.has(low) || isNegative(lex, low) || isProgrammeWord(lex, low) || lex.titles.has(low) || lex.places.has(low) || opensNoName(lex, low)) return false;
  // ("Pleegzorg Werkt-campagne": a word joined to an ordinary word is a campaign's or a project's name)
  if (low.indexOf('-') > 0 && low.split('-').some((part) => lex.commonWords.has(part) || finiteVerb(lex, part))) return false;
  // (after the sector word a coined compound is the name too: "Jeugdhulp Meanderkracht"; before it, it names an occasion)
  return !(lex.dutchWords.has(low) || isInflectedForm(lex, low) || (!afterSector && isPlainCompound(lex, low)) || isDerivedWord(lex, low) || pluralTail(lex, low));
}

/**
 * The capitalised article that opens a run of one to three capitalised words before the sector word at i, in the middle
 * of a sentence ("bij De Zeven Linden Jeugdzorg", "van Het Baken Jeugdhulp"), or -1. None of the words is an inflected
 * adjective ("De Ambulante Jeugdzorg") or a word of a heading or title-case part.
 */
function articleRunBefore(scan: Scan, i: number): number {
  const { tokens, lex, blocked } = scan;
  const { kind, lower, capital, newlineBefore } = tokens;
  for (let a = i - 1; a >= 0 && a >= i - 4 && !newlineBefore[a + 1]; a--) {
    if (kind[a] !== TokenKind.Word || !capital[a] || blocked[a] || scan.heading[a]) return -1;
    if (/^(?:de|het)$/.test(lower[a])) return a < i - 1 && !sentenceStart(tokens, a) ? a : -1;
    if (isInflectedForm(lex, lower[a]) && !isPluralNoun(lex, lower[a])) return -1;
  }
  return -1;
}

/**
 * "basisschool De Zonnewijzer … extra aanmeldingen via De Zonnewijzer": a name found once as an institution is
 * that institution at every other mention written the same way (with its capitals), where no type word says so
 * again. A name of one ordinary word is left alone ("school Bakker" says nothing of every "Bakker").
 */
function repeatInstitutionNames(scan: Scan): void {
  const { tokens, lex, blocked, labels } = scan;
  const { kind, raw, start, end, lower } = tokens;
  const names: string[][] = [];
  const seen = new Set<string>();
  for (const s of scan.spans) {
    if (s.label !== 'INSTELLING') continue;
    const words: string[] = [];
    for (let k = firstTokenFrom(start, tokens.count, s.start); k < tokens.count && end[k] <= s.end; k++) words.push(raw[k]);
    // "Woonvoorziening De Linde … – Sky (16), De Linde": the name after a facility word is also said alone;
    // "Woonlocatie De Wilgenhoeve van Horizonzorg": and the part before a lower-case joiner
    const forms = [words];
    // ("Behandelcentrum De Wissel … | De Wissel |": so is the name after any word before its article)
    if (words.length > 2 && (INST_PREFIX.has(words[0].toLowerCase()) || /^(?:de|het|'t)$/i.test(words[1])) && !/^(?:de|het|'t)$/i.test(words[0])) {
      const rest = words.slice(1);
      forms.push(rest);
      const joiner = rest.findIndex((w, k) => k > 0 && /^\p{Ll}/u.test(w));
      if (joiner > 1) forms.push(rest.slice(0, joiner));
    }
    for (const form of forms) {
      if (form.length === 1 && isOrdinaryWord(lex, form[0].toLowerCase())) continue;
      // "Bakkerij Haddad", "Praktijk De Vries": a person's name in a firm's is still the person elsewhere
      if (form.every((w) => lex.particles.has(w.toLowerCase()) || inNameList(lex, w.toLowerCase()) || lex.places.has(w.toLowerCase()))) continue;
      const key = form.join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      names.push(form);
    }
  }
  if (!names.length) return;
  // where each name's first word stands, so that a long text is not read once per name
  const firsts = new Set(names.map((words) => words[0]));
  const at = new Map<string, number[]>();
  for (let i = 0; i < tokens.count; i++) {
    if (kind[i] !== TokenKind.Word || !firsts.has(raw[i])) continue;
    const list = at.get(raw[i]);
    if (list) list.push(i);
    else at.set(raw[i], [i]);
  }
  for (const words of names) {
    let from = 0;
    for (const i of at.get(words[0]) ?? []) {
      if (i < from || i + words.length > tokens.count || blocked[i] === Block.Institution) continue;
      let k = 1;
      while (k < words.length && raw[i + k] === words[k] && !tokens.newlineBefore[i + k] && blocked[i + k] !== Block.Institution) k++;
      if (k < words.length) continue;
      const last = i + k - 1;
      // the same words inside a longer capitalised name are that name's ("De Linde" in "De Lindehof" cannot match; "Zonnewijzer Noord" can)
      // (in a part of a line in title case the next capital says nothing: "4. **Haal De Vuurtoren Dichterbij.**")
      if (last + 1 < tokens.count && !tokens.newlineBefore[last + 1] && kind[last + 1] === TokenKind.Word && tokens.capital[last + 1] && start[last + 1] === end[last] + 1 && !lex.particles.has(lower[last + 1]) && scan.heading[last + 1] !== TITLE_SEGMENT) continue;
      for (let m = i; m <= last; m++) {
        labels[m] = null;
        blocked[m] = Block.Institution;
      }
      scan.spans.push({ start: start[i], end: end[last], label: 'INSTELLING', prio: 45 });
      from = last + 1;
    }
  }
}

/** the first token that starts at or after offset `at` (binary search over the token starts) */
function firstTokenFrom(start: Int32Array, count: number, at: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (start[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** a school named in one word: "het Mendelcollege", "op het Erasmuslyceum", "de Wereldschool" */
const RE_SCHOOL_COMPOUND = /^(.{3,})(college|lyceum|gymnasium|school|academie)$/;
/** kinds of school, no name: "een Montessorischool", "de Daltonschool", "Basisschool" */
const SCHOOL_KINDS = new Set(['montessori', 'dalton', 'jenaplan', 'freinet', 'vrije', 'basis', 'hoge', 'midden', 'praktijk', 'speciaal', 'zomer', 'weekend', 'zaterdag', 'taal', 'koran', 'brede', 'buiten', 'nacht', 'avond', 'vak', 'kunst', 'muziek', 'dans', 'zwem', 'rij', 'sport', 'brug', 'vakantie', 'kinder', 'internationale', 'openbare', 'christelijke', 'katholieke', 'islamitische']);

/**
 * "zit op het Mendelcollege", "leerlingen van het Erasmuslyceum": a capitalised compound with a school's tail
 * whose first part is no ordinary word and no kind of school names the school ("Mendel", "Erasmus"). After "een" it
 * is a kind ("een Montessorischool"); a listed word ("Basisschool", "Hogeschool") is no name.
 */
function namedSchoolCompounds(scan: Scan): void {
  const { tokens, lex, labels, blocked } = scan;
  const { kind, lower, capital, newlineBefore, coreEnd, end } = tokens;
  for (let i = 0; i < tokens.count; i++) {
    if (kind[i] !== TokenKind.Word || !capital[i] || blocked[i] || coreEnd[i] !== end[i]) continue;
    const m = RE_SCHOOL_COMPOUND.exec(lower[i]);
    if (!m || lex.commonWords.has(lower[i]) || HIGHER_EDUCATION.test(lower[i]) || isProgrammeWord(lex, lower[i])) continue;
    const head = m[1].replace(/[-s]$/, '');
    if (SCHOOL_KINDS.has(head) || lex.commonWords.has(head) || lex.commonWords.has(m[1])) continue;
    if (i > 0 && !newlineBefore[i] && lower[i - 1] === 'een') continue;
    // "de Theo Thijssenschool": a name of more words is the other passes' (they ran first)
    if (i > 0 && !newlineBefore[i] && kind[i - 1] === TokenKind.Word && capital[i - 1] && !(sentenceStart(tokens, i - 1) && STOP_LOWER.has(lower[i - 1]))) continue;
    labels[i] = null;
    blocked[i] = Block.Institution;
    scan.spans.push({ start: tokens.start[i], end: end[i], label: 'INSTELLING', prio: 45 });
  }
}

/**
 * "Van Rijn & Partners Advocaten", "Jansen Installatietechniek BV", "Klussenbedrijf Yilmaz VOF": the
 * capitalised words before a firm tail. Particles inside the name are taken ("Van der Wal"), a title in
 * front is not ("mr. Van Rijn van Van Rijn & Partners": the firm starts at the second "Van").
 */
function firmsBeforeTheirLegalForm(scan: Scan): void {
  const { tokens, lex, blocked, labels, text } = scan;
  const { kind, lower, capital, raw, newlineBefore, start, end, coreEnd } = tokens;
  for (let i = 0; i < tokens.count; i++) {
    if (kind[i] !== TokenKind.Word || !capital[i] || blocked[i] || coreEnd[i] !== end[i]) continue;
    const tail = firmTailEnd(text, end[i]);
    if (tail < 0) continue;
    // the tail alone must say firm: a legal form, "& Partners" or a firm word, not only a capitalised word
    let first = i;
    for (;;) {
      const p = first - 1;
      if (p < 0 || newlineBefore[first] || blocked[p] === Block.Institution) break;
      if (kind[p] === TokenKind.Word && capital[p] && !lex.titles.has(lower[p]) && !isNegative(lex, lower[p]) && !(sentenceStart(tokens, p) && STOP_LOWER.has(lower[p]) && !lex.particles.has(lower[p]))) {
        first = p;
        continue;
      }
      if (raw[p] === '&' && p > 0 && kind[p - 1] === TokenKind.Word && capital[p - 1]) {
        first = p - 1;
        continue;
      }
      // a lower-case particle after a capitalised one ("Van der Wal"); "Hofstede van Hofstede & Partners" is a person of a firm
      if (kind[p] === TokenKind.Word && !capital[p] && lex.particles.has(lower[p]) && p > 0 && capital[p - 1] && kind[p - 1] === TokenKind.Word && lex.particles.has(lower[p - 1]) && !lex.particles.has(lower[first])) {
        first = p;
        continue;
      }
      break;
    }
    while (first < i && !capital[first]) first++;
    // "Het Jeugdrecht", "Dat Familierecht …": an article or function word is no firm name
    let named = false;
    for (let k = first; k <= i; k++) if (kind[k] === TokenKind.Word && !STOP_LOWER.has(lower[k]) && !/^(?:de|het|'t|een)$/.test(lower[k])) named = true;
    if (!named) continue;
    // a tail that is only a legal area ("… Jeugdrecht") or a profession ("… Orthopedagogen") makes a firm of a name, not of
    // ordinary words ("Landelijk Kenniscentrum Jeugdrecht" is a body, "Samen Met Psychologen" a title)
    if (RE_AREA_OR_PROFESSION_TAIL.test(text.slice(end[i], tail))) {
      let person = false;
      for (let k = first; k <= i; k++) if (kind[k] === TokenKind.Word && (lex.surnames.has(lower[k]) || (capital[k] && !isOrdinaryWord(lex, lower[k])))) person = true;
      if (!person) continue;
    }
    let national = false;
    for (let k = first; k <= i; k++) if (matchPhrase(tokens, k, lex.negativePhrases, true)) national = true;
    if (national) continue; // a national organisation's name ("… Groep", "… & Partners" in the negatives)
    let last = i;
    while (last + 1 < tokens.count && start[last + 1] < tail) last++;
    for (let k = first; k <= last; k++) {
      labels[k] = null;
      blocked[k] = Block.Institution;
    }
    scan.spans.push({ start: start[first], end: tail, label: 'INSTELLING', prio: 46 });
    i = last;
  }
}

/** words after "CBS" that name the statistics office's figures, not a school: "CBS Statline", "CBS Beleidsinformatie Jeugd" */
const STATISTICS_WORDS = /^(?:statline|opendata|microdata|data|cijfers|kerncijfers|beleidsinformatie|statistiek|statistieken|monitor|jeugdmonitor|wijk|wijken|buurtcijfers|bevolkingscijfers|bevolkingsstatistiek|onderzoek|registratie|peildatum)$/;

/** compounds that name a body by their last part and stand capitalised before its name: "Woonstichting", "Pleegzorgbureau", "Omgangshuis" */
const BODY_COMPOUND = /(?:stichting|bureau|huis|organisatie|instelling|corporatie)$/;

/** the shape of a past participle: "bedoeld", "gepland", "verbeterd", "ontstaan" is none */
const RE_PARTICIPLE = /^(?:ge|be|ver|ont|her)\p{L}{2,}[dt]$/u;

/** nouns that end a facility's type word in a compound ("Logeerverblijf", "Thuiszorg") but alone name a kind of care: "Verblijf Buiten Huis" */
const BARE_CARE_NOUNS = new Set(['verblijf', 'zorg', 'dienst', 'service', 'services', 'handel', 'techniek', 'transport', 'herstel']);

/**
 * After a capitalised type word a capitalised "En" or "Of", or a finite verb before a capitalised preposition, is title
 * case, no name ("School En Dagbesteding", "Wijkteam Of Wij?", "Het Wijkteam Werkt Goed Samen Met School").
 */
function titleCaseAfterTypeWord(scan: Scan, i: number): boolean {
  const { kind, lower, capital, newlineBefore, count } = scan.tokens;
  const n = i + 1;
  if (n >= count || newlineBefore[n] || kind[n] !== TokenKind.Word || !capital[n]) return false;
  if (lower[n] === 'en' || lower[n] === 'of') return true;
  // a past participle ends a title-case question ("Voor Wie Is Het Logeerhuis Bedoeld?"); the dictionary holds it as
  // a word (a compound of that shape is a name: "Stichting Gezinskracht", "Stichting Verbindkracht")
  if (RE_PARTICIPLE.test(lower[n]) && scan.lex.dutchWords.has(lower[n]) && !inNameList(scan.lex, lower[n])) return true;
  // a verb only with a capitalised preposition after it, as a title-case sentence has ("Werkt Goed Samen Met School")
  if (!finiteVerb(scan.lex, lower[n]) || inNameList(scan.lex, lower[n])) return false;
  for (let k = n + 1; k < count && k <= n + 4 && !newlineBefore[k]; k++) if (capital[k] && TITLE_PREPOSITIONS.has(lower[k])) return true;
  return false;
}

/** A type word or prefix and the capitalised name after it: "basisschool De Horizon", "CBS De Wegwijzer". */
function institutionsAfterTypeWords(scan: Scan): void {
  const { tokens, lex, blocked, labels } = scan;
  const { kind, lower, capital, raw, newlineBefore } = tokens;
  const count = tokens.count;
  for (let i = 0; i < count; i++) {
    if (kind[i] !== TokenKind.Word) continue;
    const low = lower[i];
    if (postcodeLetters(scan, i)) continue;
    // "CBS Statline", "CBS Kerncijfers Wijken en Buurten": the statistics office and its products, no Christian school
    if (raw[i] === 'CBS' && i + 1 < count && !newlineBefore[i + 1] && STATISTICS_WORDS.test(lower[i + 1])) {
      blocked[i] = blocked[i + 1] = Block.Word;
      continue;
    }
    // in a text written in title case an article opens no facility's name ("Is Het Tijd Voor Een Zwaardere Stap")
    if (scan.titleCase && capital[i] && /^(?:de|het|'t)$/.test(low)) continue;
    let nameStart = -1;
    let spanStart = -1;
    let spanStartOverride = -1;
    let club = false;
    // (after the acronym a department or a sector word is no name: "GGZ Jeugd", "GGZ Kinderen en Jeugd")
    const named = i + 1 < count && /^(?:de|het|'t)$/.test(lower[i + 1]) ? i + 2 : i + 1;
    const acronym = capital[i] && RE_ACRONYM_TYPE_WORD.test(raw[i]) && named < count && !isProgrammeWord(lex, lower[named]) && (named > i + 1 || !lex.commonWords.has(lower[named]));
    if ((!capital[i] || acronym) && isTypeWord(low)) {
      // lower-case type word: the proper name that follows is the span
      nameStart = i + 1;
      if (nameStart < count && raw[nameStart] === ':' && !newlineBefore[nameStart]) nameStart++;
      // "huisarts R. Storm", "tandarts M. de Graaf": an initial opens the name of the person, no facility's
      if (nameStart + 1 < count && raw[nameStart].length === 1 && capital[nameStart] && raw[nameStart + 1] === '.' && tokens.start[nameStart + 1] === tokens.end[nameStart]) continue;
      // (the sector's acronym is written with the name: "GGZ De Vaart")
      // (so is a club's prefix in lower case: "vv IJsselboys", "sv De Rietvogels")
      spanStart = (acronym || isClubPrefix(raw[i].toUpperCase())) && nameStart === i + 1 ? i : nameStart;
    } else if (
      capital[i] &&
      (INST_PREFIX.has(low) || isClubPrefix(raw[i]) || (INST_SUFFIX_WORD.test(low) && low.length > 5 && !BARE_CARE_NOUNS.has(low) && !lex.firstNames.has(low) && !isProgrammeWord(lex, low)) || FIRM_BUREAU.test(low) || congregation(scan, i)) && // "Kenniscentrum …", "Stuurgroep …": bodies, no facility
      !titleCaseAfterTypeWord(scan, i) &&
      !blocked[i] &&
      matchPhrase(tokens, i, lex.negativePhrases, true) <= 1 && // "Centrum Jeugd en Gezin": a generic organisation of the negatives
      !(i > 0 && !newlineBefore[i] && kind[i - 1] === TokenKind.Word && NATIONAL_SCOPE.test(lower[i - 1])) && // "Nederlands Centrum …", "Landelijk Centrum …": a national body, no local facility
      firmTailEnd(scan.text, tokens.end[i]) < 0 && // "Van der Sluis Transport BV": the word ends a firm name (firmsBeforeTheirLegalForm)
      !HIGHER_EDUCATION.test(low) // "Hanzehogeschool Groningen": an organisation, only its place is an identifier
    ) {
      club = isClubPrefix(raw[i]) || /(?:club|vereniging)$/.test(low);
      if (/^(?:college|lyceum|gymnasium|scholengroep|scholengemeenschap|academie|church|kerk|moskee)$/.test(low)) {
        // "Grafisch Lyceum Rotterdam": the words before the type word belong to the name
        let nameFrom = i;
        while (
          nameFrom - 1 >= 0 &&
          !newlineBefore[nameFrom] &&
          kind[nameFrom - 1] === TokenKind.Word &&
          capital[nameFrom - 1] &&
          !blocked[nameFrom - 1] &&
          !lex.titles.has(lower[nameFrom - 1]) &&
          !(sentenceStart(tokens, nameFrom - 1) && STOP_LOWER.has(lower[nameFrom - 1]))
        )
          nameFrom--;
        if (nameFrom < i) {
          spanStartOverride = titleOfNamesake(scan, nameFrom);
        }
      }
      if (low === 'de' || low === 'het' || low === "'t") {
        // "De Kameleon" mid-sentence: article + capitalised non-name; "ds. De Vries" is a person
        if (sentenceStart(tokens, i) || scan.heading[i]) continue; // "3.2 Het Beraad Zelf" is a heading
        if (i > 0 && !newlineBefore[i] && ROOM_WORDS.has(lower[i - 1])) continue; // "zaal De Schuur": a room (layout.ts)
        // "Stem Van Het Kind", "Zorgen Dat Het Goed Blijft", "Voor De Volgende Vergadering": an article inside a run of
        // capitalised words after a capitalised small word is title case, when ordinary words follow it
        const run = titleCaseRunAfter(scan, i);
        if (run > 0) {
          for (let k = i; k <= i + run; k++) if (!labels[k]) blocked[k] = Block.Prose;
          i += run;
          continue;
        }
        if (i + 1 < count && lex.surnames.has(lower[i + 1])) continue;
        // "het Inwerkprogramma De Eerste Honderd Dagen": an ordinal or numeral after the article opens a title, no facility
        // (a facility named so has its type word before it: "kinderopvang De Eerste Stap")
        if (i + 1 < count && (ORDINALS.has(lower[i + 1]) || NUMERALS.has(lower[i + 1]))) continue;
        if (i + 1 < count && (lex.titles.has(lower[i + 1]) || isRoleNoun(lower[i + 1]))) continue; // "De Bestuurder biedt excuses aan": a role
        const before = raw[i - 1] === '.' ? i - 2 : i - 1;
        if (before >= 0 && lex.titles.has(lower[before])) continue;
      }
      nameStart = i + 1;
      spanStart = i;
      // "Woonstichting Het Zuiderhuis", "Pleegzorgbureau De Schakel": a capitalised compound of a body's noun before the
      // article is part of the name
      // (so is a capitalised sector word: "Jeugdzorg Het Baken", "GGZ De Vaart")
      if (/^(?:de|het|'t)$/.test(low) && i > 0 && !newlineBefore[i] && kind[i - 1] === TokenKind.Word && capital[i - 1] && !blocked[i - 1] && ((lower[i - 1].length >= 9 && BODY_COMPOUND.test(lower[i - 1])) || SECTOR_WORDS.has(lower[i - 1]) || RE_ACRONYM_TYPE_WORD.test(tokens.raw[i - 1]))) spanStartOverride = i - 1;
    } else continue;
    // "de praktijk: Wat werkt?", "KDV Meldt 3x een blauwe plek": a question word, a personal pronoun or a finite verb opens no name
    if (nameStart < count && kind[nameStart] === TokenKind.Word && opensNoName(lex, lower[nameStart])) continue;
    let last = institutionNameEnd(scan, nameStart);
    // "Op School Sinds …", "Eén Waakdienst Voor 9 Jongeren", "Naar Crisisgroep Elders": a title-case run goes on past the
    // name, which ends in no preposition, conjunction or adverb of place
    // (nor in a weekday or month after such a word: "Huiswerkklas Op Dinsdag En Donderdag")
    while (last >= nameStart && ((NAME_NEVER_ENDS.has(lower[last]) && !inNameList(lex, lower[last])) || (CALENDAR_WORDS.has(lower[last]) && last > nameStart && NAME_NEVER_ENDS.has(lower[last - 1])))) last--;
    // "met De Drie Huizen": an article before a method or organisation of the negatives names no facility
    if (/^(?:de|het|'t)$/.test(low) && last >= nameStart && matchPhrase(tokens, nameStart, lex.negativePhrases, true) >= last - nameStart + 1) continue;
    // "Evaluatie Van De Maatregel", "Landelijke Dag Van De Medezeggenschap", "Rondje Langs De Groepen": in a title-case run,
    // after a capitalised preposition, an article and one abstract noun, plural or compound of the dictionary name a thing
    // ("Bezoek Aan De Regenboog" keeps its facility: a plain noun)
    if (/^(?:de|het|'t)$/.test(low) && last === nameStart && titleCasePreposition(scan, i) && abstractOrPlural(lex, lower[nameStart])) {
      blocked[i] = blocked[nameStart] = Block.Prose;
      continue;
    }
    // "bij De Club", "naar De School", "Uit De Praktijk": an article and a bare type word name no facility
    if (/^(?:de|het|'t)$/.test(low) && last === nameStart && isTypeWord(lower[nameStart])) {
      blocked[i] = blocked[nameStart] = Block.Prose;
      continue;
    }
    if (last < nameStart) {
      // "Huisartsenpraktijk Bakker" style needs a following name; a lone suffix word ("Wolfert Lyceum")
      // is handled from the word before it
      continue;
    }
    // a lower-case type word followed by a capital that is a known place/negative only: skip negatives
    const startTok = spanStartOverride >= 0 ? spanStartOverride : spanStart;
    let allNegative = true;
    for (let k = nameStart; k <= last; k++) if (!blocked[k] && !isNegative(lex, lower[k])) allNegative = false;
    // "HFC Zeeland", "VV Drenthe": after a club prefix a region is the club's name, not the region
    if (allNegative && !(club && isClubPrefix(raw[i]))) continue;
    if (spanStart === nameStart && last === nameStart && lex.places.has(lower[last])) continue; // "ziekenhuis Apeldoorn": the place
    let higherEducation = false;
    for (let k = nameStart; k <= last; k++) if (HIGHER_EDUCATION.test(lower[k])) higherEducation = true;
    if (higherEducation) continue; // "de Hogeschool Utrecht": an organisation; its place is found as a place
    // "Vereniging Gehandicaptenzorg Nederland", "Stichting Kinderpostzegels Nederland": a body named for the whole country
    // ("ROC Midden Nederland": a school's prefix, or a part of the country, keeps the named facility)
    if (kind[last] === TokenKind.Word && NATIONAL_TAIL.test(lower[last]) && !isClubPrefix(raw[i]) && !(last > nameStart && /^(?:midden|noord|oost|zuid|west|noordoost|noordwest|zuidoost|zuidwest)$/.test(lower[last - 1]))) continue;
    // "Wijkteam Jeugd", "Buurtteam Zorg": a team named by its portfolio, no facility (a compass point names one, as the
    // corpus annotates "Buurtteam Oost")
    // (nor a service named so: "de regionale Crisisdienst Jeugd")
    if (/(?:team|dienst)$/.test(low) && kind[nameStart] === TokenKind.Word && isProgrammeWord(lex, lower[nameStart])) continue;
    if (low === 'stichting' || FIRM_BUREAU.test(low) || low === 'cluster' || low === 'dienst' || low === 'afdeling' || low === 'sector' || low === 'vereniging' || low === 'federatie' || low === 'platform') {
      // "Stichting Begeleid Wonen Haaglanden": a foundation named by ordinary words and a region is an organisation, no facility;
      // "het cluster Publieke Gezondheid", "Dienst Maatschappelijke Zaken": a department named by ordinary words neither
      let generic = true;
      for (let k = nameStart; k <= last; k++) {
        if (kind[k] !== TokenKind.Word) continue; // "Jeugdbescherming & Jeugdreclassering"
        if (!(isOrdinaryWord(lex, lower[k]) || isNegative(lex, lower[k])) || lex.firstNames.has(lower[k]) || /^(?:de|het|'t)$/.test(lower[k])) generic = false;
        // (a firm is named after its partners: "Trainingsbureau Vos & Winter")
        else if (FIRM_BUREAU.test(low) && lex.surnames.has(lower[k])) generic = false;
        // (a compound of words no dictionary holds with no programme word in it is coined for the name: "Stichting
        // Horstwaarde Jeugd", "Stichting Buurtkeuken Malburgen"; "Begeleid Wonen", "Jeugdhulpverlening" are words)
        // (nor "Bureau Beleidszaken": a plural names a department's matters)
        else if (lower[k].length >= 8 && !lex.commonWords.has(lower[k]) && !isInflectedWord(lex, lower[k]) && !isDerivedWord(lex, lower[k]) && !isNegative(lex, lower[k]) && !isProgrammeWord(lex, lower[k]) && !pluralTail(lex, lower[k])) generic = false;
      }
      // ("Stichting Prisma", "Stichting Anker": one ordinary word that names no sector or programme is a brand, the facility's name)
      if (generic && (low === 'stichting' || (FIRM_BUREAU.test(low) && low !== 'bureau')) && last === nameStart && kind[last] === TokenKind.Word && !isProgrammeWord(lex, lower[last]) && !JARGON_TAIL.test(lower[last]) && !isNegative(lex, lower[last])) generic = false;
      if (generic) continue;
    }
    if (/^(?:de|het|'t)$/.test(low)) {
      // "de Gezinstafel", "het Meldpunt Zorgen Delen", "de Cliëntenraad": a programme or body, no facility
      let programme = false;
      for (let k = nameStart; k <= last; k++) if (isProgrammeWord(lex, lower[k]) && !lex.firstNames.has(lower[k])) programme = true;
      if (programme) continue;
    }
    // the legal form or the year of a club after the name: "… Van der Wal B.V.", "SV Vitesse '22"
    let endOffset = tokens.coreEnd[last];
    if (endOffset === tokens.end[last]) {
      endOffset = clubYearEnd(scan.text, endOffset, club || /(?:club|vereniging)$/.test(low));
      const firm = firmTailEnd(scan.text, endOffset);
      if (firm > 0) endOffset = firm;
    }
    while (last + 1 < count && tokens.start[last + 1] < endOffset) last++;
    for (let k = startTok; k <= last; k++) labels[k] = null;
    scan.spans.push({ start: tokens.start[startTok], end: endOffset, label: 'INSTELLING', prio: 45 });
    for (let k = startTok; k <= last; k++) blocked[k] = Block.Institution;
    i = last;
  }
}

/** question words, personal pronouns, the indefinite article and sentence adverbs: the start of a question, a clause or a phrase ("praktijk: Een stappenplan"), never of a facility's name */
const CLAUSE_OPENERS = new Set([
  'wat', 'wie', 'waar', 'hoe', 'waarom', 'wanneer', 'welke', 'welk', 'ik', 'jij', 'je', 'hij', 'zij', 'ze', 'wij', 'we', 'jullie', 'u', 'een',
  // sentence adverbs: "Wat Heeft School Al Gedaan?", "de school Ook …"
  'al', 'ook', 'nog', 'wel', 'niet', 'toch', 'dan', 'nu', 'weer', 'zelf', 'zelfs', 'echter', 'daarna', 'daarom', 'inmiddels', 'vervolgens',
]);

/** Does the word after a type word start a clause rather than a name: a question word, a pronoun, a finite verb of no name list? */
function opensNoName(lex: Lexicon, low: string): boolean {
  return CLAUSE_OPENERS.has(low) || (finiteVerb(lex, low) && !inNameList(lex, low) && !lex.places.has(low));
}

/** Small words that a title-case writer capitalises before an article ("Stem Van Het Kind", "Voor De Zomer") */
const TITLE_SMALL_WORDS = new Set([...TITLE_PREPOSITIONS, 'van', 'dat', 'na']);

/**
 * The article at token i follows a capitalised small word at the start of a line, cell or sentence or after another
 * capitalised word, and two or more ordinary words of no name list follow it up to the end of the capitalised run
 * (or one that names a season: "Voor De Zomer"): the number of those words, else 0. One other word keeps the name
 * of a facility ("Leer Van Het Anker"). Without such a word before it, three or more such words with a capitalised small
 * word inside them are title case too ("bij De Weging Van Acute Onveiligheid", "De Stem Van Het Kind").
 */
function titleCaseRunAfter(scan: Scan, i: number): number {
  const { tokens, lex } = scan;
  const { kind, lower, capital, newlineBefore, count } = tokens;
  const p = i - 1;
  if (p < 0 || newlineBefore[i]) return 0;
  // (or after the comma of a list of titles: "Werken Met Het Netwerk, Het Kind Een Stem Geven, …")
  const afterTitleComma = tokens.raw[p] === ',' && p > 0 && !newlineBefore[p] && kind[p - 1] === TokenKind.Word && capital[p - 1] && p > 1 && kind[p - 2] === TokenKind.Word && capital[p - 2];
  const afterSmallWord =
    kind[p] === TokenKind.Word && capital[p] === 1 && TITLE_SMALL_WORDS.has(lower[p]) && (sentenceStart(tokens, p) || (p > 0 && !newlineBefore[p] && kind[p - 1] === TokenKind.Word && capital[p - 1] === 1));
  let words = 0;
  let smallInside = false;
  for (let k = i + 1; k < count && !newlineBefore[k] && kind[k] === TokenKind.Word && capital[k]; k++) {
    if (inNameList(lex, lower[k]) || lex.places.has(lower[k]) || !(isOrdinaryWord(lex, lower[k]) || finiteVerb(lex, lower[k]) || STOP_LOWER.has(lower[k]))) return 0;
    if (k > i + 1 && TITLE_SMALL_WORDS.has(lower[k])) smallInside = true;
    words++;
  }
  // (anywhere else a capitalised small word inside the run makes it title case: "bij De Weging Van Acute Onveiligheid")
  if (!afterTitleComma && !afterSmallWord) return smallInside && words >= 3 ? words : 0;
  return words >= 2 || (words === 1 && SEASONS.has(lower[i + 1])) ? words : 0;
}

/**
 * The capitalised name that starts at token nameStart: words, articles De/Het/'t, "van", "&", hyphens.
 * Returns its last word token, or nameStart - 1 when there is none.
 */
function institutionNameEnd(scan: Scan, nameStart: number): number {
  const { tokens, blocked } = scan;
  const { kind, lower, capital, raw, newlineBefore } = tokens;
  const count = tokens.count;
  let last = nameStart - 1;
  let j = nameStart;
  let words = 0;
  while (j < count && !newlineBefore[j]) {
    if (kind[j] === TokenKind.Word && (capital[j] || /^\p{Lu}/u.test(raw[j])) && !blocked[j]) {
      last = j;
      words++;
      j++;
      if (firmTailEnd(scan.text, tokens.end[last]) > 0) break; // "… Van der Wal B.V.": the legal form is no name word
      continue;
    }
    if (kind[j] === TokenKind.Word && (lower[j] === "'t" || lower[j] === 'van' || lower[j] === 'de' || lower[j] === 'der' || lower[j] === 'den' || lower[j] === 'aan') && j + 1 < count && capital[j + 1] && words > 0) {
      j++;
      continue;
    }
    if (kind[j] === TokenKind.Word && lower[j] === "'t" && j + 1 < count && capital[j + 1]) {
      j++;
      continue;
    }
    // "Stichting Vrienden van het Tolhuis", "Vereniging Vrienden van de Speeltuin"
    if (lower[j] === 'van' && words > 0 && j + 2 < count && (lower[j + 1] === 'het' || lower[j + 1] === 'de') && !newlineBefore[j + 2] && capital[j + 2] && kind[j + 2] === TokenKind.Word) {
      j += 2;
      continue;
    }
    if (raw[j] === '&' && j + 1 < count && capital[j + 1]) {
      j++;
      continue;
    }
    // "Stichting De Lindeboom Jeugd en Gezin": the sector phrase ends the name
    if (lower[j] === 'en' && words > 0 && sectorPhrase(scan, j - 1) === 3) {
      j++;
      continue;
    }
    break;
  }
  return last;
}

/**
 * A school or college named after a person keeps the person's title: "Dr. Nassau College", "Prof. dr.
 * Jan Kooij College", "St. Bonifatius College". A title abbreviation with its full stop (or "Sint") right
 * before the name joins the span; returns the new first token.
 */
const NAMESAKE_TITLES = new Set(['dr', 'drs', 'prof', 'mr', 'ir', 'ing', 'st', 'sint', 'ds', 'mgr', 'kard', 'pater']);
function titleOfNamesake(scan: Scan, first: number): number {
  const { tokens } = scan;
  const { kind, lower, raw, newlineBefore } = tokens;
  let f = first;
  for (;;) {
    if (newlineBefore[f]) return f;
    if (f >= 2 && raw[f - 1] === '.' && kind[f - 2] === TokenKind.Word && NAMESAKE_TITLES.has(lower[f - 2]) && !newlineBefore[f - 1]) {
      f -= 2;
      continue;
    }
    if (f >= 1 && kind[f - 1] === TokenKind.Word && lower[f - 1] === 'sint' && /^\p{Lu}/u.test(raw[f - 1])) {
      f -= 1;
      continue;
    }
    return f;
  }
}

/**
 * "Jan Ligthartschool", "Anne Frankschool", "Pieter Zeemancollege": a school written as one word with the
 * surname of its namesake, after the first name. The stem before the school word is a name, not a word.
 */
function namesakeCompound(scan: Scan, i: number): boolean {
  const { tokens, lex } = scan;
  const m = /^(\p{L}{3,}?)-?(school|college|lyceum|scholengemeenschap)$/u.exec(tokens.lower[i]);
  if (!m || i < 1 || tokens.newlineBefore[i] || tokens.kind[i - 1] !== TokenKind.Word || !tokens.capital[i - 1]) return false;
  const stem = m[1];
  return lex.surnames.has(stem) || lex.firstNames.has(stem) || !isOrdinaryWord(lex, stem);
}

/** "<Capitalised words> College|Lyceum|Gymnasium|Scholengroep|Church": extend left from the suffix word. */
function institutionsBeforeSuffixWords(scan: Scan): void {
  const { tokens, lex, blocked, labels } = scan;
  const { kind, lower, capital, newlineBefore } = tokens;
  for (let i = 1; i < tokens.count; i++) {
    if (kind[i] !== TokenKind.Word || !capital[i] || blocked[i] === Block.Institution) continue;
    if (!/^(?:college|lyceum|gymnasium|scholengroep|church|stars|boys|logistiek|scholengemeenschap|academie|kerk|ziekenhuis|moskee|camii)$/.test(lower[i]) && !namesakeCompound(scan, i)) continue;
    let first = i;
    while (
      first - 1 >= 0 &&
      !newlineBefore[first] &&
      kind[first - 1] === TokenKind.Word &&
      (capital[first - 1] || /^(?:de|der|van|den)$/.test(lower[first - 1])) &&
      blocked[first - 1] !== Block.Institution &&
      !lex.titles.has(lower[first - 1]) &&
      !(capital[first - 1] && sentenceStart(tokens, first - 1) && STOP_LOWER.has(lower[first - 1]))
    )
      first--;
    while (first < i && !capital[first]) first++;
    if (first === i) continue;
    first = titleOfNamesake(scan, first);
    for (let k = first; k <= i; k++) {
      labels[k] = null;
      blocked[k] = Block.Institution;
    }
    scan.spans.push({ start: tokens.start[first], end: tokens.coreEnd[i], label: 'INSTELLING', prio: 45 });
  }
}
