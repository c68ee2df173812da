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

const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec';

const RE_EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}(?![A-Za-z])/g;
const RE_IBAN = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){3,7}(?:[ ]?[A-Z0-9]{1,3})?\b/g;
const RE_BSN = /(?<![\d.,\-/])(?:\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}\.\d{3}\.\d{3}|\d{2}\.\d{2}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3}|\d{3}-\d{3}-\d{3})(?![\d]|[.,\-/]\d)/g;
const RE_PHONE =
  /(?<![\w+])(?:(?:\+|00)\d{2,3}[ -]?(?:\(0\)[ -]?)?\d(?:[ -]{0,3}\d){6,12}|0\d(?:[ ]?-[ ]?|[ ]|-)?(?:\d[ ]?-?[ ]?){7}\d|\(0\d{1,3}\)[ -]?(?:\d[ -]?){5,7}\d)(?![\w])/g;
const RE_POSTCODE = /\b[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}\b/g;
const RE_DATE_TEXT = new RegExp(`(?<![\\d])(\\d{1,2})(?:e|ste|de)? (${MONTHS})\\b\\.?(?: ('?\\d{4}|'\\d{2}))?`, 'gi');
const RE_DATE_NUM = /(?<![\d.,/\-:])(\d{1,2})([-/.])(\d{1,2})(?:\2'?(\d{4}|\d{2}))?(?![\d]|[.,/:]\d|-\d)/g;
const RE_DATE_ISO = /(?<![\d])(\d{4})-(\d{2})-(\d{2})(?![\d])/g;
const RE_COURT = /\b[A-Z]\/\d{2}\/\d{5,7}(?:\s*\/\s*[A-Z]{2}\s+[A-Z]{2}\s+\d{2}-\d{1,6})?/g;
const RE_CODE = /\b[A-Z]{1,4}(?:-[A-Z]{1,4}){0,3}-\d{2,4}(?:[-.]\d{2,6}){1,4}(?:-[A-Z]{1,4})?\b/g;
const ID_KEYWORDS =
  'zaaknummer|zaaknr|dossiernummer|dossiernr|cliëntnummer|clientnummer|cliëntnr|clientnr|klantnummer|registratienummer|meldingsnummer|meldnummer|rapportnummer|referentienummer|referentie|kenmerk|polisnummer|pv-nummer|proces-verbaalnummer|aangiftenummer|parketnummer|rolnummer|rekestnummer|documentnummer|paspoortnummer|v-nummer|vreemdelingennummer|studentnummer|leerlingnummer|patiëntnummer|lidnummer|ordernummer|kenteken|dossier|zaak|melding|registratie|aangifte|cliënt|client|nummer|nr';
const KW_ALT = ID_KEYWORDS.split('|')
  .map((k) => `[${k[0]}${k[0].toUpperCase()}]${k.slice(1)}`)
  .join('|');
/** finds keyword candidates fast (a literal alternation); the full pattern then runs sticky at each hit */
const RE_KW_FIND = new RegExp(`(?:${ID_KEYWORDS})`, 'gi');
const RE_KEYWORD_ID = new RegExp(
  `(?:${KW_ALT}|[A-Z]{2,}NUMMER|[A-Z]{2,}NR)\\.?(?:\\s+[A-Z]{2,5}(?=\\s*:))?(?:\\s*(?:is|van|:|#|\\(\\w+\\)))*\\s*([A-Z]{1,4}[ -]?)?(\\d[\\dA-Z]*(?:[./-][\\dA-Z]+)*)(?:[ -]([A-Z]{1,3})(?![\\p{L}\\d]))?`,
  'dyu',
);
const RE_PLATE = /\b(?:[A-Z]{2}|\d{2}|[A-Z]{1,3}|\d{1,3})-(?:[A-Z]{2,3}|\d{2,3})-(?:[A-Z]{1,3}|\d{1,3})\b/g;
const RE_PREFIX_NUM = /\b(?:PV|CL|VT|JB|GI|RK|BJZ|WSG|DOSS|NR)[ -]?\d{4,12}(?:[-.]\d{1,8}){0,4}(?:-[A-Z]{1,4})?\b/g;

const UNIT_AFTER =
  /^\s*(?:jaar|jr|jaren|keer|x|uur|u\b|min|minuten|maanden|mnd|weken|wk|dagen|dgn|kinderen|kg|cm|km|%|punten|procent|euro|€|plekken|personen|sessies|gesprekken|nachten|keren)/i;

export function detectStructured(text: string, out: RawSpan[]): void {
  const push = (start: number, end: number, label: Label, prio: number): void => {
    out.push({ start, end, label, prio });
  };
  if (text.indexOf('@') >= 0) for (const m of text.matchAll(RE_EMAIL)) push(m.index, m.index + m[0].length, 'EMAIL', 100);
  for (const m of text.matchAll(RE_IBAN)) if (isValidIban(m[0])) push(m.index, m.index + m[0].length, 'ID', 95);
  for (const m of text.matchAll(RE_COURT)) push(m.index, m.index + m[0].length, 'ID', 90);
  for (const m of text.matchAll(RE_CODE)) push(m.index, m.index + m[0].length, 'ID', 70);
  for (const m of text.matchAll(RE_PREFIX_NUM)) push(m.index, m.index + m[0].length, 'ID', 70);
  for (const m of text.matchAll(RE_BSN)) {
    if (isValidBsn(m[0].replace(/\D/g, ''))) push(m.index, m.index + m[0].length, 'BSN', 92);
  }
  for (const m of text.matchAll(RE_PHONE)) {
    const s = m[0];
    const digits = s.replace(/\D/g, '');
    let ok: boolean;
    if (s.startsWith('+') || s.startsWith('00')) ok = digits.length >= 10 && digits.length <= 15;
    else ok = digits.length === 10;
    if (!ok) continue;
    // a date such as 12-03-2024 is not a phone number
    if (/^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/.test(s)) continue;
    push(m.index, m.index + s.length, 'TELEFOON', 85);
  }
  for (const m of text.matchAll(RE_POSTCODE)) push(m.index, m.index + m[0].length, 'POSTCODE', 80);
  for (const m of text.matchAll(RE_DATE_TEXT)) {
    const d = +m[1];
    if (d < 1 || d > 31) continue;
    let end = m.index + m[0].length;
    if (m[0].endsWith('.') && !m[3]) {
      // "8 nov." keeps the abbreviation dot out only when it ends a sentence; include it otherwise
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
      if (/\d\s*$/.test(before)) continue;
    } else if (year.length === 2 && sep === '.') continue;
    push(m.index, end, 'DATUM', 74);
  }
  RE_KW_FIND.lastIndex = 0;
  let last = -1;
  let f: RegExpExecArray | null;
  while ((f = RE_KW_FIND.exec(text)) !== null) {
    const at = f.index;
    if (at <= last) continue;
    if (at > 0 && /\p{L}/u.test(text[at - 1])) continue;
    RE_KEYWORD_ID.lastIndex = at;
    const m = RE_KEYWORD_ID.exec(text);
    if (!m) continue;
    last = at + m[0].length;
    const ind = m.indices;
    const value = m[2];
    const vi = ind ? ind[2] : undefined;
    if (!ind || !value || !vi) continue;
    const kwl = m[0].slice(0, vi[0] - m.index).toLowerCase();
    // "nummer"/"nr" alone need a value that is clearly a code (long or mixed)
    const digits = value.replace(/\D/g, '');
    if (/^(?:nummer|nr|dossier|zaak|melding|registratie|aangifte|cliënt|client)\b/.test(kwl) && (digits.length < 5 || !/[-./]|\d{6,}/.test(value))) continue;
    if (digits.length < 3 && !kwl.startsWith('kenteken')) continue;
    const g1 = ind[1];
    const g3 = ind[3];
    const start = m[1] && g1 ? g1[0] : vi[0];
    const end = m[3] && g3 ? g3[1] : vi[1];
    push(start, end, 'ID', 65);
  }
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
