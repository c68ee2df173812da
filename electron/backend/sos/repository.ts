import { z } from 'zod';
import type { Db } from '../core/db';
import { parseStored } from '../core/json';
import {
  moduleSchema,
  supervisionSchema,
  worksheetBodySchema,
  type CheckWord,
  type CheckWordKind,
  type Supervision,
  type TrajectInput,
  type WorksheetBody,
  type WorksheetKind,
} from '../../../shared/sos/types';
import { uuidSchema } from '../../../shared/common/schemas';

/** What of a traject is kept as JSON: everything but its title, group and case. */
const trajectBodySchema = z
  .object({ trainerId: uuidSchema.nullable(), participants: z.array(uuidSchema), modules: z.array(moduleSchema) })
  .strict();

interface TrajectRow {
  id: string;
  group_id: string;
  case_id: string | null;
  title: string;
  body: string;
  created_at: string;
  updated_at: string;
}
interface WorksheetRow {
  id: string;
  case_id: string;
  traject_id: string | null;
  module_id: string | null;
  kind: WorksheetKind;
  title: string;
  body: string;
  created_at: string;
  updated_at: string;
}

export interface StoredTraject extends TrajectInput {
  id: string;
  createdAt: string;
  updatedAt: string;
}
export interface StoredWorksheet {
  id: string;
  caseId: string;
  trajectId: string | null;
  moduleId: string | null;
  kind: WorksheetKind;
  title: string;
  body: WorksheetBody;
  createdAt: string;
  updatedAt: string;
}

/** The sos area's tables: `sos_trajects`, `sos_worksheets`, `sos_check_words` and `sos_supervision`. */
export class SosRepository {
  constructor(private readonly db: Db) {}

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  // ── trajects ────────────────────────────────────────────────────────────────────────────────────
  trajects(): StoredTraject[] {
    return this.db.prepare<[], TrajectRow>('SELECT * FROM sos_trajects ORDER BY updated_at DESC').all().map(toTraject);
  }

  traject(id: string): StoredTraject | null {
    const row = this.db.prepare<[string], TrajectRow>('SELECT * FROM sos_trajects WHERE id = ?').get(id);
    return row ? toTraject(row) : null;
  }

  upsertTraject(id: string, t: TrajectInput, now: string): void {
    const body = JSON.stringify({ trainerId: t.trainerId, participants: t.participants, modules: t.modules });
    this.db
      .prepare(
        `INSERT INTO sos_trajects (id, group_id, case_id, title, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET group_id = excluded.group_id, case_id = excluded.case_id, title = excluded.title, body = excluded.body, updated_at = excluded.updated_at`,
      )
      .run(id, t.groupId, t.caseId, t.title, body, now, now);
  }

  deleteTraject(id: string): void {
    this.db.prepare('DELETE FROM sos_trajects WHERE id = ?').run(id);
  }

  // ── worksheets ──────────────────────────────────────────────────────────────────────────────────
  worksheets(filter: { trajectId?: string; caseId?: string }): StoredWorksheet[] {
    const where: string[] = [];
    const args: string[] = [];
    if (filter.trajectId) (where.push('traject_id = ?'), args.push(filter.trajectId));
    if (filter.caseId) (where.push('case_id = ?'), args.push(filter.caseId));
    const sql = `SELECT * FROM sos_worksheets ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at, id`;
    return this.db.prepare<string[], WorksheetRow>(sql).all(...args).map(toWorksheet);
  }

  worksheet(id: string): StoredWorksheet | null {
    const row = this.db.prepare<[string], WorksheetRow>('SELECT * FROM sos_worksheets WHERE id = ?').get(id);
    return row ? toWorksheet(row) : null;
  }

  insertWorksheet(w: Omit<StoredWorksheet, 'updatedAt'>): void {
    this.db
      .prepare('INSERT INTO sos_worksheets (id, case_id, traject_id, module_id, kind, title, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(w.id, w.caseId, w.trajectId, w.moduleId, w.kind, w.title, JSON.stringify(w.body), w.createdAt, w.createdAt);
  }

  updateWorksheet(id: string, title: string, body: WorksheetBody, now: string): void {
    this.db.prepare('UPDATE sos_worksheets SET title = ?, body = ?, updated_at = ? WHERE id = ?').run(title, JSON.stringify(body), now, id);
  }

  deleteWorksheet(id: string): void {
    this.db.prepare('DELETE FROM sos_worksheets WHERE id = ?').run(id);
  }

  // ── check words ─────────────────────────────────────────────────────────────────────────────────
  checkWords(): CheckWord[] {
    return this.db
      .prepare<[], { kind: CheckWordKind; word: string; explanation: string }>('SELECT kind, word, explanation FROM sos_check_words ORDER BY kind, word')
      .all();
  }

  addCheckWord(w: CheckWord, now: string): void {
    this.db
      .prepare('INSERT INTO sos_check_words (kind, word, explanation, created_at) VALUES (?, ?, ?, ?) ON CONFLICT(kind, word) DO UPDATE SET explanation = excluded.explanation')
      .run(w.kind, w.word, w.explanation, now);
  }

  removeCheckWord(kind: CheckWordKind, word: string): void {
    this.db.prepare('DELETE FROM sos_check_words WHERE kind = ? AND word = ?').run(kind, word);
  }

  // ── supervision ─────────────────────────────────────────────────────────────────────────────────
  supervision(sessionId: string): Supervision | null {
    const row = this.db.prepare<[string], { body: string }>('SELECT body FROM sos_supervision WHERE session_id = ?').get(sessionId);
    return row ? parseStored(supervisionSchema, row.body, 'sos_supervision.body') : null;
  }

  saveSupervision(sessionId: string, s: Supervision, now: string): void {
    this.db
      .prepare('INSERT INTO sos_supervision (session_id, body, updated_at) VALUES (?, ?, ?) ON CONFLICT(session_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at')
      .run(sessionId, JSON.stringify(s), now);
  }
}

function toTraject(r: TrajectRow): StoredTraject {
  const body = parseStored(trajectBodySchema, r.body, 'sos_trajects.body');
  return { id: r.id, title: r.title, groupId: r.group_id, caseId: r.case_id, ...body, createdAt: r.created_at, updatedAt: r.updated_at };
}

function toWorksheet(r: WorksheetRow): StoredWorksheet {
  return {
    id: r.id,
    caseId: r.case_id,
    trajectId: r.traject_id,
    moduleId: r.module_id,
    kind: r.kind,
    title: r.title,
    body: parseStored(worksheetBodySchema, r.body, 'sos_worksheets.body'),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
