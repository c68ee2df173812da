import { randomUUID } from 'node:crypto';
import type { Db } from '../core/db';
import type { ScriptFormat } from '../../../shared/scripts/vocabulary';
import type { CaseDetail, CasePerson, CaseSummary, TimelineItem } from '../../../shared/cases/types';

export interface CaseRow {
  id: string;
  code_name: string;
  format: string;
  notes: string;
  retention_until: string;
  retention_pinned: 0 | 1;
  last_used_at: string;
  created_at: string;
  updated_at: string;
}

export interface KeyRow {
  key_hash: string;
  kind: 'pseudonym' | 'ignore';
  person_id: string | null;
  replacement: string;
}

export type CaseHead = Omit<CaseSummary, 'peopleCount' | 'hasNotes' | 'sessions'>;

/**
 * The cases area's tables: `cases`, `case_people`, `case_timeline` and `case_name_keys` (keyed hashes of
 * resolved forms, never the forms). No other code reads or writes them.
 */
export class CaseRepository {
  /** Set by the service: a deleted or purged case leaves the search index in the same transaction. */
  onDelete: (caseId: string) => void = () => {};

  constructor(private readonly db: Db) {}

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  /** Every case with its roster size, most recently used first. */
  listRows(): Array<CaseRow & { people_count: number; has_notes: number }> {
    return this.db
      .prepare<[], CaseRow & { people_count: number; has_notes: number }>(
        `SELECT c.*, (SELECT COUNT(*) FROM case_people p WHERE p.case_id = c.id) AS people_count,
                trim(c.notes) <> '' AS has_notes
         FROM cases c ORDER BY c.last_used_at DESC, c.created_at DESC`,
      )
      .all();
  }

  codeNames(): string[] {
    return this.db.prepare<[], { code_name: string }>('SELECT code_name FROM cases').all().map((r) => r.code_name);
  }

  row(id: string): CaseRow | undefined {
    return this.db.prepare<[string], CaseRow>('SELECT * FROM cases WHERE id = ?').get(id);
  }

