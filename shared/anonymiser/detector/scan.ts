// The state of one detect() call, shared by the passes: the tokens, the label each token has been given
// so far, why a token may not be labelled, and the spans found directly (structured identifiers,
// institutions, dotted initials) or built from the labelled tokens at the end.
import type { Lexicon } from '../lexicon';
import type { RawSpan } from '../structured';
import type { Label } from '../types';
import type { Tokens } from './tokens';

/** Why a token may not be labelled by the word rules (Scan.blocked); 0 means it may. */
export const enum Block {
  None = 0,
  /** a hard negative, a pet's name, a compound with a lower-case tail ("VT-melding"): never labelled */
  Word = 1,
  /** part of an institution name that has its own span */
  Institution = 2,
  /** a compound whose head may be a name ("Jansen-dossier"): labelled only once the head is known as a name */
  NameHead = 3,
  /** a word of a multi-word hard negative ("Veilig Thuis", "Drie Huizen"): never labelled */
  Phrase = 4,
  /** an ordinary word of a heading or of a programme, method or body name (prose.ts): never labelled */
  Prose = 5,
}

/** `Scan.heading` of a part of a line in title case (1: a heading line) */
export const TITLE_SEGMENT = 2;

export interface Scan {
  text: string;
  tokens: Tokens;
  lex: Lexicon;
  /** per token: the label it has been given, or null */
  labels: (Label | null)[];
  /** per token: a Block reason, or 0 */
  blocked: Uint8Array;
  /**
   * per token: 1 when it stands on a heading line (prose.ts), where a capital says nothing; 2 in a part of a line
   * written in title case ("A. Informatie Over De Plaatsing – …"), where ordinary words are blocked as in a heading
   * but the words left are read as in running text
   */
  heading: Uint8Array;
  /** the text reads as report prose (prose.ts: several heading lines), where capitals mark categories and titles, not only names */
  reportProse: boolean;
  /** the writer capitalises most ordinary words inside sentences (flip-over notes typed as written; prose.ts) */
  titleCase: boolean;
  spans: RawSpan[];
  /** the words the text writes in lower case (contextRules.ts, built on first use) */
  lowerWords?: Set<string>;
  /** places the lists lack that their context made sure of ("gemeente Zandmeer", a "Wijk" column; places.ts): they reach every capitalised mention */
  contextPlaces?: Set<string>;
}

export function createScan(text: string, tokens: Tokens, lex: Lexicon): Scan {
  return {
    text,
    tokens,
    lex,
    labels: new Array<Label | null>(tokens.count).fill(null),
    blocked: new Uint8Array(tokens.count),
    heading: new Uint8Array(tokens.count),
    reportProse: false,
    titleCase: false,
    spans: [],
  };
}

export function emit(scan: Scan, start: number, end: number, label: Label, prio: number): void {
  if (end > start) scan.spans.push({ start, end, label, prio });
}
