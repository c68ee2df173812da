import { describe, expect, it } from 'vitest';
import type { Backend } from '..';
import { testBackend } from '../testing/helpers';
import type { CaseNoteSave, FeedbackInput } from '../../../shared/ffps/types';

function rosterCase(b: Backend) {
  const c = b.services.cases.create({ format: 'ffps' });
  return b.services.cases.update({
    id: c.id, codeName: c.codeName, format: 'ffps', retentionUntil: c.retentionUntil,
    people: [{ role: 'moeder', pseudonym: 'Moeder' }, { role: 'zoon, 15', pseudonym: 'Sem' }], timeline: [],
  });
}

function note(caseId: string, extra: Partial<CaseNoteSave> = {}): CaseNoteSave {
  return {
    caseId,
    phase: 'verbinden-en-motiveren',
    contactNumber: 1,
    week: 1,
    present: [],
    goals: [{ goal: 'Kennismaken en de hulpvraag van Moeder horen', progress: 'Moeder vertelde open' }],
    interventions: 'Ik benoemde de zorg van Moeder als betrokkenheid.',
    techniques: ['reframe'],
    responses: [],
    hypothesis: { function: 'afstand', behaviour: 'Sem loopt weg bij ruzie', nobleIntent: 'Hij wil de ruzie niet erger maken' },
    nextPlan: 'Sem apart spreken over wat hij wil.',
    forDiscussion: true,
    ...extra,
  };
}

const principles = (miss: 'matching' | 'relationeel' | null): FeedbackInput['principles'] => {
  const ok = { score: 'ja' as const, comment: '' };
  return { krachtgericht: ok, relationeel: ok, fasegericht: ok, nietOordelend: ok, matching: ok, ...(miss ? { [miss]: { score: 'nee' as const, comment: 'Nog niet gezien' } } : {}) };
};

