import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '..';
import { tempDir, testBackend } from '../testing/helpers';
import { EMPTY_CANVAS, type SessionDetail, type VierVenstersCanvas } from '../../../shared/sessions/types';
import type { Group } from '../../../shared/groups/types';

const BUILTIN = 'mlb-vier-vensters';
const IDEA1 = '00000000-0000-4000-8000-0000000000a1';
const IDEA2 = '00000000-0000-4000-8000-0000000000a2';
/** 2030-03-04 19:00 and 20:30 in Amsterdam (CET, UTC+1). */
const AT_1900 = Date.parse('2030-03-04T18:00:00Z');
const AT_2030 = Date.parse('2030-03-04T19:30:00Z');

function group(b: Backend, name = 'Leergroep Noord'): Group {
  return b.services.groups.save({
    name,
    description: '',
    members: ['Anna de Vries', 'Bram Okafor', 'Chris Jansen', 'Dewi Tan'].map((n) => ({ name: n, function: 'jeugdbeschermer', organisation: 'GI', skjNumber: null })),
  });
}

function rosterCase(b: Backend, pseudonyms = ['Moeder', 'K1', 'Zora']) {
  const c = b.services.cases.create({ format: 'mlb' });
  return b.services.cases.update({
    id: c.id, codeName: c.codeName, format: c.format, retentionUntil: c.retentionUntil,
    people: pseudonyms.map((p) => ({ role: p === 'Moeder' ? 'moeder' : 'kind', pseudonym: p })), timeline: [],
  });
}

function plan(b: Backend, g: Group, extra: { caseId?: string | null; date?: string; scriptId?: string; startTime?: string } = {}): SessionDetail {
  return b.services.sessions.plan(extra.scriptId ?? BUILTIN, {
    groupId: g.id,
    date: extra.date ?? '2030-03-04',
    startTime: extra.startTime ?? '19:00',
    endTime: '20:30',
    roles: { gespreksleider: g.members[0].id, inbrenger: g.members[1].id, notulist: g.members[2].id, tijdbewaker: null },
    caseId: extra.caseId ?? null,
    leervraag: 'Hoe kan ik rustig blijven als een vader boos wordt?',
  });
}

const planOf = (s: SessionDetail) => ({ groupId: s.groupId, date: s.date, startTime: s.startTime, endTime: s.endTime, roles: s.roles, caseId: s.caseId, leervraag: s.leervraag });

function canvas(patch: Partial<VierVenstersCanvas> = {}): VierVenstersCanvas {
  return structuredClone({ ...EMPTY_CANVAS, ...patch });
}

