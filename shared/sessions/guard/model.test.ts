// The decision guard's trained part (model.ts): what it adds beside the rules, and where it is never asked.
// The phrases were written for these tests after the model was trained (none is in its training data); the
// three decisions are ones the rules alone leave silent, so each test fails without the model.
import { describe, expect, it } from 'vitest';
import { guardVerdict } from '../guard';
import { findDecisionLanguage, judgeByRules } from './detect';
import { GUARD_LINEAR_MODEL, modelFeatures, modelSaysDecision, probability } from './model';
import { tokenize } from './tokens';

const BY_MODEL = [
  'de weekendjes bij vader gaan vanaf nu via de pleegzorgbegeleider',
  'de jongerencoach komt erbij voor Thijs, twee keer per week',
  'het gezinshuis in Ede wordt de nieuwe plek voor de drie broers',
];

describe('decisions in words the rules do not know', () => {
  it.each(BY_MODEL)('the rules alone are silent on %j', (text) => {
    expect(judgeByRules(text).matches).toEqual([]);
  });

  it.each(BY_MODEL)('the model marks the whole sentence: %j', (text) => {
    const matches = findDecisionLanguage(text);
    expect(matches).toEqual([{ start: 0, end: text.length, phrase: text, reason: 'casusbesluit', byModel: true }]);
    expect(guardVerdict(text)).toEqual({ fire: true, reasons: ['casusbesluit', 'model'] });
  });

  it('marks only the sentence it finds, with offsets in the whole text', () => {
    const text = `Fijne sessie gehad. ${BY_MODEL[1]}. Daarna koffie.`;
    const [m] = findDecisionLanguage(text);
    expect(m?.phrase).toBe(BY_MODEL[1]);
    expect(text.slice(m!.start, m!.end)).toBe(BY_MODEL[1]);
  });
});

describe('the model is never asked where a silence reason holds', () => {
  it.each([
    ['a quote', 'moeder zei: "de jongerencoach komt erbij voor Thijs, twee keer per week"'],
    ['a question', 'komt de jongerencoach erbij voor Thijs, twee keer per week?'],
    ['a hypothesis', 'stel dat het gezinshuis in Ede de nieuwe plek wordt voor de drie broers'],
    ['the past', 'vorig jaar werd het gezinshuis in Ede de nieuwe plek voor de drie broers'],
    ['a decision by the court', 'de rechter besliste: het gezinshuis in Ede wordt de nieuwe plek voor de drie broers'],
  ])('%s stays silent', (_what, text) => {
    expect(guardVerdict(text).fire).toBe(false);
  });

  it('a sentence block closes the sentence whatever the probability', () => {
    const tokens = tokenize(BY_MODEL[2]!);
    const open = { block: null, clauseBlocks: [] };
    expect(probability(GUARD_LINEAR_MODEL, modelFeatures(tokens, open))).toBeGreaterThanOrEqual(GUARD_LINEAR_MODEL.theta);
    expect(modelSaysDecision(tokens, open)).toBe(true);
    expect(modelSaysDecision(tokens, { block: 'vraag', clauseBlocks: [] })).toBe(false);
  });
});

describe('ordinary talk with the same words stays silent', () => {
  it.each([
    'Mila woont sinds de zomer bij oma',
    'moeder vertelde dat de weekendjes bij vader goed gaan',
    'de jongerencoach van Thijs is ziek, daarom schoof het gesprek op',
    'leerplicht was er vorig jaar al bij betrokken',
    'wat maakt dat het dossier nog open staat?',
    'ik merk dat ik het gezinshuis steeds als oplossing zie',
    'de rechter heeft de OTS in maart met een jaar verlengd',
    'stel dat Sven naar de crisisopvang moet, wie vangt de broertjes op?',
    'volgende week bespreken we de casus van Emma verder',
    'we oefenen vandaag met de schaalvraag bij de zorgen',
  ])('%s', (text) => {
    expect(guardVerdict(text).fire).toBe(false);
  });
});

describe('the shipped model', () => {
  it('is a probability threshold with weights, read the same by training and app', () => {
    expect(GUARD_LINEAR_MODEL.theta).toBeGreaterThan(0.5);
    expect(GUARD_LINEAR_MODEL.theta).toBeLessThan(1);
    expect(GUARD_LINEAR_MODEL.weights.size).toBeGreaterThan(1000);
    const features = modelFeatures(tokenize('omgang vader 1x per week begeleid'), { block: null, clauseBlocks: [] });
    expect(features).toContain('w:omgang');
    expect(features).toContain('b:omgang_vader');
    expect(features).toContain('r:open');
    expect(new Set(features).size).toBe(features.length);
  });
});
