import { describe, expect, it } from 'vitest';
import type { Backend } from '..';
import { tempDir, testBackend } from '../testing/helpers';
import { createNameKey } from '../core/keys';
import { Gate, anonymiserFor } from './gate';
import { defaultResourcesDir } from '../core/paths';
import { groupMentions, pseudonymise, type Decision } from '../../../shared/anonymiser';
import type { Resolution } from '../../../shared/cases/types';
import type { ApiErrorBody } from '../../../shared/api/errors';

const RAW =
  'Fatima Yilmaz woont aan de Kerkstraat 12, 3511 AB. Haar BSN is 111222333, telefoon 06-12345678, ' +
  'mail fatima.yilmaz@example.nl. Fatima zegt dat het thuis beter gaat.';
const IDENTIFIERS = ['Fatima', 'Yilmaz', 'Kerkstraat', '3511', '111222333', '12345678', 'example.nl'];

async function caseWithMother(b: Backend) {
  const c = b.services.cases.create({ format: 'mlb' });
  const updated = b.services.cases.update({
    id: c.id,
    codeName: c.codeName,
    format: c.format,
    retentionUntil: c.retentionUntil,
    people: [{ role: 'moeder', pseudonym: 'Moeder' }],
    timeline: [],
  });
  return { id: c.id, motherId: updated.people[0].id };
}

async function expectUnresolved(b: Backend, method: string, input: unknown): Promise<ApiErrorBody> {
  const r = await b.dispatch(method, input);
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error('accepted');
  expect(r.error.code).toBe('UNRESOLVED');
  return r.error;
}

/** What the renderer does: detect, group, replace persons by a roster pseudonym and the rest by placeholders. */
function anonymiseLikeTheRenderer(text: string, motherId: string): { notes: string; resolutions: Resolution[] } {
  const detector = anonymiserFor(`${defaultResourcesDir()}/lexicons`).detector();
  const entities = groupMentions(text, detector.detect(text));
  const decisions: Decision[] = [];
  const resolutions: Resolution[] = [];
  for (const e of entities) {
    const isMother = e.label === 'PERSOON';
    const replacement = isMother ? 'Moeder' : e.suggestion;
    decisions.push({ entityId: e.id, action: 'replace', replacement, mentions: e.mentions });
    resolutions.push({ forms: e.forms, kind: 'pseudonym', personId: isMother ? motherId : null, replacement });
  }
  return { notes: pseudonymise(text, decisions), resolutions };
}

