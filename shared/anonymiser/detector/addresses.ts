// Streets and addresses: a capitalised word with a street suffix, its house number and addition, and
// the words before it that belong to the street name ("Burgemeester Roelenweg 12-2").
import { sentenceStart } from './neighbours';
import type { Scan } from './scan';
import { RE_HAS_LOWER, TokenKind } from './tokens';
import { STOP_LOWER, inNameList } from './wordClasses';

export const STREET_SUFFIX =
  /(?:straat|str|laan|weg|plein|gracht|kade|singel|dijk|dreef|hof|park|pad|steeg|markt|baan|straatweg|boulevard|wal|vliet|ring|allee|erf|veld|vallei|wijk|pleintje|kanaal|haven|dam|zijde|burg|berg|oord|horst|hout|akker|weide|lei|dwarsstraat|poort|sloot|plantsoen|dreef|gaarde|tuin|tuinen|hoven|lindenhof|straatje|kamp|eiland|kreek|polder|wetering)$/;

/** suffixes that make a street even without a house number (when not at a sentence start) */
const STRONG_STREET_SUFFIX = /(?:straat|laan|weg|plein|gracht|kade|singel|dreef|steeg|markt|plantsoen|straatweg|boulevard)$/;

/** A house number and addition right after a street: " 12", " 12a", " 44-2", " 7 bis", ". 3-hs" */
export const RE_HOUSENR = /^\.? \d{1,5}(?:[a-zA-Z](?![\p{L}\d])|-\d{1,3}(?![\d])|-(?:[A-Za-z]|I{1,3}|IV|V|hs|bg|rd|bis)(?![\p{L}])| (?:bis|hs|huis|rd|bg|boven|beneden|I{1,3}|IV|[A-D]|bus \d{1,4})(?![\p{L}\d]))?(?![\d])/u;

/** words shortly before a street that say it is an address */
const ADDRESS_CONTEXT = new Set(['adres', 'woont', 'wonen', 'woonachtig', 'verhuisd', 'verhuist', 'logeeradres', 'postadres', 'bezoekadres', 'aan', 'op', 'naar', 'via', 'bij', 'verblijft', 'verblijfadres', 'straat']);

/** Is the capitalised word i (lower case `lower`) a street: a street suffix and a house number, or a strong suffix mid-sentence? */
export function isStreetName(scan: Scan, i: number, lower: string): boolean {
  const { tokens, lex, text } = scan;
  if (!(STREET_SUFFIX.test(lower) && lower.length > 5)) return false;
  const hasNumber = RE_HOUSENR.test(text.slice(tokens.coreEnd[i], tokens.coreEnd[i] + 16));
  return hasNumber || (STRONG_STREET_SUFFIX.test(lower) && !sentenceStart(tokens, i) && !lex.commonWords.has(lower));
}

/** "Zarken 12, 1141 BN" is an address; "Jayson 12, Jaylisa 9" are ages. Tokens first..last are the name, `rest` follows the number `houseNumber`. */
export function looksLikeAddress(scan: Scan, first: number, last: number, rest: string, houseNumber: string): boolean {
  const { tokens, lex } = scan;
  const { kind, lower, raw } = tokens;
  if (/^\s*,?\s*[1-9]\d{3}\s?[A-Z]{2}\b/.test(rest)) return true;
  if (/^\s*,\s*(?:['’]s-)?\p{Lu}/u.test(rest)) {
    const match = /^\s*,\s*((?:['’]s-)?[\p{L}-]+)/u.exec(rest);
    if (match && lex.places.has(match[1].toLowerCase())) return true;
  }
  let named = true;
  for (let k = first; k <= last; k++) if (kind[k] === TokenKind.Word && !inNameList(lex, lower[k]) && !lex.particles.has(lower[k])) named = false;
  if (named) return false;
  const num = parseInt(houseNumber.replace(/^\D+/, ''), 10);
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
    if (raw[prev] === '.' && prev >= 1 && kind[prev - 1] === TokenKind.Word && capital[prev - 1] && (raw[prev - 1].length === 1 || /^(?:mr|dr|st|prof)$/.test(lower[prev - 1]))) {
      first = prev - 1;
      continue;
    }
    return first;
  }
}
