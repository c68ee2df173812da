import { describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES, type Input, type MethodName } from '../../shared/api/contract';
import type { Backend } from '.';
import { testBackend } from './test/helpers';

/**
 * Every method, valid and invalid. The table is typed as Record<MethodName, …>, so a method added to the
 * contract without a row here does not compile; the first test catches the same at run time.
 */
type Case<M extends MethodName> = {
  valid: (b: Backend) => Input<M>;
  invalid: unknown[];
};
const ownScript = (b: Backend) => b.services.scripts.duplicate('mlb-vier-vensters');
const BUILTIN = 'mlb-vier-vensters';
const newCase = (b: Backend) => b.services.cases.create({ format: 'mlb' });
/** Well-formed but unknown: the invalid rows must fail on shape, before any lookup. */
const SOME_ID = '00000000-0000-4000-8000-000000000000';
const caseUpdate = (id = SOME_ID) => ({
  id,
  codeName: 'Casus Otter',
  format: 'mlb',
  retentionUntil: '2030-01-01',
  people: [{ role: 'moeder', pseudonym: 'Moeder' }],
  timeline: [{ period: 'voorjaar', event: 'Eerste gesprek met Moeder' }],
});

const cases: { [M in MethodName]: Case<M> } = {
  'app.info': { valid: () => ({}), invalid: [{ extra: 1 }, 'x', 42] },
  'settings.get': { valid: () => ({}), invalid: [{ locale: 'nl' }, []] },
  'settings.update': { valid: () => ({ locale: 'en' }), invalid: [{ locale: 'de' }, { locale: 1 }, { theme: 'dark' }] },
  'scripts.list': {
    valid: () => ({ format: 'mlb', query: 'vensters' }),
    invalid: [{ format: 'poker' }, { query: 'x'.repeat(201) }, { query: 3 }, { sort: 'title' }],
  },
  'scripts.get': { valid: () => ({ id: BUILTIN }), invalid: [{}, { id: '' }, { id: '../etc/passwd' }, { id: 'A B' }, { id: 7 }] },
  'scripts.duplicate': { valid: () => ({ id: BUILTIN }), invalid: [{}, { id: 'x'.repeat(81) }, { id: null }] },
  'scripts.save': {
    valid: (b) => {
      const { builtin: _b, basedOn: _o, updatedAt: _u, ...script } = ownScript(b);
      return { script: { ...script, title: 'Aangepast' } };
    },
    invalid: [
      {},
      { script: { id: 'x' } },
      { script: { ...minimalScript(), blocks: [] } },
      { script: { ...minimalScript(), format: 'poker' } },
      { script: { ...minimalScript(), blocks: [{ ...minimalScript().blocks[0], minutes: 0 }] } },
      { script: { ...minimalScript(), blocks: [{ ...minimalScript().blocks[0], section: 'weging' }] } },
      { script: { ...minimalScript(), roles: ['koning'] } },
    ],
  },
  'scripts.delete': { valid: (b) => ({ id: ownScript(b).id }), invalid: [{}, { id: 5 }, { id: 'Hoofdletters' }] },
  'scripts.restore': {
    valid: () => ({ script: { ...minimalScript(), id: 'hersteld-script' } }),
    invalid: [{ script: null }, { script: { ...minimalScript(), version: -1 } }, { script: { ...minimalScript(), extra: true } }],
  },
  'scripts.export': { valid: () => ({ id: BUILTIN }), invalid: [{ id: '' }, { name: BUILTIN }] },
  'scripts.import': { valid: (b) => ({ content: b.services.scripts.export(BUILTIN).content }), invalid: [{}, { content: '' }, { content: 'x'.repeat(256_001) }, { content: 12 }] },
  'cases.list': { valid: () => ({}), invalid: [{ format: 'mlb' }, 'x'] },
  'cases.suggestCodeName': { valid: () => ({}), invalid: [{ codeName: 'Casus Otter' }] },
  'cases.create': {
    valid: () => ({ format: 'ffps', codeName: 'Casus Otter' }),
    invalid: [{}, { format: 'poker' }, { format: 'mlb', codeName: '' }, { format: 'mlb', codeName: 'x'.repeat(61) }, { format: 'mlb', notes: 'x' }],
  },
  'cases.get': { valid: (b) => ({ id: newCase(b).id }), invalid: [{}, { id: 'abc' }, { id: 5 }, { id: 'ABCDEF00-0000-4000-8000-000000000000' }, { id: `${SOME_ID}/..` }] },
  'cases.update': {
    valid: (b) => ({ ...caseUpdate(newCase(b).id), format: 'ffps' as const }),
    invalid: [
      { id: SOME_ID },
      { ...caseUpdate(), retentionUntil: '2030-13-45' },
      { ...caseUpdate(), retentionUntil: '1 januari' },
      { ...caseUpdate(), codeName: 'twee\nregels' },
      { ...caseUpdate(), people: [{ role: 'moeder', pseudonym: 'Moeder' }, { role: 'oma', pseudonym: 'moeder' }] },
      { ...caseUpdate(), people: [{ id: 'p1', role: 'moeder', pseudonym: 'Moeder' }] },
      { ...caseUpdate(), people: Array.from({ length: 61 }, (_, i) => ({ role: 'kind', pseudonym: `K${i}` })) },
      { ...caseUpdate(), timeline: [{ period: '', event: 'x' }] },
      { ...caseUpdate(), notes: 'x' },
    ],
  },
  'cases.saveNotes': {
    valid: (b) => ({ id: newCase(b).id, notes: 'Moeder belde over [school].', resolutions: [{ forms: ['Bobby'], kind: 'ignore' as const, personId: null, replacement: '' }] }),
    invalid: [
      { id: SOME_ID, notes: 5, resolutions: [] },
      { id: SOME_ID, notes: 'x' },
      { id: SOME_ID, notes: 'x'.repeat(200_001), resolutions: [] },
      { id: SOME_ID, notes: 'x', resolutions: [{ forms: [], kind: 'ignore', personId: null, replacement: '' }] },
      { id: SOME_ID, notes: 'x', resolutions: [{ forms: ['a'], kind: 'forget', personId: null, replacement: '' }] },
      { id: SOME_ID, notes: 'x', resolutions: [{ forms: ['a'], kind: 'pseudonym', personId: 'moeder', replacement: 'Moeder' }] },
    ],
  },
  'cases.recognise': {
    valid: (b) => ({ id: newCase(b).id, forms: ['Fatima', 'fatima'] }),
    invalid: [{ id: SOME_ID }, { id: SOME_ID, forms: [''] }, { id: SOME_ID, forms: 'Fatima' }, { id: SOME_ID, forms: ['x'.repeat(201)] }],
  },
  'cases.delete': { valid: (b) => ({ id: newCase(b).id }), invalid: [{}, { id: 'Casus Otter' }] },
  'cases.export': { valid: (b) => ({ id: newCase(b).id }), invalid: [{}, { id: null }] },
  'cases.purgeExpired': { valid: () => ({}), invalid: [{ today: '2030-01-01' }] },
  'anonymiser.lexicons': { valid: () => ({}), invalid: [{ file: '../../etc/passwd' }] },
  'notices.list': { valid: () => ({}), invalid: [{ all: true }] },
  'notices.dismiss': { valid: (b) => ({ id: b.services.notices.add('Test').id }), invalid: [{}, { id: 0 }, { id: 1.5 }, { id: '1' }] },
};

