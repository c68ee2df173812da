import { describe, expect, it } from 'vitest';
import type { Backend } from '..';
import { testBackend } from '../testing/helpers';
import type { Group } from '../../../shared/groups/types';

const person = (name: string, skjNumber: string | null = null) => ({ name, function: 'gezinsvoogd', organisation: 'GI Noord', skjNumber });

function group(b: Backend, names = ['Anna de Vries', 'Bram Okafor', 'Chris Jansen', 'Dewi Tan']): Group {
  return b.services.groups.save({ name: 'Leergroep Noord', description: 'Dinsdag', members: names.map((n) => person(n)) });
}

function plan(b: Backend, g: Group, date = '2030-03-04', gl = 0, ib = 1) {
  return b.services.sessions.plan('mlb-vier-vensters', {
    groupId: g.id,
    date,
    startTime: '19:00',
    endTime: '20:30',
    roles: { gespreksleider: g.members[gl].id, inbrenger: g.members[ib].id, notulist: null, tijdbewaker: null },
    caseId: null,
    leervraag: 'Hoe kan ik rustig blijven als een vader boos wordt?',
  });
}

const keep = (g: Group) => g.members.map(({ id, name, function: f, organisation, skjNumber }) => ({ id, name, function: f, organisation, skjNumber }));

describe('groups', () => {
  it('creates, lists with counts and the next planned date, and updates members keeping their ids', () => {
    const b = testBackend();
    const g = b.services.groups.save({ name: 'Leergroep Noord', description: '', members: [person('Anna de Vries', '12345678'), person('Bram Okafor')] });
    expect(g.members.map((m) => m.name)).toEqual(['Anna de Vries', 'Bram Okafor']);
    expect(g.members[0].skjNumber).toBe('12345678');
    b.services.groups.save({ name: 'Aardvarken', description: '', members: [] });
    expect(b.services.groups.list().map((x) => x.name)).toEqual(['Aardvarken', 'Leergroep Noord']);

    plan(b, g, '2030-05-01');
    plan(b, g, '2030-03-04');
    plan(b, g, '2001-01-01');
    expect(b.services.groups.list()[1]).toMatchObject({ memberCount: 2, sessionCount: 3, nextSession: '2030-03-04' });

    const [anna, bram] = g.members;
    const next = b.services.groups.save({
      id: g.id,
      name: 'Leergroep Noord-Oost',
      description: 'Donderdag',
      members: [{ ...keep(g)[1], function: 'gedragswetenschapper' }, keep(g)[0], person('Chris Jansen')],
    });
    expect(next.name).toBe('Leergroep Noord-Oost');
    expect(next.members.map((m) => m.id).slice(0, 2)).toEqual([bram.id, anna.id]);
    expect(next.members[0].function).toBe('gedragswetenschapper');
    expect(next.members[2].name).toBe('Chris Jansen');
    expect(b.services.groups.get(g.id)).toEqual(next);
  });

  it('refuses member ids from elsewhere and an unknown group id', () => {
    const b = testBackend();
    const g = group(b);
    expect(() => b.services.groups.save({ id: '00000000-0000-4000-8000-000000000000', name: 'X', description: '', members: [] })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    const other = group(b, ['Eva Smit']);
    expect(() => b.services.groups.save({ id: g.id, name: g.name, description: '', members: [...keep(g), ...keep(other)] })).toThrow(
      expect.objectContaining({ code: 'VALIDATION', details: [{ path: 'members.4.id', message: 'member is not in this group', issue: { code: 'backend.not_member' } }] }),
    );
  });

  it('deletes an unreferenced member, refuses one with a role in a planned bijeenkomst, and only marks one with a record', () => {
    const b = testBackend();
    const g = group(b);
    const [anna, bram, chris, dewi] = g.members;
    const s = plan(b, g);
    // Dewi has no role and nothing has happened yet: removing her is a plain delete, also from the planned attendance.
    const without = b.services.groups.save({ id: g.id, name: g.name, description: '', members: keep(g).filter((m) => m.id !== dewi.id) });
    expect(without.members.map((m) => m.id)).toEqual([anna.id, bram.id, chris.id]);
    expect(b.db.prepare('SELECT COUNT(*) AS n FROM group_members WHERE id = ?').get(dewi.id)).toEqual({ n: 0 });
    expect(b.services.sessions.get(s.id).learning.attendance.map((a) => a.memberId)).toEqual([anna.id, bram.id, chris.id]);

    // Bram brings the case in a planned bijeenkomst.
    expect(() => b.services.groups.save({ id: g.id, name: g.name, description: '', members: keep(without).filter((m) => m.id !== bram.id) })).toThrow(
      expect.objectContaining({ code: 'CONFLICT', details: [expect.objectContaining({ issue: { code: 'backend.member_has_planned_role', params: { name: bram.name } } })] }),
    );

    // Once it ran, Chris (present, reflected) leaves: his name stays in the record.
    b.services.sessions.saveRun(s.id, { ...s.run, status: 'finished', actualStart: 1, actualEnd: 2 });
    b.services.sessions.saveReflection({ sessionId: s.id, memberId: chris.id, technischInstrumenteel: 'Ik vroeg door.', normatief: '', persoonlijk: '', shared: true });
    const after = b.services.groups.save({ id: g.id, name: g.name, description: '', members: keep(without).filter((m) => m.id !== chris.id) });
    expect(after.members.map((m) => m.id)).toEqual([anna.id, bram.id]);
    expect(b.services.groups.list()[0].memberCount).toBe(2);
    const detail = b.services.sessions.get(s.id);
    expect(detail.members.map((m) => m.name)).toContain('Chris Jansen');
    expect(detail.reflections).toHaveLength(1);
    // A removed member can no longer be given a role.
    expect(() =>
      b.services.sessions.plan('mlb-vier-vensters', {
        groupId: g.id, date: '2030-06-01', startTime: '19:00', endTime: '20:00',
        roles: { gespreksleider: anna.id, inbrenger: chris.id, notulist: null, tijdbewaker: null }, caseId: null, leervraag: '',
      }),
    ).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
  });

  it('adds new members to the attendance of planned bijeenkomsten only', () => {
    const b = testBackend();
    const g = group(b, ['Anna de Vries', 'Bram Okafor']);
    const ran = plan(b, g, '2030-01-01');
    b.services.sessions.saveRun(ran.id, { ...ran.run, status: 'running', actualStart: 1 });
    const planned = plan(b, g, '2030-02-01');
    const next = b.services.groups.save({ id: g.id, name: g.name, description: '', members: [...keep(g), person('Chris Jansen')] });
    expect(b.services.sessions.get(planned.id).learning.attendance).toContainEqual({ memberId: next.members[2].id, present: true, arrived: null, left: null });
    expect(b.services.sessions.get(ran.id).learning.attendance).toHaveLength(2);
  });

  it('refuses to delete a group with bijeenkomsten, and deletes it once they are gone', async () => {
    const b = testBackend();
    const g = group(b);
    const s = plan(b, g);
    const refused = await b.dispatch('groups.delete', { id: g.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    b.services.sessions.delete(s.id);
    expect(b.services.groups.delete(g.id)).toEqual({ deleted: 'Leergroep Noord' });
    expect(b.services.groups.list()).toEqual([]);
    expect(b.db.prepare('SELECT COUNT(*) AS n FROM group_members').get()).toEqual({ n: 0 });
    expect(await b.dispatch('groups.get', { id: g.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
