import { describe, expect, it } from 'vitest';
import { testLexiconSources } from './testing/lexicons';
import { wordSet } from './wordlist';

describe('wordSet', () => {
  it('finds the same words whether it reads one sorted text in place or merges several into a hash set', () => {
    // "kB" is an entry with a capital: the word set holds entries as written, in both paths, so the
    // abbreviation "KB" (looked up as "kb") is no ordinary word either way
    const sorted = wordSet(['aap\nkB\nnoot\n']);
    const merged = wordSet(['aap\nnoot\n', 'kB\n']);
    for (const set of [sorted, merged]) {
      expect(set.has('aap')).toBe(true);
      expect(set.has('noot')).toBe(true);
      expect(set.has('kb')).toBe(false);
    }
  });

  it('skips comment and blank lines in both paths', () => {
    for (const set of [wordSet(['# kop\n\naap\n']), wordSet(['# kop\n', '\naap\n'])]) {
      expect(set.has('# kop')).toBe(false);
      expect(set.has('')).toBe(false);
      expect(set.has('aap')).toBe(true);
      expect(set.size).toBe(1);
    }
  });
});

describe('the ordinary-word lists (woorden*)', () => {
  const sources = testLexiconSources();
  const lists = Object.entries(sources).filter(([name]) => name === 'woorden' || name.startsWith('woorden-'));

  it('hold only lower-case entries, so a lookup of a lower-cased token can match every entry', () => {
    expect(lists.length).toBeGreaterThan(0);
    for (const [name, text] of lists) {
      const upper = text.split('\n').filter((l) => l && !l.startsWith('#') && l !== l.toLowerCase());
      expect(upper, name).toEqual([]);
    }
  });
});

describe('unionWordSet', () => {
  it('holds a word of either set and copies neither', async () => {
    const { unionWordSet } = await import('./wordlist');
    const both = unionWordSet(wordSet(['aap\nnoot\n']), wordSet(['mies\n']));
    expect(['aap', 'noot', 'mies', 'wim'].map((w) => both.has(w))).toEqual([true, true, true, false]);
    expect(both.size).toBe(3);
  });
});
