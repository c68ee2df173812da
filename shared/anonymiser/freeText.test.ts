import { describe, expect, it } from 'vitest';
import { createDetector } from '.';
import { testLexiconSources } from './testing/lexicons';
import { reviewFreeText } from './freeText';

const detector = createDetector(testLexiconSources());
const review = (text: string, allowed: string[] = []) => {
  const r = reviewFreeText(detector, text, allowed);
  return { refused: r.refused.map((s) => `${s.label}:${text.slice(s.start, s.end)}`), review: r.review.map((s) => `${s.label}:${text.slice(s.start, s.end)}`) };
};

describe('free text that is not case material', () => {
  it('refuses structured identifiers and flags names for review, never the other way round', () => {
    const r = review('Feedback voor Anna: in het gesprek met Fatima Yilmaz noemde je haar nummer 06-12345678.');
    expect(r.refused).toEqual(['TELEFOON:06-12345678']);
    expect(r.review).toContain('PERSOON:Fatima Yilmaz');
  });

  it('does not flag the names that belong there (members, pseudonyms), also by first name or surname alone', () => {
    const r = review('Anna de Vries leidde de bijeenkomst; Anna en De Vries namen de weging door met Persoon A.', ['Anna de Vries', 'Persoon A']);
    expect(r.review).toEqual([]);
  });

  it('flags a street address for review, not a place name alone', () => {
    expect(review('Bijeenkomst op kantoor in Utrecht.').review).toEqual([]);
    expect(review('Het gezin woont aan de Kerkstraat 12.').review.some((x) => x.startsWith('LOCATIE:Kerkstraat 12'))).toBe(true);
  });

  it('has nothing to say about empty text or ordinary reflection', () => {
    expect(review('  ')).toEqual({ refused: [], review: [] });
    expect(review('Ik merkte dat ik te snel naar oplossingen ging. Volgende keer vraag ik eerst door.')).toEqual({ refused: [], review: [] });
  });
});
