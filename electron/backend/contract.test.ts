import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES, type Input, type MethodName } from '../../shared/api/contract';
import type { Backend } from '.';
import { testBackend } from './testing/helpers';
import { EMPTY_CANVAS, type SessionDetail } from '../../shared/sessions/types';
import { emptySupervision } from '../../shared/sos/types';

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

const newGroup = (b: Backend) =>
  b.services.groups.save({
    name: 'Leergroep Noord',
    description: '',
    members: ['Anna de Vries', 'Bram Okafor', 'Chris Jansen'].map((name) => ({ name, function: 'jeugdbeschermer', organisation: 'GI', skjNumber: null })),
  });
const planFor = (g: { id: string; members: Array<{ id: string }> }) => ({
  groupId: g.id,
  date: '2030-03-04',
  startTime: '19:00',
  endTime: '20:30',
  roles: { gespreksleider: g.members[0].id, inbrenger: g.members[1].id, notulist: null, tijdbewaker: null },
  caseId: null,
  leervraag: 'Hoe kan ik beter aansluiten bij een vader die boos is?',
});
const newSession = (b: Backend) => b.services.sessions.plan(BUILTIN, planFor(newGroup(b)));
const planOf = (s: SessionDetail) => ({ groupId: s.groupId, date: s.date, startTime: s.startTime, endTime: s.endTime, roles: s.roles, caseId: s.caseId, leervraag: s.leervraag });
const validPlan = planFor({ id: SOME_ID, members: [{ id: SOME_ID }, { id: '00000000-0000-4000-8000-000000000001' }] });
const IDEA = '00000000-0000-4000-8000-0000000000aa';
const TEST_PASSWORD = process.env.LEERTAFEL_TEST_PASSWORD ?? '';

