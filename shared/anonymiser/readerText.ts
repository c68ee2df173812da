// The text as a reader sees it: every check of the detector runs on it, and its spans are mapped back
// to the caller's text. Pure TypeScript (no Node built-ins, no DOM).
//
//   NFKC                 fullwidth letters and digits, ligatures (ﬁ, ĳ), compatibility forms, and a
//                        letter with combining marks composed ("e" + U+0301 -> "é")
//   dashes               ‐ ‑ ‒ – — ― − ﹘ ﹣ － -> "-"
//   spaces               no-break, thin, figure, ideographic … -> " "; U+2028/U+2029/U+0085 and a lone CR -> "\n"
//   invisible            zero-width space/joiners, word joiner, BOM, soft hyphen, bidi controls,
//                        variation selectors: removed
//   digits               every decimal digit (Arabic-Indic, Devanagari, …) -> its ASCII digit; superscript and
//                        subscript digits (footnote marks, m²) -> " "
//
// Text of ASCII and Latin-1/Latin Extended-A letters (nearly all Dutch text) needs none of this and is
// returned as it is, without an offset map.

export interface ReaderText {
  /** the normalised text the checks see */
  text: string;
  /** false when text is the original itself */
  mapped: boolean;
  /**
   * The map back, as segments in text order: segment k starts at outStarts[k] in the text and at
   * origStarts[k] in the original. A segment whose `changed` flag is 0 is copied unchanged (offsets move
   * one for one); a changed one (a character that became others, or none) maps as a whole onto
   * origStarts[k] .. origEnds[k].
   */
  outStarts: Int32Array;
  origStarts: Int32Array;
  origEnds: Int32Array;
  changed: Uint8Array;
}

const EMPTY = new Int32Array(0);
const EMPTY8 = new Uint8Array(0);
const UNMAPPED = (text: string): ReaderText => ({ text, mapped: false, outStarts: EMPTY, origStarts: EMPTY, origEnds: EMPTY, changed: EMPTY8 });

/** zero of every run of ten decimal digits outside ASCII that NFKC leaves alone */
const DIGIT_ZEROS = [
  0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0de6, 0x0e50, 0x0ed0, 0x0f20,
  0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0,
  0xa9f0, 0xaa50, 0xabf0,
];

/** What one character becomes, when that is fixed: "" (removed), " ", "\n" or "-"; undefined: NFKC decides. */
function fixedForm(c: number): string | undefined {
  // superscript and subscript digits are footnote marks and exponents, no digits of a number: "2021.¹ Ruim"
  if (c === 0xb9 || c === 0xb2 || c === 0xb3 || (c >= 0x2070 && c <= 0x209f)) return ' ';
  if (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000) return ' ';
  if (c === 0x2028 || c === 0x2029 || c === 0x85) return '\n';
  if (
    c === 0xad ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2064) ||
    (c >= 0x2066 && c <= 0x206f) ||
    c === 0xfeff ||
    c === 0x180e ||
    (c >= 0xfe00 && c <= 0xfe0f)
  )
    return '';
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d) return '-';
  return undefined;
}

/** per UTF-16 unit: 0 not yet known, 1 stays as it is, 2 may change (memoised on first sight) */
const stability = new Uint8Array(65536);

/**
 * Characters that stay as they are: NFKC leaves them alone, they are in none of the families above and
 * no digit outside ASCII (ASCII but CR; Latin letters; ’ “ ” • € and the like). Surrogates and combining
 * marks are decided with their neighbours.
 */
function isStable(c: number): boolean {
  if (c < 0x80) return c !== 13;
  let v = stability[c];
  if (v === 0) {
    const ch = String.fromCharCode(c);
    const stable = !(c >= 0xd800 && c <= 0xdfff) && !isMark(c) && fixedForm(c) === undefined && ch.normalize('NFKC') === ch && !/\p{Nd}/u.test(ch);
    v = stable ? 1 : 2;
    stability[c] = v;
  }
  return v === 1;
}

/** Combining marks that compose with the character before them (the common blocks). */
function isMark(c: number): boolean {
  return (c >= 0x300 && c <= 0x36f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f);
}

function asciiDigits(s: string): string {
  let out = '';
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    let zero = -1;
    if (c >= 0x660) for (const z of DIGIT_ZEROS) if (c >= z && c <= z + 9) zero = z;
    out += zero >= 0 ? String.fromCharCode(48 + c - zero) : s[k];
  }
  return out;
}