describe('FFPS case-notes', () => {
  it('are stored per case with roster people, and every text passes the case gate', async () => {
    const b = testBackend();
    b.services.settings.update({ displayName: 'Anna de Vries' });
    const c = rosterCase(b);
    const [moeder, sem] = c.people;
    const saved = b.services.ffps.saveNote(note(c.id, { present: [moeder.id, sem.id], responses: [{ personId: sem.id, response: 'Sem keek weg, later lachte hij' }] }));
    expect(saved).toMatchObject({ author: 'Anna de Vries', caseCodeName: c.codeName, feedbackState: 'none', present: [moeder.id, sem.id] });
    expect(b.services.ffps.listNotes({ caseId: c.id }).map((n) => n.id)).toEqual([saved.id]);

    const refused = await b.dispatch('ffps.saveNote', note(c.id, { interventions: 'Ik sprak met Fatima Yilmaz op de Kerkstraat 12.' }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'UNRESOLVED' } });
    if (!refused.ok) expect(new Set(refused.error.details!.map((d) => d.path))).toEqual(new Set(['interventions']));
    const stranger = await b.dispatch('ffps.saveNote', note(c.id, { present: ['00000000-0000-4000-8000-000000000009'] }));
    expect(stranger).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: [{ path: 'present.0' }] } });
  });

  it('go from request to feedback to acknowledgement, and the oefenpunt follows the next note until practised', () => {
    const b = testBackend();
    b.services.settings.update({ displayName: 'Anna de Vries' });
    const c = rosterCase(b);
    const first = b.services.ffps.saveNote(note(c.id));
    b.services.ffps.requestFeedback(first.id);
    const second = b.services.ffps.saveNote(note(c.id, { contactNumber: 2, week: 2 }));
    b.services.ffps.requestFeedback(second.id);
    expect(b.services.ffps.inbox().map((n) => n.id)).toEqual([first.id, second.id]);

    b.services.settings.update({ displayName: 'Bram Supervisor' });
    const fb = b.services.ffps.saveFeedback({
      noteId: first.id,
      comments: [{ field: 'interventions', quote: 'betrokkenheid', text: 'Mooie reframe: de zorg als betrokkenheid.' }],
      principles: principles('matching'),
      adherence: 4,
      competence: 3,
      oefenpunt: 'Sluit aan bij het tempo van Sem.',
    });
    expect(fb).toMatchObject({ professional: 'Anna de Vries', supervisor: 'Bram Supervisor', acknowledgedAt: null });
    expect(b.services.ffps.getNote(first.id).feedbackState).toBe('received');
    expect(b.services.ffps.inbox().map((n) => n.id)).toEqual([second.id]);

    // Back on the gezinsmanager's side. Not yet acknowledged: no open oefenpunt on the next note.
    b.services.settings.update({ displayName: 'Anna de Vries' });
    const third = b.services.ffps.saveNote(note(c.id, { contactNumber: 3, week: 3 }));
    expect(b.services.ffps.getNote(third.id).openOefenpunt).toBeNull();
    b.services.ffps.acknowledgeFeedback(fb.id);
    expect(b.services.ffps.getNote(first.id).feedbackState).toBe('acknowledged');
    expect(b.services.ffps.getNote(third.id).openOefenpunt).toMatchObject({ feedbackId: fb.id, oefenpunt: 'Sluit aan bij het tempo van Sem.' });
    // A note not yet written (the form) asks for the open oefenpunt of the case for me; another professional has none.
    expect(b.services.ffps.myOpenOefenpunt(c.id)).toMatchObject({ feedbackId: fb.id });
    expect(b.services.ffps.professionals()).toEqual(['Anna de Vries']);
    b.services.settings.update({ displayName: 'Chris Jansen' });
    expect(b.services.ffps.myOpenOefenpunt(c.id)).toBeNull();
    b.services.settings.update({ displayName: 'Anna de Vries' });
    b.services.ffps.markPractised(fb.id);
    expect(b.services.ffps.getNote(third.id).openOefenpunt).toBeNull();
    expect(b.services.ffps.myOpenOefenpunt(c.id)).toBeNull();
  });

  it('feedback passes the gate too, and stays in the history without its quotes when the case is purged', async () => {
    const b = testBackend();
    b.services.settings.update({ displayName: 'Anna de Vries' });
    const c = rosterCase(b);
    const n = b.services.ffps.saveNote(note(c.id));
    const withName = await b.dispatch('ffps.saveFeedback', { noteId: n.id, comments: [], principles: principles(null), adherence: null, competence: null, oefenpunt: 'Bel Fatima Yilmaz op 06-12345678.' });
    expect(withName).toMatchObject({ ok: false, error: { code: 'UNRESOLVED' } });
    const fb1 = b.services.ffps.saveFeedback({ noteId: n.id, comments: [{ field: 'hypothesis', quote: 'loopt weg', text: 'Goed gezien.' }], principles: principles('matching'), adherence: 3, competence: 3, oefenpunt: 'Vraag naar de goede bedoeling.' });
    const fb2 = b.services.ffps.saveFeedback({ noteId: n.id, comments: [], principles: principles('relationeel'), adherence: 5, competence: 4, oefenpunt: '' });
    b.services.ffps.markPractised(fb1.id);
    b.services.cases.delete(c.id);

    expect(b.services.ffps.listNotes()).toEqual([]);
    const h = b.services.ffps.history('Anna de Vries');
    expect(h.rounds.map((r) => [r.feedbackId, r.adherence, r.competence, r.practised, r.caseCodeName])).toEqual([
      [fb1.id, 3, 3, true, c.codeName],
      [fb2.id, 5, 4, false, c.codeName],
    ]);
    expect(h.missedPrinciples.map((p) => p.principle)).toEqual(['relationeel', 'matching']);
    const raw = b.db.prepare<[string], { body: string; note_id: string | null }>('SELECT body, note_id FROM ffps_feedback WHERE id = ?').get(fb1.id)!;
    expect(raw.note_id).toBeNull();
    expect(JSON.parse(raw.body).comments).toEqual([]);

    const md = await b.services.ffps.exportHistory('Anna de Vries', 'md');
    expect(md.filename).toBe('feedbackgeschiedenis-anna-de-vries.md');
    expect(md.content).toContain('geen besluitvorming');
    expect(md.content).toContain('Relationeel: 1× nee');
    expect(md.content).toContain('Vraag naar de goede bedoeling.');
    expect(md.content).not.toContain('loopt weg');
    const pdf = await b.services.ffps.exportHistory('Anna de Vries', 'pdf');
    expect(Buffer.from(pdf.content, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('keeps the method techniques first and adds the team its own, once', async () => {
    const b = testBackend();
    expect(b.services.ffps.techniques().slice(0, 3)).toEqual(['reframe', 'relationeel herformuleren', 'matching']);
    b.services.ffps.addTechnique('doelen concreet maken');
    b.services.ffps.addTechnique('Doelen concreet maken');
    b.services.ffps.addTechnique('Reframe');
    const list = b.services.ffps.techniques();
    expect(list.filter((t) => t.toLowerCase() === 'doelen concreet maken')).toHaveLength(1);
    expect(list.filter((t) => t.toLowerCase() === 'reframe')).toHaveLength(1);
    expect(await b.dispatch('ffps.addTechnique', { name: 'bel 06-12345678' })).toMatchObject({ ok: false, error: { code: 'IDENTIFIER' } });
  });
});

describe('the phase timeline', () => {
  it('lists contacts per phase with their gaps and warns when first-phase contacts lie further apart than the norm', () => {
    const b = testBackend();
    const c = rosterCase(b);
    const weeks: Array<[number, number, CaseNoteSave['phase']]> = [
      [1, 1, 'verbinden-en-motiveren'],
      [2, 2, 'verbinden-en-motiveren'],
      [3, 5, 'verbinden-en-motiveren'],
      [4, 6, 'ondersteunen-en-regievoeren'],
      [5, 10, 'ondersteunen-en-regievoeren'],
    ];
    for (const [contactNumber, week, phase] of weeks) b.services.ffps.saveNote(note(c.id, { contactNumber, week, phase }));
    const t = b.services.ffps.timeline(c.id);
    expect(t.firstPhaseMaxGapWeeks).toBe(2);
    expect(t.phases.map((p) => p.contacts.map((x) => x.gapWeeks))).toEqual([[null, 1, 3], [1, 4], []]);
    // Only the first phase counts: the four weeks in phase 2 are no warning.
    expect(t.warnings).toEqual([{ fromContact: 2, toContact: 3, gapWeeks: 3 }]);
    b.services.settings.update({ ffpsFirstPhaseMaxGapWeeks: 3 });
    expect(b.services.ffps.timeline(c.id).warnings).toEqual([]);
  });
});

describe('the weekly casuïstiekbespreking', () => {
  const ffpsMeeting = (b: Backend, scriptId = 'ffps-casuistiekbespreking') => {
    const g = b.services.groups.save({
      name: 'Team FFPS Noord',
      description: '',
      members: ['Anna de Vries', 'Bram Okafor'].map((name) => ({ name, function: 'gezinsmanager', organisation: 'GI', skjNumber: null })),
    });
    return b.services.sessions.plan(scriptId, {
      groupId: g.id, date: '2030-03-04', startTime: '10:00', endTime: '11:00',
      roles: { gespreksleider: g.members[0].id, inbrenger: g.members[1].id, notulist: null, tijdbewaker: null }, caseId: null, leervraag: '',
    });
  };

  it('builds its agenda from notes ter bespreking, keeps the casebespreking in the FFPS area, and lists the caseload', async () => {
    const b = testBackend();
    b.services.settings.update({ displayName: 'Anna de Vries' });
    const c = rosterCase(b);
    const marked = b.services.ffps.saveNote(note(c.id));
    b.services.ffps.saveNote(note(c.id, { contactNumber: 2, week: 5, forDiscussion: false }));
    const s = ffpsMeeting(b);
    const empty = b.services.ffps.meeting(s.id);
    expect(empty.meeting).toEqual({ agenda: [], currentNoteId: null, discussions: [], siteIssues: [] });
    expect(empty.candidates.map((n) => n.id)).toEqual([marked.id]);
    expect(empty.caseload).toEqual([expect.objectContaining({ caseId: c.id, lastContactNumber: 2, lastContactWeek: 5, notes: 2, warnings: 1, author: 'Anna de Vries' })]);

    const discussion = { noteId: marked.id, phaseCheck: 'Nog in fase 1: Sem is er niet bij', hypothesis: 'Afstand: Sem beschermt Moeder', reframe: 'Sem loopt weg om de ruzie niet erger te maken', oefenpunt: 'Sem apart uitnodigen' };
    b.services.ffps.saveMeeting(s.id, { agenda: [marked.id], currentNoteId: marked.id, discussions: [discussion], siteIssues: ['Rooster kerstperiode'] });
    expect(b.services.ffps.meeting(s.id).meeting.discussions).toEqual([discussion]);
    // Never in the sessions canvas JSON.
    expect(JSON.stringify(b.services.sessions.get(s.id).canvas)).not.toContain('Sem apart uitnodigen');

    const leaked = await b.dispatch('ffps.saveMeeting', { sessionId: s.id, meeting: { agenda: [marked.id], currentNoteId: null, discussions: [{ ...discussion, reframe: 'Fatima Yilmaz uit de Kerkstraat 12 wil rust' }], siteIssues: [] } });
    expect(leaked).toMatchObject({ ok: false, error: { code: 'UNRESOLVED', details: [{ path: 'discussions.0.reframe' }] } });
    const offAgenda = await b.dispatch('ffps.saveMeeting', { sessionId: s.id, meeting: { agenda: [], currentNoteId: null, discussions: [discussion], siteIssues: [] } });
    expect(offAgenda).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const structured = await b.dispatch('ffps.saveMeeting', { sessionId: s.id, meeting: { agenda: [], currentNoteId: null, discussions: [], siteIssues: ['bel 0612345678'] } });
    expect(structured).toMatchObject({ ok: false, error: { code: 'IDENTIFIER' } });
    expect(b.services.ffps.meeting(s.id).meeting.discussions).toEqual([discussion]);

    // The learning record: counts and site issues always, the casebespreking only with the case material.
    const plain = await b.services.sessions.export(s.id, 'md', false);
    expect(plain.content).toContain('Casuïstiekbespreking (FFPS)');
    expect(plain.content).toContain('Rooster kerstperiode');
    expect(plain.content).not.toContain('Sem apart uitnodigen');
    const full = await b.services.sessions.export(s.id, 'md', true);
    expect(full.content).toContain('Sem apart uitnodigen');
    expect(full.content).not.toContain('Vier Vensters');

    // The note goes (its case purged or deleted): its place on the agenda and its casebespreking go with it.
    b.services.ffps.deleteNote(marked.id);
    expect(b.services.ffps.meeting(s.id).meeting).toEqual({ agenda: [], currentNoteId: null, discussions: [], siteIssues: ['Rooster kerstperiode'] });
    expect(b.db.prepare('SELECT body FROM ffps_meetings').get()).not.toMatchObject({ body: expect.stringContaining('Sem apart') });
  });

  it('exists only for a bijeenkomst with the FFPS script', async () => {
    const b = testBackend();
    const mlb = ffpsMeeting(b, 'mlb-vier-vensters');
    expect(await b.dispatch('ffps.meeting', { sessionId: mlb.id })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await b.dispatch('ffps.meeting', { sessionId: '00000000-0000-4000-8000-000000000009' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
