/**
 * From what someone typed to an FTS5 expression for the trigram tokenizer. Every word of three or more
 * characters becomes a quoted phrase (so `"`, `*`, `-`, `OR`, `NEAR` are plain text, never syntax) and all
 * must occur. Words shorter than three characters cannot match trigrams; they are dropped when a longer
 * word is present, and a query of only short words searches nothing (`mode: 'short'`: the screen says
 * to type on). A two-letter search over 50,000 texts would match nearly all of them and tell nobody anything.
 */
import { SEARCH_MIN_TERM } from './types';

export interface ParsedQuery {
  mode: 'full' | 'short' | 'empty';
  /** The FTS5 MATCH expression (mode 'full'). */
  match: string;
  /** The words searched for (mode 'full'): what a snippet marks. */
  terms: string[];
}

export function parseQuery(text: string): ParsedQuery {
  const words = text
    .normalize('NFC')
    .split(/[\s\p{P}\p{S}]+/u)
    .filter(Boolean);
  const long = words.filter((w) => [...w].length >= SEARCH_MIN_TERM);
  if (long.length) return { mode: 'full', match: long.map((w) => `"${w.replace(/"/g, '""')}"`).join(' AND '), terms: long };
  return { mode: words.length ? 'short' : 'empty', match: '', terms: [] };
}
