// Runs in Node: the test loads the word lists from disk the way the backend does.
import { describe, expect, it } from 'vitest';
import { createDetector, pseudonymise } from '../../../../shared/anonymiser';
import { loadLexiconSources } from '../../../../electron/backend/anonymiser/lexicons';
import type { RecognisedForm } from '../../../../shared/cases/types';
import { candidateForms, computeFindings } from './findings';

const detector = createDetector(loadLexiconSources());
const people = [{ id: '00000000-0000-4000-8000-000000000001', role: 'moeder', pseudonym: 'Moeder' }];

describe('the review model of the anonymisation editor', () => {
  it('finds identifiers and suggests a fresh pseudonym that the roster does not use yet', () => {
    const text = 'Gesprek met Fatima El Amrani over Yassir. Fatima belt 06-12345678.';
    const findings = computeFindings(detector, text, { people: [...people, { id: 'x', role: 'kind', pseudonym: 'Persoon A' }], ignore: [], known: new Map() });
    const persons = findings.filter((f) => f.label === 'PERSOON');
    expect(persons.map((f) => f.suggestion)).toEqual(['Persoon B', 'Persoon C']);
    expect(persons[0].mentions).toHaveLength(2);
    expect(findings.some((f) => f.label === 'TELEFOON')).toBe(true);
  });

  it('words new suggestions in the UI language, and leaves stored pseudonyms as stored', () => {
    const en = { person: 'Person', placeholders: { '[adres]': '[address]', '[plaats]': '[place]', '[telefoonnummer]': '[phone number]' } };
    const text = 'Gesprek met Fatima El Amrani over Yassir. Fatima belt 06-12345678.';
    const findings = computeFindings(detector, text, { people: [...people, { id: 'x', role: 'kind', pseudonym: 'Persoon A' }], ignore: [], known: new Map(), words: en });
    // The roster's "Persoon A" stays as stored (and taken); new ones are English.
    expect(findings.filter((f) => f.label === 'PERSOON').map((f) => f.suggestion)).toEqual(['Person A', 'Person B']);
    expect(findings.find((f) => f.label === 'TELEFOON')?.suggestion).toBe('[phone number]');
    const taken = computeFindings(detector, text, { people: [...people, { id: 'x', role: 'kind', pseudonym: 'Person A' }], ignore: [], known: new Map(), words: en });
    expect(taken.filter((f) => f.label === 'PERSOON').map((f) => f.suggestion)).toEqual(['Person B', 'Person C']);
  });

  it('does not flag part of a pseudonym that a title word makes look like a name', () => {
    const text = 'Aanwezig: mw. Persoon A en dhr. Moeder.';
    expect(computeFindings(detector, text, { people, ignore: [], known: new Map(), replacements: ['Persoon A'] })).toEqual([]);
  });

  it('leaves roster pseudonyms, placeholders and ignored words alone', () => {
    const text = 'Moeder woont in [plaats]. Bobby de hond blaft.';
    const findings = computeFindings(detector, text, { people, ignore: ['Bobby'], known: new Map() });
    expect(findings).toEqual([]);
  });

  it('uses what the case recognised before: the same pseudonym, and names the detector alone would miss', () => {
    const known = new Map<string, RecognisedForm>([['qzx', { form: 'qzx', kind: 'pseudonym', personId: people[0].id, replacement: 'Moeder' }]]);
    const text = 'Daarna kwam qzx binnen, en QZX zei niets.';
    const findings = computeFindings(detector, text, { people, ignore: [], known });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ suggestion: 'Moeder', personId: people[0].id, recognised: true });
    const after = pseudonymise(text, [{ entityId: findings[0].id, action: 'replace', replacement: 'Moeder', mentions: findings[0].mentions }]);
    expect(after).toBe('Daarna kwam Moeder binnen, en Moeder zei niets.');
    expect(computeFindings(detector, after, { people, ignore: [], known })).toEqual([]);
  });

  it('asks the backend about single words and short phrases, never across lines', () => {
    const forms = candidateForms('Fatima El Amrani\nbelt op');
    expect(forms).toEqual(expect.arrayContaining(['Fatima', 'Fatima El', 'Fatima El Amrani', 'belt op']));
    expect(forms).not.toContain('Amrani belt');
  });
});
