import { describe, expect, it } from 'vitest';
import type { Backend } from '..';
import { testBackend } from '../testing/helpers';
import { emptySupervision, type Worksheet } from '../../../shared/sos/types';
import { ApiError } from '../../../shared/api/errors';

function rosterCase(b: Backend) {
  const c = b.services.cases.create({ format: 'sos' });
  return b.services.cases.update({
    id: c.id, codeName: c.codeName, format: 'sos', retentionUntil: c.retentionUntil,
    people: [{ role: 'moeder', pseudonym: 'Moeder' }, { role: 'meisje, 8', pseudonym: 'K1' }, { role: 'oma', pseudonym: 'Oma' }], timeline: [],
  });
}

function group(b: Backend) {
  return b.services.groups.save({
    name: 'Verdieping Noord',
    description: '',
    members: ['Tessa Trainer', 'Anna de Vries', 'Bram Okafor', 'Chris Jansen'].map((name) => ({ name, function: 'jeugdbeschermer', organisation: 'GI', skjNumber: null })),
  });
}

function traject(b: Backend) {
  const g = group(b);
  const c = rosterCase(b);
  const [trainer, ...rest] = g.members;
  return { g, c, t: b.services.sos.saveTraject({ title: 'SoS verdieping 2030', groupId: g.id, trainerId: trainer!.id, participants: rest.map((m) => m.id), caseId: c.id, modules: [] }) };
}

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof ApiError ? e.code : 'other';
  }
  return 'ok';
};

describe('SoS trajects', () => {
  it('a new traject gets four modules, one per theme, each with its built-in script and worksheets', () => {
    const b = testBackend();
    const { t } = traject(b);
    expect(t.modules.map((m) => m.theme)).toEqual(['netwerk', 'gedrag', 'plan', 'kind']);
    for (const m of t.modules) expect(() => b.services.scripts.get(m.scriptId)).not.toThrow();
    expect(t.modules[3]!.worksheets).toContain('three-houses');
    expect(t.participants).toHaveLength(3);
    expect(b.services.sos.listTrajects()).toMatchObject([{ title: 'SoS verdieping 2030', modules: 4, groupName: 'Verdieping Noord' }]);
  });

  it('modules reorder, go and come; assignments and evaluations are kept and read back per professional', () => {
    const b = testBackend();
    const { t } = traject(b);
    const anna = t.participants[0]!;
    const [m1, m2, m3, m4] = t.modules as [typeof t.modules[0], typeof t.modules[0], typeof t.modules[0], typeof t.modules[0]];
    const saved = b.services.sos.saveTraject({
      ...t,
      modules: [
        { ...m1, date: '2030-02-01', assignments: [{ memberId: anna, plan: 'Ik vraag bij een gezin naar oma', report: 'Oma kwam mee naar het gesprek', reflection: 'Ik durf meer door te vragen' }], evaluations: [{ memberId: anna, helped: 'De cirkels', change: 'Meer tijd', score: 8, reason: 'Direct bruikbaar' }] },
        m3,
        m2,
      ],
    });
    expect(saved.modules.map((m) => m.theme)).toEqual(['netwerk', 'plan', 'gedrag']);
    expect(saved.modules).not.toContainEqual(m4);
    const items = b.services.sos.learningItems(anna);
    expect(items.map((i) => i.kind)).toEqual(['assignment', 'evaluation']);
    expect(items[0]!.assignment?.report).toBe('Oma kwam mee naar het gesprek');
    expect(items[1]!.evaluation?.score).toBe(8);
  });

  it('refuses participants outside the group, unknown scripts, and identifiers in a professional\'s text', () => {
    const b = testBackend();
    const { t } = traject(b);
    const stranger = '00000000-0000-4000-8000-000000000009';
    expect(code(() => b.services.sos.saveTraject({ ...t, participants: [stranger] }))).toBe('VALIDATION');
    expect(code(() => b.services.sos.saveTraject({ ...t, modules: [{ ...t.modules[0]!, scriptId: 'bestaat-niet' }] }))).toBe('VALIDATION');
    const withPhone = { ...t.modules[0]!, assignments: [{ memberId: t.participants[0]!, plan: 'Bel 06-12345678', report: '', reflection: '' }] };
    expect(code(() => b.services.sos.saveTraject({ ...t, modules: [withPhone] }))).toBe('IDENTIFIER');
  });

  it('links a module to a bijeenkomst of its group, which holds attendance and hours', () => {
    const b = testBackend();
    const { g, t } = traject(b);
    const s = b.services.sessions.plan('sos-module-netwerk', {
      groupId: g.id, date: '2030-02-01', startTime: '09:00', endTime: '12:00',
      roles: { gespreksleider: g.members[0]!.id, inbrenger: g.members[1]!.id, notulist: null, tijdbewaker: null }, caseId: null, leervraag: '',
    });
    const linked = b.services.sos.linkSession(t.id, t.modules[0]!.id, s.id);
    expect(linked.modules[0]).toMatchObject({ sessionId: s.id, date: '2030-02-01' });
    const other = group(b);
    const s2 = b.services.sessions.plan('sos-module-netwerk', {
      groupId: other.id, date: '2030-02-01', startTime: '09:00', endTime: '12:00',
      roles: { gespreksleider: other.members[0]!.id, inbrenger: other.members[1]!.id, notulist: null, tijdbewaker: null }, caseId: null, leervraag: '',
    });
    expect(code(() => b.services.sos.linkSession(t.id, t.modules[0]!.id, s2.id))).toBe('VALIDATION');
  });
});