describe('planning', () => {
  it('starts with an initial run, an empty canvas and everyone expected', () => {
    const b = testBackend();
    const g = group(b);
    const s = plan(b, g);
    const blocks = b.services.scripts.get(BUILTIN).blocks.length;
    expect(s.run).toEqual({
      status: 'planned', blockIndex: 0, blockStartedAt: null, blockElapsedBefore: 0,
      extraMinutes: Array(blocks).fill(0), actualStart: null, actualEnd: null, log: [],
    });
    expect(s.canvas).toEqual(EMPTY_CANVAS);
    expect(s.learning.attendance).toEqual(g.members.map((m) => ({ memberId: m.id, present: true, arrived: null, left: null })));
    expect(s.script).not.toHaveProperty('builtin');
    expect(s).toMatchObject({ groupName: 'Leergroep Noord', caseCodeName: null, reflections: [], members: g.members });
    expect(s.hours.every((h) => h.hours === 0)).toBe(true);
  });

  it('keeps its script snapshot when the library script is edited or deleted later', () => {
    const b = testBackend();
    const own = b.services.scripts.duplicate(BUILTIN);
    const s = plan(b, group(b), { scriptId: own.id });
    const { builtin: _b, basedOn: _o, updatedAt: _u, ...script } = own;
    b.services.scripts.save({ ...script, title: 'Later anders', blocks: script.blocks.slice(0, 2) });
    expect(b.services.sessions.get(s.id).script).toEqual(s.script);
    expect(s.script.title).toBe(own.title);
    b.services.sessions.updatePlan(s.id, { ...planOf(s), leervraag: 'Hoe kan ik beter luisteren?' });
    expect(b.services.sessions.get(s.id).script.blocks).toHaveLength(own.blocks.length);
    b.services.scripts.delete(own.id);
    expect(b.services.sessions.get(s.id).script).toEqual(s.script);
    expect(b.services.sessions.list()[0].scriptTitle).toBe(own.title);
  });

  it('accepts only roles held by members of the group and a case that exists', () => {
    const b = testBackend();
    const g = group(b);
    const other = group(b, 'Leergroep Zuid');
    const base = planOf(plan(b, g));
    const refused = (p: typeof base) => {
      try {
        b.services.sessions.plan(BUILTIN, p);
      } catch (err) {
        return err;
      }
      return null;
    };
    expect(refused({ ...base, roles: { ...base.roles, inbrenger: other.members[1].id } })).toMatchObject({
      code: 'VALIDATION', details: [{ path: 'plan.roles.inbrenger' }],
    });
    expect(refused({ ...base, roles: { ...base.roles, tijdbewaker: other.members[0].id } })).toMatchObject({ details: [{ path: 'plan.roles.tijdbewaker' }] });
    expect(refused({ ...base, caseId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ code: 'VALIDATION', details: [{ path: 'plan.caseId' }] });
    expect(refused({ ...base, groupId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ code: 'VALIDATION', details: [{ path: 'plan.groupId' }] });
    expect(() => b.services.sessions.plan('bestaat-niet', base)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('gates the leervraag and changes the plan only while planned', async () => {
    const b = testBackend();
    const s = plan(b, group(b));
    const named = await b.dispatch('sessions.updatePlan', { id: s.id, plan: { ...planOf(s), leervraag: 'Hoe help ik Fatima Yilmaz?' } });
    expect(named).toMatchObject({ ok: false, error: { code: 'UNRESOLVED', details: [{ path: 'plan.leervraag' }] } });
    expect(JSON.stringify(named)).not.toContain('Fatima');
    const moved = b.services.sessions.updatePlan(s.id, { ...planOf(s), date: '2030-04-01', startTime: '09:00' });
    expect(moved).toMatchObject({ date: '2030-04-01', startTime: '09:00' });
    b.services.sessions.saveRun(s.id, { ...s.run, status: 'running', actualStart: AT_1900, blockStartedAt: AT_1900 });
    expect(() => b.services.sessions.updatePlan(s.id, planOf(moved))).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });

  it('lists coming bijeenkomsten soonest first, then past ones newest first', () => {
    const b = testBackend();
    const g = group(b);
    const other = group(b, 'Leergroep Zuid');
    for (const date of ['2001-05-01', '2099-01-02', '2002-01-01', '2098-12-31']) plan(b, g, { date });
    plan(b, other, { date: '2099-01-01' });
    plan(b, g, { date: '2099-01-02', startTime: '09:00' });
    expect(b.services.sessions.list({ groupId: g.id }).map((s) => `${s.date} ${s.startTime}`)).toEqual([
      '2098-12-31 19:00', '2099-01-02 09:00', '2099-01-02 19:00', '2002-01-01 19:00', '2001-05-01 19:00',
    ]);
    expect(b.services.sessions.list()).toHaveLength(6);
    expect(b.services.sessions.list()[0]).toMatchObject({ groupName: 'Leergroep Noord', scriptTitle: expect.any(String), status: 'planned', caseCodeName: null });
  });
});

describe('a linked case', () => {
  it('shows in the case list which bijeenkomsten discussed the case, by date', () => {
    const b = testBackend();
    const g = group(b, 'Team Oost');
    const c = rosterCase(b);
    const other = rosterCase(b);
    const later = plan(b, g, { caseId: c.id, date: '2030-04-01' });
    const earlier = plan(b, g, { caseId: c.id, date: '2030-03-04' });
    plan(b, g, { caseId: null });
    const listed = b.services.cases.list();
    expect(listed.find((x) => x.id === c.id)?.sessions).toEqual([
      { id: earlier.id, date: '2030-03-04', groupName: 'Team Oost' },
      { id: later.id, date: '2030-04-01', groupName: 'Team Oost' },
    ]);
    expect(listed.find((x) => x.id === other.id)?.sessions).toEqual([]);
  });

  it('loses only the link when the case is deleted or purged; the learning record stays', () => {
    const b = testBackend();
    const g = group(b);
    for (const how of ['delete', 'purge'] as const) {
      const c = rosterCase(b);
      const s = plan(b, g, { caseId: c.id });
      expect(s.caseCodeName).toBe(c.codeName);
      b.services.sessions.saveCanvas(s.id, canvas({
        mensen: { people: [{ name: 'Moeder', relation: 'moeder van K1', perspective: 'wil rust', regie: true }], network: '' },
        volgendeStappen: { ideas: [
          { id: IDEA1, memberId: g.members[2].id, text: 'Vraag Moeder wat K1 nodig heeft', takeAlong: true },
          { id: IDEA2, memberId: null, text: 'Betrek de school', takeAlong: false },
        ] },
      }));
      b.services.sessions.saveLearning(s.id, { ...s.learning, inbrengerLearned: 'Ik vul te snel in.' });
      b.services.sessions.saveReflection({ sessionId: s.id, memberId: g.members[1].id, technischInstrumenteel: 'Ik vroeg door.', normatief: '', persoonlijk: '', shared: false });
      if (how === 'delete') b.services.cases.delete(c.id);
      else {
        b.db.prepare("UPDATE cases SET retention_until = '2000-01-01' WHERE id = ?").run(c.id);
        expect(b.services.cases.purgeExpired().removed).toHaveLength(1);
      }
      const after = b.services.sessions.get(s.id);
      expect(after).toMatchObject({ caseId: null, caseCodeName: null, leervraag: s.leervraag, script: s.script });
      expect(after.learning.inbrengerLearned).toBe('Ik vul te snel in.');
      expect(after.reflections).toHaveLength(1);
      // The canvas was case material and went with the case; the idea taken to werkbegeleiding stays.
      expect(after.canvas.mensen.people).toEqual([]);
      expect(after.canvas.volgendeStappen.ideas).toEqual([{ id: IDEA1, memberId: g.members[2].id, text: 'Vraag Moeder wat K1 nodig heeft', takeAlong: true }]);
    }
  });
});

describe('saveRun', () => {
  it('stores the engine state and refuses one that does not fit the script', async () => {
    const b = testBackend();
    const s = plan(b, group(b));
    const n = s.script.blocks.length;
    const run = { ...s.run, status: 'running' as const, blockIndex: 2, blockStartedAt: AT_1900, actualStart: AT_1900, log: [{ blockIndex: 0, startedAt: AT_1900, endedAt: AT_1900 + 1 }] };
    expect(b.services.sessions.saveRun(s.id, run).run).toEqual(run);
    expect(b.services.sessions.list()[0].status).toBe('running');
    expect(await b.dispatch('sessions.saveRun', { id: s.id, run: { ...run, blockIndex: n } })).toMatchObject({
      ok: false, error: { code: 'VALIDATION', details: [{ path: 'run.blockIndex' }] },
    });
    expect(await b.dispatch('sessions.saveRun', { id: s.id, run: { ...run, extraMinutes: [5] } })).toMatchObject({
      ok: false, error: { code: 'VALIDATION', details: [{ path: 'run.extraMinutes' }] },
    });
  });
});

describe('saveCanvas', () => {
  it('refuses a name, a BSN or a date, naming only the path', async () => {
    const b = testBackend();
    const s = plan(b, group(b), { caseId: rosterCase(b).id });
    const items = [
      { text: 'Moeder belde', kind: 'vaststaand' as const },
      { text: 'Sinds de zomer gaat K1 niet naar school', kind: 'vaststaand' as const },
      { text: 'Fatima Yilmaz zegt dat het goed gaat', kind: 'interpretatie' as const },
    ];
    const cases = [
      { c: canvas({ feiten: { ...EMPTY_CANVAS.feiten, items } }), path: 'canvas.feiten.items.2.text', secret: 'Yilmaz' },
      { c: canvas({ feiten: { ...EMPTY_CANVAS.feiten, zorgen: ['BSN 123456782 staat in de brief'] } }), path: 'canvas.feiten.zorgen.0', secret: '123456782' },
      { c: canvas({ weging: { ...EMPTY_CANVAS.weging, differences: ['K1 is geboren op 12-03-2015'] } }), path: 'canvas.weging.differences.0', secret: '2015' },
      { c: canvas({ volgendeStappen: { ideas: [{ id: IDEA1, memberId: null, text: 'Bel Fatima Yilmaz', takeAlong: true }] } }), path: 'canvas.volgendeStappen.ideas.0.text', secret: 'Fatima' },
    ];
    for (const { c, path, secret } of cases) {
      const r = await b.dispatch('sessions.saveCanvas', { id: s.id, canvas: c });
      expect(r).toMatchObject({ ok: false, error: { code: 'UNRESOLVED' } });
      if (!r.ok) expect(r.error.details?.map((d) => d.path)).toEqual([path]);
      expect(JSON.stringify(r)).not.toContain(secret);
    }
    expect(b.services.sessions.get(s.id).canvas).toEqual(EMPTY_CANVAS);
  });

  it('leaves no trace of refused canvas or learning text in the database files', async () => {
    const dir = tempDir();
    const b = testBackend(dir);
    const g = group(b);
    const s = plan(b, g);
    const canary = 'Xandravelia Quormby';
    const c = canvas({ feiten: { ...EMPTY_CANVAS.feiten, items: [{ text: `${canary} belde`, kind: 'vaststaand' }] } });
    expect(await b.dispatch('sessions.saveCanvas', { id: s.id, canvas: c })).toMatchObject({ ok: false, error: { code: 'UNRESOLVED' } });
    expect(await b.dispatch('sessions.saveLearning', { id: s.id, learning: { ...s.learning, processFeedback: `Over ${canary}.` } })).toMatchObject({
      ok: false, error: { code: 'UNRESOLVED' },
    });
    const files = ['leertafel.db', 'leertafel.db-wal'].map((f) => path.join(dir, f)).filter((f) => fs.existsSync(f));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(fs.readFileSync(f).includes(Buffer.from('Xandravelia'))).toBe(false);
  });

  it("accepts the linked case's roster pseudonyms, which the plain detector refuses without a case", async () => {
    const b = testBackend();
    const g = group(b);
    const withCase = plan(b, g, { caseId: rosterCase(b).id });
    const without = plan(b, g);
    const c = canvas({
      mensen: { people: [{ name: 'Zora', relation: 'dochter, 9', perspective: 'Zora mist haar vader', regie: false }], network: '' },
      feiten: { ...EMPTY_CANVAS.feiten, items: [{ text: 'Zora slaapt slecht sinds de verhuizing', kind: 'vaststaand' }] },
    });
    expect(b.services.sessions.saveCanvas(withCase.id, c).canvas).toEqual(c);
    expect(await b.dispatch('sessions.saveCanvas', { id: without.id, canvas: c })).toMatchObject({ ok: false, error: { code: 'UNRESOLVED' } });
    // Placeholders and role words pass everywhere.
    const plain = canvas({ feiten: { ...EMPTY_CANVAS.feiten, items: [{ text: 'Moeder werkt bij [school] en opa helpt', kind: 'vaststaand' }] } });
    expect(b.services.sessions.saveCanvas(without.id, plain).canvas).toEqual(plain);
  });

  it('accepts scores and ideas from members of the group only', async () => {
    const b = testBackend();
    const g = group(b);
    const other = group(b, 'Leergroep Zuid');
    const s = plan(b, g);
    const scaling = (memberId: string, second = g.members[3].id) => canvas({
      weging: { ...EMPTY_CANVAS.weging, scaling: { enabled: true, scores: [{ memberId, score: 6 }, { memberId: second, score: 4 }] } },
    });
    expect(b.services.sessions.saveCanvas(s.id, scaling(g.members[2].id)).canvas.weging.scaling.scores).toHaveLength(2);
    expect(await b.dispatch('sessions.saveCanvas', { id: s.id, canvas: scaling(other.members[0].id) })).toMatchObject({
      ok: false, error: { code: 'VALIDATION', details: [{ path: 'canvas.weging.scaling.scores.0.memberId' }] },
    });
    expect(await b.dispatch('sessions.saveCanvas', { id: s.id, canvas: scaling(g.members[3].id) })).toMatchObject({
      ok: false, error: { code: 'VALIDATION', details: [{ path: 'canvas.weging.scaling.scores.1.memberId' }] },
    });
    const idea = canvas({ volgendeStappen: { ideas: [{ id: IDEA1, memberId: other.members[1].id, text: 'Vraag het netwerk', takeAlong: false }] } });
    expect(await b.dispatch('sessions.saveCanvas', { id: s.id, canvas: idea })).toMatchObject({
      ok: false, error: { code: 'VALIDATION', details: [{ path: 'canvas.volgendeStappen.ideas.0.memberId' }] },
    });
  });
});

describe('learning and reflections', () => {
  it('gates the learning, allowing colleagues of the group but not a client', async () => {
    const b = testBackend();
    const g = group(b);
    const s = plan(b, g);
    const ok = b.services.sessions.saveLearning(s.id, {
      ...s.learning,
      inbrengerLearned: 'Anna liet me zien dat ik te snel invul.',
      participantLearnings: [{ memberId: g.members[2].id, text: 'Ik ga vaker doorvragen, net als Bram Okafor.' }],
    });
    expect(ok.learning.participantLearnings).toHaveLength(1);
    const r = await b.dispatch('sessions.saveLearning', { id: s.id, learning: { ...ok.learning, processFeedback: 'Het ging over Fatima Yilmaz.' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'UNRESOLVED', details: [{ path: 'learning.processFeedback' }] } });
    expect(await b.dispatch('sessions.saveLearning', { id: s.id, learning: { ...ok.learning, attendance: [...ok.learning.attendance, ok.learning.attendance[0]] } })).toMatchObject({
      ok: false, error: { code: 'VALIDATION' },
    });
    expect(await b.dispatch('sessions.saveLearning', {
      id: s.id, learning: { ...ok.learning, attendance: [{ memberId: g.members[0].id, present: true, arrived: '20:00', left: '19:30' }] },
    })).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: [{ path: 'learning.attendance.0.left' }] } });
  });

  it('keeps one reflection per member per bijeenkomst and refuses authors from elsewhere', async () => {
    const b = testBackend();
    const g = group(b);
    const s = plan(b, g);
    const first = b.services.sessions.saveReflection({ sessionId: s.id, memberId: g.members[1].id, technischInstrumenteel: 'Ik vroeg door.', normatief: '', persoonlijk: '', shared: false });
    const again = b.services.sessions.saveReflection({ sessionId: s.id, memberId: g.members[1].id, technischInstrumenteel: 'Ik vroeg vaker door.', normatief: 'Veilig genoeg is niet perfect.', persoonlijk: '', shared: true });
    expect(again.id).toBe(first.id);
    expect(again).toMatchObject({ sessionId: s.id, technischInstrumenteel: 'Ik vroeg vaker door.', shared: true });
    const byId = b.services.sessions.saveReflection({ id: first.id, sessionId: s.id, memberId: g.members[1].id, technischInstrumenteel: 'x', normatief: '', persoonlijk: '', shared: true });
    expect(byId.id).toBe(first.id);
    b.services.sessions.saveReflection({ sessionId: s.id, memberId: g.members[0].id, technischInstrumenteel: '', normatief: '', persoonlijk: 'Ik was moe.', shared: false });
    expect(b.services.sessions.get(s.id).reflections.map((r) => r.memberId)).toEqual([g.members[0].id, g.members[1].id]);
    const other = group(b, 'Leergroep Zuid');
    expect(await b.dispatch('sessions.saveReflection', { sessionId: s.id, memberId: other.members[0].id, technischInstrumenteel: 'x', normatief: '', persoonlijk: '', shared: true })).toMatchObject({
      ok: false, error: { code: 'VALIDATION' },
    });
    expect(await b.dispatch('sessions.saveReflection', { id: first.id, sessionId: s.id, memberId: g.members[0].id, technischInstrumenteel: 'x', normatief: '', persoonlijk: '', shared: true })).toMatchObject({
      ok: false, error: { code: 'VALIDATION' },
    });
    expect(await b.dispatch('sessions.saveReflection', { sessionId: s.id, memberId: g.members[2].id, technischInstrumenteel: 'Ik dacht aan Fatima Yilmaz.', normatief: '', persoonlijk: '', shared: true })).toMatchObject({
      ok: false, error: { code: 'UNRESOLVED', details: [{ path: 'technischInstrumenteel' }] },
    });
    // A deleted bijeenkomst leaves its reflections with their authors.
    b.services.sessions.delete(s.id);
    expect(b.db.prepare('SELECT COUNT(*) AS n FROM reflections WHERE session_id IS NULL').get()).toEqual({ n: 2 });
  });

  it('computes attended hours from the actual times and the attendance', () => {
    const b = testBackend();
    const g = group(b);
    const s = plan(b, g);
    b.services.sessions.saveRun(s.id, { ...s.run, status: 'finished', actualStart: AT_1900, actualEnd: AT_2030 });
    const d = b.services.sessions.saveLearning(s.id, {
      ...s.learning,
      attendance: [
        { memberId: g.members[0].id, present: true, arrived: null, left: null },
        { memberId: g.members[1].id, present: true, arrived: '19:30', left: null },
        { memberId: g.members[2].id, present: false, arrived: null, left: null },
        { memberId: g.members[3].id, present: true, arrived: '18:00', left: '19:50' },
      ],
    });
    expect(d.hours).toEqual([
      { memberId: g.members[0].id, hours: 1.5 },
      { memberId: g.members[1].id, hours: 1 },
      { memberId: g.members[2].id, hours: 0 },
      { memberId: g.members[3].id, hours: 0.75 },
    ]);
  });
});

describe('learningFor: a professional’s bijeenkomsten in one read (issue 11)', () => {
  it('returns the bijeenkomsten that refer to the asked members, with the same facts as get(), and no others', () => {
    const b = testBackend();
    const g = group(b);
    const other = group(b, 'Leergroep Zuid');
    const [anna, bram, chris, dewi] = g.members;
    const first = plan(b, g, { date: '2030-03-04' });
    const second = plan(b, g, { date: '2030-03-11' });
    const elsewhere = plan(b, other, { date: '2030-03-05' });
    // the first ran: Bram present (inbrenger), Chris absent; Chris reflects on it anyway
    b.services.sessions.saveRun(first.id, { ...first.run, status: 'finished', actualStart: AT_1900, actualEnd: AT_2030 });
    b.services.sessions.saveLearning(first.id, {
      ...first.learning,
      attendance: [
        { memberId: bram.id, present: true, arrived: null, left: null },
        { memberId: chris.id, present: false, arrived: null, left: null },
      ],
    });
    b.services.sessions.saveCanvas(first.id, { ...structuredClone(EMPTY_CANVAS), volgendeStappen: { ideas: [{ id: IDEA1, memberId: anna.id, text: 'Vraag door', takeAlong: true }] } });
    b.services.sessions.saveReflection({ sessionId: first.id, memberId: bram.id, technischInstrumenteel: 'Ik vroeg door.', normatief: '', persoonlijk: '', shared: false });

    const forBram = b.services.sessions.learningFor([bram.id]);
    expect(forBram.map((s) => s.id)).toEqual([first.id, second.id]); // a role in both, oldest first; not the other group's
    const detail = b.services.sessions.get(first.id);
    const [l] = forBram;
    expect(l).toMatchObject({
      groupName: detail.groupName,
      date: detail.date,
      roles: detail.roles,
      leervraag: detail.leervraag,
      script: { format: detail.script.format, title: detail.script.title },
      run: { status: 'finished', actualStart: AT_1900, actualEnd: AT_2030 },
      memberId: bram.id,
      hours: detail.hours.find((h) => h.memberId === bram.id)!.hours,
    });
    expect(l.hours).toBeGreaterThan(0);
    expect(l.learning).toEqual(detail.learning);
    expect(l.ideas).toEqual(detail.canvas.volgendeStappen.ideas);
    expect(l.reflections).toEqual(detail.reflections.filter((r) => r.memberId === bram.id));

    // Dewi was left out of the first one's attendance: only the second (a planned record lists every member)
    expect(b.services.sessions.learningFor([dewi.id]).map((s) => s.id)).toEqual([second.id]);
    // the other group's members: only their own
    expect(b.services.sessions.learningFor([other.members[1].id]).map((s) => s.id)).toEqual([elsewhere.id]);
    // two members of the profile (one per group): both groups' bijeenkomsten, each about its own member
    const both = b.services.sessions.learningFor([bram.id, other.members[1].id]);
    expect(both.map((s) => [s.id, s.memberId])).toEqual([
      [first.id, bram.id],
      [elsewhere.id, other.members[1].id],
      [second.id, bram.id],
    ]);
    expect(b.services.sessions.learningFor([])).toEqual([]);
  });
});
