import { describe, expect, it } from 'vitest';
import { makeSnippet } from './snippet';
import { parseQuery } from './query';

const show = (parts: Array<{ text: string; hit: boolean }>) => parts.map((p) => (p.hit ? `[${p.text}]` : p.text)).join('');

describe('snippets', () => {
  it('mark every match of every word, folding case and diacritics, inside compounds', () => {
    expect(show(makeSnippet('Wij willen het gesprek beëindigen. Beëindigen is moeilijk.', ['beeindigen']))).toBe('Wij willen het gesprek [beëindigen]. [Beëindigen] is moeilijk.');
    expect(show(makeSnippet('De omgangsregeling en de grootoudersregeling', ['omgang', 'GROOTOUDERS']))).toBe('De [omgang]sregeling en de [grootouders]regeling');
  });

  it('turn every run of white space (new lines, tabs, several spaces, a no-break space) into one space', () => {
    expect(show(makeSnippet('  Eerst\n\nde omgang,\tdan  de\u00a0regeling \n', ['omgang']))).toBe('Eerst de [omgang], dan de regeling');
  });

  it('show a window around the first match, cut at words, with ellipses', () => {
    const long = `${'eerst veel andere woorden '.repeat(20)}hier staat de loyaliteit van het kind ${'en daarna nog meer tekst '.repeat(20)}`;
    const s = show(makeSnippet(long, ['loyaliteit']));
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s).toContain('[loyaliteit]');
    expect(s.length).toBeLessThan(230);
    expect(s.split(' ')[1]).toMatch(/^(eerst|veel|andere|woorden|hier)$/);
  });

  it('give the start of the text when only the title matched, and nothing for empty text', () => {
    expect(show(makeSnippet('Korte tekst.', ['titel']))).toBe('Korte tekst.');
    expect(makeSnippet('  ', ['x'])).toEqual([]);
  });
});

describe('queries', () => {
  it('quote every word, so FTS5 syntax is plain text, and need three characters', () => {
    expect(parseQuery('omgang "OR" NEAR(')).toMatchObject({ mode: 'full', match: '"omgang" AND "NEAR"', terms: ['omgang', 'NEAR'] });
    expect(parseQuery('de omgang')).toMatchObject({ match: '"omgang"' });
    expect(parseQuery('ab')).toMatchObject({ mode: 'short' });
    expect(parseQuery('  ')).toMatchObject({ mode: 'empty' });
    expect(parseQuery('beëindigen')).toMatchObject({ match: '"beëindigen"' });
  });
});

describe('snippets of text whose folding changes its length', () => {
  it('map matches back to the original characters', () => {
    // 'İ' lower-cases to two units, an emoji is two units: the marks still land on the right letters.
    expect(show(makeSnippet('İstanbul 🙂 beëindigen en omgang', ['beeindigen', 'omgang']))).toBe('İstanbul 🙂 [beëindigen] en [omgang]');
  });
});