describe('SoS worksheets', () => {
  it('belong to a case; every text passes that case\'s gate, roster names pass', () => {
    const b = testBackend();
    const { c, t } = traject(b);
    const w = b.services.sos.createWorksheet({ kind: 'statements', caseId: c.id, title: 'Oefening gevaarsituatie', trajectId: t.id, moduleId: t.modules[1]!.id });
    const danger = { id: '00000000-0000-4000-8000-0000000000d1', who: 'De jeugdbeschermer en Oma', behaviour: 'Moeder liet K1 twee nachten alleen', impact: 'K1 is bang en eet niet' };
    const saved = b.services.sos.saveWorksheet({ id: w.id, title: w.title, body: { kind: 'statements', dangers: [danger], goals: [], bottomLines: [{ id: '00000000-0000-4000-8000-0000000000b1', dangerId: danger.id, text: 'K1 slaapt nooit alleen thuis' }] } });
    expect(saved.body).toMatchObject({ dangers: [danger] });
    expect(code(() => b.services.sos.saveWorksheet({ id: w.id, title: w.title, body: { kind: 'statements', dangers: [{ ...danger, behaviour: 'Moeder Fatima de Groot liet K1 alleen in Zwolle' }], goals: [], bottomLines: [] } }))).toBe('UNRESOLVED');
    expect(code(() => b.services.sos.saveWorksheet({ id: w.id, title: w.title, body: { kind: 'map', harm: [], danger: [], complicating: [], strengths: [], safety: [], goals: [], nextSteps: [], scores: [] } }))).toBe('VALIDATION');
  });

  it('map scores may name colleagues of the training, nobody else', () => {
    const b = testBackend();
    const { c, t } = traject(b);
    const w = b.services.sos.createWorksheet({ kind: 'map', caseId: c.id, title: 'Kaart', trajectId: t.id, moduleId: null });
    const body = (who: string) => ({ kind: 'map' as const, harm: ['K1 had blauwe plekken'], danger: [], complicating: [], strengths: [], safety: [], goals: [], nextSteps: [], scores: [{ who, score: 4, reason: 'Oma is er elke dag' }] });
    expect(code(() => b.services.sos.saveWorksheet({ id: w.id, title: 'Kaart', body: body('Anna de Vries') }))).toBe('ok');
    expect(code(() => b.services.sos.saveWorksheet({ id: w.id, title: 'Kaart', body: body('Fatima de Groot') }))).toBe('UNRESOLVED');
  });

  it('Drie Huizen stays off the beamer and out of exports until consent is set', async () => {
    const b = testBackend();
    const { c } = traject(b);
    const w = b.services.sos.createWorksheet({ kind: 'three-houses', caseId: c.id, title: 'Huizen van K1', trajectId: null, moduleId: null });
    const body = { kind: 'three-houses' as const, child: 'K1', good: ['als oma komt en we pannenkoeken bakken'], worries: ['als mama huilt'], dreams: ['een hond'], consent: false };
    b.services.sos.saveWorksheet({ id: w.id, title: w.title, body });
    const hidden = b.services.sos.viewWorksheet(w.id);
    expect(hidden.hidden).toBe(true);
    expect(JSON.stringify(hidden)).not.toContain('pannenkoeken');
    for (const format of ['md', 'pdf'] as const) {
      const file = await b.services.sos.exportWorksheet(w.id, format);
      const text = format === 'md' ? file.content : Buffer.from(file.content, 'base64').toString('latin1');
      expect(text).not.toContain('pannenkoeken');
    }
    const md = await b.services.sos.exportWorksheet(w.id, 'md');
    expect(md.content).toContain('geen besluit');
    expect(md.content).toContain('geen toestemming');
    b.services.sos.saveWorksheet({ id: w.id, title: w.title, body: { ...body, consent: true } });
    expect(b.services.sos.viewWorksheet(w.id).hidden).toBe(false);
    expect((await b.services.sos.exportWorksheet(w.id, 'md')).content).toContain('als oma komt en we pannenkoeken bakken');
  });

  it('every kind exports to Markdown and PDF with the practice header; circles and booklet print', async () => {
    const b = testBackend();
    const { c, t } = traject(b);
    const roster = b.services.cases.roster(c.id);
    const made: Worksheet[] = [];
    for (const kind of ['map', 'statements', 'three-houses', 'words-pictures', 'safety-circles', 'safety-plan'] as const) {
      made.push(b.services.sos.createWorksheet({ kind, caseId: c.id, title: `Oefening ${kind}`, trajectId: t.id, moduleId: null }));
    }
    const circles = made[4]!;
    b.services.sos.saveWorksheet({
      id: circles.id, title: circles.title,
      body: { kind: 'safety-circles', child: 'K1', people: [{ id: '00000000-0000-4000-8000-0000000000c1', personId: roster[2]!.id, label: 'Oma', ring: 1, inPlan: true, part: 'haalt K1 op' }] },
    });
    expect(code(() => b.services.sos.saveWorksheet({ id: circles.id, title: circles.title, body: { kind: 'safety-circles', child: 'K1', people: [{ id: '00000000-0000-4000-8000-0000000000c1', personId: '00000000-0000-4000-8000-0000000000ff', label: 'Oma', ring: 1, inPlan: true, part: '' }] } }))).toBe('VALIDATION');
    const story = made[3]!;
    b.services.sos.saveWorksheet({
      id: story.id, title: story.title,
      body: { kind: 'words-pictures', title: 'Het verhaal van K1', panels: [{ id: '00000000-0000-4000-8000-0000000000e1', text: 'Oma en mama maken zich zorgen.', figures: [{ kind: 'person', label: 'Oma', x: 30, y: 60 }, { kind: 'house', label: '', x: 70, y: 60 }] }] },
    });
    for (const w of made) {
      const md = await b.services.sos.exportWorksheet(w.id, 'md');
      expect(md.content, w.kind).toContain('Oefening op een casus in een training — geen besluit over een gezin.');
      const pdf = await b.services.sos.exportWorksheet(w.id, 'pdf');
      expect(Buffer.from(pdf.content, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    }
    const booklet = await b.services.sos.exportWorksheet(story.id, 'booklet');
    expect(booklet.filename).toMatch(/boekje\.pdf$/);
    expect(code(() => b.services.sos.exportWorksheet(made[0]!.id, 'booklet'))).toBe('VALIDATION');
    expect((await b.services.sos.exportWorksheet(circles.id, 'md')).content).toContain('Oma — in het veiligheidsplan: haalt K1 op');
  });

  it('marks decision text nobody rephrased in every export, with the same guard as the learning record', async () => {
    const b = testBackend();
    const { c } = traject(b);
    const w = b.services.sos.createWorksheet({ kind: 'safety-plan', caseId: c.id, title: 'Plan voor K1', trajectId: null, moduleId: null });
    const body = (rule: string) => ({ kind: 'safety-plan' as const, rules: [{ rule, who: 'Oma' }, { rule: 'Moeder zorgt dat Oma bij K1 is als zij weg moet', who: 'Moeder' }], redFlags: [], review: 'over zes weken' });
    b.services.sos.saveWorksheet({ id: w.id, title: w.title, body: body('We plaatsen de kinderen uit huis') });
    const md = (await b.services.sos.exportWorksheet(w.id, 'md')).content;
    expect(md).toContain('[Besluittaal, niet herschreven] We plaatsen de kinderen uit huis');
    expect(md).toContain('Let op: 1 tekst leest als een besluit over een gezin');
    // A safety goal worded as what a parent will do is not a decision: not marked.
    expect(md).toContain('Moeder zorgt dat Oma bij K1 is als zij weg moet');
    expect(md).not.toContain('] Moeder zorgt');
    // What is stored stays as typed; only the export marks.
    expect(b.services.sos.getWorksheet(w.id).body).toMatchObject({ rules: [{ rule: 'We plaatsen de kinderen uit huis' }, {}] });
    // Rephrased as a suggestion: nothing to mark, no note.
    b.services.sos.saveWorksheet({ id: w.id, title: w.title, body: body('Suggestie om mee te nemen naar werkbegeleiding: bespreken of de kinderen elders kunnen wonen') });
    const clean = (await b.services.sos.exportWorksheet(w.id, 'md')).content;
    expect(clean).not.toContain('Besluittaal');
    expect(clean).not.toContain('Let op:');
  });

  it('go with their case', () => {
    const b = testBackend();
    const { c } = traject(b);
    b.services.sos.createWorksheet({ kind: 'map', caseId: c.id, title: 'Kaart', trajectId: null, moduleId: null });
    b.services.cases.delete(c.id);
    expect(b.services.sos.listWorksheets({})).toEqual([]);
  });
});

describe('SoS group supervision', () => {
  it('keeps its map, scores of members and close per bijeenkomst; texts pass the case gate', () => {
    const b = testBackend();
    const g = group(b);
    const c = rosterCase(b);
    const s = b.services.sessions.plan('sos-groepssupervisie', {
      groupId: g.id, date: '2030-03-04', startTime: '13:00', endTime: '14:15',
      roles: { gespreksleider: g.members[0]!.id, inbrenger: g.members[1]!.id, notulist: null, tijdbewaker: null }, caseId: c.id, leervraag: 'Hoe kan ik oma betrekken?',
    });
    expect(b.services.sos.getSupervision(s.id)).toEqual(emptySupervision());
    const next = { ...emptySupervision(), map: { ...emptySupervision().map, harm: ['K1 had blauwe plekken'] }, scores: [{ memberId: g.members[2]!.id, score: 3, reason: '' }] };
    b.services.sos.saveSupervision(s.id, next);
    expect(b.services.sos.getSupervision(s.id)).toEqual(next);
    expect(code(() => b.services.sos.saveSupervision(s.id, { ...next, scores: [...next.scores, next.scores[0]!] }))).toBe('VALIDATION');
    expect(code(() => b.services.sos.saveSupervision(s.id, { ...next, dangerStatement: 'Fatima de Groot uit Zwolle' }))).toBe('UNRESOLVED');
    const mlb = b.services.sessions.plan('mlb-vier-vensters', {
      groupId: g.id, date: '2030-03-04', startTime: '13:00', endTime: '14:30',
      roles: { gespreksleider: g.members[0]!.id, inbrenger: g.members[1]!.id, notulist: null, tijdbewaker: null }, caseId: null, leervraag: '',
    });
    expect(code(() => b.services.sos.getSupervision(mlb.id))).toBe('VALIDATION');
    b.services.sessions.delete(s.id);
    expect(code(() => b.services.sos.getSupervision(s.id))).toBe('NOT_FOUND');
  });
});
