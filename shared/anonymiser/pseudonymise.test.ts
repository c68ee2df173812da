import { describe, it, expect } from 'vitest';
import { createDetector, groupMentions, normaliseName, pseudonymise, suggestDecisions, type Span } from './index';
import { testLexiconSources } from './testing/lexicons';

const detector = createDetector(testLexiconSources());

describe('normaliseName', () => {
  it('lower-cases, strips diacritics and possessives, folds whitespace', () => {
    expect(normaliseName('  Çelik-Aydın ')).toBe('celik-aydin');
    expect(normaliseName("Fatima's")).toBe('fatima');
    expect(normaliseName('Fatima’s')).toBe('fatima');
    expect(normaliseName('Zielińska   El  Amrani')).toBe('zielinska el amrani');
  });
});

describe('groupMentions and pseudonymise', () => {
  const text = "Fatima El Amrani belde. Later zei fatima dat Fatima's zoon Yassir ziek is; mw. El Amrani vraagt hulp. Yassir slaapt.";
  const spans = detector.detect(text);

  it('groups every surface form of one person into one entity', () => {
    const entities = groupMentions(text, spans);
    const persons = entities.filter((e) => e.label === 'PERSOON');
    expect(persons.map((e) => e.forms.sort())).toEqual([
      ['El Amrani', 'Fatima', 'Fatima El Amrani', 'fatima'].sort(),
      ['Yassir'],
    ]);
    expect(persons.map((e) => e.suggestion)).toEqual(['Persoon A', 'Persoon B']);
  });

  it('replaces consistently and keeps the possessive', () => {
    const out = pseudonymise(text, suggestDecisions(groupMentions(text, spans)));
    expect(out).toBe("Persoon A belde. Later zei Persoon A dat Persoon A's zoon Persoon B ziek is; mw. Persoon A vraagt hulp. Persoon B slaapt.");
  });

  it('applies a chosen pseudonym and leaves "geen identificatie" alone', () => {
    const decisions = suggestDecisions(groupMentions(text, spans)).map((d, i) =>
      i === 0 ? { ...d, replacement: 'Moeder M.' } : { ...d, action: 'ignore' as const },
    );
    expect(pseudonymise(text, decisions)).toBe("Moeder M. belde. Later zei Moeder M. dat Moeder M.'s zoon Yassir ziek is; mw. Moeder M. vraagt hulp. Yassir slaapt.");
  });

  it('keeps siblings apart when only the shared surname occurs alone', () => {
    const t = 'Rayan El Khatib en Soufiane El Khatib. Familie El Khatib woont hier.';
    const s: Span[] = [
      { start: 0, end: 15, label: 'PERSOON' },
      { start: 19, end: 37, label: 'PERSOON' },
      { start: 47, end: 56, label: 'PERSOON' },
    ];
    const persons = groupMentions(t, s);
    expect(persons).toHaveLength(3);
  });

  it('suggests generic placeholders for other labels', () => {
    const t = 'Woont Kerkstraat 12a, 3521 AB Utrecht, geboren 12-03-2015, school: basisschool De Horizon.';
    const sugg = groupMentions(t, detector.detect(t)).map((e) => `${e.label}:${e.suggestion}`);
    expect(sugg).toEqual(['LOCATIE:[adres]', 'POSTCODE:[postcode]', 'LOCATIE:[plaats]', 'DATUM:[datum]', 'INSTELLING:[school]']);
    const w = 'Vader werkt bij Bakkerij Haddad.';
    expect(groupMentions(w, detector.detect(w)).map((e) => e.suggestion)).toEqual(['[instelling]']);
  });
});
