// Recognisers for structured identifiers: e-mail, IBAN, BSN, phone numbers, postcodes, dates,
// court/case numbers, keyword-prefixed numbers and Dutch licence plates. All regexes are compiled once.
import type { Label } from './types';

export interface RawSpan {
  start: number;
  end: number;
  label: Label;
  /** higher wins when spans overlap */
  prio: number;
}

/** BSN 11-check (elfproef): 9 digits, weights 9..2 and -1. */
export function isValidBsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * (digits.charCodeAt(i) - 48);
  sum -= digits.charCodeAt(8) - 48;
  return sum % 11 === 0 && sum !== 0;
}

/** IBAN mod-97 check; spaces are ignored. */
export function isValidIban(iban: string): boolean {
  const s = iban.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  if (s.startsWith('NL') && s.length !== 18) return false;
  const r = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (let i = 0; i < r.length; i++) {
    const c = r.charCodeAt(i);
    const v = c >= 65 ? String(c - 55) : String.fromCharCode(c);
    for (let j = 0; j < v.length; j++) rem = (rem * 10 + (v.charCodeAt(j) - 48)) % 97;
  }
  return rem === 1;
}

/** Dutch months and their abbreviations, and the English names a bilingual report uses ("31 October 2023") */
const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|' +
  'january|february|march|may|june|july|august|october';

const RE_EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}(?![A-Za-z])/g;
/** a Dutch IBAN without its spaces: NL, two check digits, a bank's four letters, ten digits */
const RE_NL_IBAN_SHAPE = /^NL\d{2}[A-Z]{4}\d{10}$/;
const RE_IBAN = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){3,7}(?:[ ]?[A-Z0-9]{1,3})?\b/g;
const RE_BSN = /(?<![\d.,\-/])(?:\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}\.\d{3}\.\d{3}|\d{2}\.\d{2}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3}|\d{3}-\d{3}-\d{3})(?![\d]|[.,\-/]\d)/g;
/**
 * Phone numbers in every grouping word processors and people produce: "06-12345678", "06 – 12 34 56 78"
 * (the en dash is a hyphen in the reader text), "030 - 271 82 81", "(020) 555 01 23", "06.24.68.13.57",
 * "+31 (0)6 - 19 28 37 46", "0031 6 1122 3344", "+32 470 12 34 56". A separator is a space or two, or a
 * hyphen, dot or slash with up to two spaces around it. National numbers have exactly ten digits, so a
 * number right after another one is not swallowed; service numbers (0800, 0900, 0906, 0909) seven digits after
 * the prefix (the four-digit national helplines are no identifiers); international ones are checked in phoneEnd().
 */