/** The reader's form of one cluster (a character and the combining marks after it). */
function clusterForm(cluster: string): string {
  if (cluster.length === 1) {
    const fixed = fixedForm(cluster.charCodeAt(0));
    if (fixed !== undefined) return fixed;
    if (cluster === '\r') return '\n'; // a lone CR (a CR before LF never reaches here)
  }
  let out = cluster.normalize('NFKC');
  let plain = true;
  for (let k = 0; k < out.length; k++) if (!isStable(out.charCodeAt(k))) plain = false;
  if (plain) return out;
  out = asciiDigits(out);
  let fixed = '';
  for (let k = 0; k < out.length; k++) {
    const f = fixedForm(out.charCodeAt(k));
    fixed += f === undefined ? out[k] : f;
  }
  return fixed;
}

/** The text every check sees, with the map back to the original (see the top of this file). */
/** a character that may change (the complement of isStable), or a CR without its LF */
const RE_MAY_CHANGE = /[^\x00-\x7f\xc0-\u0131\u0134-\u013e\u0141-\u0148\u014a-\u017e]|\r(?!\n)/;

export function readerText(original: string): ReaderText {
  const n = original.length;
  if (!RE_MAY_CHANGE.test(original)) return UNMAPPED(original);
  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    if (!isStable(c) && !(c === 13 && original.charCodeAt(i + 1) === 10)) break;
    i++;
  }
  if (i === n) return UNMAPPED(original);
  if (i > 0 && isMark(original.charCodeAt(i))) {
    // the mark composes with the character before it (a surrogate pair counts as one)
    const low = original.charCodeAt(i - 1);
    i -= i > 1 && low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
  }
  // from the first character that may change: unchanged runs and changed clusters as segments
  const pieces: string[] = [];
  const outStarts: number[] = [];
  const origStarts: number[] = [];
  const origEnds: number[] = [];
  const changed: number[] = [];
  let out = 0;
  const segment = (piece: string, from: number, to: number, isChanged: boolean): void => {
    outStarts.push(out);
    origStarts.push(from);
    origEnds.push(to);
    changed.push(isChanged ? 1 : 0);
    pieces.push(piece);
    out += piece.length;
  };
  if (i > 0) segment(original.slice(0, i), 0, i, false);
  let runStart = -1; // an unchanged run in progress
  while (i < n) {
    const c = original.charCodeAt(i);
    let j = i + (c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1);
    while (j < n && isMark(original.charCodeAt(j))) j++;
    if (j === i + 1 && (isStable(c) || (c === 13 && original.charCodeAt(i + 1) === 10))) {
      if (runStart < 0) runStart = i;
      i = j;
      continue;
    }
    if (runStart >= 0) {
      segment(original.slice(runStart, i), runStart, i, false);
      runStart = -1;
    }
    const form = clusterForm(original.slice(i, j));
    if (form === original.slice(i, j)) runStart = i; // an emoji, a letter with a mark NFKC keeps: unchanged after all
    else segment(form, i, j, true);
    i = j;
  }
  if (runStart >= 0) segment(original.slice(runStart), runStart, n, false);
  const text = pieces.join('');
  if (text === original) return UNMAPPED(original);
  return { text, mapped: true, outStarts: Int32Array.from(outStarts), origStarts: Int32Array.from(origStarts), origEnds: Int32Array.from(origEnds), changed: Uint8Array.from(changed) };
}

/** The segment of the reader text that holds offset `at` (the last one starting at or before it). */
function segmentAt(reader: ReaderText, at: number): number {
  const starts = reader.outStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The original offset where the character at reader offset `at` starts. */
function originalStart(reader: ReaderText, at: number): number {
  const k = segmentAt(reader, at);
  return reader.changed[k] ? reader.origStarts[k] : reader.origStarts[k] + (at - reader.outStarts[k]);
}

/** The original offset where the character at reader offset `at` ends. */
function originalEnd(reader: ReaderText, at: number): number {
  const k = segmentAt(reader, at);
  return reader.changed[k] ? reader.origEnds[k] : reader.origStarts[k] + (at - reader.outStarts[k]) + 1;
}

/** The original range of the range [start, end) of the reader's text. */
export function originalRange(reader: ReaderText, start: number, end: number): [number, number] {
  if (!reader.mapped) return [start, end];
  if (end <= start) {
    const at = originalStart(reader, Math.min(start, reader.text.length - 1));
    return [at, at];
  }
  return [originalStart(reader, start), originalEnd(reader, end - 1)];
}