// ── the portfolio ──
const profileInput = (memberIds: string[] = []) => ({
  name: 'Bram Okafor',
  function: 'jeugdbeschermer',
  organisation: 'GI',
  skjNumber: '100234567',
  periodStart: '2026-01-01',
  memberIds,
  ffpsNames: ['Bram Okafor'],
});
const me = (b: Backend) => b.services.portfolio.me() ?? b.services.portfolio.saveProfile(profileInput());
const reflectionInput = () => ({
  date: '2026-03-01',
  title: 'Een gesprek met een boze vader',
  template: 'starr' as const,
  fields: { situatie: 'Een huisbezoek.', reflectie: 'Ik wil eerder benoemen wat ik zie.' },
  dimensions: ['persoonlijk' as const],
  goalIds: [],
});
const freeReflection = (b: Backend, withMe = true) => {
  if (withMe) me(b);
  return b.services.portfolio.saveReflection(reflectionInput());
};
const goalInput = () => ({ title: 'Ik benoem eerder wat ik zie', description: '', status: 'open' as const });
const goal = (b: Backend) => (me(b), b.services.portfolio.saveGoal(goalInput()));
const hoursInput = () => ({ date: '2026-02-01', hours: 1.5, note: 'Intervisie met het team' });
/** A finished bijeenkomst the profile's member brought a case to, with one idea taken along. */
function attendedSession(b: Backend) {
  const s = newSession(b);
  b.services.portfolio.saveProfile({ ...profileInput([s.roles.inbrenger]), id: b.services.portfolio.me()?.id });
  const start = Date.UTC(2030, 2, 4, 18, 0);
  b.services.sessions.saveRun(s.id, { ...s.run, status: 'finished', actualStart: start, actualEnd: start + 90 * 60_000 });
  b.services.sessions.saveCanvas(s.id, { ...EMPTY_CANVAS, volgendeStappen: { ideas: [{ id: IDEA, memberId: null, text: 'Het netwerk erbij vragen', takeAlong: true }] } });
  b.services.sessions.saveLearning(s.id, { ...s.learning, attendance: s.members.map((m) => ({ memberId: m.id, present: true, arrived: null, left: null })) });
  return s;
}

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
  'groups.list': { valid: () => ({}), invalid: [{ query: 'noord' }, 'x'] },
  'groups.get': { valid: (b) => ({ id: newGroup(b).id }), invalid: [{}, { id: 'noord' }, { id: SOME_ID.toUpperCase().replace('0000-4', 'ABCD-4') }] },
  'groups.save': {
    valid: () => ({ name: 'Leergroep Zuid', description: 'Dinsdagmiddag', members: [{ name: 'Anna de Vries', function: '', organisation: '', skjNumber: '1234567' }] }),
    invalid: [
      {},
      { name: '', description: '', members: [] },
      { name: 'twee\nregels', description: '', members: [] },
      { name: 'G', description: 'x'.repeat(301), members: [] },
      { name: 'G', description: '', members: [{ name: 'Anna', function: '', organisation: '', skjNumber: 'SKJ-12' }] },
      { name: 'G', description: '', members: [{ id: 'm1', name: 'Anna', function: '', organisation: '', skjNumber: null }] },
      { name: 'G', description: '', members: [{ name: 'Anna', function: '', organisation: '', skjNumber: null, bsn: '123' }] },
      { name: 'G', description: '', members: Array.from({ length: 41 }, (_, i) => ({ name: `Lid ${i}`, function: '', organisation: '', skjNumber: null })) },
    ],
  },
  'groups.delete': { valid: (b) => ({ id: newGroup(b).id }), invalid: [{}, { id: 'Leergroep Noord' }] },
  'sessions.list': { valid: (b) => ({ groupId: newGroup(b).id }), invalid: [{ groupId: 'noord' }, { status: 'planned' }] },
  'sessions.plan': {
    valid: (b) => ({ scriptId: BUILTIN, plan: planFor(newGroup(b)) }),
    invalid: [
      { scriptId: BUILTIN },
      { scriptId: 'A B', plan: validPlan },
      { scriptId: BUILTIN, plan: { ...validPlan, roles: { ...validPlan.roles, inbrenger: validPlan.roles.gespreksleider } } },
      { scriptId: BUILTIN, plan: { ...validPlan, startTime: '20:30', endTime: '19:00' } },
      { scriptId: BUILTIN, plan: { ...validPlan, date: '4 maart 2030' } },
      { scriptId: BUILTIN, plan: { ...validPlan, startTime: '25:00' } },
      { scriptId: BUILTIN, plan: { ...validPlan, leervraag: 'x'.repeat(501) } },
      { scriptId: BUILTIN, plan: { ...validPlan, caseId: 'Casus Otter' } },
      { scriptId: BUILTIN, plan: { ...validPlan, decision: 'UHP' } },
    ],
  },
  'sessions.get': { valid: (b) => ({ id: newSession(b).id }), invalid: [{}, { id: 5 }] },
  'sessions.updatePlan': {
    valid: (b) => ({ id: newSession(b).id, plan: { ...planOf(newSession(b)), date: '2030-04-01' } }),
    invalid: [{ id: SOME_ID }, { id: SOME_ID, plan: { ...validPlan, endTime: '7 uur' } }, { id: SOME_ID, plan: { ...validPlan, groupId: null } }],
  },
  'sessions.saveRun': {
    valid: (b) => {
      const s = newSession(b);
      return { id: s.id, run: { ...s.run, status: 'running' as const, actualStart: Date.now(), blockStartedAt: Date.now() } };
    },
    invalid: [
      { id: SOME_ID },
      { id: SOME_ID, run: { status: 'bezig', blockIndex: 0, blockStartedAt: null, blockElapsedBefore: 0, extraMinutes: [], actualStart: null, actualEnd: null, log: [] } },
      { id: SOME_ID, run: { status: 'planned', blockIndex: -1, blockStartedAt: null, blockElapsedBefore: 0, extraMinutes: [], actualStart: null, actualEnd: null, log: [] } },
      { id: SOME_ID, run: { status: 'planned', blockIndex: 0, blockStartedAt: null, blockElapsedBefore: 0, extraMinutes: [241], actualStart: null, actualEnd: null, log: [] } },
      { id: SOME_ID, run: { status: 'planned', blockIndex: 0, blockStartedAt: 1.5, blockElapsedBefore: 0, extraMinutes: [], actualStart: null, actualEnd: null, log: [] } },
      { id: SOME_ID, run: { status: 'planned', blockIndex: 0, blockStartedAt: null, blockElapsedBefore: 0, extraMinutes: [], actualStart: null, actualEnd: null, log: [], paused: true } },
    ],
  },
  'sessions.saveCanvas': {
    valid: (b) => ({
      id: newSession(b).id,
      canvas: {
        ...EMPTY_CANVAS,
        feiten: { ...EMPTY_CANVAS.feiten, items: [{ text: 'Moeder zegt af als het over school gaat', kind: 'interpretatie' as const }] },
        volgendeStappen: { ideas: [{ id: IDEA, memberId: null, text: 'Vraag moeder wat zij nodig heeft', takeAlong: true }] },
      },
    }),
    invalid: [
      { id: SOME_ID },
      { id: SOME_ID, canvas: { ...EMPTY_CANVAS, feiten: { ...EMPTY_CANVAS.feiten, items: [{ text: 'x', kind: 'gerucht' }] } } },
      { id: SOME_ID, canvas: { ...EMPTY_CANVAS, feiten: { ...EMPTY_CANVAS.feiten, items: [{ text: ' ', kind: 'betwist' }] } } },
      { id: SOME_ID, canvas: { ...EMPTY_CANVAS, volgendeStappen: { ideas: [{ id: 'idee-1', memberId: null, text: 'x', takeAlong: false }] } } },
      { id: SOME_ID, canvas: { ...EMPTY_CANVAS, weging: { ...EMPTY_CANVAS.weging, scaling: { enabled: true, scores: [{ memberId: SOME_ID, score: 11 }] } } } },
      { id: SOME_ID, canvas: { ...EMPTY_CANVAS, mensen: { people: [{ name: '', relation: '', perspective: '', regie: false }], network: '' } } },
      { id: SOME_ID, canvas: { ...EMPTY_CANVAS, besluit: 'UHP' } },
    ],
  },
  'sessions.saveLearning': {
    valid: (b) => {
      const s = newSession(b);
      return { id: s.id, learning: { ...s.learning, inbrengerLearned: 'Ik merk dat ik snel invul wat een vader bedoelt.' } };
    },
    invalid: [
      { id: SOME_ID, learning: { inbrengerLearned: '' } },
      { id: SOME_ID, learning: { inbrengerLearned: '', inbrengerWillTry: '', toWerkbegeleiding: '', participantLearnings: [], processFeedback: '', attendance: [{ memberId: SOME_ID, present: true, arrived: '7 uur', left: null }] } },
      { id: SOME_ID, learning: { inbrengerLearned: '', inbrengerWillTry: '', toWerkbegeleiding: '', participantLearnings: [{ memberId: SOME_ID, text: '' }], processFeedback: '', attendance: [] } },
      { id: SOME_ID, learning: { inbrengerLearned: 'x'.repeat(4001), inbrengerWillTry: '', toWerkbegeleiding: '', participantLearnings: [], processFeedback: '', attendance: [] } },
    ],
  },
  'sessions.saveReflection': {
    valid: (b) => {
      const s = newSession(b);
      return { sessionId: s.id, memberId: s.members[2].id, technischInstrumenteel: 'Ik vroeg meer door.', normatief: '', persoonlijk: '', shared: true };
    },
    invalid: [
      { sessionId: SOME_ID, memberId: SOME_ID, technischInstrumenteel: ' ', normatief: '', persoonlijk: '', shared: false },
      { sessionId: SOME_ID, memberId: SOME_ID, technischInstrumenteel: 'x', normatief: '', persoonlijk: '' },
      { sessionId: 'sessie', memberId: SOME_ID, technischInstrumenteel: 'x', normatief: '', persoonlijk: '', shared: true },
      { sessionId: SOME_ID, memberId: SOME_ID, technischInstrumenteel: 'x', normatief: '', persoonlijk: '', shared: true, score: 8 },
    ],
  },
  'sessions.delete': { valid: (b) => ({ id: newSession(b).id }), invalid: [{}, { id: '2030-03-04' }] },
  'sessions.export': {
    valid: (b) => ({ id: newSession(b).id, format: 'pdf' as const, includeCanvas: true }),
    invalid: [{ id: SOME_ID, format: 'docx', includeCanvas: false }, { id: SOME_ID, format: 'md' }, { id: SOME_ID, format: 'md', includeCanvas: 'ja' }],
  },
  'window.openBeamer': { valid: (b) => ({ sessionId: newSession(b).id }), invalid: [{}, { sessionId: 'beamer' }, { sessionId: SOME_ID, fullscreen: true }] },
  'ffps.listNotes': { valid: (b) => ({ caseId: newCase(b).id, forDiscussion: true }), invalid: [{ caseId: 'Zeester' }, { forDiscussion: 'ja' }, { author: 'x' }] },
  'ffps.getNote': { valid: (b) => ({ id: newNote(b).id }), invalid: [{}, { id: 3 }] },
  'ffps.saveNote': {
    valid: (b) => noteInput(newCase(b).id),
    invalid: [
      { ...noteInput(SOME_ID), phase: 'fase 1' },
      { ...noteInput(SOME_ID), week: 0 },
      { ...noteInput(SOME_ID), week: '2030-03-04' },
      { ...noteInput(SOME_ID), present: ['moeder'] },
      { ...noteInput(SOME_ID), hypothesis: { function: 'nabij', behaviour: '', nobleIntent: '' } },
      { ...noteInput(SOME_ID), date: '2030-03-04' },
    ],
  },
  'ffps.deleteNote': { valid: (b) => ({ id: newNote(b).id }), invalid: [{}, { id: 'note' }] },
  'ffps.timeline': { valid: (b) => ({ caseId: newCase(b).id }), invalid: [{}, { caseId: 7 }] },
  'ffps.requestFeedback': { valid: (b) => ({ id: newNote(b).id }), invalid: [{}, { id: null }] },
  'ffps.inbox': { valid: () => ({}), invalid: [{ supervisor: 'x' }] },
  'ffps.saveFeedback': {
    valid: (b) => feedbackInput(newNote(b).id),
    invalid: [
      { ...feedbackInput(SOME_ID), adherence: 7 },
      { ...feedbackInput(SOME_ID), competence: 0 },
      { ...feedbackInput(SOME_ID), principles: { krachtgericht: { score: 'ja', comment: '' } } },
      { ...feedbackInput(SOME_ID), comments: [{ field: 'besluit', quote: '', text: 'x' }] },
    ],
  },
  'ffps.acknowledgeFeedback': { valid: (b) => ({ id: newFeedback(b).id }), invalid: [{}, { id: 'ok' }] },
  'ffps.markPractised': { valid: (b) => ({ id: newFeedback(b).id }), invalid: [{}, { id: 'ok' }] },
  'ffps.history': { valid: () => ({ professional: 'Anna de Vries' }), invalid: [{}, { professional: '' }, { professional: 'a\nb' }] },
  'ffps.exportHistory': { valid: () => ({ professional: 'Anna de Vries', format: 'pdf' as const }), invalid: [{ professional: 'Anna' }, { professional: 'Anna', format: 'docx' }] },
  'ffps.techniques': { valid: () => ({}), invalid: [{ all: true }] },
  'ffps.addTechnique': { valid: () => ({ name: 'doelen concreet maken' }), invalid: [{}, { name: '' }, { name: 'x'.repeat(61) }] },
  'ffps.exportRequest': { valid: (b) => ({ noteIds: [newNote(b).id] }), invalid: [{ noteIds: [] }, { noteIds: ['note'] }, {}] },
  'ffps.exportFeedback': { valid: (b) => ({ noteIds: [newFeedback(b).noteId!] }), invalid: [{ noteIds: [] }, { noteIds: 'x' }] },
  'ffps.previewBundle': { valid: () => ({ content: requestFromColleague() }), invalid: [{}, { content: '' }, { content: 'x'.repeat(2_000_001) }] },
  'ffps.importBundle': { valid: () => ({ content: requestFromColleague(), trustNewSender: true }), invalid: [{ content: 'x' }, { content: 'x', trustNewSender: 'ja' }] },
  'ffps.professionals': { valid: () => ({}), invalid: [{ name: 'x' }] },
  'ffps.openOefenpunt': { valid: (b) => ({ caseId: newCase(b).id }), invalid: [{}, { caseId: 'x' }] },
  'ffps.meeting': { valid: (b) => ({ sessionId: ffpsSession(b).id }), invalid: [{}, { sessionId: 'x' }] },
  'ffps.saveMeeting': {
    valid: (b) => ({ sessionId: ffpsSession(b).id, meeting: { agenda: [], currentNoteId: null, discussions: [], siteIssues: ['Rooster kerstperiode'] } }),
    invalid: [{ sessionId: SOME_ID }, { sessionId: SOME_ID, meeting: { agenda: [], currentNoteId: SOME_ID, discussions: [], siteIssues: [] } }],
  },
  'exchange.identity': { valid: () => ({}), invalid: [{ name: 'x' }] },
  'search.query': {
    valid: () => ({ text: 'omgang', kinds: ['case'], from: '2024-01-01', to: '2030-12-31', limit: 5 }),
    invalid: [{}, { text: 'x'.repeat(201) }, { text: 'a', kinds: ['poker'] }, { text: 'a', from: '2025-02-30' }, { text: 'a', limit: 0 }, { text: 'a', groupId: 'Noord' }, { text: 'a', sql: 1 }],
  },
  'search.status': { valid: () => ({}), invalid: [{ x: 1 }] },
  'search.rebuild': { valid: () => ({}), invalid: [{ all: true }] },
  'home.overview': { valid: () => ({ today: '2030-03-04' }), invalid: [{}, { today: '4-3-2030' }, { today: '2030-02-30' }, { today: '2030-03-04', extra: 1 }] },
  'sos.listTrajects': { valid: () => ({}), invalid: [{ all: true }] },
  'sos.getTraject': { valid: (b) => ({ id: newTraject(b).id }), invalid: [{}, { id: 'x' }] },
  'sos.saveTraject': {
    valid: (b) => ({ title: 'Verdieping 2030', groupId: newGroup(b).id, trainerId: null, participants: [], caseId: null, modules: [] }),
    invalid: [{}, { title: '', groupId: SOME_ID, trainerId: null, participants: [], caseId: null, modules: [] }, { title: 'x', groupId: 'g', trainerId: null, participants: [], caseId: null, modules: [] }],
  },
  'sos.deleteTraject': { valid: (b) => ({ id: newTraject(b).id }), invalid: [{}, { id: 1 }] },
  'sos.linkSession': {
    valid: (b) => {
      const t = newTraject(b);
      return { trajectId: t.id, moduleId: t.modules[0]!.id, sessionId: null };
    },
    invalid: [{}, { trajectId: SOME_ID, moduleId: 'm', sessionId: null }],
  },
  'sos.learningItems': { valid: () => ({ memberId: SOME_ID }), invalid: [{}, { memberId: 'Anna' }] },
  'sos.listWorksheets': { valid: () => ({}), invalid: [{ trajectId: 'x' }, { kind: 'map' }] },
  'sos.createWorksheet': {
    valid: (b) => ({ kind: 'map' as const, caseId: newCase(b).id, title: 'Oefenkaart', trajectId: null, moduleId: null }),
    invalid: [{}, { kind: 'poster', caseId: SOME_ID, title: 'x', trajectId: null, moduleId: null }],
  },
  'sos.getWorksheet': { valid: (b) => ({ id: newWorksheet(b).id }), invalid: [{}, { id: 'x' }] },
  'sos.saveWorksheet': {
    valid: (b) => {
      const w = newWorksheet(b);
      return { id: w.id, title: 'Oefenkaart', body: { ...w.body, harm: ['Moeder sloeg K1'] } as typeof w.body };
    },
    invalid: [{ id: SOME_ID, title: 'x', body: { kind: 'map' } }, { id: SOME_ID, title: 'x', body: { kind: 'poster' } }],
  },
  'sos.deleteWorksheet': { valid: (b) => ({ id: newWorksheet(b).id }), invalid: [{}, { id: 0 }] },
  'sos.viewWorksheet': { valid: (b) => ({ id: newWorksheet(b).id }), invalid: [{}, { id: 'x' }] },
  'sos.exportWorksheet': { valid: (b) => ({ id: newWorksheet(b).id, format: 'md' as const }), invalid: [{ id: SOME_ID, format: 'docx' }, {}] },
  'sos.checkWords': { valid: () => ({}), invalid: [{ kind: 'jargon' }] },
  'sos.addCheckWord': { valid: () => ({ kind: 'jargon' as const, word: 'ontregeld', explanation: '' }), invalid: [{ kind: 'x', word: 'a', explanation: '' }, { kind: 'jargon', word: '' , explanation: ''}] },
  'sos.removeCheckWord': { valid: () => ({ kind: 'jargon' as const, word: 'ontregeld' }), invalid: [{ kind: 'jargon' }, {}] },
  'sos.getSupervision': { valid: (b) => ({ sessionId: newSupervisionSession(b).id }), invalid: [{}, { sessionId: 'x' }] },
  'sos.saveSupervision': {
    valid: (b) => ({ sessionId: newSupervisionSession(b).id, supervision: emptySupervision() }),
    invalid: [{ sessionId: SOME_ID }, { sessionId: SOME_ID, supervision: { map: {} } }],
  },
  'portfolio.profiles': { valid: () => ({}), invalid: [{ all: true }] },
  'portfolio.me': { valid: () => ({}), invalid: [{ id: SOME_ID }] },
  'portfolio.saveProfile': { valid: () => profileInput(), invalid: [{}, { ...profileInput(), periodStart: '2025-02-30' }, { ...profileInput(), memberIds: ['x'] }, { ...profileInput(), skjNumber: 'abc' }] },
  'portfolio.chooseMe': { valid: (b) => ({ id: me(b).id }), invalid: [{}, { id: 'x' }] },
  'portfolio.memberChoices': { valid: () => ({}), invalid: [{ groupId: SOME_ID }] },
  'portfolio.timeline': { valid: (b) => (me(b), { q: 'ouder', kinds: ['vrij'] }), invalid: [{ kinds: ['roddel'] }, { from: '2025-13-01' }, { q: 'x'.repeat(201) }] },
  'portfolio.reflection': { valid: (b) => ({ id: freeReflection(b).id }), invalid: [{}, { id: 1 }] },
  'portfolio.saveReflection': {
    valid: (b) => (me(b), reflectionInput()),
    invalid: [{}, { ...reflectionInput(), template: 'swot' }, { ...reflectionInput(), fields: { situatie: '' } }, { ...reflectionInput(), fields: { tekst: 'x' } }],
  },
  'portfolio.deleteReflection': { valid: (b) => ({ id: freeReflection(b).id }), invalid: [{ id: '' }] },
  'portfolio.goals': { valid: (b) => (me(b), {}), invalid: [{ status: 'open' }] },
  'portfolio.goal': { valid: (b) => ({ id: goal(b).id }), invalid: [{}, { id: 'goal' }] },
  'portfolio.saveGoal': { valid: (b) => (me(b), goalInput()), invalid: [{}, { ...goalInput(), status: 'klaar' }, { ...goalInput(), title: '' }] },
  'portfolio.linkGoal': {
    valid: (b) => {
      const g = goal(b);
      return { goalId: g.id, key: `vrij:${freeReflection(b, false).id}`, linked: true };
    },
    invalid: [{ goalId: SOME_ID, key: 'x', linked: true }, { goalId: SOME_ID, key: 'vrij:abc', linked: 'ja' }],
  },
  'portfolio.werkbegeleiding': { valid: (b) => (me(b), {}), invalid: [{ status: 'open' }] },
  'portfolio.updateWb': {
    valid: (b) => {
      const s = attendedSession(b);
      return { key: `idea:${s.id}:${IDEA}`, status: 'besproken' as const, note: 'Afgesproken: eerst het netwerk vragen.' };
    },
    invalid: [{ key: 'idea:x', status: 'klaar', note: '' }, { key: 'x', status: 'open', note: '' }, { key: 'idea:x', status: 'open', note: 'x'.repeat(1001) }],
  },
  'portfolio.hours': { valid: (b) => (me(b), {}), invalid: [{ year: 2025 }] },
  'portfolio.saveHours': { valid: (b) => (me(b), hoursInput()), invalid: [{ ...hoursInput(), hours: 0.1 }, { ...hoursInput(), hours: 13 }, { ...hoursInput(), note: '' }] },
  'portfolio.deleteHours': { valid: (b) => (me(b), { id: b.services.portfolio.saveHours(hoursInput()).id }), invalid: [{ id: 'x' }] },
  'portfolio.exportReflections': {
    valid: (b) => ({ keys: [`vrij:${freeReflection(b).id}`], format: 'pdf' as const }),
    invalid: [{ keys: [], format: 'pdf' }, { keys: ['vrij:x'], format: 'docx' }],
  },
  'portfolio.exportAttendance': { valid: (b) => ({ sessionId: attendedSession(b).id, format: 'csv' as const }), invalid: [{ sessionId: 'x', format: 'csv' }, { sessionId: SOME_ID, format: 'xls' }] },
  'portfolio.exportHours': { valid: (b) => (me(b), { format: 'pdf' as const }), invalid: [{ format: 'md' }, {}] },
  'lock.status': { valid: () => ({}), invalid: [{ state: 'unlocked' }] },
  'lock.setup': {
    valid: (b) => {
      // Set-up answers only on a first start: lock, and remove the key file and the database.
      b.lock.lock();
      for (const f of ['leertafel.key', 'leertafel.db', 'leertafel.db-wal', 'leertafel.db-shm']) fs.rmSync(path.join(b.lock.dataDir, f), { force: true });
      return { password: 'een nieuw wachtwoord' };
    },
    invalid: [{}, { password: 'kort' }, { password: 'x'.repeat(257) }, { password: 'een nieuw wachtwoord', recovery: true }],
  },
  'lock.unlock': {
    valid: (b) => (b.lock.lock(), { password: TEST_PASSWORD }),
    invalid: [{}, { password: '' }, { password: 12345678 }],
  },
  'lock.unlockWithRecovery': {
    // A well-formed key that does not fit answers a result (unlocked: false), not an error.
    valid: (b) => (b.lock.lock(), { recoveryKey: '0000-0000-0000-0000-0000-0000-0000-0000', newPassword: 'een nieuw wachtwoord' }),
    invalid: [{ recoveryKey: '0000', newPassword: 'een nieuw wachtwoord' }, { recoveryKey: '0000-0000-0000-0000-0000-0000-0000-0000', newPassword: 'kort' }],
  },
  'lock.changePassword': {
    valid: () => ({ current: TEST_PASSWORD, next: 'een nieuw wachtwoord' }),
    invalid: [{ current: TEST_PASSWORD }, { current: TEST_PASSWORD, next: 'kort' }, { current: '', next: 'een nieuw wachtwoord' }],
  },
  'lock.lock': { valid: () => ({}), invalid: [{ after: 10 }] },
  'lock.discardUnencrypted': { valid: () => ({}), invalid: [{ all: true }] },
  'lock.restoreLatest': {
    // Only from a failure screen: lock, and the database becomes a 0-byte file (the daily backup restores it).
    valid: (b) => (b.lock.lock(), fs.writeFileSync(path.join(b.lock.dataDir, 'leertafel.db'), ''), { password: TEST_PASSWORD }),
    invalid: [{}, { password: '' }, { password: TEST_PASSWORD, name: 'x' }],
  },
  'backup.list': { valid: () => ({}), invalid: [{ all: true }] },
  'backup.create': { valid: () => ({}), invalid: [{ name: 'mijn.db' }] },
  'backup.preview': {
    valid: (b) => ({ name: b.services.backups.create().name }),
    invalid: [{}, { name: '../leertafel.db' }, { name: 'leertafel.key' }, { name: '/tmp/leertafel-x.db' }],
  },
  'backup.restore': {
    valid: (b) => ({ name: b.services.backups.create().name }),
    invalid: [{}, { name: 'leertafel-x.db/../../leertafel.db' }, { name: 'leertafel-.db' }],
  },
  'transfer.export': { valid: () => ({ password: 'een exportwachtwoord' }), invalid: [{}, { password: 'kort' }, { password: 'een exportwachtwoord', file: 'x' }] },
  'transfer.preview': {
    valid: (b) => ({ password: 'een exportwachtwoord', file: b.services.transfer.export('een exportwachtwoord').fileName }),
    invalid: [{ password: 'x' }, { password: 'x', file: 'a', data: 'QQ==' }, { password: '', file: 'a' }, { password: 'x', file: 3 }],
  },
  'transfer.import': {
    valid: (b) => ({ password: 'een exportwachtwoord', data: Buffer.from(b.services.transfer.export('een exportwachtwoord').content).toString('base64') }),
    invalid: [{ password: 'x' }, { password: 'x', file: '' }, { password: 'x', data: 'QQ==', extra: 1 }],
  },
};

