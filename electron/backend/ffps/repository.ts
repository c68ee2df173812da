import { z } from 'zod';
import type { Db } from '../core/db';
import { parseStored } from '../core/json';
import {
  caseNoteInputSchema,
  feedbackInputSchema,
  type CaseNote,
  type CaseNoteInput,
  type Feedback,
  type FeedbackInput,
  type FeedbackState,
  type FfpPhase,
} from '../../../shared/ffps/types';
import { meetingSchema, type Meeting } from '../../../shared/ffps/meeting';

interface NoteRow {
  id: string;
  case_id: string;
  author: string;
  phase: FfpPhase;
  contact_number: number;
  week: number;
  body: string;
  for_discussion: 0 | 1;
  feedback_state: FeedbackState;
  requested_at: string | null;
  created_at: string;
  updated_at: string;
}

interface FeedbackRow {
  id: string;
  note_id: string | null;
  professional: string;
  supervisor: string;
  case_code_name: string;
  phase: FfpPhase;
  body: string;
  adherence: number | null;
  competence: number | null;
  oefenpunt: string;
  created_at: string;
  acknowledged_at: string | null;
  practised_at: string | null;
}

/** The columns kept as JSON: everything of a note beyond its key facts. */
const noteBodySchema = caseNoteInputSchema.omit({ caseId: true, phase: true, contactNumber: true, week: true, forDiscussion: true });
const feedbackBodySchema = feedbackInputSchema.pick({ comments: true, principles: true });

export type StoredFeedback = Feedback;

/** The FFPS area's tables: `ffps_notes`, `ffps_feedback` and `ffps_techniques`. */
export class FfpsRepository {
  /** Set by the service: keeps the search index in step, inside each write's transaction. */
  indexer: { note(id: string): void; feedback(id: string): void } = { note() {}, feedback() {} };

  constructor(private readonly db: Db) {}

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  notes(filter: { caseId?: string; forDiscussion?: boolean; feedbackState?: FeedbackState }): CaseNote[] {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    if (filter.caseId) (where.push('case_id = @caseId'), (params.caseId = filter.caseId));
    if (filter.forDiscussion !== undefined) (where.push('for_discussion = @fd'), (params.fd = filter.forDiscussion ? 1 : 0));
    if (filter.feedbackState) (where.push('feedback_state = @state'), (params.state = filter.feedbackState));
    const order = filter.feedbackState === 'requested' ? 'requested_at ASC, created_at ASC' : 'updated_at DESC';
    return this.db
      .prepare<Record<string, unknown>, NoteRow>(`SELECT * FROM ffps_notes ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order}`)
      .all(params)
      .map(noteOf);
  }

  note(id: string): CaseNote | undefined {
    const r = this.db.prepare<[string], NoteRow>('SELECT * FROM ffps_notes WHERE id = ?').get(id);
    return r && noteOf(r);
  }

