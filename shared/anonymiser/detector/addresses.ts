// Streets and addresses: a capitalised word with a street suffix, its house number and addition, and
// the words before it that belong to the street name ("Burgemeester Roelenweg 12-2").
import { RE_POSTCODE_AFTER } from '../structured';
import { sentenceStart } from './neighbours';
import { Block, type Scan } from './scan';
import { RE_HAS_LOWER, TokenKind } from './tokens';
import { PO_BOX, STOP_LOWER, inNameList } from './wordClasses';

export const STREET_SUFFIX =
  /(?:straat|str|laan|weg|plein|gracht|kade|singel|dijk|dreef|hof|park|pad|steeg|markt|baan|straatweg|boulevard|wal|vliet|ring|allee|erf|veld|vallei|wijk|pleintje|kanaal|haven|dam|zijde|burg|berg|oord|horst|hout|akker|weide|lei|dwarsstraat|poort|sloot|plantsoen|dreef|gaarde|tuin|tuinen|hoven|lindenhof|straatje|kamp|eiland|kreek|polder|wetering)$/;

/** suffixes that make a street even without a house number (when not at a sentence start) */
const STRONG_STREET_SUFFIX = /(?:straat|laan|weg|plein|gracht|kade|singel|dreef|steeg|markt|plantsoen|straatweg|boulevard)$/;

/** A house number and addition right after a street: " 12", " 12a", " 44-2", " 12a-3", " 14-16", " 7 bis", ". 3-hs", " 8-II", " 3 b" */
export const RE_HOUSENR =
  /^\.? \d{1,5}(?:[a-zA-Z]?-\d{1,3}[a-zA-Z]?(?![\p{L}\d])|[a-zA-Z]?-(?:[A-Za-z]|I{1,3}|IV|V|hs|bg|rd|bis)(?![\p{L}])|[a-zA-Z](?![\p{L}\d])| (?:bis|hs|huis|rd|bg|boven|beneden|I{1,3}|IV|[A-D]|[a-d](?!\.\p{L})|bus \d{1,4})(?![\p{L}\d]))?(?![\d])/u;

/** words shortly before a street that say it is an address */
const ADDRESS_CONTEXT = new Set(['adres', 'woont', 'wonen', 'woonachtig', 'verhuisd', 'verhuist', 'logeeradres', 'postadres', 'bezoekadres', 'aan', 'op', 'naar', 'via', 'bij', 'verblijft', 'verblijfadres', 'straat']);

/** Is the capitalised word i (lower case `lower`) a street: a street suffix and a house number, or a strong suffix mid-sentence? */
export function isStreetName(scan: Scan, i: number, lower: string): boolean {
  const { tokens, lex, text } = scan;
  if (!(STREET_SUFFIX.test(lower) && lower.length > 5)) return false;
  // a word of the dictionary that only ends like a street ("Antwoord 1", "Akkoord 2", "Werkveld 3") is that word
  if (!STRONG_STREET_SUFFIX.test(lower) && lex.commonWords.has(lower)) return false;
  const hasNumber = RE_HOUSENR.test(text.slice(tokens.coreEnd[i], tokens.coreEnd[i] + 16));
  // (an event or a service named "…markt" or "…plein" after an abstract noun is none without a number:
  // "Informatiemarkt", "Banenmarkt" is a street as often, "Participatieplein")
  return hasNumber || (STRONG_STREET_SUFFIX.test(lower) && !sentenceStart(tokens, i) && !lex.commonWords.has(lower) && !RE_ABSTRACT_MARKET.test(lower));
}

/** a market or square after an abstract noun: "informatiemarkt", "participatieplein", "ontmoetingsplein", "werkgelegenheidsmarkt" */
const RE_ABSTRACT_MARKET = /(?:(?:tie|sie|heid|heids|ing|ings)(?:markt|plein)|(?:kerst|paas|sinterklaas|rommel|vlooien|boeken|jaar|week|avond|zomer|winter)markt)$/;

