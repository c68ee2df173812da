// Document-level knowledge: names the caller already knows for this case (knownNames), and names and
// places found once with confidence, which are then labelled at every other mention in the text.
import { phraseTokens, type Lexicon } from '../lexicon';
import { normaliseName } from '../normalise';
import type { Label } from '../types';
import { isTypeWord } from './institutions';
import { sentenceStart } from './neighbours';
import { Block, type Scan } from './scan';
import { RE_HAS_LOWER, TokenKind } from './tokens';
import { DETERMINERS, FUNCTION_WORDS, LOWER_NAME_MIN, STOP_LOWER, SUBJECT_VERBS, inNameList, isOrdinaryWord, isPluralNoun } from './wordClasses';

/** The known names as lower-case word forms (each part of a full name, also normalised) -> PERSOON. */
export function knownNameForms(lex: Lexicon, knownNames: string[] | undefined): Map<string, Label> {
  const known = new Map<string, Label>();
  if (knownNames) {
    for (const name of knownNames) {
      for (const token of phraseTokens(name)) {
        if (token.length < 2 || lex.particles.has(token) || !/\p{L}/u.test(token)) continue;
        known.set(token, 'PERSOON');
        known.set(normaliseName(token), 'PERSOON');
      }
    }
  }
  return known;
}

/** Known names win over the classification: every word that is one is a PERSOON, blocked or not. */
export function labelKnownNames(scan: Scan, known: Map<string, Label>): void {
  if (!known.size) return;
  const { tokens, labels, blocked } = scan;
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.kind[i] !== TokenKind.Word) continue;
    if (known.has(tokens.lower[i]) || known.has(normaliseName(tokens.lower[i]))) {
      labels[i] = 'PERSOON';
      blocked[i] = Block.None;
    }
  }
}

/** Document-level propagation on tokens: a name tagged once with confidence is tagged at every mention. */
export function propagateTokens(scan: Scan, known: Map<string, Label>): void {
  const { tokens, lex, labels, blocked } = scan;
  const { kind, lower, capital, coreEnd, end } = tokens;
  const forms = confidentForms(scan, known);
  if (!forms.size) return;
  const firstNameForms = firstNamesFoundCapitalised(scan);
  for (let i = 0; i < tokens.count; i++) {
    if (kind[i] !== TokenKind.Word || labels[i]) continue;
    if (blocked[i] === Block.NameHead) {
      // compound with a name as head: "Jansen-dossier" once "Jansen" is known
      if (forms.get(lower[i]) === 'PERSOON') labels[i] = 'PERSOON';
      continue;
    }
    if (blocked[i]) continue;
    const low = lower[i];
    const label = forms.get(low);
    if (!label && low.length > 3 && low.charCodeAt(low.length - 1) === 115 && coreEnd[i] === end[i] && capital[i]) {
      // possessive without apostrophe: "Yassirs"
      const withoutS = forms.get(low.slice(0, -1));
      if (withoutS === 'PERSOON' && !lex.commonWords.has(low)) {
        labels[i] = withoutS;
        coreEnd[i] = end[i] - 1;
        continue;
      }
    }
    if (!label) continue;
    // a facility's type word taken into a name ("Bibliotheek Drechtoever") is the word where no name follows it ("in de Bibliotheek.")
    if (isTypeWord(low) && !inNameList(lex, low) && !(i + 1 < tokens.count && !tokens.newlineBefore[i + 1] && kind[i + 1] === TokenKind.Word && capital[i + 1])) continue;
    if (!capital[i] && !lowerCaseMentionIsName(scan, i, label, forms, firstNameForms, known)) continue;
    labels[i] = label;
  }
}

/** The forms labelled PERSOON or LOCATIE (places only when in the place list or made sure of by their context) that may propagate, after the known names. */
function confidentForms(scan: Scan, known: Map<string, Label>): Map<string, Label> {
  const { tokens, lex, labels } = scan;
  const forms = new Map<string, Label>(known);
  for (let i = 0; i < tokens.count; i++) {
    const label = labels[i];
    if (label !== 'PERSOON' && label !== 'LOCATIE') continue;
    const low = tokens.lower[i];
    if (low.length < 2 || STOP_LOWER.has(low) || lex.particles.has(low) || lex.titles.has(low) || lex.negatives.has(low)) continue;
    if (!RE_HAS_LOWER.test(tokens.raw[i])) continue; // abbreviations and author initials do not propagate
    if (label === 'LOCATIE' && !lex.places.has(low) && !scan.contextPlaces?.has(low)) continue;
    if (!forms.has(low)) forms.set(low, label);
  }
  return forms;
}

/** first names found capitalised with confidence (a lower-case ordinary word may still be that name) */
function firstNamesFoundCapitalised(scan: Scan): Set<string> {
  const { tokens, lex, labels } = scan;
  const firstNameForms = new Set<string>();
  for (let i = 0; i < tokens.count; i++) {
    if (labels[i] === 'PERSOON' && tokens.capital[i] && lex.firstNames.has(tokens.lower[i]) && !sentenceStart(tokens, i)) firstNameForms.add(tokens.lower[i]);
  }
  return firstNameForms;
}

