/**
 * The snippet of a result: a window of the text around the first match, with every match of every
 * query word marked. Computed here rather than by FTS5's snippet(), which re-tokenizes each document
 * into trigrams (the slowest part of a query) and counts its window in trigrams, not words.
 * Matching folds case and diacritics as the index does ("beeindigen" marks "beëindigen").
 */
import type { SnippetPart } from './types';

export const SNIPPET_BEFORE = 50;
export const SNIPPET_LENGTH = 200;

const folds = new Map<string, string>();
/** One character without case or diacritics; ASCII is answered without normalising. */
function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : ch;
  let f = folds.get(ch);
  if (f === undefined) folds.set(ch, (f = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()));
  return f;
}

/**
 * The text folded per character, with where each folded unit came from in the original (`origin`
 * null: the same place, the common case where every character folds to one unit).
 */
function fold(text: string): { folded: string; origin: number[] | null } {
  const quick = text.toLowerCase().replace(/[^\x00-\x7f]/g, foldChar);
  if (quick.length === text.length) return { folded: quick, origin: null };
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const ch = cp > 0xffff ? text.slice(i, i + 2) : text[i];
    const f = foldChar(ch);
    for (let k = 0; k < f.length; k++) origin.push(i);
    folded += f;
    i += ch.length;
  }
  origin.push(text.length);
  return { folded, origin };
}

export function foldTerm(term: string): string {
  return fold(term).folded;
}

export function makeSnippet(text: string, terms: readonly string[], length = SNIPPET_LENGTH): SnippetPart[] {
  // Every run of white space becomes one space. Written so that a single space (nearly all of them) is
  // not matched: replacing each one made this four times slower than the rest of the snippet.
  const flat = text.replace(/\s{2,}|[^\S ]/g, ' ').trim();
  if (!flat) return [];
  const { folded, origin } = fold(flat);
  const ranges: Array<[number, number]> = [];
  for (const t of new Set(terms.map(foldTerm).filter(Boolean))) {
    for (let at = folded.indexOf(t); at >= 0; at = folded.indexOf(t, at + 1)) ranges.push(origin ? [origin[at], origin[at + t.length]] : [at, at + t.length]);
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  // The window: from a word start a little before the first match, to a word end.
  let start = merged.length ? Math.max(0, merged[0][0] - SNIPPET_BEFORE) : 0;
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    if (space >= 0 && space < (merged[0]?.[0] ?? flat.length)) start = space + 1;
  }
  let end = Math.min(flat.length, start + length);
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > start && space >= (merged[0]?.[1] ?? 0)) end = space;
  }
  const parts: SnippetPart[] = [];
  const push = (from: number, to: number, hit: boolean) => {
    if (to > from) parts.push({ text: flat.slice(from, to), hit });
  };
  let at = start;
  for (const [a, b] of merged) {
    if (b <= start || a >= end) continue;
    push(at, Math.max(at, a), false);
    push(Math.max(at, a), Math.min(b, end), true);
    at = Math.min(b, end);
  }
  push(at, end, false);
  if (start > 0) parts.unshift({ text: '…', hit: false });
  if (end < flat.length) parts.push({ text: '…', hit: false });
  return parts;
}