const newTraject = (b: Backend) => b.services.sos.saveTraject({ title: 'Verdieping', groupId: newGroup(b).id, trainerId: null, participants: [], caseId: null, modules: [] });
const newWorksheet = (b: Backend) => b.services.sos.createWorksheet({ kind: 'map', caseId: newCase(b).id, title: 'Oefenkaart', trajectId: null, moduleId: null });
const newSupervisionSession = (b: Backend) => b.services.sessions.plan('sos-groepssupervisie', planFor(newGroup(b)));

const ffpsSession = (b: Backend) => b.services.sessions.plan('ffps-casuistiekbespreking', planFor(newGroup(b)));

/** A feedback request made on another installation (its own data folder and key). */
function requestFromColleague(): string {
  const other = testBackend();
  return other.services.ffps.exportRequest([newNote(other).id]).content;
}

function noteInput(caseId: string) {
  return {
    caseId,
    phase: 'verbinden-en-motiveren' as const,
    contactNumber: 1,
    week: 1,
    present: [],
    goals: [{ goal: 'Kennismaken met het gezin', progress: 'Moeder deed mee' }],
    interventions: 'Ik benoemde wat goed ging.',
    techniques: ['krachten benoemen'],
    responses: [],
    hypothesis: { function: 'nabijheid' as const, behaviour: 'Moeder belt vaak', nobleIntent: 'Zij wil betrokken blijven' },
    nextPlan: 'Doorvragen naar wat al lukt.',
    forDiscussion: false,
  };
}
const newNote = (b: Backend) => b.services.ffps.saveNote(noteInput(newCase(b).id));
function feedbackInput(noteId: string) {
  const p = { score: 'ja' as const, comment: '' };
  return {
    noteId,
    comments: [{ field: 'interventions' as const, quote: '', text: 'Mooi hoe je de kracht benoemt.' }],
    principles: { krachtgericht: p, relationeel: p, fasegericht: p, nietOordelend: p, matching: { score: 'deels' as const, comment: 'Sluit nog meer aan bij het tempo.' } },
    adherence: 5,
    competence: 4,
    oefenpunt: 'Vraag eerst naar wat al lukt.',
  };
}
const newFeedback = (b: Backend) => b.services.ffps.saveFeedback(feedbackInput(newNote(b).id));

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