/** May the lower-case word i, whose form was found as `label`, take that label here? */
function lowerCaseMentionIsName(scan: Scan, i: number, label: Label, forms: Map<string, Label>, firstNameForms: Set<string>, known: Map<string, Label>): boolean {
  const { tokens, lex } = scan;
  const { kind, lower, raw, capital, newlineBefore } = tokens;
  const low = lower[i];
  if (low.length < LOWER_NAME_MIN || STOP_LOWER.has(low) || lex.titles.has(low)) return false;
  if (known.has(low)) return true;
  // "gezinnen", "vergadering": an ordinary word, whatever was found capitalised
  // (so is the plural of a word of the dictionary written lower case: "de ooms" after "meneer Ooms")
  if (!lex.commonWords.has(low) && !(isOrdinaryWord(lex, low) && !inNameList(lex, low)) && !isPluralNoun(lex, low)) return true;
  // "roos had koorts" after "Roos" was found as a first name; but "de roos", "in de winter", "zijn hart" stay words
  if (!firstNameForms.has(low) || label !== 'PERSOON') return false;
  const prev = i - 1;
  if (prev >= 0 && !newlineBefore[i] && kind[prev] === TokenKind.Word && DETERMINERS.has(lower[prev])) return false;
  // positive evidence of a person: a finite verb right after ("roos huilde") or before ("zei roos"),
  // or a list with another name ("roos en Bas")
  const next = i + 1;
  const verbAfter = next < tokens.count && !newlineBefore[next] && kind[next] === TokenKind.Word && SUBJECT_VERBS.has(lower[next]);
  const verbBefore = prev >= 0 && !newlineBefore[i] && kind[prev] === TokenKind.Word && SUBJECT_VERBS.has(lower[prev]);
  const listAfter = next + 1 < tokens.count && !newlineBefore[next] && (lower[next] === 'en' || raw[next] === ',') && capital[next + 1] === 1 && forms.get(lower[next + 1]) === 'PERSOON';
  return verbAfter || verbBefore || listAfter;
}

/** a name's initials as a token: "AH", "JWdV", "HÇ" (two to five letters, the first and at least one more a capital) */
const RE_INITIALS_TOKEN = /^\p{Lu}(?=.*\p{Lu})[\p{Lu}\p{Ll}]{1,4}$/u;

/**
 * "Ans Hermans-Vroemen (AH, voorzitter)", "Samira Haddad, MSc (SH)", "Ans Sterk-Mulder (pleegouder, AS)": initials in
 * brackets right after a name they
 * abbreviate stand for that person, at that place and at every other mention in the text ("AH opent", "| SH |").
 * The letters must be the initials of the name's words in order ("JWdV" for Jan-Willem de Vries), so an
 * organisation in brackets after a name ("Jan Smit (GGD)") defines nothing.
 */
export function labelDefinedInitials(scan: Scan): void {
  const { tokens, labels, lex } = scan;
  const { kind, raw, newlineBefore } = tokens;
  let defined: Set<string> | null = null;
  for (let i = 1; i + 1 < tokens.count; i++) {
    if (raw[i] !== '(' || newlineBefore[i] || newlineBefore[i + 1]) continue;
    // the initials open the bracket or follow a comma in it ("(AH, voorzitter)", "(pleegouder, AS)", "(jongere, Woongroep, JdG)")
    let a = i + 1;
    for (let k = i + 1; k < tokens.count && k <= i + 8 && !newlineBefore[k] && raw[k] !== ')'; k++) {
      if ((raw[k - 1] === '(' || raw[k - 1] === ',') && kind[k] === TokenKind.Word && RE_INITIALS_TOKEN.test(raw[k]) && (raw[k + 1] === ',' || raw[k + 1] === ')')) {
        a = k;
        break;
      }
    }
    const abbr = raw[a];
    if (kind[a] !== TokenKind.Word || !RE_INITIALS_TOKEN.test(abbr) || (raw[a + 1] !== ',' && raw[a + 1] !== ')')) continue;
    // back over ", MSc" / ", drs." to the name's last word
    let k = i - 1;
    while (k > 0 && !newlineBefore[k + 1] && (raw[k] === ',' || raw[k] === '.' || (kind[k] === TokenKind.Word && lex.degrees.has(tokens.lower[k])))) k--;
    if (labels[k] !== 'PERSOON') continue;
    const words: string[] = [];
    for (let m = k; m >= 0 && words.length < 6; m--) {
      // (a first name the rules left alone counts too: "Nicole Thewissen (NT)"; the letters decide)
      if (kind[m] !== TokenKind.Word || !(labels[m] === 'PERSOON' || particleWord(scan, m) || (tokens.capital[m] === 1 && !scan.blocked[m]))) break;
      words.unshift(raw[m]);
      if (newlineBefore[m]) break;
    }
    if (!initialsOf(words, abbr)) continue;
    (defined ??= new Set()).add(abbr);
  }
  if (!defined) return;
  const set = defined;
  // "VERSLAG EN BESLUITEN": initials that spell a function word are that word between the words of a heading in capitals
  const capitalsWord = (k: number): boolean => k >= 0 && k < tokens.count && kind[k] === TokenKind.Word && tokens.capital[k] === 1 && raw[k].length >= 2 && !RE_HAS_LOWER.test(raw[k]) && !set.has(raw[k]);
  for (let i = 0; i < tokens.count; i++) {
    if (kind[i] !== TokenKind.Word || labels[i] || !defined.has(raw[i])) continue;
    if (STOP_LOWER.has(tokens.lower[i]) && ((!newlineBefore[i] && capitalsWord(i - 1)) || (i + 1 < tokens.count && !newlineBefore[i + 1] && capitalsWord(i + 1)))) continue;
    labels[i] = 'PERSOON';
  }
}

