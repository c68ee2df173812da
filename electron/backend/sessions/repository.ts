import type { Db } from '../core/db';
import { parseStored } from '../core/json';
import type { Script } from '../../../shared/scripts/types';
import {
  canvasSchema,
  learningSchema,
  memberReferences,
  runStateSchema,
  sessionSnapshotSchema,
  type LearningRecord,
  type Reflection,
  type RunState,
  type SessionPlan,
  type SessionRoles,
  type VierVenstersCanvas,
} from '../../../shared/sessions/types';

interface SessionRow {
  id: string;
  group_id: string;
  date: string;
  start_time: string;
  end_time: string;
  gespreksleider_id: string;
  inbrenger_id: string;
  notulist_id: string | null;
  tijdbewaker_id: string | null;
  script_id: string | null;
  script_snapshot: string;
  case_id: string | null;
  leervraag: string;
  run: string;
  canvas: string;
  learning: string;
  status: RunState['status'];
  updated_at: string;
}

interface ReflectionRow {
  id: string;
  session_id: string | null;
  member_id: string;
  technisch_instrumenteel: string;
  normatief: string;
  persoonlijk: string;
  shared: 0 | 1;
  created_at: string;
  updated_at: string;
}

/** The columns of a bijeenkomst that `learningOf` reads (JSON still as text; the service parses it). */
export type LearningRow = Pick<
  SessionRow,
  'id' | 'group_id' | 'date' | 'start_time' | 'end_time' | 'gespreksleider_id' | 'inbrenger_id' | 'notulist_id' | 'tijdbewaker_id' | 'leervraag' | 'run' | 'learning'
> & {
  format: string;
  title: string;
  ideas: string | null;
  /** the asked members this bijeenkomst refers to, space-separated */
  hit_members: string;
};

/** A bijeenkomst as stored, its JSON columns parsed through the schemas that wrote them. */
export interface StoredSession extends SessionPlan {
  id: string;
  scriptId: string | null;
  script: Script;
  run: RunState;
  canvas: VierVenstersCanvas;
  learning: LearningRecord;
  updatedAt: string;
}

export type StoredReflection = Reflection & { createdAt: string };

/**
 * The sessions area's tables: `sessions`, `reflections` and `session_member_refs` (the members each
 * bijeenkomst names, kept in step here on every write). No other code reads or writes them.
 */
export class SessionRepository {
  /** Set by the service: keeps the search index in step, inside each write's transaction. */
  indexer: { written(id: string): void; deleted(s: StoredSession, orphaned: StoredReflection[]): void } = { written() {}, deleted() {} };

  constructor(private readonly db: Db) {}

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  /** Coming bijeenkomsten (today and later) first, soonest first; then past ones, most recent first. */
  list(groupId: string | null, today: string): StoredSession[] {
    return this.db
      .prepare<{ groupId: string | null; today: string }, SessionRow>(
        `SELECT * FROM sessions s WHERE @groupId IS NULL OR s.group_id = @groupId
         ORDER BY s.date < @today,
                  CASE WHEN s.date >= @today THEN s.date || s.start_time END ASC,
                  s.date || s.start_time DESC, s.created_at`,
      )
      .all({ groupId, today })
      .map(storedOf);
  }

  find(id: string): StoredSession | undefined {
    const row = this.db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE id = ?').get(id);
    return row && storedOf(row);
  }

