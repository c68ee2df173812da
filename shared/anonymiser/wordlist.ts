// A read-only word set over one sorted, newline-separated text, without building a hash set:
// parsing is a single scan for line starts; lookups are a binary search. This keeps createDetector
// fast for the large common-word list (tens of thousands of entries).

export interface WordSet {
  has(word: string): boolean;
  readonly size: number;
}

function cmp(text: string, start: number, end: number, w: string): number {
  const len = end - start;
  const n = len < w.length ? len : w.length;
  for (let i = 0; i < n; i++) {
    const d = text.charCodeAt(start + i) - w.charCodeAt(i);
    if (d !== 0) return d;
  }
  return len - w.length;
}

class SortedLines implements WordSet {
  constructor(
    private readonly text: string,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    readonly size: number,
  ) {}

  has(word: string): boolean {
    let lo = 0;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = cmp(this.text, this.starts[mid], this.ends[mid], word);
      if (c === 0) return true;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}

class HashWords implements WordSet {
  constructor(private readonly set: Set<string>) {}
  get size(): number {
    return this.set.size;
  }
  has(word: string): boolean {
    return this.set.has(word);
  }
}

/**
 * Builds a word set from lexicon texts (one entry per line, '#' comments, blank lines ignored).
 * Entries are held as written (lookups pass lower-cased words, so an entry with a capital never matches), in
 * both paths. A single text sorted by UTF-16 code units is used in place;
 * anything else (several texts, unsorted or padded lines) falls back to a hash set.
 */
export function wordSet(texts: string[]): WordSet {
  if (texts.length === 1) {
    const text = texts[0];
    let cap = 1024;
    let starts = new Int32Array(cap);
    let ends = new Int32Array(cap);
    let n = 0;
    let pos = 0;
    let sorted = true;
    const L = text.length;
    while (pos < L) {
      let e = text.indexOf('\n', pos);
      if (e < 0) e = L;
      let s = pos;
      let end = e;
      if (end > s && text.charCodeAt(end - 1) === 13) end--;
      if (end > s && text.charCodeAt(s) !== 35) {
        const c0 = text.charCodeAt(s);
        const c1 = text.charCodeAt(end - 1);
        if (c0 === 32 || c0 === 9 || c1 === 32 || c1 === 9) {
          sorted = false;
          break;
        }
        if (n > 0) {
          // strictly increasing?
          const ps = starts[n - 1];
          const pe = ends[n - 1];
          const len = Math.min(pe - ps, end - s);
          let d = 0;
          for (let i = 0; i < len && d === 0; i++) d = text.charCodeAt(ps + i) - text.charCodeAt(s + i);
          if (d === 0) d = pe - ps - (end - s);
          if (d >= 0) {
            sorted = false;
            break;
          }
        }
        if (n === cap) {
          cap *= 2;
          const ns = new Int32Array(cap);
          ns.set(starts);
          starts = ns;
          const ne = new Int32Array(cap);
          ne.set(ends);
          ends = ne;
        }
        starts[n] = s;
        ends[n] = end;
        n++;
      }
      pos = e + 1;
      s = pos;
    }
    if (sorted) return new SortedLines(text, starts, ends, n);
  }
  const set = new Set<string>();
  for (const text of texts) {
    for (const raw of text.split('\n')) {
      const l = raw.trim();
      if (l && !l.startsWith('#')) set.add(l);
    }
  }
  return new HashWords(set);
}

/** Both sets as one: a word is in it when it is in either (no copy of either list). */
export function unionWordSet(a: WordSet, b: WordSet): WordSet {
  return { has: (word: string) => a.has(word) || b.has(word), size: a.size + b.size };
}

/**
 * The set with its answers remembered: a text repeats its words, and a binary search over a large list
 * (several for a union) costs far more than a hash lookup. Bounded: cleared when it holds `limit` words.
 */
export function cachedWordSet(set: WordSet, limit = 50_000): WordSet {
  const memo = new Map<string, boolean>();
  return {
    size: set.size,
    has(word: string): boolean {
      let known = memo.get(word);
      if (known === undefined) {
        known = set.has(word);
        if (memo.size >= limit) memo.clear();
        memo.set(word, known);
      }
      return known;
    },
  };
}
