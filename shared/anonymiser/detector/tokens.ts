// The tokeniser: one hand-written pass over the text into parallel typed arrays (no object per token).
// Words keep their internal - ' ’ ("El-Amrani", "d'r"), 's/'t forms ("'s-Hertogenbosch") are one word,
// digit runs are one number, and every other character is a symbol of its own.

export const enum TokenKind {
  Word = 1,
  Digits = 2,
  Symbol = 3,
}

/** The tokens of one text, as parallel arrays indexed by token number (0 .. count - 1). */
export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  /** raw token text */
  raw: string[];
  /** lower-case token text, possessive stripped, ’ normalised to ' */
  lower: string[];
  /** end offset of the token without a possessive suffix */
  coreEnd: Int32Array;
  /** 1 when the word starts with a capital */
  capital: Uint8Array;
  /** 1 when the word starts with a capital and has a lower-case letter ("Sanne", not "GGD" or "UTRECHT"): isCapitalisedWord */
  capitalised: Uint8Array;
  /** 1 when a newline lies between this token and the previous one (and for the first token) */
  newlineBefore: Uint8Array;
  /** 1 when whitespace lies between this token and the previous one */
  spaceBefore: Uint8Array;
}

const enum CharClass {
  Unknown = 0,
  Letter = 1,
  Space = 2,
  Other = 3,
}

const RE_UPPER = /^(?:['’][st]-)?\p{Lu}/u;
const RE_LETTER_CHAR = /^[\p{L}\p{M}]$/u;
const RE_SPACE_CHAR = /^\s$/u;

const LINE_FEED = 10;
const HYPHEN = 45;
const APOSTROPHE = 39;
const RIGHT_SINGLE_QUOTE = 8217; // ’
const LOWER_S = 115;
const LOWER_T = 116;

/** per UTF-16 unit: a CharClass (Unknown until first seen; memoised for non-ASCII) */
const charClasses = new Uint8Array(65536);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  charClasses[c] = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? CharClass.Letter : /\s/.test(ch) ? CharClass.Space : CharClass.Other;
}

function charClass(c: number): number {
  let k = charClasses[c];
  if (k === CharClass.Unknown) {
    const ch = String.fromCharCode(c);
    k = c >= 0xd800 && c <= 0xdfff ? CharClass.Other : RE_LETTER_CHAR.test(ch) ? CharClass.Letter : RE_SPACE_CHAR.test(ch) ? CharClass.Space : CharClass.Other;
    charClasses[c] = k;
  }
  return k;
}

function isLetterAt(text: string, i: number): boolean {
  return charClass(text.charCodeAt(i)) === CharClass.Letter;
}

function growTokens(tokens: Tokens): void {
  const grow32 = (a: Int32Array): Int32Array => {
    const b = new Int32Array(a.length * 2);
    b.set(a);
    return b;
  };
  const grow8 = (a: Uint8Array): Uint8Array => {
    const b = new Uint8Array(a.length * 2);
    b.set(a);
    return b;
  };
  tokens.start = grow32(tokens.start);
  tokens.end = grow32(tokens.end);
  tokens.coreEnd = grow32(tokens.coreEnd);
  tokens.kind = grow8(tokens.kind);
  tokens.capital = grow8(tokens.capital);
  tokens.capitalised = grow8(tokens.capitalised);
  tokens.newlineBefore = grow8(tokens.newlineBefore);
  tokens.spaceBefore = grow8(tokens.spaceBefore);
}

const RE_RIGHT_QUOTE = /’/g;

/** Is text[start, end) only a-z, hyphens and apostrophes (its own lower case)? */
function isLowerAscii(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if ((c < 97 || c > 122) && c !== HYPHEN && c !== APOSTROPHE) return false;
  }
  return true;
}