describe('the anonymisation gate', () => {
  it('refuses notes with an unresolved name, BSN, phone, postcode or e-mail, without echoing them', async () => {
    const b = testBackend();
    const { id } = await caseWithMother(b);
    const err = await expectUnresolved(b, 'cases.saveNotes', { id, notes: RAW, resolutions: [] });
    const labels = new Set(err.details!.map((d) => d.message.split(' ')[0]));
    for (const l of ['PERSOON', 'BSN', 'TELEFOON', 'POSTCODE', 'EMAIL']) expect(labels).toContain(l);
    for (const d of err.details!) {
      expect(d.path).toBe('notes');
      expect(d.message).toMatch(/^[A-Z]+ \d+-\d+$/);
    }
    // The offsets point at the identifiers, and the error body carries none of them.
    const bsn = err.details!.find((d) => d.message.startsWith('BSN'))!;
    const [start, end] = bsn.message.split(' ')[1].split('-').map(Number);
    expect(RAW.slice(start, end)).toBe('111222333');
    const body = JSON.stringify(err);
    for (const x of IDENTIFIERS) expect(body).not.toContain(x);
    expect(b.services.cases.get(id).notes).toBe('');
  });

  it('accepts the same note once pseudonymised', async () => {
    const b = testBackend();
    const { id, motherId } = await caseWithMother(b);
    const { notes, resolutions } = anonymiseLikeTheRenderer(RAW, motherId);
    for (const x of IDENTIFIERS) expect(notes).not.toContain(x);
    const r = await b.dispatch('cases.saveNotes', { id, notes, resolutions });
    expect(r).toMatchObject({ ok: true, value: { notes } });
  });

  it('accepts a word marked "geen identificatie", and later saves without resending it', async () => {
    const b = testBackend();
    const { id } = await caseWithMother(b);
    const notes = 'Moeder zegt dat Bobby vaak blaft.';
    await expectUnresolved(b, 'cases.saveNotes', { id, notes, resolutions: [] });
    const ignore: Resolution = { forms: ['Bobby'], kind: 'ignore', personId: null, replacement: '' };
    expect(await b.dispatch('cases.saveNotes', { id, notes, resolutions: [ignore] })).toMatchObject({ ok: true });
    // The stored keyed hash now stands for the decision.
    const later = `${notes} Bobby slaapt in de gang.`;
    expect(await b.dispatch('cases.saveNotes', { id, notes: later, resolutions: [] })).toMatchObject({ ok: true, value: { notes: later } });
  });

  it('lets a free replacement such as "Persoon A" through, as in the renderer\'s suggestions', async () => {
    const b = testBackend();
    const { id } = await caseWithMother(b);
    const notes = 'Moeder en Persoon A hadden ruzie. Persoon A is weggegaan.';
    await expectUnresolved(b, 'cases.saveNotes', { id, notes, resolutions: [] });
    const r = await b.dispatch('cases.saveNotes', {
      id,
      notes,
      resolutions: [{ forms: ['Kees de Vries'], kind: 'pseudonym', personId: null, replacement: 'Persoon A' }],
    });
    expect(r).toMatchObject({ ok: true });
    // Stored replacements stay allowed in later saves.
    expect(await b.dispatch('cases.saveNotes', { id, notes: 'Persoon A belde.', resolutions: [] })).toMatchObject({ ok: true });
  });

  it('lets the English suggestion "Person A" through as well (the renderer words new suggestions in the UI language)', async () => {
    const b = testBackend();
    const { id } = await caseWithMother(b);
    const notes = 'Moeder en Person A hadden ruzie. Person A is weggegaan.';
    const r = await b.dispatch('cases.saveNotes', {
      id,
      notes,
      resolutions: [{ forms: ['Kees de Vries'], kind: 'pseudonym', personId: null, replacement: 'Person A' }],
    });
    expect(r).toMatchObject({ ok: true });
    expect(await b.dispatch('cases.saveNotes', { id, notes: 'Person A belde.', resolutions: [] })).toMatchObject({ ok: true });
  });

  it('refuses a replacement that equals the form it replaces (it would store the name)', async () => {
    const b = testBackend();
    const { id } = await caseWithMother(b);
    const r = await b.dispatch('cases.saveNotes', {
      id,
      notes: 'Moeder belde.',
      resolutions: [{ forms: ['Kees'], kind: 'pseudonym', personId: null, replacement: 'kees' }],
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: [{ path: 'resolutions.0.replacement' }] } });
  });

  it('refuses a roster role that holds a name, and a pseudonym that is a phone number', async () => {
    const b = testBackend();
    const { id } = await caseWithMother(b);
    const base = { id, codeName: 'Casus Otter', format: 'mlb', retentionUntil: '2030-01-01', timeline: [] };
    const err = await expectUnresolved(b, 'cases.update', { ...base, people: [{ role: 'moeder Fatima Yilmaz', pseudonym: 'Moeder' }] });
    expect(err.details).toEqual([{ path: 'people.0.role', message: 'PERSOON 7-20', issue: { code: 'backend.identifier_in_text', params: { label: 'PERSOON' } } }]);
    const err2 = await b.dispatch('cases.update', { ...base, people: [{ role: 'vader', pseudonym: '06-12345678' }] });
    expect(err2).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: [{ path: 'people.0.pseudonym', message: 'TELEFOON is no pseudonym' }] } });
    const err3 = await expectUnresolved(b, 'cases.update', {
      ...base,
      people: [{ role: 'moeder', pseudonym: 'Moeder' }],
      timeline: [{ period: '12 maart 2024', event: 'Moeder belde' }],
    });
    expect(err3.details).toEqual([{ path: 'timeline.0.period', message: 'DATUM 0-13', issue: { code: 'backend.identifier_in_text', params: { label: 'DATUM' } } }]);
    expect(b.services.cases.get(id).codeName).not.toBe('Casus Otter');
  });

  it('refuses a code name with a name in it, and accepts every suggested code name', async () => {
    const b = testBackend();
    await expectUnresolved(b, 'cases.create', { format: 'mlb', codeName: 'Casus Fatima Yilmaz' });
    for (let i = 0; i < 45; i++) expect(await b.dispatch('cases.create', { format: 'sos' })).toMatchObject({ ok: true });
    expect(b.services.cases.list()).toHaveLength(45);
  });

  it('refuses a pseudonym or replacement that is itself a full name, and keeps single-name pseudonyms', async () => {
    const b = testBackend();
    const { id } = await caseWithMother(b);
    const base = { id, codeName: 'Casus Otter', format: 'mlb', retentionUntil: '2030-01-01', timeline: [] };
    const full = await b.dispatch('cases.update', { ...base, people: [{ role: 'vader', pseudonym: 'Hendrik Jansen' }] });
    expect(full).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: [{ path: 'people.0.pseudonym', message: 'PERSOON is no pseudonym' }] } });
    expect(await b.dispatch('cases.update', { ...base, people: [{ role: 'dochter', pseudonym: 'Zora' }, { role: 'zoon', pseudonym: 'K2' }] })).toMatchObject({ ok: true });
    const free = await b.dispatch('cases.saveNotes', {
      id,
      notes: 'Peter Smit belde.',
      resolutions: [{ forms: ['Peter Smit'], kind: 'pseudonym', personId: null, replacement: 'Karel de Boer' }],
    });
    expect(free).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: [{ path: 'resolutions.0.replacement' }] } });
  });

  it('never lets a structured identifier be marked "geen identificatie", now or through an earlier key', async () => {
    const dir = tempDir();
    const b = testBackend(dir);
    const { id } = await caseWithMother(b);
    for (const form of ['06-12345678', '111222333', 'iemand@example.nl', '3511 AB']) {
      const r = await b.dispatch('cases.saveNotes', { id, notes: `Zie ${form}.`, resolutions: [{ forms: [form], kind: 'ignore', personId: null, replacement: '' }] });
      expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: [{ path: 'resolutions.0.kind' }] } });
    }
    // A key stored for a phone number (as an older version could) does not excuse it either.
    const key = b.nameKey('06-12345678');
    b.db.prepare("INSERT INTO case_name_keys (case_id, key_hash, kind, person_id, replacement) VALUES (?, ?, 'ignore', NULL, '')").run(id, key);
    await expectUnresolved(b, 'cases.saveNotes', { id, notes: 'Bel 06-12345678.', resolutions: [] });
  });

  it('refuses structured identifiers in text that is not case material: groups and scripts', async () => {
    const b = testBackend();
    const group = await b.dispatch('groups.save', { name: 'Leergroep Zuid', description: 'Vragen? Bel 06-12345678', members: [] });
    expect(group).toMatchObject({ ok: false, error: { code: 'IDENTIFIER', details: [{ path: 'description' }] } });
    const member = await b.dispatch('groups.save', {
      name: 'Leergroep Zuid', description: '', members: [{ name: 'Anna de Vries', function: 'BSN 111222333', organisation: '', skjNumber: null }],
    });
    expect(member).toMatchObject({ ok: false, error: { code: 'IDENTIFIER', details: [{ path: 'members.0.function' }] } });
    expect(await b.dispatch('groups.save', { name: 'Leergroep Zuid', description: 'Met Anna de Vries als gespreksleider', members: [] })).toMatchObject({ ok: true });
    const copy = b.services.scripts.duplicate('mlb-vier-vensters');
    const blocks = copy.blocks.map((bl, i) => (i === 0 ? { ...bl, instruction: `${bl.instruction}\n\nDe moeder woont op 3511 AB, mail moeder@example.nl.` } : bl));
    const { builtin: _b, basedOn: _o, updatedAt: _u, ...script } = copy;
    const saved = await b.dispatch('scripts.save', { script: { ...script, blocks } });
    expect(saved).toMatchObject({ ok: false, error: { code: 'IDENTIFIER' } });
    if (!saved.ok) expect(saved.error.details!.map((d) => d.path)).toEqual(['blocks.0.instruction', 'blocks.0.instruction']);
  });

  it('reviews other free text in one call: refuses structured identifiers, returns names and addresses as warnings', () => {
    const gate = new Gate(anonymiserFor(`${defaultResourcesDir()}/lexicons`).detector, createNameKey(Buffer.alloc(32, 7)));
    const comment = 'Anna de Vries vroeg door; het verhaal van Fatima Yilmaz aan de Kerkstraat 12 kwam terug.';
    const warnings = gate.reviewFreeText([{ path: 'comment', text: comment }, { path: 'oefenpunt', text: 'Samenvatten voor je doorvraagt.' }], ['Anna de Vries']);
    expect(warnings.map((w) => `${w.path} ${w.label} ${comment.slice(w.start, w.end)}`)).toEqual(['comment PERSOON Fatima Yilmaz', 'comment LOCATIE Kerkstraat 12']);
    // Paths, labels and offsets only: nothing of the text travels with a warning.
    expect(Object.keys(warnings[0]).sort()).toEqual(['end', 'label', 'path', 'start']);
    let refused: unknown;
    try {
      gate.reviewFreeText([{ path: 'comment', text: 'Bel haar op 06-12345678.' }]);
    } catch (e) {
      refused = e;
    }
    expect(refused).toMatchObject({ code: 'IDENTIFIER', details: [{ path: 'comment', message: 'TELEFOON 12-23' }] });
  });
});
