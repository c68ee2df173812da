import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Backend } from '..';
import { testBackend } from '../testing/helpers';
import { EMPTY_CANVAS } from '../../../shared/sessions/types';
import type { ProfileSave } from '../../../shared/portfolio/types';

const standardFontDataUrl = `${path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}${path.sep}`;
async function pdfText(base64: string): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(Buffer.from(base64, 'base64')), useSystemFonts: false, isEvalSupported: false, standardFontDataUrl }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) pages.push((await (await doc.getPage(i)).getTextContent()).items.map((it) => ('str' in it ? it.str : '')).join(' '));
  await doc.destroy();
  return pages.join('\n').replace(/\s+/g, ' ');
}

const IDEA = '00000000-0000-4000-8000-0000000000c1';
/** Case text: it may be on the canvas and in the case-note, never in a portfolio export. */
const CASE_CANARY = 'Kanarievogel verzuimt sinds de herfst';
const NOTE_CANARY = 'Kanariepiet belt vaak';

/** Bram brings a case to an MLB (90 minutes) and is in an FFPS meeting of 50 minutes (under the minimum). */
function world(b: Backend) {
  const g = b.services.groups.save({
    name: 'Team Noord',
    description: '',
    members: ['Anna de Vries', 'Bram Okafor', 'Chris Jansen'].map((name) => ({ name, function: 'jeugdbeschermer', organisation: 'GI Noord', skjNumber: null })),
  });
  const [anna, bram, chris] = g.members;
  const c = b.services.cases.create({ format: 'mlb' });
  const run = (id: string, date: string, minutes: number) => {
    const s = b.services.sessions.get(id);
    const start = Date.parse(`${date}T09:00:00Z`);
    b.services.sessions.saveRun(id, { ...s.run, status: 'finished', actualStart: start, actualEnd: start + minutes * 60_000 });
    return b.services.sessions.saveLearning(id, {
      ...s.learning,
      inbrengerLearned: s.roles.inbrenger === bram.id ? 'Ik vul te snel in wat een vader bedoelt.' : '',
      toWerkbegeleiding: s.roles.inbrenger === bram.id ? 'Hoe bereid ik een gesprek over school voor?' : '',
      participantLearnings: [{ memberId: chris.id, text: 'Stilte laten vallen werkt.' }],
      attendance: g.members.map((m) => ({ memberId: m.id, present: true, arrived: null, left: null })),
    });
  };
  const plan = (script: string, date: string, inbrenger: string, caseId: string | null) =>
    b.services.sessions.plan(script, { groupId: g.id, date, startTime: '10:00', endTime: '11:30', roles: { gespreksleider: anna.id, inbrenger, notulist: null, tijdbewaker: null }, caseId, leervraag: 'Hoe kan ik rustig blijven?' });
  const mlb = plan('mlb-vier-vensters', '2026-03-02', bram.id, c.id);
  b.services.sessions.saveCanvas(mlb.id, {
    ...structuredClone(EMPTY_CANVAS),
    feiten: { items: [{ text: CASE_CANARY, kind: 'vaststaand' }], krachten: [], zorgen: [], onbekend: [] },
    volgendeStappen: { ideas: [{ id: IDEA, memberId: chris.id, text: 'Vraag wat school lastig maakt', takeAlong: true }] },
  });
  run(mlb.id, '2026-03-02', 90);
  b.services.sessions.saveReflection({ sessionId: mlb.id, memberId: bram.id, technischInstrumenteel: 'Ik stelde open vragen.', normatief: 'Wanneer is thuis goed genoeg?', persoonlijk: '', shared: true });
  b.services.sessions.saveReflection({ sessionId: mlb.id, memberId: chris.id, technischInstrumenteel: 'Chris reflecteert.', normatief: '', persoonlijk: '', shared: false });
  const ffps = plan('ffps-casuistiekbespreking', '2026-03-09', chris.id, null);
  run(ffps.id, '2026-03-09', 50);
  // An FFPS feedback round on a note Bram wrote.
  b.services.settings.update({ displayName: 'Bram Okafor' });
  const note = b.services.ffps.saveNote({
    caseId: c.id, phase: 'verbinden-en-motiveren', contactNumber: 1, week: 1, present: [],
    goals: [{ goal: 'Kennismaken', progress: NOTE_CANARY }], interventions: 'Ik benoemde wat goed ging.', techniques: [], responses: [],
    hypothesis: { function: 'nabijheid', behaviour: NOTE_CANARY, nobleIntent: 'betrokken blijven' }, nextPlan: 'Doorvragen.', forDiscussion: false,
  });
  const p = { score: 'ja' as const, comment: '' };
  b.services.ffps.saveFeedback({ noteId: note.id, comments: [], principles: { krachtgericht: p, relationeel: p, fasegericht: p, nietOordelend: p, matching: p }, adherence: 5, competence: 4, oefenpunt: 'Vraag eerst naar wat al lukt.' });
  return { g, anna, bram, chris, mlb, ffps };
}

