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
}

export function parseQuery(text: string): ParsedQuery {
  const words = text
    .normalize('NFC')
    .split(/[\s\p{P}\p{S}]+/u)
    .filter(Boolean);
  const long = words.filter((w) => [...w].length >= SEARCH_MIN_TERM);
  if (long.length) return { mode: 'full', match: long.map((w) => `"${w.replace(/"/g, '""')}"`).join(' AND ') };
  return { mode: words.length ? 'short' : 'empty', match: '' };
}

/** Splits an FTS5 snippet marked with the two control characters into plain parts. */
export const HIT_OPEN = '\u0002';
export const HIT_CLOSE = '\u0003';

export function snippetParts(marked: string): Array<{ text: string; hit: boolean }> {
  const out: Array<{ text: string; hit: boolean }> = [];
  let hit = false;
  let buf = '';
  for (const ch of marked) {
    if (ch === HIT_OPEN || ch === HIT_CLOSE) {
      if (buf) out.push({ text: buf, hit });
      buf = '';
      hit = ch === HIT_OPEN;
    } else buf += ch;
  }
  if (buf) out.push({ text: buf, hit });
  // Adjacent hits (trigram tokens overlap) merge into one marked run.
  return out.reduce<Array<{ text: string; hit: boolean }>>((acc, p) => {
    const last = acc.at(-1);
    if (last && last.hit === p.hit) last.text += p.text;
    else acc.push({ ...p });
    return acc;
  }, []);
}
