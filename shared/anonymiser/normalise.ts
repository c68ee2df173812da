// Name normalisation for matching and keyed hashing.

/** Lower case, diacritics removed, possessive ('s / ’s / s' / trailing apostrophe) stripped, whitespace folded. */
export function normaliseName(s: string): string {
  let r = s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  r = r.replace(/ı/g, 'i').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ø/g, 'o').replace(/ß/g, 'ss');
  r = r.toLowerCase().replace(/’/g, "'");
  r = r.replace(/\s+/g, ' ').trim();
  r = r.replace(/(?:'s|')$/u, '');
  return r;
}
