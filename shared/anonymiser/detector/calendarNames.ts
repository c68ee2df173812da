// Months and seasons that are first names: "haar dochter April (9)", "Storm (9) en Juni (4)", "turnjuf
// Zomer". The classification blocks a capitalised month or season as a date word ("in April", "Na de
// Zomer"); where the text makes one a person, it is that person at every mention that is no date.
import { PERSON_ROLES } from './prose';
import { Block, type Scan } from './scan';
import { RE_HAS_LOWER, TokenKind } from './tokens';
import { CALENDAR_WORDS } from './wordClasses';

/** months and seasons that are given as first names ("April", "Juni", "Zomer"); weekdays are not */
const NAME_LIKE = new Set([...CALENDAR_WORDS].filter((w) => !w.endsWith('dag')).concat(['zomer', 'winter', 'lente', 'herfst']));

/** words before a month that make it a date, also when the month is a name elsewhere ("sinds April", "eind Juni") */
const DATE_BEFORE = new Set(['in', 'sinds', 'vanaf', 'tot', 'eind', 'begin', 'medio', 'half', 'per', 'afgelopen', 'vorige', 'komende', 'volgende', 'elke', 'iedere', 'rond', 'tussen', 'deze', 'dit', 'de', 'het', 'hele', 'heel', 'na', 'op']);

/** plural kin words before a list of children: "kinderen April (9) en Storm (6)" */
const KIN_PLURALS = new Set(['kinderen', 'dochters', 'zonen', 'kleinkinderen', 'broers', 'zussen', 'pleegkinderen']);

/** Labels the months and seasons the text makes a person, then their other mentions that are no date. */
export function labelCalendarNames(scan: Scan): void {
  const { tokens, labels, blocked } = scan;
  const names = new Set<string>();
  for (let i = 0; i < tokens.count; i++) {
    if (candidate(scan, i) && personContext(scan, i)) names.add(tokens.lower[i]);
  }
  if (!names.size) return;
  for (let i = 0; i < tokens.count; i++) {
    if (!names.has(tokens.lower[i]) || !candidate(scan, i)) continue;
    labels[i] = 'PERSOON';
    blocked[i] = Block.None;
  }
}

/** a capitalised month or season, unlabelled (maybe blocked as a date word or a word of a title-case name), with no number beside it and no word before it that makes it a date */
function candidate(scan: Scan, i: number): boolean {
  const { kind, capital, raw, lower, newlineBefore, count } = scan.tokens;
  if (kind[i] !== TokenKind.Word || !capital[i] || !RE_HAS_LOWER.test(raw[i]) || !NAME_LIKE.has(lower[i]) || scan.labels[i] || (scan.blocked[i] !== Block.None && scan.blocked[i] !== Block.Word && scan.blocked[i] !== Block.Prose)) return false;
  if (i + 1 < count && !newlineBefore[i + 1] && kind[i + 1] === TokenKind.Digits) return false;
  if (i > 0 && !newlineBefore[i] && (kind[i - 1] === TokenKind.Digits || (kind[i - 1] === TokenKind.Word && DATE_BEFORE.has(lower[i - 1])))) return false;
  return true;
}

/** Does the text make the month or season at token i a person here (the evidence pass asks the same)? */
export function calendarNameEvidence(scan: Scan, i: number): boolean {
  return NAME_LIKE.has(scan.tokens.lower[i]) && personContext(scan, i);
}

/** a kin word or form of address before it ("dochter April", "juf Zomer"), or a person beside it in a pair ("Storm (9) en Juni (4)", "April en Marja") */
function personContext(scan: Scan, i: number): boolean {
  const { tokens, labels } = scan;
  const { kind, raw, lower, newlineBefore, count } = tokens;
  if (i > 0 && !newlineBefore[i] && kind[i - 1] === TokenKind.Word) {
    const prev = lower[i - 1];
    if (PERSON_ROLES.has(prev) || prev === 'juf' || prev.endsWith('juf') || (KIN_PLURALS.has(prev) && ageAfter(scan, i))) return true;
  }
  // "X (9) en Juni", "X en Juni": the person before the conjunction, past an age in brackets
  let p = i - 1;
  if (p > 0 && !newlineBefore[i] && (lower[p] === 'en' || raw[p] === ',')) {
    p--;
    if (p > 2 && raw[p] === ')' && kind[p - 1] === TokenKind.Digits && raw[p - 2] === '(') p -= 3;
    if (p >= 0 && labels[p] === 'PERSOON') return true;
  }
  // "Juni (4) en X", "April en Marja"
  let n = i + 1;
  if (n + 2 < count && raw[n] === '(' && kind[n + 1] === TokenKind.Digits && raw[n + 2] === ')') n += 3;
  return n + 1 < count && !newlineBefore[n] && !newlineBefore[n + 1] && (lower[n] === 'en' || raw[n] === ',') && labels[n + 1] === 'PERSOON';
}

/** "(9)": an age in brackets right after token i */
function ageAfter(scan: Scan, i: number): boolean {
  const { kind, raw, count } = scan.tokens;
  return i + 3 < count && raw[i + 1] === '(' && kind[i + 2] === TokenKind.Digits && raw[i + 2].length <= 2 && raw[i + 3] === ')';
}