const PHONE_SEP = '(?:[ ]{0,2}[-./][ ]{0,2}|[ ]{1,2}|\\)[ ]?)';
const RE_PHONE = new RegExp(
  `(?<![\\w+.,/-])(?:(?:\\+|00)[1-9]\\d{0,2}(?:[ ]{0,2}-?[ ]{0,2}\\(0\\))?(?:${PHONE_SEP}?\\d){6,13}|0[89]0[069](?:${PHONE_SEP}?\\d){7}|\\(?0(?:${PHONE_SEP}?\\d){9})(?![\\w]|[.,:][\\d])`,
  'g',
);
const RE_POSTCODE = /\b[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}\b/g;
/** "8011ab", "2512 hk": a postcode in lower case (checked in lowerCasePostcode) */
/** a postcode right after a house number, a comma between or not: ", 8243 KH", " 1141BN" */
export const RE_POSTCODE_AFTER = /^\s*,?\s*[1-9]\d{3}\s?[A-Z]{2}\b/;
const RE_POSTCODE_LOWER = /(?<![A-Za-z\u00c0-\u024f\d])[1-9]\d{3}( ?)([a-z]{2})(?![A-Za-z\u00c0-\u024f\d])/g;
/** two lower-case letters after four digits that are a word or a unit, not a postcode */
const NOT_POSTCODE_LETTERS = new Set(
  'sa sd ss de en op in te na om al is ik je we ze zo nu ja of ga er je hè km kg mg ml cm mm dl cl gb mb kb kw pk st nd rd th ct pp ev nr ha uu'.split(' '),
);
const RE_DATE_TEXT = new RegExp(`(?<![\\d])(\\d{1,2})(?:e|ste|de)? (${MONTHS})\\b\\.?(?: ('?\\d{4}|'\\d{2}))?`, 'gi');
const RE_DATE_NUM = /(?<![A-Za-z\u00c0-\u024f\d.,/\-:])(\d{1,2})([-/.])(\d{1,2})(?:\2'?(\d{4}|\d{2}))?(?![\d]|[.,/:]\d|-\d)/g;
const RE_DATE_ISO = /(?<![\d])(\d{4})-(\d{2})-(\d{2})(?![\d])/g;
const RE_COURT = /\b[A-Z]\/\d{2}\/\d{5,7}(?:\s*\/\s*[A-Z]{2}\s+[A-Z]{2}\s+\d{2}-\d{1,6})?/g;
const RE_CODE = /\b[A-Z]{1,4}(?:-[A-Z]{1,4}){0,3}-\d{2,4}(?:[-.]\d{2,6}){1,4}(?:-[A-Z]{1,4})?\b/g;
const ID_KEYWORDS =
  'isbn|issn|kvk-nummer|kvk|agb-code|agb|big-nummer|big-registratie|skj-nummer|skj-registratienummer|zaaknummer|zaaknr|dossiernummer|dossiernr|cliëntnummer|clientnummer|cliëntnr|clientnr|klantnummer|registratienummer|meldingsnummer|meldnummer|rapportnummer|referentienummer|referentie|kenmerk|polisnummer|pv-nummer|proces-verbaalnummer|aangiftenummer|parketnummer|rolnummer|rekestnummer|documentnummer|paspoortnummer|v-nummer|vreemdelingennummer|studentnummer|leerlingnummer|patiëntnummer|lidnummer|ordernummer|kenteken|dossier|zaak|melding|registratie|aangifte|cliënt|client|nummer|nr';
/** the keywords in any case ("Zaaknummer", "ZAAKNUMMER", "AGB-code"), the rest of the pattern staying case-sensitive */
const KW_ALT = ID_KEYWORDS.split('|')
  .map((k) => [...k].map((ch) => (ch.toUpperCase() !== ch ? `[${ch}${ch.toUpperCase()}]` : ch)).join(''))
  .join('|');
/** first parts of a compound of "nummer" that is no register: a phone, a house, a room, a page or a version */
const RE_NOT_A_REGISTER = /^(?:telefoon|mobiel|mobiele|fax|huis|kamer|pagina|versie|artikel|volg|hoofdstuk|bus|lijn|rekening|bank|burgerservice|sofi|bsn-)$/i;
/** finds keyword candidates fast (a literal alternation); the full pattern then runs sticky at each hit */
const RE_KW_FIND = new RegExp(`(?:${ID_KEYWORDS})`, 'gi');
const RE_KEYWORD_ID = new RegExp(
  `(?:${KW_ALT}|[A-Z]{2,}NUMMER|[A-Z]{2,}NR|\\p{L}{3,}nummer)\\.?(?:\\s+(?:[A-Z]{2,5}(?=\\s*:)|\\p{Lu}[\\p{L}-]{1,24}(?=[ \\t]*\\|)))?(?:(?:\\s+(?:van|de|het|der|den|voor|bij|deze|dit|dat|zijn|haar|hun|[a-zë]{3,14})){1,4}(?=\\s+is\\s|\\s*:))?(?:\\s*(?:is|van|:|#|\\||\\(\\w+\\)))*\\s*((?:[A-Z]{1,5}[ -]){0,2}[A-Z]{1,4}[ -]?)?(\\d[\\dA-Z]*(?:[./-][\\dA-Z]+)*)(?:[ -]([A-Z]{1,3})(?![\\p{L}\\d]))?`,
  'dyu',
);
const RE_PLATE = /\b(?:[A-Z]{2}|\d{2}|[A-Z]{1,3}|\d{1,3})-(?:[A-Z]{2,3}|\d{2,3})-(?:[A-Z]{1,3}|\d{1,3})\b/g;
/** an ORCID: four groups of four digits, the last check character a digit or X */
const RE_ORCID = /(?<![\d-])\d{4}-\d{4}-\d{4}-\d{3}[\dX](?![\d-])/g;
/** a DOI: "10.", a registrant code and a suffix up to a space, quote or bracket */
const RE_DOI = /(?<![\d.])10\.\d{4,9}\/[^\s"'<>()[\]]+/g;
/** a sticky copy: runs only where an address can start (findEmails) */
const RE_EMAIL_AT = new RegExp(RE_EMAIL.source, 'y');
const RE_PREFIX_NUM = /\b(?:PV|CL|VT|JB|GI|RK|BJZ|WSG|DOSS|NR)[ -]?\d{4,12}(?:[-.]\d{1,8}){0,4}(?:-[A-Z]{1,4})?\b/g;

/** the top of a rating scale: (1-4), (1-5), (1-7), (0-10) */
const SCALE_ENDS = new Set([3, 4, 5, 6, 7, 10]);

const UNIT_AFTER =
  /^\s*(?:jaar|jr|jaren|keer|x|uur|u\b|min|minuten|maanden|mnd|weken|wk|dagen|dgn|kinderen|kg|cm|km|%|punten|procent|euro|€|plekken|personen|sessies|gesprekken|nachten|keren)/i;

/**
 * Case and registration numbers with letter prefixes and year parts: "RvdK-2023-04417", "VT/2024/118734",
 * "JB 2024.00731", "ZK24-008712", "GI-24-0915-OTS", "FA RK 24-3317", "JB/OTS/2024-0418", "SKJ 110045678".
 * Groups of letters (a capital first) or digits, joined by - / . or a single space; checked in codeSpan().
 */
const RE_CODE_GROUPS = /(?<![A-Za-z\u00c0-\u024f\d/.-])(?:[A-Z][A-Za-z]{0,6}\d{0,12}|\d{1,12}[A-Z]{0,3})(?:(?:[-/.]|(?<=[A-Z][A-Za-z]{0,5}[A-Z])[ ](?=[A-Z\d]))(?:[A-Z][A-Za-z]{0,6}\d{0,12}|\d{1,12}[A-Z]{0,3})){1,6}(?![A-Za-z\u00c0-\u024f\d]|[-/.][A-Za-z\u00c0-\u024f\d])/g; // no u flag: Latin letters around a code, and much faster; a space only after an abbreviation ("RvdK 2024", not "Dag 3")
/** prefixes of standards and classifications, not of a case: "ISO 27001", "NEN 7510", "DSM-5" */
const STANDARD_PREFIXES = new Set(['ISO', 'NEN', 'IEC', 'EN', 'DIN', 'NTA', 'ICD', 'DSM', 'NPR', 'CEN', 'BS', 'ASTM', 'IEEE', 'RFC']);
/** abbreviations of statistics before their numbers: "CI 1.2–4.4", "SD 0.8" */
const STATISTICS = new Set(['CI', 'OR', 'SD', 'SE', 'RR', 'HR', 'IQR', 'ICC']);
/** names of a register in front of its number stay outside the span, like a keyword: "ISBN [978-90-…]", "SKJ [110045678]" */
const REGISTER_PREFIXES = new Set(['ISBN', 'ISSN', 'BSN', 'SKJ', 'BIG', 'KVK', 'AGB', 'IBAN', 'KENTEKEN']);
const RE_YEAR_RANGE = /^(?:19|20)\d{2}[-/](?:(?:19|20)?\d{2})$/;

/** a group of a code with the separator before it (codeSpan) */
const RE_CODE_GROUP = /([-/. ]?)([A-Za-z]+\d*|\d+[A-Z]*)/g;
const RE_NOT_CAPITAL = /[^A-Z]/g;
const RE_LETTERS = /^[A-Za-z]+$/;
const capitals = (t: string): number => t.replace(RE_NOT_CAPITAL, '').length;
const isLetters = (t: string): boolean => RE_LETTERS.test(t);

/** The part of a RE_CODE_GROUPS match that is a code, as [start, end] offsets within it, or null. */
function codeSpan(s: string): [number, number] | null {
  // groups with the separator before each
  const parts: Array<{ sep: string; text: string; at: number }> = [];
  for (const m of s.matchAll(RE_CODE_GROUP)) parts.push({ sep: m[1], text: m[2], at: m.index + m[1].length });
  // a space joins only abbreviations of two or more capitals ("RvdK 2024", "FA RK 24-3317"): drop leading
  // words such as "Tabel 3.12.4" or "Voor JB 2024"
  let first = 0;
  for (let k = 1; k < parts.length; k++) {
    if (parts[k].sep !== ' ') continue;
    const before = parts[k - 1].text;
    const okBefore = isLetters(before) && capitals(before) >= 2;
    const okAfter = !isLetters(parts[k].text) || capitals(parts[k].text) >= 2;
    if (!okBefore || !okAfter) first = k;
  }
  const registered = REGISTER_PREFIXES.has(parts[first]?.text.toUpperCase() ?? '') && first + 1 < parts.length && parts[first + 1].sep === ' ';
  if (registered) first++;
  const kept = parts.slice(first);
  if (kept.length < 1) return null;
  const text = kept.map((p) => p.text).join(' ');
  const digits = text.replace(/\D/g, '');
  const letterGroups = kept.filter((p) => /[A-Za-z]/.test(p.text));
  if ((!letterGroups.length && !registered) || digits.length < 4) return null;
  if (STANDARD_PREFIXES.has(kept[0].text.toUpperCase())) return null;
  // "95% CI 0.29–0.94", "OR 2.3": a statistic before its numbers
  if (STATISTICS.has(kept[0].text) && kept.slice(1).every((p) => /^\d+$/.test(p.text))) return null;
  const digitGroups = kept.filter((p) => /\d/.test(p.text));
  const longest = Math.max(...digitGroups.map((p) => p.text.replace(/\D/g, '').length));
  if (digitGroups.length < 2 && longest < 5) return null;
  // a year range after a name ("GGZ 2023-2024", "Beleidsplan WMO 2025-2028") is no case number
  const numeric = kept.filter((p) => !isLetters(p.text));
  if (numeric.length === 2 && numeric.every((p) => /^\d+$/.test(p.text)) && RE_YEAR_RANGE.test(numeric[0].text + '-' + numeric[1].text)) return null;
  // a lone letter group in front of a single number, in lower case after the capital ("Fase 12345"), is a word
  if (kept.length === 2 && isLetters(kept[0].text) && capitals(kept[0].text) < 2 && kept[1].sep === ' ') return null;
  const last = kept[kept.length - 1];
  return [kept[0].at, last.at + last.text.length];
}

/** the user name in a file path: "C:\\Users\\nbakkali\\Documents", "/home/jdevries/", "/Users/sanne/" */
const RE_USER_PATH = /(?:\b[A-Za-z]:\\(?:Users|Gebruikers|Documents and Settings)\\|(?<![\w.])\/(?:Users|home)\/)([^\\/\s:*?"<>|]{2,40})(?=[\\/])/g;

/** ECLI: the European case law identifier of a court decision */
const RE_ECLI = /\bECLI:[A-Z]{2}:[A-Z0-9]{1,7}:\d{4}:[A-Z0-9.]{1,25}\b/g;
/** a bare number of eight to eighteen digits (client, registration or account numbers), not an amount */
const RE_LONG_NUMBER = /(?<![A-Za-z\u00c0-\u024f\d.,\-/€$]|€ |\$ )\d{8,18}(?![A-Za-z\u00c0-\u024f\d]|[.,\-/]\d)/g;

/** The length of the phone number at the start of a RE_PHONE match, or 0 when it is none. */
function phoneLength(s: string): number {
  const open = s.indexOf('(');
  const close = s.indexOf(')');
  if (close >= 0 && (open < 0 || open > close || s.indexOf(')', close + 1) >= 0 || s.indexOf('(', open + 1) >= 0)) return 0;
  // a dot separates the groups of a phone number only when every separator is a dot ("06.24.68.13.57");
  // "09.30-10.30 11.00" is a list of times
  const separators = s.replace(/^[+(]/, '').match(/[^\d()]+/g) ?? [];
  if (separators.some((sep) => sep.includes('.')) && !separators.every((sep) => sep.trim() === '.')) return 0;
  const groups = s.split(/[^\d]+/).filter((g) => g);
  if (groups.filter((g) => g.length === 1).length > 2 && !/^(?:\+|00)/.test(s)) return 0; // "0 1 2 3 4 5 6 7 8 9", a scale
  if (s.charCodeAt(0) === 43 || s.startsWith('00')) {
    // international: "+31 (0)6 …" has nine digits after 31 and the trunk 0
    const digits: number[] = [];
    for (let k = s.charCodeAt(0) === 43 ? 1 : 2; k < s.length; k++) if (s.charCodeAt(k) >= 48 && s.charCodeAt(k) <= 57) digits.push(k);
    const all = s.replace(/\(0\)/, '').replace(/\D/g, '').replace(/^00/, '');
    if (all.startsWith('31')) {
      const trunk = s.includes('(0)') ? 1 : all.charCodeAt(2) === 48 ? 1 : 0;
      const needed = 2 + trunk + 9;
      return digits.length < needed ? 0 : digits[needed - 1] + 1;
    }
    return all.length >= 10 && all.length <= 15 ? s.length : 0;
  }
  // service numbers with seven digits: "0800 123 45 67" (the short national helplines, "0800-2000", are no identifiers)
  const national = s.replace(/\D/g, '');
  if (/^0[89]0[069]\d{7}$/.test(national)) return s.length;
  if (national.length !== 10) return 0;
  if (startsWithDate(s)) return 0;
  return s.length;
}

/** Does a phone-like run start with a date and then a year or a time ("01-02-2023 10", "01-02-23 10.30")? "06.12.34.56.78" does not. */
function startsWithDate(s: string): boolean {
  const m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2,4})(.*)$/.exec(s);
  if (!m || +m[1] < 1 || +m[1] > 31 || +m[2] < 1 || +m[2] > 12) return false;
  if (m[3].length === 4) return true;
  const time = /^[ ]*[-/.]?[ ]*(\d{1,2})(?:[.:](\d{2}))?$/.exec(m[4]);
  return !!time && +time[1] <= 23 && (time[2] === undefined || +time[2] <= 59);
}

/** A run of digit groups (separators: spaces, a dot, or a line break; "2025-00421" is a case number) for BSNs in any grouping. */
const RE_DIGIT_RUN = /(?<![\d.,\-/])\d{1,9}(?:(?:[ ]{1,2}|[ ]?\.[ ]?|[ ]*\n[ ]*)\d{1,9}){1,5}(?![\d]|[.,\-/]\d)/g;
const RE_BSN_KEYWORD = /(?:bsn|burgerservicenummer|sofinummer|sofi-nummer)[^\n\d]{0,30}$/i;

/**
 * "1234 56 782", "12 34 56 782", a BSN broken over two lines ("1357\n24685" after its keyword): nine digits
 * in two to four groups that pass the 11-check, the run not part of a longer series of numbers.
 */
function findBsnInAnyGrouping(text: string, push: (start: number, end: number, label: Label, prio: number) => void): void {
  for (const m of text.matchAll(RE_DIGIT_RUN)) {
    const run = m[0];
    const groups = run.split(/\D+/);
    const digits = groups.join('');
    if (digits.length !== 9 || groups.length > 4 || groups.some((g) => g.length < 2)) continue;
    if (!isValidBsn(digits)) continue;
    if (run.includes('\n') && !RE_BSN_KEYWORD.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    push(m.index, m.index + run.length, 'BSN', 92);
  }
}

/** A lower-case postcode: "8011ab" written as one word, or "2512 hk" before a place or after an address or the word postcode. */
function lowerCasePostcode(text: string, m: RegExpMatchArray): boolean {
  const letters = m[2];
  if (NOT_POSTCODE_LETTERS.has(letters)) return false;
  if (!m[1]) return true;
  const at = m.index ?? 0;
  const after = text.slice(at + m[0].length, at + m[0].length + 4);
  const before = text.slice(Math.max(0, at - 24), at);
  return /^,? ?(?:['’]s-)?\p{Lu}/u.test(after) || /(?:postcode|\d[a-z]?,?)\s*:?\s*$/i.test(before);
}

/** words that number parts before a range of two numbers ("Bijeenkomst 1–3", "groep 7-8", "blz. 4-6"): no date */
/** headers of a table's first column that numbers its rows: "| Nr | Actie | …", "| # |", "| Actie |" */
const RE_NUMBER_HEADER = /^\|\s*(?:nr\.?|no\.?|#|nummer|actie(?:nr\.?|nummer)?|code|id)\s*\|/i;
/** a first column that numbers the rows of a list of actions or decisions ("| Nr | Besluit |"; not "| Code |" or "| ID |", which may hold a client's) */
const RE_ROW_NUMBER_HEADER = /^\|\s*(?:nr\.?|no\.?|#|nummer|(?:actie|besluit)(?:nr\.?|nummer)?)\s*\|/i;

/**
 * "| 25-01 | Advies versturen | KW | …": a number in the first cell of a table whose first column numbers its rows
 * ("| Nr | …"), no date.
 */
function numberedTableRow(text: string, at: number, header = RE_NUMBER_HEADER): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (!/^\|\s*$/.test(text.slice(lineStart, at))) return false;
  // up over the rows of the table to its header (the row above "|---|")
  let end = lineStart - 1;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (!line.trimStart().startsWith('|')) return false;
    if (/^\s*\|?\s*:?-{2,}/.test(line)) {
      const headStart = text.lastIndexOf('\n', start - 2) + 1;
      return header.test(text.slice(headStart, start - 1).trimStart());
    }
    end = start - 1;
  }
  return false;
}

const RE_PARTS_BEFORE = /(?:^|[^\p{L}])(?:bijlagen?|hoofdstuk(?:ken)?|paragrafen|paragraaf|del?en|deel|dag(?:en)?|fasen?|fases|stap(?:pen)?|modules?|sessies?|weken|week|bijeenkomsten|bijeenkomst|lessen|les|rondes?|thema's|agendapunten|agendapunt|punten|punt|tabel|figuur|vragen|vraag|p\.|pp\.|blz\.|pagina's|pagina|art\.|artikelen|artikel|leden|lid|klas|klassen|groepen|groep|niveaus?|items?|regels?|acties?|actiepunten|actiepunt|nr\.?|nummers?|besluiten|besluit|kinderen|jongeren|jeugdigen|leeftijd|leeftijden|leeftijdsgroep)\s*$/iu;

/** a character of an address's local part: [A-Za-z0-9._%+-] of RE_EMAIL */
function isLocalPartChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}

/**
 * E-mail addresses, from each '@' instead of a scan of the whole text: a match holds one '@' and, by its
 * lookbehind, starts where the run of local-part characters before that '@' starts (at most 64 back), so
 * RE_EMAIL runs sticky there only. Same matches as text.matchAll(RE_EMAIL).
 */
function findEmails(text: string, push: (start: number, end: number, label: Label, prio: number) => void): void {
  let from = 0; // where the scan of the whole text would go on
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let s = at;
    while (s > 0 && at - s <= 64 && isLocalPartChar(text.charCodeAt(s - 1))) s--;
    if (s === at || s < from) continue;
    RE_EMAIL_AT.lastIndex = s;
    const m = RE_EMAIL_AT.exec(text);
    if (!m) continue;
    push(s, s + m[0].length, 'EMAIL', 100);
    from = s + m[0].length;
  }
}

export function detectStructured(text: string, out: RawSpan[]): void {
  const push = (start: number, end: number, label: Label, prio: number): void => {
    out.push({ start, end, label, prio });
  };
  findEmails(text, push);
  // (a Dutch account number keeps its shape when a digit is mistyped: it still identifies, so the check digits do not decide)
  for (const m of text.matchAll(RE_IBAN)) if (isValidIban(m[0]) || RE_NL_IBAN_SHAPE.test(m[0].replace(/ /g, ''))) push(m.index, m.index + m[0].length, 'ID', 95);
  for (const m of text.matchAll(RE_COURT)) push(m.index, m.index + m[0].length, 'ID', 90);
  for (const m of text.matchAll(RE_CODE)) if (!numberedTableRow(text, m.index, RE_ROW_NUMBER_HEADER)) push(m.index, m.index + m[0].length, 'ID', 70);
  for (const m of text.matchAll(RE_PREFIX_NUM)) push(m.index, m.index + m[0].length, 'ID', 70);
  for (const m of text.matchAll(RE_CODE_GROUPS)) {
    if (!/[A-Za-z]/.test(m[0])) continue; // dates and number ranges
    // "| B25-03 | Jaarplan vastgesteld |": the number of a row in a list of decisions or actions, no register's
    if (numberedTableRow(text, m.index, RE_ROW_NUMBER_HEADER)) continue;
    const span = codeSpan(m[0]);
    if (span) push(m.index + span[0], m.index + span[1], 'ID', 71);
  }
  if (text.indexOf('ECLI') >= 0) for (const m of text.matchAll(RE_ECLI)) push(m.index, m.index + m[0].length, 'ID', 90);
  if (text.indexOf('Users') >= 0 || text.indexOf('home/') >= 0 || text.indexOf('Gebruikers') >= 0 || text.indexOf('Settings') >= 0) {
    for (const m of text.matchAll(RE_USER_PATH)) push(m.index + m[0].length - m[1].length, m.index + m[0].length, 'PERSOON', 50);
  }
  for (const m of text.matchAll(RE_LONG_NUMBER)) push(m.index, m.index + m[0].length, 'ID', 60);
  for (const m of text.matchAll(RE_BSN)) {
    if (isValidBsn(m[0].replace(/\D/g, ''))) push(m.index, m.index + m[0].length, 'BSN', 92);
  }
  findBsnInAnyGrouping(text, push);
  for (const m of text.matchAll(RE_PHONE)) {
    // "(0313-412700, mail)": an opening bracket without its closing one belongs to the sentence
    const from = m[0].charCodeAt(0) === 40 && m[0].indexOf(')') < 0 ? 1 : 0;
    const length = phoneLength(m[0].slice(from));
    if (length) push(m.index + from, m.index + from + length, 'TELEFOON', 85);
  }
  for (const m of text.matchAll(RE_POSTCODE)) push(m.index, m.index + m[0].length, 'POSTCODE', 80);
  for (const m of text.matchAll(RE_POSTCODE_LOWER)) if (lowerCasePostcode(text, m)) push(m.index, m.index + m[0].length, 'POSTCODE', 80);
  for (const m of text.matchAll(RE_DATE_TEXT)) {
    const d = +m[1];
    if (d < 1 || d > 31) continue;
    let end = m.index + m[0].length;
    if (m[0].endsWith('.') && !m[3] && !/^[ \t]*(?:[\p{Ll}\d,;)|]|[–—-][ \t])/u.test(text.slice(end, end + 4))) {
      // "8 nov." keeps the abbreviation dot out only when it ends a sentence; "op 13 nov. in Ede", "16 sept. – extra
      // moment" and "| 7 nov. |" keep it
      end -= 1;
    }
    push(m.index, end, 'DATUM', 75);
  }
  for (const m of text.matchAll(RE_DATE_ISO)) {
    const mo = +m[2];
    const d = +m[3];
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) push(m.index, m.index + m[0].length, 'DATUM', 76);
  }
  for (const m of text.matchAll(RE_DATE_NUM)) {
    const d = +m[1];
    const mo = +m[3];
    const sep = m[2];
    const year = m[4];
    if (!(d >= 1 && d <= 31 && mo >= 1 && mo <= 12)) continue;
    const end = m.index + m[0].length;
    if (!year) {
      if (sep === '.') continue; // 09.30 is a time
      if (sep === '/' && mo === 10 && d <= 10) continue; // scaling score 4/10
      if (UNIT_AFTER.test(text.slice(end, end + 12))) continue; // 2-3 jaar, 3-4 keer
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      if (/(?:schaal|score|cijfer|tussen|van)\s*$/i.test(before)) continue;
      // "Bijeenkomst 1–3", "groep 7-8", "p. 12-14", "week 3-4": numbered parts, no day and month
      if (RE_PARTS_BEFORE.test(before)) continue;
      // "*9*(1), 5–12.": the pages after a journal's volume and issue in a reference
      if (/\)\s*,\s*$/.test(before)) continue;
      if (numberedTableRow(text, m.index)) continue;
      if (/\d\s*$/.test(before)) continue;
      // "Botter 12-04, 8243 KH Lelystad": a house number with its addition before a postcode
      if (RE_POSTCODE_AFTER.test(text.slice(end, end + 12)) && /\p{Lu}\p{Ll}+\s$/u.test(before)) continue;
      // "Gemiddeld (1–5)", "Totaalcijfer (1-10)": the range of a scale in brackets of its own
      if (sep === '-' && d <= 1 && SCALE_ENDS.has(mo) && text[m.index - 1] === '(' && text[end] === ')') continue;
    } else if (year.length === 2 && sep === '.') continue;
    push(m.index, end, 'DATUM', 74);
  }
  RE_KW_FIND.lastIndex = 0;
  let last = -1;
  let f: RegExpExecArray | null;
  while ((f = RE_KW_FIND.exec(text)) !== null) {
    const at = f.index;
    if (at <= last) continue;
    let wordStart = at;
    while (wordStart > 0 && /\p{L}/u.test(text[wordStart - 1])) wordStart--;
    // a compound of "nummer" that names a register ("Raadsnummer", "Rekestnummer"), not a phone or a house number
    const compound = wordStart < at && f[0].toLowerCase() === 'nummer' && !RE_NOT_A_REGISTER.test(text.slice(wordStart, at));
    if (wordStart < at && !compound) continue;
    RE_KEYWORD_ID.lastIndex = wordStart;
    const m = RE_KEYWORD_ID.exec(text);
    if (!m) continue;
    last = at + m[0].length;
    const ind = m.indices;
    const value = m[2];
    const vi = ind ? ind[2] : undefined;
    if (!ind || !value || !vi) continue;
    const kwl = m[0].slice(0, vi[0] - m.index).toLowerCase();
    // "nummer"/"nr" alone, and a compound of "nummer" the list does not hold, need a value that is clearly a code (long or mixed)
    const digits = value.replace(/\D/g, '');
    if ((compound || /^(?:nummer|nr|dossier|zaak|melding|registratie|aangifte|cliënt|client)\b/.test(kwl)) && (digits.length < 5 || !/[-./]|\d{6,}/.test(value))) continue;
    if (digits.length < 3 && !kwl.startsWith('kenteken')) continue;
    // "het landelijke nummer 0800-2000": a free or paid service number (0800, 0900) is an organisation's, nobody's register
    if (/^0[89]00\D?\d/.test(value)) continue;
    const g1 = ind[1];
    const g3 = ind[3];
    const start = m[1] && g1 ? g1[0] : vi[0];
    const end = m[3] && g3 ? g3[1] : vi[1];
    push(start, end, 'ID', 65);
  }
  // an ORCID ("0000-0002-4817-3625") and a DOI ("10.48712/tjb.2024.03.118", without the punctuation that ends a sentence)
  for (const m of text.matchAll(RE_ORCID)) push(m.index, m.index + m[0].length, 'ID', 72);
  for (const m of text.matchAll(RE_DOI)) push(m.index, m.index + m[0].replace(/[.,;:]+$/, '').length, 'ID', 72);
  for (const m of text.matchAll(RE_PLATE)) {
    const groups = m[0].split('-');
    let letters = 0;
    let digits = 0;
    let ok = true;
    for (const g of groups) {
      if (/^[A-Z]+$/.test(g)) letters += g.length;
      else if (/^\d+$/.test(g)) digits += g.length;
      else ok = false;
    }
    if (!ok || letters === 0 || digits === 0 || letters + digits !== 6) continue;
    push(m.index, m.index + m[0].length, 'ID', 68);
  }
}