/** "Zarken 12, 1141 BN" is an address; "Jayson 12, Jaylisa 9" are ages. Tokens first..last are the name, `rest` follows the number `houseNumber`. */
export function looksLikeAddress(scan: Scan, first: number, last: number, rest: string, houseNumber: string): boolean {
  const { tokens, lex } = scan;
  const { kind, lower, raw } = tokens;
  if (RE_POSTCODE_AFTER.test(rest)) return true;
  if (/^\s*,\s*(?:['’]s-)?\p{Lu}/u.test(rest)) {
    const match = /^\s*,\s*((?:['’]s-)?[\p{L}-]+)/u.exec(rest);
    if (match && lex.places.has(match[1].toLowerCase())) return true;
  }
  let named = true;
  for (let k = first; k <= last; k++) if (kind[k] === TokenKind.Word && !inNameList(lex, lower[k]) && !lex.particles.has(lower[k])) named = false;
  if (named) return false;
  const num = parseInt(houseNumber.replace(/^\D+/, ''), 10);
  if (num >= 1900 && num <= 2099) return false; // "Veilig 2025": a year
  // address context shortly before the street
  for (let k = first - 1; k >= 0 && k >= first - 3; k--) {
    if (kind[k] === TokenKind.Word && ADDRESS_CONTEXT.has(lower[k])) return true;
    if (raw[k] === ':' && k > 0 && lower[k - 1] === 'adres') return true;
  }
  return num > 20 && !/^\s*(?:jaar|jr|keer|x)\b/.test(rest);
}

/** Extend a street left from token `first` over the words that belong to its name: "Burgemeester Roelenweg", "Van Woustraat", "Mr. P.J. Troelstraweg", "Laan van Meerdervoort". */
export function extendStreetLeft(scan: Scan, first: number): number {
  const { tokens, labels, blocked, lex } = scan;
  const { kind, capital, raw, lower, newlineBefore } = tokens;
  for (;;) {
    const prev = first - 1;
    if (prev < 0 || newlineBefore[first]) return first;
    if (kind[prev] === TokenKind.Word && capital[prev] && !blocked[prev] && labels[prev] !== 'INSTELLING' && RE_HAS_LOWER.test(raw[prev]) && !lex.places.has(lower[prev])) {
      first = prev;
      continue;
    }
    if (kind[prev] === TokenKind.Word && capital[prev] && /^(?:van|laan|mr|burgemeester|prins|prinses|koning|koningin|graaf|sint|st|dokter|dr|president|generaal|kapitein|pater|professor|prof|jonkheer)$/.test(lower[prev])) {
      first = prev;
      continue;
    }
    if (
      kind[prev] === TokenKind.Word &&
      !capital[prev] &&
      /^(?:van|de|der|den|het|'t|ter|ten|op|aan|in|te)$/.test(lower[prev]) &&
      prev - 1 >= 0 &&
      capital[prev - 1] &&
      !newlineBefore[prev] &&
      kind[prev - 1] === TokenKind.Word &&
      !blocked[prev - 1] &&
      !(sentenceStart(tokens, prev - 1) && STOP_LOWER.has(lower[prev - 1]))
    ) {
      first = prev - 1;
      continue;
    }
    // the abbreviated titles of the person a street is named after: "Burg. Norbruislaan", "Mr. Dr. Tellegenlaan", "Gen. Foulkesweg"
    if (raw[prev] === '.' && prev >= 1 && kind[prev - 1] === TokenKind.Word && capital[prev - 1] && (raw[prev - 1].length === 1 || RE_STREET_TITLE_ABBREVIATION.test(lower[prev - 1]))) {
      first = prev - 1;
      continue;
    }
    // an abbreviated particle at the start of the street: "v. Asch van Wijckstraat", "v.d. Palmstraat"
    if (raw[prev] === '.' && prev >= 1 && kind[prev - 1] === TokenKind.Word && !capital[prev - 1] && /^(?:v|vd|v\.d)$/.test(lower[prev - 1]) && !newlineBefore[prev]) {
      first = prev - 1;
      continue;
    }
    // a particle after an abbreviated title: "Burg. de Beaufortweg", "Mr. van Coothstraat"
    if (kind[prev] === TokenKind.Word && !capital[prev] && /^(?:de|van|der|den|ter|ten)$/.test(lower[prev]) && prev >= 2 && raw[prev - 1] === '.' && kind[prev - 2] === TokenKind.Word && capital[prev - 2] && RE_STREET_TITLE_ABBREVIATION.test(lower[prev - 2]) && !newlineBefore[prev]) {
      first = prev - 2;
      continue;
    }
    return first;
  }
}

/** the abbreviated titles of the person a street is named after ("Burg.", "Mr.", "Kon.", "Gen.") */
const RE_STREET_TITLE_ABBREVIATION = /^(?:mr|dr|st|prof|burg|ds|jhr|gen|pres|past|kard|ir|ing|kon|kon\.|pr|prins|mgr|kapt|lt|adm)$/;

/** Prepositions a street name can start with: "Achter de Kerk", "Op den Berg", "In de Bogaard", "Tussen de Bruggen". */
const STREET_PREPOSITIONS = new Set([
  'achter', 'aan', 'bij', 'in', 'op', 'onder', 'over', 'tussen', 'langs', 'naast', 'voor', 'boven', 'buiten', 'binnen', 'om', 'tegen',
  'rond', 'door', 'na', 'nabij', 'uit', 'beneden', 'benoorden', 'bezuiden', 'beoosten', 'bewesten', 'onder', 'vóór', 'bachten',
]);
/** articles between that preposition and the name, or at the start of a street name ("Het Hoge Land", "De Werf") */
const STREET_ARTICLES = new Set(['de', 'den', 'der', 'het', "'t", 'ten', 'ter']);
/** nouns that are counted, not lived on: "In Fase 2", "Op Dag 3", "Bij Stap 4" are no addresses */
const COUNTED_NOUNS = new Set(
  ('week weken dag dagen fase stap stappen deel hoofdstuk bijlage module les lessen ronde sessie jaar jaren maand maanden groep klas niveau versie ' +
    'periode blok kwartaal artikel lid paragraaf pagina tabel figuur bijeenkomst dagdeel workshop training leerjaar punt thema casus doel schaal ' +
    'score nummer rij kamer zaal verdieping plan project programma agenda taak vraag vragen onderdeel item bladzijde stap regel uur minuten ' +
    'perceel percelen kavel lot pijler actielijn programmalijn speerpunt criterium opdracht oefening werkvorm stelling').split(' '),
);
/** what may follow a house number: the end of the clause, a place, a postcode, a floor */
const RE_AFTER_HOUSENR = /^(?:\s*(?:[,.;:)\]]|$|\n)|[ ]+(?:in|te|bij|en|of|naar|met|tot|vlakbij|hoog|boven|beneden|achterom|sinds|vanaf|waar|samen)(?![\p{L}])|[ ]*\(|[ ]+[1-9]\d{3}[ ]?[A-Za-z]{2}(?![\p{L}\d])|[ ]+(?:['’]s-)?\p{Lu}\p{Ll})/u;
/** the side of a canal or street after its name: NZ, OZ, ZZ, WZ (noordzijde …), also dotted */
const RE_SIDE = /^ (?:[NOZW]Z|[NOZW]\.Z\.?)(?= \d)/;

/** N, O, Z or W: the first letter of a side abbreviation (NZ, OZ, ZZ, WZ) */
function isSideLetter(c: number): boolean {
  return c === 78 || c === 79 || c === 90 || c === 87;
}

/** The house number after offset `at` that ends its clause, as its end offset, or -1. */
function houseNumberEnd(text: string, at: number): number {
  const m = RE_HOUSENR.exec(text.slice(at, at + 24));
  if (!m || m[0].startsWith('.')) return -1;
  const digits = /\d+/.exec(m[0])![0];
  if (digits.length === 4 && /^(?:19|20)/.test(digits)) return -1; // a year
  const end = at + m[0].length;
  return RE_AFTER_HOUSENR.test(text.slice(end, end + 12)) ? end : -1;
}

/**
 * Street addresses whose shape the word rules would miss, found before the institutions and names:
 * a street name that starts with a preposition or an article ("Achter de Kerk 5", "Op den Berg 12-3",
 * "Het Hoge Land 8") or an adjective ("Grote Markt 9", "Oude Haven 112"), and a street with its side
 * ("Oudegracht NZ 112"). Each needs a house number that
 * ends its clause. The span is LOCATIE and its tokens are kept from the other passes.
 */
/** adjectives that open a street's name before a plain noun: "Grote Markt", "Oude Gracht", "Korte Poten", "Hoge Zand" */
const STREET_ADJECTIVES = new Set(['grote', 'kleine', 'oude', 'nieuwe', 'lange', 'korte', 'hoge', 'lage', 'brede', 'smalle', 'hooge', 'groote', 'oost', 'west', 'noord', 'zuid']);

export function findStreetAddresses(scan: Scan): void {
  const { tokens, lex, text, blocked, labels } = scan;
  const { kind, lower, capital, raw, start, end, newlineBefore } = tokens;
  const count = tokens.count;
  /** a word shaped like a street's name word, also at the start of a line */
  const nameShaped = (k: number): boolean =>
    k < count && kind[k] === TokenKind.Word && (capital[k] === 1 || /^\p{Lu}/u.test(raw[k])) && RE_HAS_LOWER.test(raw[k]) && !COUNTED_NOUNS.has(lower[k]) && !lex.negatives.has(lower[k]);
  const isNameWord = (k: number): boolean => k < count && !newlineBefore[k] && nameShaped(k);
  /** One to three name words from token j, then a house number that ends its clause: the street's span; returns the token after it, or 0. */
  const streetAfterArticle = (j: number): number => {
    for (let k = j; k < j + 3 && isNameWord(k) && !blocked[k] && !lex.places.has(lower[k]); k++) {
      const n = houseNumberEnd(text, end[k]);
      if (n > 0) {
        scan.spans.push({ start: start[j], end: n, label: 'LOCATIE', prio: 77 });
        let m = j;
        for (; m < count && start[m] < n; m++) {
          blocked[m] = Block.Institution;
          labels[m] = null;
        }
        return m;
      }
      if (k + 1 < count && start[k + 1] !== end[k] + 1) break;
    }
    return 0;
  };
  for (let i = 0; i < count; i++) {
    // "aan de Hoefslag 112", "op het Hoge Erf 3": a street of any shape after "aan"/"op" and an article, with a house number
    // ("op 't Hoge Zand 14" keeps its "'t": below)
    if (!capital[i] && (lower[i] === 'aan' || lower[i] === 'op') && kind[i] === TokenKind.Word && i + 2 < count && !newlineBefore[i + 1] && !capital[i + 1] && (lower[i + 1] === 'de' || lower[i + 1] === 'het' || lower[i + 1] === 'den') && isNameWord(i + 2)) {
      const found = streetAfterArticle(i + 2);
      if (found) {
        i = found - 1;
        continue;
      }
    }
    if ((!capital[i] && lower[i] !== "'t") || kind[i] !== TokenKind.Word || blocked[i]) continue;
    const low = lower[i];
    let j = -1; // first token of the name after the preposition or article
    if (capital[i] && STREET_PREPOSITIONS.has(low)) {
      j = i + 1;
      if (j < count && STREET_ARTICLES.has(lower[j]) && !newlineBefore[j]) j++;
    } else if ((capital[i] || (low === "'t" && !(i > 0 && lower[i - 1] === 'van'))) && STREET_ARTICLES.has(low) && low !== 'ten' && low !== 'ter') {
      j = i + 1; // "De Brink 17", "op 't Zand 14" (not "van 't Hof", a surname)
    } else if (capital[i] && STREET_ADJECTIVES.has(low) && !(sentenceStart(tokens, i) && i + 1 < count && !capital[i + 1])) {
      j = i + 1; // "Grote Markt 9", "Oude Gracht 112", "Lange Voorhout 4": an adjective opens the street's name
    }
    let first = i;
    let last = -1;
    let numberEnd = -1;
    if (j > i) {
      // one to three name words, then the house number
      for (let k = j; k < j + 3 && isNameWord(k); k++) {
        const after = end[k];
        const side = RE_SIDE.exec(text.slice(after, after + 6));
        const n = houseNumberEnd(text, side ? after + side[0].length : after);
        if (n > 0) {
          last = k;
          numberEnd = n;
          break;
        }
        if (k + 1 < count && start[k + 1] !== end[k] + 1) break; // only single spaces inside the name
      }
    } else if (capital[i] && text.charCodeAt(end[i]) === 32 && isSideLetter(text.charCodeAt(end[i] + 1)) && isNameWord(i) && !(sentenceStart(tokens, i) && STOP_LOWER.has(low))) {
      // "Voorstraat OZ 7": a street with its side
      const side = RE_SIDE.exec(text.slice(end[i], end[i] + 6));
      if (side) {
        const n = houseNumberEnd(text, end[i] + side[0].length);
        if (n > 0) {
          last = i;
          numberEnd = n;
          first = extendStreetLeft(scan, i);
        }
      }
    }
    // "Botter 12-04, 8243 KH Lelystad": any name word with a house number right before a postcode is a street (also on a
    // line of its own above the postcode's: "Brink 41\n7411 BV Deventer")
    if (last < 0 && capital[i] && nameShaped(i) && !lex.places.has(low) && !lex.titles.has(low) && !PO_BOX.has(low)) {
      const n = houseNumberEnd(text, end[i]);
      if (n > 0 && RE_POSTCODE_AFTER.test(text.slice(n, n + 12))) {
        last = i;
        numberEnd = n;
        first = extendStreetLeft(scan, i);
      }
    }
    if (last < 0) continue;
    scan.spans.push({ start: start[first], end: numberEnd, label: 'LOCATIE', prio: 77 });
    let k = first;
    for (; k < count && start[k] < numberEnd; k++) {
      blocked[k] = Block.Institution;
      labels[k] = null;
    }
    i = k - 1;
  }
}