/**
 * Minutes and action lists abbreviate the people of the attendance list by their initials without defining
 * them ("Aanwezig: Harmke Oosterwijk, …" and later "HO opent", "| Actie | JK |"): a capital token is a person
 * when its letters are exactly the initials of a name of two or more words found in the same text
 * ("JdV" or "JDV" for Jan de Vries, "IBD" for Ilse Bouwknegt-Diender), and so is one whose letters are dotted initials
 * found as a person ("(M.V.)" and later "| MV |"). An organisation's acronym
 * (negatief-organisaties: "GI", "VT") is blocked before this pass and never is.
 */
export function labelImpliedInitials(scan: Scan): void {
  const { tokens, labels } = scan;
  const { kind, raw, newlineBefore } = tokens;
  let forms: Set<string> | null = null;
  for (let i = 0; i < tokens.count; i++) {
    if (labels[i] !== 'PERSOON' || kind[i] !== TokenKind.Word || tokens.capital[i] !== 1) continue;
    if (i > 0 && !newlineBefore[i] && labels[i - 1] === 'PERSOON') continue; // not the start of a name
    let letters = '';
    let words = 0;
    let m = i;
    for (; m < tokens.count && (m === i || !newlineBefore[m]); m++) {
      if (kind[m] !== TokenKind.Word) break;
      if (labels[m] === 'PERSOON' && tokens.capital[m] === 1 && RE_HAS_LOWER.test(raw[m])) {
        for (const part of raw[m].split(/[-‐]/)) if (part) letters += part[0].toUpperCase();
        words++;
      } else if (particleWord(scan, m) && m + 1 < tokens.count && labels[m + 1] === 'PERSOON') {
        letters += raw[m][0];
      } else break;
    }
    if (words < 2 || letters.length < 2 || letters.length > 5) continue;
    (forms ??= new Set()).add(letters).add(letters.toUpperCase());
    i = m - 1;
  }
  // dotted initials found as a person ("de jeugdbeschermer (M.V.)") are that person written without dots ("| MV, EH |")
  for (const s of scan.spans) {
    if (s.label !== 'PERSOON' || s.end - s.start > 8) continue;
    const dotted = scan.text.slice(s.start, s.end);
    if (RE_DOTTED_INITIALS.test(dotted)) (forms ??= new Set()).add(dotted.replace(/\./g, ''));
  }
  if (!forms) return;
  for (let i = 0; i < tokens.count; i++) {
    if (labels[i] || kind[i] !== TokenKind.Word || !forms.has(raw[i]) || !RE_INITIALS_TOKEN.test(raw[i])) continue;
    // (a short abbreviation of the negatives that no word is gives way to initials the text defines: "GR" of Gerard Roos, not "Gr." of a greeting;
    // a word stays a word: "EN", "OF"; so does an organisation's acronym after an article: "De GI levert")
    // (an acronym after an article is the organisation's: "De GI levert")
    const afterArticle = i > 0 && !newlineBefore[i] && /^(?:de|het|een)$/i.test(raw[i - 1]);
    if (scan.blocked[i] && !(scan.blocked[i] === Block.Word && !afterArticle && !scan.lex.commonWords.has(tokens.lower[i]) && !FUNCTION_WORDS.has(tokens.lower[i]) && !STOP_LOWER.has(tokens.lower[i]))) continue;
    labels[i] = 'PERSOON';
  }
}

/** initials with a dot each and nothing else: "M.V.", "R.K.", "J.H.S." */
const RE_DOTTED_INITIALS = /^(?:\p{Lu}\.){2,4}$/u;

function particleWord(scan: Scan, m: number): boolean {
  return scan.lex.particles.has(scan.tokens.lower[m]) && !scan.tokens.capital[m];
}

/** Are the letters of abbr the first letters of the name's parts ("Jan-Willem de Vries" -> J W d V), in order, the first one first? */
function initialsOf(words: string[], abbr: string): boolean {
  const firsts: string[] = [];
  for (const w of words) for (const part of w.split(/[-‐]/)) if (part) firsts.push(part[0].toLowerCase());
  const letters = [...abbr.toLowerCase()];
  if (letters.length > firsts.length || letters[0] !== firsts[0]) return false;
  let f = 0;
  for (const ch of letters) {
    while (f < firsts.length && firsts[f] !== ch) f++;
    if (f === firsts.length) return false;
    f++;
  }
  return true;
}
