import { amsterdamToday } from '../core/dates';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '..';
import { tempDir, testBackend } from '../testing/helpers';
import { addDays } from './retention';

const today = () => amsterdamToday(new Date());

function withRoster(b: Backend, people = [{ role: 'moeder', pseudonym: 'Moeder' }, { role: 'oudste zoon, 12', pseudonym: 'K1' }]) {
  const c = b.services.cases.create({ format: 'mlb' });
  return b.services.cases.update({ id: c.id, codeName: c.codeName, format: c.format, retentionUntil: c.retentionUntil, people, timeline: [] });
}

describe('cases', () => {
  it('suggests unused neutral code names and lists cases by last use', async () => {
    const b = testBackend();
    const first = b.services.cases.create({ format: 'mlb' });
    const second = b.services.cases.create({ format: 'ffps' });
    expect(first.codeName).toBe('Casus Zeester');
    expect(second.codeName).toBe('Casus Kompas');
    expect(b.services.cases.suggestCodeName()).toEqual({ codeName: 'Casus Vuurtoren' });
    expect(first.retentionUntil).toBe(addDays(today(), 90));
    await new Promise((r) => setTimeout(r, 5));
    b.services.cases.get(first.id);
    expect(b.services.cases.list().map((c) => c.codeName)).toEqual(['Casus Zeester', 'Casus Kompas']);
    expect(b.services.cases.list()[0]).toMatchObject({ peopleCount: 0, hasNotes: false, format: 'mlb' });
  });

  it('keeps roster ids and order, adds and removes people, replaces the timeline', () => {
    const b = testBackend();
    const c = withRoster(b);
    const [mother, k1] = c.people;
    const next = b.services.cases.update({
      id: c.id,
      codeName: 'Casus Otter',
      format: 'sos',
      retentionUntil: c.retentionUntil,
      people: [{ ...k1, pseudonym: 'Oudste' }, { role: 'stiefvader', pseudonym: 'Stiefvader' }],
      timeline: [{ period: 'voorjaar', event: 'Eerste gesprek met Oudste' }],
    });
    expect(next.people.map((p) => p.pseudonym)).toEqual(['Oudste', 'Stiefvader']);
    expect(next.people[0].id).toBe(k1.id);
    expect(next.people.map((p) => p.id)).not.toContain(mother.id);
    expect(next).toMatchObject({ codeName: 'Casus Otter', format: 'sos', timeline: [{ period: 'voorjaar' }] });
    expect(() =>
      b.services.cases.update({ ...next, people: [{ id: '00000000-0000-4000-8000-000000000000', role: 'x', pseudonym: 'X' }] }),
    ).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
  });

  it('recognises resolved forms by keyed hash, with the current pseudonym, and nothing else', async () => {
    const b = testBackend();
    const c = withRoster(b);
    const mother = c.people[0];
    const saved = await b.dispatch('cases.saveNotes', {
      id: c.id,
      notes: 'Moeder vertelt over K1.',
      resolutions: [{ forms: ['Fatima', 'fatima', 'Fatima El Amrani'], kind: 'pseudonym', personId: mother.id, replacement: 'Moeder' }],
    });
    expect(saved.ok).toBe(true);
    const found = b.services.cases.recognise({ id: c.id, forms: ['FATIMA', "Fatima's", 'fatima el amrani', 'Yusuf', 'Moeder'] });
    expect(found).toEqual([
      { form: 'FATIMA', kind: 'pseudonym', personId: mother.id, replacement: 'Moeder' },
      { form: "Fatima's", kind: 'pseudonym', personId: mother.id, replacement: 'Moeder' },
      { form: 'fatima el amrani', kind: 'pseudonym', personId: mother.id, replacement: 'Moeder' },
    ]);
    // Renaming the roster pseudonym changes what a recognised name becomes.
    b.services.cases.update({ ...c, people: [{ ...mother, pseudonym: 'Mama' }, c.people[1]] });
    expect(b.services.cases.recognise({ id: c.id, forms: ['Fatima'] })).toEqual([
      { form: 'Fatima', kind: 'pseudonym', personId: mother.id, replacement: 'Mama' },
    ]);
    // Another case does not know this case's names.
    const other = b.services.cases.create({ format: 'mlb' });
    expect(b.services.cases.recognise({ id: other.id, forms: ['Fatima'] })).toEqual([]);
  });

  it('refuses a resolution pointing at a person of another case', async () => {
    const b = testBackend();
    const c = withRoster(b);
    const other = withRoster(b);
    const r = await b.dispatch('cases.saveNotes', {
      id: c.id,
      notes: 'Moeder belde.',
      resolutions: [{ forms: ['Fatima'], kind: 'pseudonym', personId: other.people[0].id, replacement: 'Moeder' }],
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: [{ path: 'resolutions.0.personId' }] } });
  });

  it('deletes a case with everything in it and says which', () => {
    const b = testBackend();
    const c = withRoster(b);
    b.services.cases.saveNotes({ id: c.id, notes: 'Moeder belde.', resolutions: [{ forms: ['Fatima'], kind: 'pseudonym', personId: c.people[0].id, replacement: 'Moeder' }] });
    expect(b.services.cases.delete(c.id)).toEqual({ deleted: c.codeName });
    for (const t of ['cases', 'case_people', 'case_timeline', 'case_name_keys']) {
      expect(b.db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get()).toEqual({ n: 0 });
    }
    expect(() => b.services.cases.get(c.id)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});

describe('retention', () => {
  it('purges an expired case at backend start, writes one notice, keeps the others', () => {
    const dir = tempDir();
    const b1 = testBackend(dir);
    const old = b1.services.cases.create({ format: 'mlb' });
    const kept = b1.services.cases.create({ format: 'mlb' });
    b1.db.prepare("UPDATE cases SET retention_until = '2020-03-01' WHERE id = ?").run(old.id);
    b1.close();

    const b2 = testBackend(dir);
    expect(b2.services.cases.list().map((c) => c.id)).toEqual([kept.id]);
    const notices = b2.services.notices.list();
    expect(notices).toHaveLength(1);
    expect(notices[0].message).toBe('1 casus verwijderd omdat de bewaartermijn verliep: Casus Zeester (tot 2020-03-01).');
    expect(b2.services.notices.dismiss(notices[0].id)).toEqual({ dismissed: notices[0].id });
    expect(b2.services.notices.list()).toEqual([]);
    // Nothing to remove: no new notice.
    expect(b2.services.cases.purgeExpired()).toEqual({ removed: [], backupsRemoved: 0 });
    expect(b2.services.notices.list()).toEqual([]);
  });

  it('keeps a case through its last day and removes it the day after', () => {
    const b = testBackend();
    const c = b.services.cases.create({ format: 'mlb' });
    expect(b.services.cases.purgeExpired(c.retentionUntil).removed).toEqual([]);
    expect(b.services.cases.purgeExpired(addDays(c.retentionUntil, 1)).removed).toEqual([{ codeName: c.codeName, retentionUntil: c.retentionUntil }]);
  });

  it('extends the term on use, but not past a term the user shortened', () => {
    const b = testBackend();
    const c = b.services.cases.create({ format: 'mlb' });
    b.db.prepare("UPDATE cases SET retention_until = '2020-01-01' WHERE id = ?").run(c.id);
    expect(b.services.cases.get(c.id).retentionUntil).toBe(addDays(today(), 90));
    const shorter = addDays(today(), 7);
    b.services.cases.update({ ...c, retentionUntil: shorter });
    expect(b.services.cases.get(c.id).retentionUntil).toBe(shorter);
    const longer = addDays(today(), 400);
    b.services.cases.update({ ...c, retentionUntil: longer });
    expect(b.services.cases.get(c.id).retentionUntil).toBe(longer);
  });

  it('follows the retention setting', async () => {
    const b = testBackend();
    expect(await b.dispatch('settings.update', { retentionDays: 30 })).toMatchObject({ ok: true, value: { retentionDays: 30 } });
    expect(b.services.cases.create({ format: 'mlb' }).retentionUntil).toBe(addDays(today(), 30));
  });

  it('deletes backup files older than the term and mentions them', () => {
    const b = testBackend();
    const dir = backupsDir(b);
    const oldFile = path.join(dir, 'leertafel-v2-old.db');
    const newFile = path.join(dir, 'leertafel-v2-new.db');
    fs.writeFileSync(oldFile, 'oud');
    fs.writeFileSync(newFile, 'nieuw');
    const longAgo = new Date(Date.now() - 91 * 86_400_000);
    fs.utimesSync(oldFile, longAgo, longAgo);
    expect(b.services.cases.purgeExpired()).toEqual({ removed: [], backupsRemoved: 1 });
    expect(fs.existsSync(oldFile)).toBe(false);
    expect(fs.existsSync(newFile)).toBe(true);
    expect(b.services.notices.list()[0].message).toBe('1 oude reservekopie van de database verwijderd (ouder dan 90 dagen).');
  });
});

function backupsDir(b: Backend): string {
  const dir = path.join(path.dirname(b.db.name), 'backups');
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

describe('export', () => {
  it('writes anonymised Markdown with roster, timeline and notes', () => {
    const b = testBackend();
    const c = withRoster(b);
    b.services.cases.update({ ...c, timeline: [{ period: 'voorjaar 2024', event: 'Moeder zoekt hulp' }] });
    b.services.cases.saveNotes({ id: c.id, notes: 'Moeder en K1 | samen.', resolutions: [] });
    const out = b.services.cases.export(c.id);
    expect(out.filename).toBe('casus-zeester.md');
    expect(out.content).toContain('# Casus Zeester');
    expect(out.content).toContain('alleen om van te leren, niet voor besluiten over cliënten');
    expect(out.content).toContain('| Rol | Pseudoniem |');
    expect(out.content).toContain('| oudste zoon, 12 | K1 |');
    expect(out.content).toContain('- **voorjaar 2024** — Moeder zoekt hulp');
    expect(out.content).toContain('Moeder en K1 | samen.');
  });

  it('refuses when stored notes were changed behind the gate to hold a BSN', async () => {
    const b = testBackend();
    const c = withRoster(b);
    b.db.prepare('UPDATE cases SET notes = ? WHERE id = ?').run('Moeder heeft BSN 111222333.', c.id);
    const r = await b.dispatch('cases.export', { id: c.id });
    expect(r).toMatchObject({ ok: false, error: { code: 'UNRESOLVED', details: [{ path: 'notes', message: 'BSN 17-26' }] } });
    expect(JSON.stringify(r)).not.toContain('111222333');
  });
});
