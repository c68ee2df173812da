// Parses the raw lexicon texts (resources/lexicons/*.txt) into lookup structures.
// Pure TypeScript: no Node built-ins, no DOM.
import { cachedWordSet, unionWordSet, wordSet, type WordSet } from './wordlist';

export type LexiconSources = Record<string, string>;

/** A multi-token phrase, stored as lower-case word tokens. */
export type Phrase = readonly string[];

export interface Lexicon {
  firstNames: Set<string>;
  surnames: Set<string>;
  /** lower-case single-token place names (towns, municipalities, neighbourhoods) */
  places: Set<string>;
  /** multi-token phrases, keyed by their first lower-case token, longest first */
  placePhrases: Map<string, Phrase[]>;
  negatives: Set<string>;
  negativePhrases: Map<string, Phrase[]>;
  titles: Set<string>;
  /** tussenvoegsel sequences, keyed by first token, longest first */
  particles: Map<string, Phrase[]>;
  /** ordinary words (lower case): the Dutch list and every other `woorden-*` list (common English words), including those that are also names or places */
  commonWords: WordSet;
  /** the Dutch list alone: the parts of compounds and the stems of inflected forms are looked up here, so an English word never makes a Dutch compound ("hat" in "Hattemerbroek") */
  dutchWords: WordSet;
  /** the other ordinary-word lists alone (common English words): "Supervision", "Development" */
  englishWords: WordSet;
  /** words that name a programme, project, method, document or body ("programma", "scan", "overleg", "raad"), lower case */
  programmeWords: Set<string>;
  /** degrees and roles after a name ("msc", "phd", "mba", "red"), lower case; they are negatives too */
  degrees: Set<string>;
}

/** Splits a phrase into word tokens the same way the detector's tokenizer does (lower-cased). */
const SIMPLE_WORD = /^[\p{L}\p{M}]+$/u;

export function phraseTokens(s: string): string[] {
  if (SIMPLE_WORD.test(s)) return [s.toLowerCase()];
  const out: string[] = [];
  const re = /['’][st](?:-[\p{L}\p{M}]+)*(?![\p{L}\p{M}])|[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*|\d+|[^\s]/gu;
  for (const m of s.matchAll(re)) out.push(m[0].toLowerCase().replace(/’/g, "'"));
  return out;
}

function lines(text: string | undefined): string[] {
  if (!text) return [];
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const l = raw.trim();
    if (l === '' || l.startsWith('#')) continue;
    out.push(l);
  }
  return out;
}

function addPhrase(map: Map<string, Phrase[]>, toks: string[]): void {
  const key = toks[0];
  let arr = map.get(key);
  if (!arr) {
    arr = [];
    map.set(key, arr);
  }
  arr.push(toks);
}

function sortPhrases(map: Map<string, Phrase[]>): void {
  for (const arr of map.values()) arr.sort((a, b) => b.length - a.length);
}

/** Files whose base name starts with one of these prefixes are merged into one set. */
function byPrefix(sources: LexiconSources, prefixes: string[]): string[] {
  const out: string[] = [];
  for (const [name, text] of Object.entries(sources)) {
    const base = name.replace(/\.txt$/, '');
    if (prefixes.some((p) => base === p || base.startsWith(p + '-') || base.startsWith('faker-' + p))) out.push(...lines(text));
  }
  return out;
}

export function parseLexicons(sources: LexiconSources): Lexicon {
  const lex: Lexicon = {
    firstNames: new Set(),
    surnames: new Set(),
    places: new Set(),
    placePhrases: new Map(),
    negatives: new Set(),
    negativePhrases: new Map(),
    titles: new Set(),
    particles: new Map(),
    commonWords: wordSet([]),
    dutchWords: wordSet([]),
    englishWords: wordSet([]),
    programmeWords: new Set(),
    degrees: new Set(),
  };
  for (const l of byPrefix(sources, ['voornamen'])) for (const t of phraseTokens(l)) if (t.length > 1) lex.firstNames.add(t);
  for (const l of byPrefix(sources, ['achternamen'])) for (const t of phraseTokens(l)) if (t.length > 1) lex.surnames.add(t);
  for (const l of byPrefix(sources, ['plaatsen', 'wijken'])) {
    const toks = phraseTokens(l);
    if (toks.length === 1) lex.places.add(toks[0]);
    else addPhrase(lex.placePhrases, toks);
  }
  for (const l of byPrefix(sources, ['negatief'])) {
    const toks = phraseTokens(l);
    if (toks.length === 1) lex.negatives.add(toks[0]);
    else addPhrase(lex.negativePhrases, toks);
  }
  for (const l of byPrefix(sources, ['titels'])) lex.titles.add(l.toLowerCase().replace(/\.$/, ''));
  for (const l of byPrefix(sources, ['programmawoorden'])) lex.programmeWords.add(l.toLowerCase());
  for (const l of byPrefix(sources, ['graden'])) {
    lex.degrees.add(l.toLowerCase());
    lex.negatives.add(l.toLowerCase());
  }
  for (const l of byPrefix(sources, ['tussenvoegsels'])) {
    const toks = phraseTokens(l).filter((t) => t !== '.' && t !== '/');
    if (toks.length) addPhrase(lex.particles, toks);
  }
  // Dutch: woorden (2-10 letters) and woorden-nl-lang (longer), each sorted, searched in place; the other woorden-* lists
  // (English) join only the whole-word lookups
  const dutch = Object.entries(sources).filter(([k]) => k === 'woorden' || k.startsWith('woorden-nl'));
  const dutchWords = dutch.length ? dutch.map(([, v]) => wordSet([v])).reduce((a, b) => unionWordSet(a, b)) : wordSet([]);
  const others = Object.entries(sources).filter(([k]) => k.startsWith('woorden-') && !k.startsWith('woorden-nl')).map(([, v]) => v);
  const englishWords = wordSet(others);
  // each lookup set remembers its answers (per detector, bounded): the same words are looked up again and again
  lex.dutchWords = cachedWordSet(dutchWords);
  lex.englishWords = cachedWordSet(englishWords);
  lex.commonWords = others.length ? cachedWordSet(unionWordSet(dutchWords, englishWords)) : lex.dutchWords;
  sortPhrases(lex.placePhrases);
  sortPhrases(lex.negativePhrases);
  sortPhrases(lex.particles);
  return lex;
}