const profile = (memberIds: string[], over: Partial<ProfileSave> = {}): ProfileSave => ({
  name: 'Bram Okafor', function: 'jeugdbeschermer', organisation: 'GI Noord', skjNumber: '100234567', periodStart: '2026-01-01', memberIds, ffpsNames: ['Bram Okafor'], ...over,
});

describe('the portfolio', () => {
  it('gathers the professional’s learning from every source on one timeline, and only theirs', () => {
    const b = testBackend();
    const w = world(b);
    const p = b.services.portfolio;
    expect(() => p.timeline({})).toThrow(/no current profile/);
    p.saveProfile(profile([w.bram.id]));
    p.saveReflection({ date: '2026-03-10', title: 'Na het huisbezoek', template: 'starr', fields: { situatie: 'Een huisbezoek met een boze vader.', reflectie: 'Ik wil eerder benoemen wat ik zie.' }, dimensions: ['persoonlijk'], goalIds: [] });
    const items = p.timeline({});
    expect(items.map((i) => i.kind).sort()).toEqual(['feedback', 'leeropbrengst', 'reflectie', 'sessie', 'sessie', 'vrij']);
    expect(items.map((i) => i.date)).toEqual([...items.map((i) => i.date)].sort().reverse());
    const all = JSON.stringify(items);
    expect(all).toContain('Ik stelde open vragen.');
    expect(all).toContain('Vraag eerst naar wat al lukt.');
    expect(all).not.toContain('Chris reflecteert.');
    expect(all).not.toContain('Stilte laten vallen werkt.');
    expect(all).not.toContain(CASE_CANARY);
    // Filters and search.
    expect(p.timeline({ kinds: ['feedback'] })).toHaveLength(1);
    expect(p.timeline({ dimension: 'normatief' }).map((i) => i.kind)).toEqual(['reflectie']);
    expect(p.timeline({ from: '2026-03-05', to: '2026-03-09' }).map((i) => i.kind)).toEqual(['sessie']);
    expect(p.timeline({ q: 'BOZE vader' }).map((i) => i.kind)).toEqual(['vrij']);
    expect(p.timeline({ q: 'huisbezoek open' })).toHaveLength(0);

    // A colleague on the same machine: their own empty portfolio, nothing of Bram's.
    const chris = p.saveProfile(profile([w.chris.id], { name: 'Chris Jansen', ffpsNames: [] }));
    expect(p.me()?.id).toBe(chris.id);
    expect(JSON.stringify(p.timeline({}))).not.toContain('Ik stelde open vragen.');
    expect(p.timeline({ kinds: ['vrij'] })).toHaveLength(0);
    expect(p.profiles().map((x) => Object.keys(x).sort())).toEqual([['function', 'id', 'name'], ['function', 'id', 'name']]);
  });

  it('a connected source (the SoS port) appears on the timeline, asked for the profile\'s own members', () => {
    const b = testBackend();
    const p = b.services.portfolio;
    const me = p.saveProfile(profile([]));
    expect(p.timeline({})).toEqual([]);
    const asked: Array<readonly string[]> = [];
    p.connectLearningItems((memberIds) => {
      asked.push(memberIds);
      return [{ id: 'mod-2', date: '2026-04-01', title: 'Module 2: het netwerk', source: 'SoS-verdieping', texts: [{ label: 'Transferopdracht', text: 'Een netwerkberaad voorbereiden' }], dimensions: ['technischInstrumenteel'] }];
    });
    const items = p.timeline({ kinds: ['sos'] });
    expect(asked).toEqual([me.memberIds]);
    expect(items).toMatchObject([{ key: 'sos:mod-2', kind: 'sos', title: 'Module 2: het netwerk', dimensions: ['technischInstrumenteel'] }]);
    expect(p.timeline({ q: 'netwerkberaad' })).toHaveLength(1);
  });

  it('the composition connects the SoS area: a praktijkopdracht and a module evaluation reach the professional\'s timeline, not a colleague\'s', () => {
    const b = testBackend();
    const g = b.services.groups.save({
      name: 'Verdieping Noord',
      description: '',
      members: ['Tessa Trainer', 'Anna de Vries', 'Bram Okafor'].map((name) => ({ name, function: 'jeugdbeschermer', organisation: 'GI', skjNumber: null })),
    });
    const [trainer, anna, bram] = g.members;
    const t = b.services.sos.saveTraject({ title: 'SoS verdieping 2030', groupId: g.id, trainerId: trainer!.id, participants: [anna!.id, bram!.id], caseId: null, modules: [] });
    const [m1, ...rest] = t.modules;
    b.services.sos.saveTraject({
      ...t,
      modules: [
        { ...m1!, date: '2030-02-01', assignments: [{ memberId: anna!.id, plan: 'Ik vraag bij een gezin naar oma', report: '', reflection: '' }], evaluations: [{ memberId: anna!.id, helped: 'De cirkels', change: '', score: 8, reason: 'Direct bruikbaar' }] },
        ...rest,
      ],
    });
    const p = b.services.portfolio;
    p.saveProfile(profile([anna!.id], { name: 'Anna de Vries', ffpsNames: [] }));
    const items = p.timeline({ kinds: ['sos'] });
    expect(items.map((i) => i.title).sort()).toEqual([`Module-evaluatie: ${m1!.title}`, `Praktijkopdracht: ${m1!.title}`]);
    expect(p.timeline({ q: 'oma' })).toHaveLength(1);
    p.saveProfile(profile([bram!.id]));
    expect(p.timeline({ kinds: ['sos'] })).toEqual([]);
  });

  it('refuses structured identifiers in every reflection field; decision language is stored (the screen hints)', () => {
    const b = testBackend();
    const p = b.services.portfolio;
    p.saveProfile(profile([]));
    const base = { date: '2026-03-10', title: 'Reflectie', template: 'alact' as const, dimensions: [], goalIds: [] };
    for (const field of ['handelen', 'terugblikken', 'essentie', 'alternatieven', 'uitproberen']) {
      expect(() => p.saveReflection({ ...base, fields: { [field]: 'Ik belde 06-12345678 terug.' } })).toThrow(expect.objectContaining({ code: 'IDENTIFIER' }));
    }
    expect(() => p.saveReflection({ ...base, title: 'Over 1234 AB', fields: { handelen: 'x' } })).toThrow(expect.objectContaining({ code: 'IDENTIFIER' }));
    expect(() => p.saveGoal({ title: 'Mail naar a@b.nl', description: '', status: 'open' })).toThrow(expect.objectContaining({ code: 'IDENTIFIER' }));
    expect(() => p.saveHours({ date: '2026-02-01', hours: 1, note: 'BSN 111222333' })).toThrow(expect.objectContaining({ code: 'IDENTIFIER' }));
    expect(p.timeline({})).toEqual([]);
  });

  it('goals collect evidence from reflections and bijeenkomsten', () => {
    const b = testBackend();
    const w = world(b);
    const p = b.services.portfolio;
    p.saveProfile(profile([w.bram.id]));
    const goal = p.saveGoal({ title: 'Ik laat een vader eerst uitpraten', description: '', status: 'bezig' });
    const r = p.saveReflection({ date: '2026-03-10', title: 'Uitpraten', template: 'dimensies', fields: { persoonlijk: 'Ik merk ongeduld.' }, dimensions: [], goalIds: [goal.id] });
    expect(r.dimensions).toEqual(['persoonlijk']);
    expect(p.linkGoal(goal.id, `sessie:${w.mlb.id}`, true).goalIds).toEqual([goal.id]);
    expect(() => p.linkGoal(goal.id, 'sessie:nope', true)).toThrow(/not found/);
    const page = p.goal(goal.id);
    expect(page.goal.evidence).toBe(2);
    expect(page.evidence.map((i) => i.key).sort()).toEqual([`sessie:${w.mlb.id}`, `vrij:${r.id}`].sort());
    expect(p.timeline({ goalId: goal.id })).toHaveLength(2);
    p.deleteReflection(r.id);
    expect(p.goal(goal.id).goal.evidence).toBe(1);
  });

  it('werkbegeleiding: the ideas taken along and the free text, open until besproken with a note', () => {
    const b = testBackend();
    const w = world(b);
    const p = b.services.portfolio;
    p.saveProfile(profile([w.bram.id]));
    const items = p.werkbegeleiding();
    expect(items.map((i) => [i.key, i.text, i.status])).toEqual([
      [`idea:${w.mlb.id}:${IDEA}`, 'Vraag wat school lastig maakt', 'open'],
      [`wb:${w.mlb.id}`, 'Hoe bereid ik een gesprek over school voor?', 'open'],
    ]);
    const done = p.updateWb({ key: items[0].key, status: 'besproken', note: 'Eerst met de jongen zelf praten.' });
    expect(done).toMatchObject({ status: 'besproken', note: 'Eerst met de jongen zelf praten.' });
    expect(done.discussedAt).not.toBeNull();
    expect(p.werkbegeleiding().map((i) => i.status)).toEqual(['open', 'besproken']);
  });

  it('hours: the 90-minute MLB counts 1.5, the 50-minute FFPS meeting nothing, hours by hand with their note', async () => {
    const b = testBackend();
    const w = world(b);
    const p = b.services.portfolio;
    p.saveProfile(profile([w.bram.id]));
    p.saveHours({ date: '2026-05-01', hours: 2, note: 'Intervisie buiten de app' });
    const o = p.hours();
    expect(o.lines.map((l) => [l.kind, l.contactHours, l.counted])).toEqual([
      ['mlb', 1.5, 1.5],
      ['ffps', 0.75, 0],
      ['handmatig', 2, 2],
    ]);
    expect(o.summary.total).toBe(3.5);
    const csv = (await p.exportHours('csv')).content;
    expect(csv).toContain('Intervisie buiten de app');
    expect(csv).toContain('1,50');
    expect(csv).not.toContain(CASE_CANARY);
    const pdf = await pdfText((await p.exportHours('pdf')).content);
    expect(pdf).toContain('Reflectie-uren SKJ');
    expect(pdf).toContain('Intervisie buiten de app');
  });

  it('exports: the reflectieverslag by dimension with a sign-off line, the presentielijst; never case text', async () => {
    const b = testBackend();
    const w = world(b);
    const p = b.services.portfolio;
    p.saveProfile(profile([w.bram.id]));
    const free = p.saveReflection({ date: '2026-03-10', title: 'Na het huisbezoek', template: 'starr', fields: { situatie: 'Een huisbezoek.', reflectie: 'Ik wil eerder benoemen wat ik zie.' }, dimensions: ['persoonlijk'], goalIds: [] });
    const keys = p.timeline({ kinds: ['reflectie', 'vrij', 'feedback'] }).map((i) => i.key);
    const verslag = await p.exportReflections(keys, 'pdf');
    const text = await pdfText(verslag.content);
    for (const s of ['Reflectieverslag', 'Technisch-instrumenteel', 'Normatief', 'Persoonlijk', 'Ik stelde open vragen.', 'Wanneer is thuis goed genoeg?', 'Reflectie: Ik wil eerder benoemen wat ik zie.', 'Handtekening begeleider', '100234567']) {
      expect(text).toContain(s);
    }
    for (const s of [CASE_CANARY, NOTE_CANARY, 'Vraag wat school lastig maakt']) expect(text).not.toContain(s);
    expect(text.indexOf('Ik stelde open vragen.')).toBeLessThan(text.indexOf('Wanneer is thuis goed genoeg?'));
    await expect(p.exportReflections([`sessie:${w.mlb.id}`], 'pdf')).rejects.toThrow(/not found/);
    await expect(p.exportReflections([`vrij:${free.id}x`], 'md')).rejects.toThrow(/not found/);

    const csv = (await p.exportAttendance(w.mlb.id, 'csv')).content;
    expect(csv.split('\r\n')[0]).toContain('Datum;Werkvorm;Leergroep;Gepland begin;Gepland einde;Werkelijk begin;Werkelijk einde;Naam');
    expect(csv).toContain('2026-03-02;Methodische Leerbijeenkomst (Vier Vensters);Team Noord;10:00;11:30;10:00;11:30;Bram Okafor;jeugdbeschermer;GI Noord;;inbrenger;aanwezig');
    expect(csv).toContain('Anna de Vries;jeugdbeschermer;GI Noord;;gespreksleider');
    const list = await pdfText((await p.exportAttendance(w.mlb.id, 'pdf')).content);
    expect(list).toContain('Presentielijst');
    expect(list).toContain('Chris Jansen');
    for (const s of [CASE_CANARY, 'Hoe kan ik rustig blijven?', 'Vraag wat school lastig maakt']) {
      expect(list).not.toContain(s);
      expect(csv).not.toContain(s);
    }
    // Only bijeenkomsten this professional attended.
    p.saveProfile(profile([], { name: 'Iemand anders', ffpsNames: [] }));
    await expect(p.exportAttendance(w.mlb.id, 'csv')).rejects.toThrow(/not found/);
  });
});