/** Single-pass hand-written tokenizer: words (with internal - ' ’), 's/'t forms, numbers, single symbols. */
export function tokenize(text: string): Tokens {
  const length = text.length;
  const size = (length >> 1) + 16; // a token needs at least one character and (but for the last) one separator or is a symbol
  const tokens: Tokens = {
    count: 0,
    start: new Int32Array(size),
    end: new Int32Array(size),
    kind: new Uint8Array(size),
    raw: [],
    lower: [],
    coreEnd: new Int32Array(size),
    capital: new Uint8Array(size),
    capitalised: new Uint8Array(size),
    newlineBefore: new Uint8Array(size),
    spaceBefore: new Uint8Array(size),
  };
  let i = 0;
  let prevEnd = 0;
  let newline = true;
  while (i < length) {
    const c = text.charCodeAt(i);
    const cls = charClass(c);
    if (cls === CharClass.Space) {
      if (c === LINE_FEED) newline = true;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (
      (c === APOSTROPHE || c === RIGHT_SINGLE_QUOTE) &&
      i + 1 < length &&
      (text.charCodeAt(i + 1) === LOWER_S || text.charCodeAt(i + 1) === LOWER_T) &&
      (i + 2 >= length || !isLetterAt(text, i + 2))
    ) {
      // 's, 't, 's-Hertogenbosch
      i += 2;
      while (i + 1 < length && text.charCodeAt(i) === HYPHEN && isLetterAt(text, i + 1)) {
        i++;
        while (i < length && isLetterAt(text, i)) i++;
      }
      kind = TokenKind.Word;
    } else if (cls === CharClass.Letter) {
      i++;
      for (;;) {
        while (i < length && isLetterAt(text, i)) i++;
        const next = i < length ? text.charCodeAt(i) : 0;
        if ((next === HYPHEN || next === APOSTROPHE || next === RIGHT_SINGLE_QUOTE) && i + 1 < length && isLetterAt(text, i + 1)) {
          i++;
          continue;
        }
        break;
      }
      kind = TokenKind.Word;
    } else if (c >= 48 && c <= 57) {
      i++;
      while (i < length) {
        const code = text.charCodeAt(i);
        if (code < 48 || code > 57) break;
        i++;
      }
      kind = TokenKind.Digits;
    } else {
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < length ? 2 : 1; // a surrogate pair is one symbol
      kind = TokenKind.Symbol;
    }
    const end = i;
    const raw = text.slice(start, end);
    let lower = raw;
    let coreEnd = end;
    let capital = false;
    if (kind === TokenKind.Word) {
      // most words are already lower-case ASCII: toLowerCase() would return the same text
      if (!isLowerAscii(text, start, end)) {
        lower = raw.toLowerCase();
        if (lower.indexOf('’') >= 0) lower = lower.replace(RE_RIGHT_QUOTE, "'");
      }
      if (lower.length > 3 && lower.charCodeAt(lower.length - 2) === APOSTROPHE && lower.charCodeAt(lower.length - 1) === LOWER_S) {
        // possessive: "Fatima's" is looked up as "fatima" and its span ends before the 's
        lower = lower.slice(0, -2);
        coreEnd = end - 2;
      }
      capital = c >= 65 && c <= 90 ? true : c >= 97 && c <= 122 ? false : RE_UPPER.test(raw);
    }
    const index = tokens.count;
    if (index === tokens.start.length) growTokens(tokens);
    tokens.start[index] = start;
    tokens.end[index] = end;
    tokens.kind[index] = kind;
    tokens.raw.push(raw);
    tokens.lower.push(lower);
    tokens.coreEnd[index] = coreEnd;
    tokens.capital[index] = capital ? 1 : 0;
    tokens.capitalised[index] = capital && RE_HAS_LOWER.test(raw) ? 1 : 0;
    tokens.newlineBefore[index] = newline ? 1 : 0;
    tokens.spaceBefore[index] = start > prevEnd ? 1 : 0;
    tokens.count = index + 1;
    prevEnd = end;
    newline = false;
  }
  return tokens;
}

/** Are the characters between two tokens (a = end of one, b = start of the next) nothing, one space or one hyphen? */
export function isJoin(text: string, a: number, b: number): boolean {
  if (b === a) return true;
  if (b - a === 1) {
    const ch = text.charCodeAt(a);
    return ch === 32 || ch === HYPHEN; // space or hyphen
  }
  return false;
}

/** Has the text a lower-case letter? ("UTRECHT" and "LH" have none) */
export const RE_HAS_LOWER = /\p{Ll}/u;