  insert(c: { id: string; codeName: string; format: ScriptFormat; retentionUntil: string; now: string }): void {
    this.db
      .prepare(
        `INSERT INTO cases (id, code_name, format, retention_until, last_used_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(c.id, c.codeName, c.format, c.retentionUntil, c.now, c.now, c.now);
  }

  updateHead(c: { id: string; codeName: string; format: ScriptFormat; retentionUntil: string; pinned: 0 | 1; now: string }): void {
    this.db
      .prepare(
        `UPDATE cases SET code_name = ?, format = ?, retention_until = ?, retention_pinned = ?, last_used_at = ?, updated_at = ? WHERE id = ?`,
      )
      .run(c.codeName, c.format, c.retentionUntil, c.pinned, c.now, c.now, c.id);
  }

  /** Replaces the roster: known ids are updated in place, new ones inserted, missing ones deleted. */
  replacePeople(caseId: string, people: ReadonlyArray<{ id?: string; role: string; pseudonym: string }>): void {
    const existing = new Set(this.people(caseId).map((p) => p.id));
    const keep = new Set<string>();
    const upd = this.db.prepare('UPDATE case_people SET position = ?, role = ?, pseudonym = ? WHERE id = ? AND case_id = ?');
    const ins = this.db.prepare('INSERT INTO case_people (id, case_id, position, role, pseudonym) VALUES (?, ?, ?, ?, ?)');
    people.forEach((p, i) => {
      const id = p.id ?? randomUUID();
      if (p.id) upd.run(i, p.role, p.pseudonym, id, caseId);
      else ins.run(id, caseId, i, p.role, p.pseudonym);
      keep.add(id);
    });
    const del = this.db.prepare('DELETE FROM case_people WHERE id = ?');
    for (const id of existing) if (!keep.has(id)) del.run(id);
  }

  /** Roster people with given ids (received from a colleague): inserted, or updated in place. */
  upsertPeople(caseId: string, people: ReadonlyArray<{ id: string; role: string; pseudonym: string }>): void {
    const up = this.db.prepare(
      `INSERT INTO case_people (id, case_id, position, role, pseudonym) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET position = excluded.position, role = excluded.role, pseudonym = excluded.pseudonym WHERE case_id = excluded.case_id`,
    );
    people.forEach((p, i) => up.run(p.id, caseId, i, p.role, p.pseudonym));
  }

  replaceTimeline(caseId: string, timeline: readonly TimelineItem[]): void {
    this.db.prepare('DELETE FROM case_timeline WHERE case_id = ?').run(caseId);
    const ins = this.db.prepare('INSERT INTO case_timeline (case_id, position, period, event) VALUES (?, ?, ?, ?)');
    timeline.forEach((t, i) => ins.run(caseId, i, t.period, t.event));
  }

  setNotes(caseId: string, notes: string, now: string): void {
    this.db.prepare('UPDATE cases SET notes = ?, updated_at = ? WHERE id = ?').run(notes, now, caseId);
  }

  /** A use: last_used_at moves, and the term is extended to `retentionUntil` unless the user pinned it shorter. */
  markUsed(caseId: string, now: string, retentionUntil: string): void {
    this.db
      .prepare(
        `UPDATE cases SET last_used_at = ?,
           retention_until = CASE WHEN retention_pinned = 1 THEN retention_until ELSE max(retention_until, ?) END
         WHERE id = ?`,
      )
      .run(now, retentionUntil, caseId);
  }

  upsertKeys(caseId: string, keys: ReadonlyArray<{ hash: string; kind: KeyRow['kind']; personId: string | null; replacement: string }>): void {
    const upsert = this.db.prepare(
      `INSERT INTO case_name_keys (case_id, key_hash, kind, person_id, replacement) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(case_id, key_hash) DO UPDATE SET kind = excluded.kind, person_id = excluded.person_id, replacement = excluded.replacement`,
    );
    for (const k of keys) upsert.run(caseId, k.hash, k.kind, k.personId, k.replacement);
  }

  people(caseId: string): CasePerson[] {
    return this.db.prepare<[string], CasePerson>('SELECT id, role, pseudonym FROM case_people WHERE case_id = ? ORDER BY position').all(caseId);
  }

  keys(caseId: string): KeyRow[] {
    return this.db.prepare<[string], KeyRow>('SELECT key_hash, kind, person_id, replacement FROM case_name_keys WHERE case_id = ?').all(caseId);
  }

  timeline(caseId: string): TimelineItem[] {
    return this.db.prepare<[string], TimelineItem>('SELECT period, event FROM case_timeline WHERE case_id = ? ORDER BY position').all(caseId);
  }

  detail(row: CaseRow): CaseDetail {
    return { ...headOf(row), createdAt: row.created_at, people: this.people(row.id), timeline: this.timeline(row.id), notes: row.notes };
  }

  /** Deletes cases; roster, timeline and keys cascade. Call `checkpoint()` after the transaction. */
  delete(ids: readonly string[]): void {
    const del = this.db.prepare('DELETE FROM cases WHERE id = ?');
    this.transaction(() => {
      for (const id of ids) {
        del.run(id);
        this.onDelete(id);
      }
    });
  }

  /** Empties the WAL so the pages of deleted case material do not linger there (outside a transaction). */
  checkpoint(): void {
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  ids(): string[] {
    return this.db.prepare<[], { id: string }>('SELECT id FROM cases').all().map((r) => r.id);
  }

  expiredBefore(today: string): Array<{ id: string; code_name: string; retention_until: string }> {
    return this.db
      .prepare<[string], { id: string; code_name: string; retention_until: string }>(
        'SELECT id, code_name, retention_until FROM cases WHERE retention_until < ? ORDER BY retention_until, code_name',
      )
      .all(today);
  }
}

export function headOf(r: CaseRow): CaseHead {
  return {
    id: r.id,
    codeName: r.code_name,
    format: r.format as ScriptFormat,
    retentionUntil: r.retention_until,
    lastUsedAt: r.last_used_at,
    updatedAt: r.updated_at,
  };
}
