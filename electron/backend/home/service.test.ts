import { describe, expect, it } from 'vitest';
import { testBackend } from '../testing/helpers';
import { addDays } from '../../../shared/home/types';
import { EMPTY_CANVAS } from '../../../shared/sessions/types';
import { finish, start } from '../../../shared/sessions/engine';
import type { Backend } from '..';

const BUILTIN = 'mlb-vier-vensters';
const IDEA = '00000000-0000-4000-8000-0000000000a1';

function group(b: Backend) {
  return b.services.groups.save({
    name: 'Leergroep Noord',
    description: '',
    members: ['Anna de Vries', 'Bram Okafor', 'Chris Jansen'].map((n) => ({ name: n, function: 'jeugdbeschermer', organisation: 'GI', skjNumber: null })),
  });
}

describe('home.overview', () => {
  it('is empty on a fresh installation', async () => {
    const b = testBackend();
    expect(await b.dispatch('home.overview', { today: '2030-03-04' })).toEqual({
      ok: true,
      value: { today: '2030-03-04', upcoming: [], retentionSoon: [], reflectionsToWrite: [], werkbegeleiding: [], ffpsInbox: [] },
    });
  });

  it('answers a wrong date with a code the renderer words, not only a Dutch sentence', async () => {
    const b = testBackend();
    expect(await b.dispatch('home.overview', { today: '30-11-2026' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: [{ path: 'today', issue: { code: 'date' } }, { path: 'today', issue: { code: 'date' } }] },
    });
  });

  it('gathers coming bijeenkomsten, cases near their purge, reflections to write and ideas for werkbegeleiding', () => {
    const b = testBackend();
    const g = group(b);
    const [anna, bram, chris] = g.members;
    const soonCase = b.services.cases.create({ format: 'mlb' });
    const today = addDays(soonCase.retentionUntil, -5);
    const laterCase = b.services.cases.create({ format: 'mlb' });
    b.services.cases.update({ id: laterCase.id, codeName: laterCase.codeName, format: 'mlb', retentionUntil: addDays(today, 60), people: [], timeline: [] });
    const plan = (date: string, startTime: string) =>
      b.services.sessions.plan(BUILTIN, {
        groupId: g.id, date, startTime, endTime: '23:00', caseId: null, leervraag: 'Hoe kan ik beter luisteren?',
        roles: { gespreksleider: anna.id, inbrenger: bram.id, notulist: null, tijdbewaker: null },
      });
    const past = plan(addDays(today, -7), '13:00');
    const yesterday = plan(addDays(today, -1), '13:00'); // planned, never held: not "coming" any more
    const later = plan(addDays(today, 7), '09:00');
    const now = plan(today, '13:00');
    const first = plan(today, '09:30');

    const t0 = Date.now();
    b.services.sessions.saveRun(past.id, finish(start(past.run, t0), t0 + 60_000));
    b.services.sessions.saveCanvas(past.id, {
      ...EMPTY_CANVAS,
      volgendeStappen: { ideas: [{ id: IDEA, memberId: chris.id, text: 'Vraag K1 naar de drie huizen', takeAlong: true }] },
    });
    b.services.sessions.saveLearning(past.id, {
      ...past.learning,
      attendance: past.learning.attendance.map((a) => ({ ...a, present: a.memberId !== chris.id })),
    });
    b.services.sessions.saveReflection({ sessionId: past.id, memberId: bram.id, technischInstrumenteel: 'Ik vroeg door.', normatief: '', persoonlijk: '', shared: false });

    const home = b.services.home.overview(today);
    expect(home.upcoming.map((s) => s.id)).toEqual([first.id, now.id, later.id]);
    expect(home.upcoming.map((s) => s.id)).not.toContain(yesterday.id);
    expect(home.retentionSoon).toEqual([{ id: soonCase.id, codeName: soonCase.codeName, retentionUntil: soonCase.retentionUntil }]);
    expect(home.reflectionsToWrite).toEqual([{ sessionId: past.id, groupName: 'Leergroep Noord', date: past.date, missing: ['Anna de Vries'] }]);
    expect(home.werkbegeleiding).toEqual([{ sessionId: past.id, groupName: 'Leergroep Noord', date: past.date, inbrenger: 'Bram Okafor', text: 'Vraag K1 naar de drie huizen' }]);
  });
});