  insertNote(id: string, n: CaseNoteInput, author: string, now: string): void {
    this.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO ffps_notes (id, case_id, author, phase, contact_number, week, body, for_discussion, created_at, updated_at)
           VALUES (@id, @caseId, @author, @phase, @contactNumber, @week, @body, @fd, @now, @now)`,
        )
        .run({ ...columns(n), id, author, now });
      this.indexer.note(id);
    });
  }

  updateNote(id: string, n: CaseNoteInput, now: string): void {
    this.transaction(() => {
      this.db
        .prepare(
          `UPDATE ffps_notes SET case_id = @caseId, phase = @phase, contact_number = @contactNumber, week = @week, body = @body,
             for_discussion = @fd, updated_at = @now WHERE id = @id`,
        )
        .run({ ...columns(n), id, now });
      this.indexer.note(id);
    });
  }

  setFeedbackState(id: string, state: FeedbackState, now: string): void {
    this.db
      .prepare(
        `UPDATE ffps_notes SET feedback_state = @state, requested_at = CASE WHEN @state = 'requested' THEN @now ELSE requested_at END WHERE id = @id`,
      )
      .run({ id, state, now });
  }

  deleteNote(id: string): void {
    this.transaction(() => {
      const quoted = this.feedbackOn(id).map((f) => f.id);
      this.db.prepare('DELETE FROM ffps_notes WHERE id = ?').run(id);
      this.indexer.note(id);
      for (const f of quoted) this.indexer.feedback(f);
    });
  }

  // ── feedback ─────────────────────────────────────────────────────────────────────────────────────

  feedbackOn(noteId: string): StoredFeedback[] {
    return this.db.prepare<[string], FeedbackRow>('SELECT * FROM ffps_feedback WHERE note_id = ? ORDER BY created_at').all(noteId).map(feedbackOf);
  }

  feedback(id: string): StoredFeedback | undefined {
    const r = this.db.prepare<[string], FeedbackRow>('SELECT * FROM ffps_feedback WHERE id = ?').get(id);
    return r && feedbackOf(r);
  }

  feedbackFor(professional: string): StoredFeedback[] {
    return this.db.prepare<[string], FeedbackRow>('SELECT * FROM ffps_feedback WHERE professional = ? ORDER BY created_at').all(professional).map(feedbackOf);
  }

  professionals(): string[] {
    return this.db.prepare<[], { professional: string }>('SELECT DISTINCT professional FROM ffps_feedback ORDER BY professional COLLATE NOCASE').all().map((r) => r.professional);
  }

  insertFeedback(f: { id: string; input: FeedbackInput; professional: string; supervisor: string; caseCodeName: string; phase: FfpPhase; now: string }): void {
    this.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO ffps_feedback (id, note_id, professional, supervisor, case_code_name, phase, body, adherence, competence, oefenpunt, created_at)
           VALUES (@id, @noteId, @professional, @supervisor, @caseCodeName, @phase, @body, @adherence, @competence, @oefenpunt, @now)`,
        )
        .run({
          id: f.id,
          noteId: f.input.noteId,
          professional: f.professional,
          supervisor: f.supervisor,
          caseCodeName: f.caseCodeName,
          phase: f.phase,
          body: JSON.stringify({ comments: f.input.comments, principles: f.input.principles }),
          adherence: f.input.adherence,
          competence: f.input.competence,
          oefenpunt: f.input.oefenpunt,
          now: f.now,
        });
      this.indexer.feedback(f.id);
    });
  }

  stampFeedback(id: string, column: 'acknowledged_at' | 'practised_at', now: string): void {
    this.db.prepare(`UPDATE ffps_feedback SET ${column} = COALESCE(${column}, ?) WHERE id = ?`).run(now, id);
  }

  /** Every note and feedback round, for a search rebuild. */
  allNotes(): CaseNote[] {
    return this.db.prepare<[], NoteRow>('SELECT * FROM ffps_notes').all().map(noteOf);
  }

  allFeedback(): StoredFeedback[] {
    return this.db.prepare<[], FeedbackRow>('SELECT * FROM ffps_feedback').all().map(feedbackOf);
  }

  // ── the weekly meeting ───────────────────────────────────────────────────────────────────────────

  meeting(sessionId: string): { meeting: Meeting; updatedAt: string } | undefined {
    const r = this.db.prepare<[string], { body: string; updated_at: string }>('SELECT body, updated_at FROM ffps_meetings WHERE session_id = ?').get(sessionId);
    return r && { meeting: parseStored(meetingSchema, r.body, 'ffps_meetings.body'), updatedAt: r.updated_at };
  }

  saveMeeting(sessionId: string, meeting: Meeting, now: string): void {
    this.db
      .prepare(
        `INSERT INTO ffps_meetings (session_id, body, updated_at) VALUES (?, ?, ?)
         ON CONFLICT(session_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
      )
      .run(sessionId, JSON.stringify(meeting), now);
  }

  // ── techniques ───────────────────────────────────────────────────────────────────────────────────

  techniques(): string[] {
    return this.db.prepare<[], { name: string }>('SELECT name FROM ffps_techniques ORDER BY created_at, name').all().map((r) => r.name);
  }

  addTechnique(name: string, now: string): void {
    this.db.prepare('INSERT OR IGNORE INTO ffps_techniques (name, created_at) VALUES (?, ?)').run(name, now);
  }
}

function columns(n: CaseNoteInput) {
  const { caseId, phase, contactNumber, week, forDiscussion, ...body } = n;
  return { caseId, phase, contactNumber, week, fd: forDiscussion ? 1 : 0, body: JSON.stringify(body satisfies z.infer<typeof noteBodySchema>) };
}

function noteOf(r: NoteRow): CaseNote {
  const body = parseStored(noteBodySchema, r.body, 'ffps_notes.body');
  return {
    ...body,
    id: r.id,
    caseId: r.case_id,
    phase: r.phase,
    contactNumber: r.contact_number,
    week: r.week,
    forDiscussion: r.for_discussion === 1,
    author: r.author,
    feedbackState: r.feedback_state,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function feedbackOf(r: FeedbackRow): StoredFeedback {
  const body = parseStored(feedbackBodySchema, r.body, 'ffps_feedback.body');
  return {
    ...body,
    id: r.id,
    noteId: r.note_id,
    professional: r.professional,
    supervisor: r.supervisor,
    caseCodeName: r.case_code_name,
    phase: r.phase,
    adherence: r.adherence,
    competence: r.competence,
    oefenpunt: r.oefenpunt,
    createdAt: r.created_at,
    acknowledgedAt: r.acknowledged_at,
    practisedAt: r.practised_at,
  };
}