function minimalScript() {
  return {
    id: 'mini',
    title: 'Mini',
    format: 'intervisie' as const,
    canvas: 'vrij' as const,
    roles: ['gespreksleider' as const],
    version: 1,
    description: '',
    blocks: [{ title: 'Ronde', minutes: 10, section: null, instruction: 'Doe het.', prompts: [] }],
  };
}

describe('the API contract', () => {
  it('has a test row for every method and nothing else', () => {
    expect(Object.keys(cases).sort()).toEqual([...METHOD_NAMES].sort());
    expect(Object.keys(contract).sort()).toEqual([...METHOD_NAMES].sort());
  });

  for (const method of METHOD_NAMES) {
    describe(method, () => {
      it('accepts valid input', async () => {
        const b = testBackend();
        const result = await b.dispatch(method, (cases[method] as Case<MethodName>).valid(b));
        expect(result).toMatchObject({ ok: true });
      });
      it('rejects invalid input with a validation error and runs no handler', async () => {
        const b = testBackend();
        const before = b.db.prepare('SELECT COUNT(*) AS n FROM scripts').get();
        for (const input of cases[method].invalid) {
          const result = await b.dispatch(method, input);
          expect(result.ok, `${method} accepted ${JSON.stringify(input).slice(0, 80)}`).toBe(false);
          if (!result.ok) expect(result.error.code).toBe('VALIDATION');
        }
        expect(b.db.prepare('SELECT COUNT(*) AS n FROM scripts').get()).toEqual(before);
      });
    });
  }

  it('answers an unknown method with a typed code', async () => {
    const b = testBackend();
    expect(await b.dispatch('scripts.drop', {})).toEqual({ ok: false, error: { code: 'UNKNOWN_METHOD', message: 'unknown method' } });
    expect(await b.dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });
});