  insert(s: Omit<StoredSession, 'updatedAt'>, now: string): void {
    this.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO sessions (id, group_id, date, start_time, end_time, gespreksleider_id, inbrenger_id, notulist_id, tijdbewaker_id,
             script_id, script_snapshot, case_id, leervraag, run, canvas, learning, created_at, updated_at)
           VALUES (@id, @groupId, @date, @startTime, @endTime, @gl, @ib, @nt, @tb, @scriptId, @snapshot, @caseId, @leervraag,
             @run, @canvas, @learning, @now, @now)`,
        )
        .run({
          ...planColumns(s),
          id: s.id,
          scriptId: s.scriptId,
          snapshot: JSON.stringify(s.script),
          run: JSON.stringify(s.run),
          canvas: JSON.stringify(s.canvas),
          learning: JSON.stringify(s.learning),
          now,
        });
      this.syncRefs(s.id);
      this.indexer.written(s.id);
    });
  }

  updatePlan(id: string, plan: SessionPlan, learning: LearningRecord, now: string): void {
    this.transaction(() => {
      this.db
        .prepare(
          `UPDATE sessions SET group_id = @groupId, date = @date, start_time = @startTime, end_time = @endTime,
             gespreksleider_id = @gl, inbrenger_id = @ib, notulist_id = @nt, tijdbewaker_id = @tb, case_id = @caseId,
             leervraag = @leervraag, learning = @learning, updated_at = @now WHERE id = @id`,
        )
        .run({ ...planColumns(plan), id, learning: JSON.stringify(learning), now });
      this.syncRefs(id);
      this.indexer.written(id);
    });
  }

  setRun(id: string, run: RunState, now: string): void {
    this.db.prepare('UPDATE sessions SET run = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(run), now, id);
  }

  setCanvas(id: string, canvas: VierVenstersCanvas, now: string): void {
    this.setJson(id, 'canvas', canvas, now);
  }

  /** `touch = false` keeps updated_at (attendance following the group is not an edit of the record). */
  setLearning(id: string, learning: LearningRecord, now: string | null): void {
    this.setJson(id, 'learning', learning, now);
  }

  /** Reflections stay with their authors (their link to the session goes); the canvas goes for good. */
  delete(id: string): void {
    this.transaction(() => {
      const s = this.find(id);
      const orphaned = this.reflections(id);
      this.db.prepare('DELETE FROM sessions WHERE id = ?').run(id);
      if (s) this.indexer.deleted(s, orphaned);
    });
    // The canvas was case material: empty the WAL so its old pages do not linger there.
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  // ── reflections ──────────────────────────────────────────────────────────────────────────────────

  reflections(sessionId: string): StoredReflection[] {
    return this.db.prepare<[string], ReflectionRow>('SELECT * FROM reflections WHERE session_id = ? ORDER BY created_at').all(sessionId).map(reflectionOf);
  }

  reflection(id: string): StoredReflection | undefined {
    const r = this.db.prepare<[string], ReflectionRow>('SELECT * FROM reflections WHERE id = ?').get(id);
    return r && reflectionOf(r);
  }

  /**
   * The bijeenkomsten that refer to one of `memberIds` (session_member_refs) or hold a reflection of one, in
   * one query, with only the columns a professional's learning needs (no canvas facts, no script blocks);
   * and those members' reflections on them in a second.
   */
  learningOf(memberIds: readonly string[]): { sessions: LearningRow[]; reflections: StoredReflection[] } {
    if (memberIds.length === 0) return { sessions: [], reflections: [] };
    const ids = JSON.stringify(memberIds);
    const sessions = this.db
      .prepare<[string], LearningRow>(
        `WITH mine(member_id) AS (SELECT value FROM json_each(?)),
              hit(session_id, member_id) AS (
                SELECT r.session_id, r.member_id FROM session_member_refs r JOIN mine m ON m.member_id = r.member_id
                UNION SELECT f.session_id, f.member_id FROM reflections f JOIN mine m ON m.member_id = f.member_id WHERE f.session_id IS NOT NULL)
         SELECT s.id, s.group_id, s.date, s.start_time, s.end_time, s.gespreksleider_id, s.inbrenger_id, s.notulist_id, s.tijdbewaker_id,
                s.leervraag, s.run, s.learning,
                json_extract(s.script_snapshot, '$.format') AS format, json_extract(s.script_snapshot, '$.title') AS title,
                json_extract(s.canvas, '$.volgendeStappen.ideas') AS ideas,
                (SELECT group_concat(h.member_id, ' ') FROM hit h WHERE h.session_id = s.id) AS hit_members
         FROM sessions s WHERE s.id IN (SELECT session_id FROM hit)
         ORDER BY s.date, s.start_time`,
      )
      .all(ids);
    const reflections = this.db
      .prepare<[string], ReflectionRow>('SELECT * FROM reflections WHERE member_id IN (SELECT value FROM json_each(?)) AND session_id IS NOT NULL ORDER BY created_at')
      .all(ids)
      .map(reflectionOf);
    return { sessions, reflections };
  }

  reflectionOf(sessionId: string, memberId: string): StoredReflection | undefined {
    const r = this.db.prepare<[string, string], ReflectionRow>('SELECT * FROM reflections WHERE session_id = ? AND member_id = ?').get(sessionId, memberId);
    return r && reflectionOf(r);
  }

  upsertReflection(r: Omit<Reflection, 'updatedAt'> & { sessionId: string }, exists: boolean, now: string): void {
    const values = { id: r.id, session: r.sessionId, member: r.memberId, ti: r.technischInstrumenteel, n: r.normatief, p: r.persoonlijk, shared: r.shared ? 1 : 0, now };
    this.transaction(() => {
      this.writeReflection(values, exists);
      this.indexer.written(r.sessionId);
    });
  }

  private writeReflection(values: Record<string, unknown>, exists: boolean): void {
    if (exists) {
      this.db
        .prepare('UPDATE reflections SET technisch_instrumenteel = @ti, normatief = @n, persoonlijk = @p, shared = @shared, updated_at = @now WHERE id = @id')
        .run(values);
    } else {
      this.db
        .prepare(
          `INSERT INTO reflections (id, session_id, member_id, technisch_instrumenteel, normatief, persoonlijk, shared, created_at, updated_at)
           VALUES (@id, @session, @member, @ti, @n, @p, @shared, @now, @now)`,
        )
        .run(values);
    }
  }

  // ── what other areas ask (through the sessions service) ─────────────────────────────────────────

  /** Per group: number of bijeenkomsten and the first planned date on or after `today`. */
  statsByGroup(today: string): Map<string, { count: number; next: string | null }> {
    const rows = this.db
      .prepare<[string], { group_id: string; n: number; next: string | null }>(
        `SELECT group_id, COUNT(*) AS n, MIN(CASE WHEN status = 'planned' AND date >= ? THEN date END) AS next FROM sessions GROUP BY group_id`,
      )
      .all(today);
    return new Map(rows.map((r) => [r.group_id, { count: r.n, next: r.next }]));
  }

  hasPlannedRole(memberId: string): boolean {
    return !!this.db
      .prepare(`SELECT 1 FROM session_member_refs r JOIN sessions s ON s.id = r.session_id WHERE r.member_id = ? AND r.via = 'role' AND s.status = 'planned' LIMIT 1`)
      .get(memberId);
  }

  /** A role or a canvas entry in any bijeenkomst, the learning record of one that ran, or a reflection. */
  isReferenced(memberId: string): boolean {
    return !!this.db
      .prepare(
        `SELECT 1 FROM session_member_refs r JOIN sessions s ON s.id = r.session_id
         WHERE r.member_id = @id AND (r.via IN ('role', 'canvas') OR s.status <> 'planned')
         UNION ALL SELECT 1 FROM reflections WHERE member_id = @id LIMIT 1`,
      )
      .get({ id: memberId });
  }

  /** Every member this bijeenkomst names in any way, reflections included. */
  referencedMembers(sessionId: string): Set<string> {
    const rows = this.db
      .prepare<{ id: string }, { member_id: string }>(
        'SELECT member_id FROM session_member_refs WHERE session_id = @id UNION SELECT member_id FROM reflections WHERE session_id = @id',
      )
      .all({ id: sessionId });
    return new Set(rows.map((r) => r.member_id));
  }

  plannedIn(groupId: string): StoredSession[] {
    return this.db.prepare<[string], SessionRow>("SELECT * FROM sessions WHERE group_id = ? AND status = 'planned'").all(groupId).map(storedOf);
  }

  /** Bijeenkomsten that discuss a case, by date. */
  /** Every bijeenkomst and reflection id: what a search rebuild reads. */
  searchIds(): { sessions: string[]; reflections: string[] } {
    return {
      sessions: this.db.prepare<[], { id: string }>('SELECT id FROM sessions').all().map((r) => r.id),
      reflections: this.db.prepare<[], { id: string }>('SELECT id FROM reflections').all().map((r) => r.id),
    };
  }

  withCase(): Array<{ id: string; caseId: string; groupId: string; date: string }> {
    return this.db
      .prepare<[], { id: string; case_id: string; group_id: string; date: string }>(
        'SELECT id, case_id, group_id, date FROM sessions WHERE case_id IS NOT NULL ORDER BY date, start_time',
      )
      .all()
      .map((r) => ({ id: r.id, caseId: r.case_id, groupId: r.group_id, date: r.date }));
  }

  private setJson(id: string, column: 'canvas' | 'learning', value: unknown, now: string | null): void {
    this.transaction(() => {
      if (now === null) this.db.prepare(`UPDATE sessions SET ${column} = ? WHERE id = ?`).run(JSON.stringify(value), id);
      else this.db.prepare(`UPDATE sessions SET ${column} = ?, updated_at = ? WHERE id = ?`).run(JSON.stringify(value), now, id);
      this.syncRefs(id);
      this.indexer.written(id);
    });
  }

  /** Rewrites the member relation of one bijeenkomst from what it now holds. */
  /**
   * Rewrites the member relation of one bijeenkomst from what it now holds. It runs on every canvas
   * autosave, so it reads only the columns that name members (not the script snapshot, not the run).
   */
  private syncRefs(id: string): void {
    const r = this.db
      .prepare<[string], Pick<SessionRow, 'gespreksleider_id' | 'inbrenger_id' | 'notulist_id' | 'tijdbewaker_id' | 'canvas' | 'learning'>>(
        'SELECT gespreksleider_id, inbrenger_id, notulist_id, tijdbewaker_id, canvas, learning FROM sessions WHERE id = ?',
      )
      .get(id);
    if (!r) return;
    const roles: SessionRoles = { gespreksleider: r.gespreksleider_id, inbrenger: r.inbrenger_id, notulist: r.notulist_id, tijdbewaker: r.tijdbewaker_id };
    const canvas = parseStored(canvasSchema, r.canvas, 'sessions.canvas');
    const learning = parseStored(learningSchema, r.learning, 'sessions.learning');
    this.db.prepare('DELETE FROM session_member_refs WHERE session_id = ?').run(id);
    const ins = this.db.prepare('INSERT OR IGNORE INTO session_member_refs (session_id, member_id, via) VALUES (?, ?, ?)');
    for (const ref of memberReferences(roles, canvas, learning)) ins.run(id, ref.memberId, ref.via);
  }
}

function storedOf(r: SessionRow): StoredSession {
  const roles: SessionRoles = { gespreksleider: r.gespreksleider_id, inbrenger: r.inbrenger_id, notulist: r.notulist_id, tijdbewaker: r.tijdbewaker_id };
  return {
    id: r.id,
    groupId: r.group_id,
    date: r.date,
    startTime: r.start_time,
    endTime: r.end_time,
    roles,
    caseId: r.case_id,
    leervraag: r.leervraag,
    scriptId: r.script_id,
    script: parseStored(sessionSnapshotSchema, r.script_snapshot, 'sessions.script_snapshot'),
    run: parseStored(runStateSchema, r.run, 'sessions.run'),
    canvas: parseStored(canvasSchema, r.canvas, 'sessions.canvas'),
    learning: parseStored(learningSchema, r.learning, 'sessions.learning'),
    updatedAt: r.updated_at,
  };
}

function planColumns(plan: SessionPlan) {
  return {
    groupId: plan.groupId,
    date: plan.date,
    startTime: plan.startTime,
    endTime: plan.endTime,
    gl: plan.roles.gespreksleider,
    ib: plan.roles.inbrenger,
    nt: plan.roles.notulist,
    tb: plan.roles.tijdbewaker,
    caseId: plan.caseId,
    leervraag: plan.leervraag,
  };
}

function reflectionOf(r: ReflectionRow): StoredReflection {
  return {
    id: r.id,
    sessionId: r.session_id,
    memberId: r.member_id,
    technischInstrumenteel: r.technisch_instrumenteel,
    normatief: r.normatief,
    persoonlijk: r.persoonlijk,
    shared: r.shared === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
