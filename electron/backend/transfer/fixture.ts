/**
 * For the transfer tests only: an installation with a row in every carried table, written through the
 * areas' own services (so every row is one the app itself would write).
 */
import type { Backend } from '..';
import { EMPTY_CANVAS } from '../../../shared/sessions/types';

/** A word the detector takes for a name, resolved as "geen identificatie" in the case notes. */
export const IGNORED_WORD = 'Roos';

export function seed(b: Backend, tag = 'A') {
  const s = b.services;
  s.settings.update({ displayName: `Anna de Vries ${tag}`.trim() });
  const own = s.scripts.duplicate('mlb-vier-vensters');
  const g = s.groups.save({
    name: `Team Noord ${tag}`,
    description: 'Leergroep jeugdbescherming',
    members: ['Anna de Vries', 'Bram Okafor', 'Chris Jansen'].map((name) => ({ name, function: 'jeugdbeschermer', organisation: 'GI Noord', skjNumber: null })),
  });
  const [anna, bram, chris] = g.members;
  const created = s.cases.create({ format: 'mlb' });
  const c = s.cases.update({
    id: created.id, codeName: created.codeName, format: 'mlb', retentionUntil: created.retentionUntil,
    people: [{ role: 'moeder', pseudonym: 'Moeder' }, { role: 'zoon, 15', pseudonym: 'Sem' }],
    timeline: [{ period: 'voorjaar', event: 'Sem gaat minder naar school' }],
  });
  s.cases.saveNotes({
    id: c.id,
    notes: `Moeder zette ${IGNORED_WORD} op tafel. Sem kwam later thuis.`,
    resolutions: [{ forms: [IGNORED_WORD], kind: 'ignore', personId: null, replacement: '' }],
  });
  const mlb = s.sessions.plan('mlb-vier-vensters', {
    groupId: g.id, date: '2026-03-02', startTime: '10:00', endTime: '11:30',
    roles: { gespreksleider: anna!.id, inbrenger: bram!.id, notulist: null, tijdbewaker: null }, caseId: c.id, leervraag: 'Hoe blijf ik rustig?',
  });
  s.sessions.saveCanvas(mlb.id, {
    ...structuredClone(EMPTY_CANVAS),
    feiten: { items: [{ text: 'Sem spijbelt sinds maart', kind: 'vaststaand' }], krachten: ['Moeder belt zelf'], zorgen: [], onbekend: [] },
    volgendeStappen: { ideas: [{ id: '00000000-0000-4000-8000-00000000000a', memberId: chris!.id, text: 'Vraag wat school lastig maakt', takeAlong: true }] },
  });
  const start = Date.parse('2026-03-02T09:00:00Z');
  const planned = s.sessions.get(mlb.id);
  s.sessions.saveRun(mlb.id, { ...planned.run, status: 'finished', actualStart: start, actualEnd: start + 90 * 60_000 });
  s.sessions.saveLearning(mlb.id, {
    ...planned.learning,
    inbrengerLearned: 'Ik vul te snel in wat een vader bedoelt.',
    toWerkbegeleiding: 'Hoe bereid ik een gesprek over school voor?',
    attendance: g.members.map((m) => ({ memberId: m.id, present: true, arrived: null, left: null })),
  });
  s.sessions.saveReflection({ sessionId: mlb.id, memberId: bram!.id, technischInstrumenteel: 'Ik stelde open vragen.', normatief: 'Wanneer is thuis goed genoeg?', persoonlijk: '', shared: true });
  const note = s.ffps.saveNote({
    caseId: c.id, phase: 'verbinden-en-motiveren', contactNumber: 1, week: 1, present: [],
    goals: [{ goal: 'Kennismaken', progress: 'Moeder vertelde open' }], interventions: 'Ik benoemde wat goed ging.', techniques: ['reframe'], responses: [],
    hypothesis: { function: 'nabijheid', behaviour: 'Sem loopt weg', nobleIntent: 'betrokken blijven' }, nextPlan: 'Doorvragen.', forDiscussion: true,
  });
  const p = { score: 'ja' as const, comment: '' };
  s.ffps.saveFeedback({ noteId: note.id, comments: [], principles: { krachtgericht: p, relationeel: p, fasegericht: p, nietOordelend: p, matching: p }, adherence: 5, competence: 4, oefenpunt: 'Vraag eerst naar wat al lukt.' });
  s.ffps.addTechnique(`spiegelen ${tag}`);
  const t = s.sos.saveTraject({ title: `SoS ${tag}`, groupId: g.id, trainerId: anna!.id, participants: [bram!.id, chris!.id], caseId: c.id, modules: [] });
  const w = s.sos.createWorksheet({ kind: 'statements', caseId: c.id, title: 'Oefening gevaarsituatie', trajectId: t.id, moduleId: t.modules[1]!.id });
  s.sos.saveWorksheet({ id: w.id, title: w.title, body: { kind: 'statements', dangers: [{ id: '00000000-0000-4000-8000-0000000000d1', who: 'Oma', behaviour: 'Moeder liet Sem alleen', impact: 'Sem is bang' }], goals: [], bottomLines: [] } });
  s.sos.addCheckWord({ kind: 'jargon', word: `casusregie${tag}`, explanation: 'zeg wie wat doet' });
  const sup = s.sessions.plan('sos-groepssupervisie', {
    groupId: g.id, date: '2026-03-04', startTime: '13:00', endTime: '14:15',
    roles: { gespreksleider: anna!.id, inbrenger: bram!.id, notulist: null, tijdbewaker: null }, caseId: c.id, leervraag: '',
  });
  const empty = s.sos.getSupervision(sup.id);
  s.sos.saveSupervision(sup.id, { ...empty, dangerStatement: 'Moeder liet Sem alleen', close: { ...empty.close, wentWell: 'Wat ging er goed?' } });
  const profile = s.portfolio.saveProfile({ name: 'Bram Okafor', function: 'jeugdbeschermer', organisation: 'GI Noord', skjNumber: '100234567', periodStart: '2026-01-01', memberIds: [bram!.id], ffpsNames: ['Bram Okafor'] });
  s.portfolio.chooseMe(profile.id);
  const goal = s.portfolio.saveGoal({ title: 'Rustig blijven', description: 'In lastige gesprekken', status: 'bezig' });
  s.portfolio.saveReflection({ date: '2026-03-05', title: 'Na de bijeenkomst', template: 'vrij', fields: { tekst: 'Ik leerde stil te zijn.' }, dimensions: ['persoonlijk'], goalIds: [goal.id] });
  s.portfolio.linkGoal(goal.id, `sessie:${mlb.id}`, true);
  s.portfolio.updateWb({ key: `wb:${mlb.id}`, status: 'besproken', note: 'Besproken met mijn werkbegeleider' });
  s.portfolio.saveHours({ date: '2026-03-06', hours: 1.5, note: 'Intervisie buiten de app' });
  const meeting = s.sessions.plan('ffps-casuistiekbespreking', {
    groupId: g.id, date: '2026-03-09', startTime: '10:00', endTime: '11:00',
    roles: { gespreksleider: anna!.id, inbrenger: chris!.id, notulist: null, tijdbewaker: null }, caseId: null, leervraag: '',
  });
  s.ffps.saveMeeting(meeting.id, {
    agenda: [note.id], currentNoteId: note.id, siteIssues: ['Rooster kerstperiode'],
    discussions: [{ noteId: note.id, phaseCheck: 'Nog in fase 1', hypothesis: 'Afstand: Sem beschermt Moeder', reframe: 'Sem loopt weg om de ruzie niet erger te maken', oefenpunt: 'Sem apart uitnodigen' }],
  });
  s.notices.add(`Casus verwijderd na de bewaartermijn (${tag})`);
  // The exchange tables are written when a bundle is imported; a confirmed colleague and a bundle id as the
  // exchange repository stores them.
  b.db.prepare('INSERT INTO trusted_keys (public_key, name, confirmed_at) VALUES (?, ?, ?)').run(`${tag}`.padEnd(43, 'x') + '=', 'Bram Supervisor', '2026-03-01T10:00:00.000Z');
  b.db.prepare('INSERT INTO imported_bundles (id, digest, kind, imported_at) VALUES (?, ?, ?, ?)').run(`00000000-0000-4000-8000-00000000b${tag === 'A' ? '00a' : '00b'}`, 'ab'.repeat(32), 'ffps-feedback', '2026-03-01T10:00:00.000Z');
  return { own, g, c, mlb, note, t, w, sup, profile, goal };
}
