import { randomUUID } from 'node:crypto';
import type { Db } from '../core/db';
import type { Gate, GateContext, GateField } from '../anonymiser/gate';
import type { ScriptService } from '../scripts/service';
import type { CaseService } from '../cases/service';
import { memberOf, syncAttendance, type GroupService, type MemberRow } from '../groups/service';
import { amsterdamToday } from '../core/dates';
import { learningReport, reportFilename, toMarkdown, toPdf } from './report/report';
import { ApiError, type ErrorDetail } from '../../../shared/api/errors';
import type { FileExport } from '../../../shared/app/types';
import type { Script } from '../../../shared/scripts/types';
import { attendedHours, msToClock } from '../../../shared/sessions/hours';
import {
  EMPTY_CANVAS,
  EMPTY_LEARNING,
  type LearningRecord,
  type Reflection,
  type RunState,
  type SessionDetail,
  type SessionPlan,
  type SessionSummary,
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
  updated_at: string;
}

export interface ReflectionSave {
  id?: string;
  sessionId: string;
  memberId: string;
  technischInstrumenteel: string;
  normatief: string;
  persoonlijk: string;
  shared: boolean;
}

export interface SessionServiceDeps {
  db: Db;
  gate: Gate;
  groups: GroupService;
  scripts: ScriptService;
  cases: CaseService;
  now?: () => Date;
}

const NO_CASE: GateContext = { allowedPhrases: [], ignoreHashes: new Set() };

/**
 * Bijeenkomsten: planned with a snapshot of a library script, run with a Vier Vensters canvas, and left
 * behind as a learning record. Every text a user types here passes the anonymisation gate before it is
 * stored: with the linked case's roster and resolved forms when there is a case, else the plain detector.
 *
 * List order: coming bijeenkomsten (today and later, Europe/Amsterdam) first, soonest first; then past
 * ones, most recent first.
 */
export class SessionService {
  private readonly db: Db;
  private readonly gate: Gate;
  private readonly groups: GroupService;
  private readonly scripts: ScriptService;
  private readonly cases: CaseService;
  private readonly now: () => Date;

  constructor(deps: SessionServiceDeps) {
    this.db = deps.db;
    this.gate = deps.gate;
    this.groups = deps.groups;
    this.scripts = deps.scripts;
    this.cases = deps.cases;
    this.now = deps.now ?? (() => new Date());
  }

  list(filter: { groupId?: string } = {}): SessionSummary[] {
    const rows = this.db
      .prepare<{ groupId: string | null; today: string }, SessionRow & { group_name: string; code_name: string | null; script_title: string }>(
        `SELECT s.*, g.name AS group_name, c.code_name, json_extract(s.script_snapshot, '$.title') AS script_title
         FROM sessions s JOIN groups g ON g.id = s.group_id LEFT JOIN cases c ON c.id = s.case_id
         WHERE @groupId IS NULL OR s.group_id = @groupId
         ORDER BY s.date < @today,
                  CASE WHEN s.date >= @today THEN s.date || s.start_time END ASC,
                  s.date || s.start_time DESC, s.created_at`,
      )
      .all({ groupId: filter.groupId ?? null, today: amsterdamToday(this.now()) });
    return rows.map((r) => ({
      id: r.id,
      groupId: r.group_id,
      groupName: r.group_name,
      date: r.date,
      startTime: r.start_time,
      endTime: r.end_time,
      scriptTitle: r.script_title,
      status: r.status,
      leervraag: r.leervraag,
      caseCodeName: r.code_name,
    }));
  }

  plan(scriptId: string, plan: SessionPlan): SessionDetail {
    const members = this.checkPlan(plan);
    this.gate.assertResolved([{ path: 'plan.leervraag', text: plan.leervraag }], this.caseContext(plan.caseId));
    const { builtin: _b, basedOn: _o, updatedAt: _u, ...script } = this.scripts.get(scriptId);
    const run: RunState = {
      status: 'planned',
      blockIndex: 0,
      blockStartedAt: null,
      blockElapsedBefore: 0,
      extraMinutes: script.blocks.map(() => 0),
      actualStart: null,
      actualEnd: null,
      log: [],
    };
    const learning: LearningRecord = { ...EMPTY_LEARNING, attendance: syncAttendance([], members.map((m) => m.id)) };
    const id = randomUUID();
    const now = this.now().toISOString();
    this.db
      .prepare(
        `INSERT INTO sessions (id, group_id, date, start_time, end_time, gespreksleider_id, inbrenger_id, notulist_id, tijdbewaker_id,
           script_id, script_snapshot, case_id, leervraag, run, canvas, learning, created_at, updated_at)
         VALUES (@id, @groupId, @date, @startTime, @endTime, @gl, @ib, @nt, @tb, @scriptId, @snapshot, @caseId, @leervraag,
           @run, @canvas, @learning, @now, @now)`,
      )
      .run({
        ...planColumns(plan),
        id,
        scriptId: script.id,
        snapshot: JSON.stringify(script satisfies Script),
        run: JSON.stringify(run),
        canvas: JSON.stringify(EMPTY_CANVAS),
        learning: JSON.stringify(learning),
        now,
      });
    this.touchCase(plan.caseId);
    return this.get(id);
  }

  get(id: string): SessionDetail {
    return this.detail(this.row(id));
  }

  /** Only while the bijeenkomst is planned; the script snapshot stays as it was. */
  updatePlan(id: string, plan: SessionPlan): SessionDetail {
    const row = this.row(id);
    if (row.status !== 'planned') throw new ApiError('CONFLICT', 'the session has started: its plan is fixed');
    const members = this.checkPlan(plan);
    const ctx = this.caseContext(plan.caseId);
    const fields: GateField[] = [{ path: 'plan.leervraag', text: plan.leervraag }];
    // Text already on the canvas was checked against the old case; a new link must allow it too.
    if (plan.caseId !== row.case_id) fields.push(...canvasFields(JSON.parse(row.canvas) as VierVenstersCanvas));
    this.gate.assertResolved(fields, ctx);
    const learning = JSON.parse(row.learning) as LearningRecord;
    learning.attendance = syncAttendance(learning.attendance, members.map((m) => m.id));
    this.db
      .prepare(
        `UPDATE sessions SET group_id = @groupId, date = @date, start_time = @startTime, end_time = @endTime,
           gespreksleider_id = @gl, inbrenger_id = @ib, notulist_id = @nt, tijdbewaker_id = @tb, case_id = @caseId,
           leervraag = @leervraag, learning = @learning, updated_at = @now WHERE id = @id`,
      )
      .run({ ...planColumns(plan), id, learning: JSON.stringify(learning), now: this.now().toISOString() });
    this.touchCase(plan.caseId);
    return this.get(id);
  }

  /** Stores the engine's state as it is; only its fit to the snapshot's blocks is checked here. */
  saveRun(id: string, run: RunState): SessionDetail {
    const row = this.row(id);
    const blocks = this.script(row).blocks.length;
    const problems: ErrorDetail[] = [];
    if (run.blockIndex >= blocks) problems.push({ path: 'run.blockIndex', message: `the script has ${blocks} block(s)` });
    if (run.extraMinutes.length !== blocks) problems.push({ path: 'run.extraMinutes', message: `one entry per block (${blocks})` });
    run.log.forEach((l, i) => {
      if (l.blockIndex >= blocks) problems.push({ path: `run.log.${i}.blockIndex`, message: `the script has ${blocks} block(s)` });
    });
    if (problems.length) throw new ApiError('VALIDATION', 'run state does not fit the script', problems);
    this.db.prepare('UPDATE sessions SET run = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(run), this.now().toISOString(), id);
    return this.get(id);
  }

  /** Canvas text is case material: every text passes the gate with the session's case context. */
  saveCanvas(id: string, canvas: VierVenstersCanvas): SessionDetail {
    const row = this.row(id);
    const members = new Set(this.sessionMembers(row).map((m) => m.id));
    const problems: ErrorDetail[] = [];
    const scored = new Set<string>();
    canvas.weging.scaling.scores.forEach((s, i) => {
      if (!members.has(s.memberId)) problems.push({ path: `canvas.weging.scaling.scores.${i}.memberId`, message: 'not a member of the group' });
      else if (scored.has(s.memberId)) problems.push({ path: `canvas.weging.scaling.scores.${i}.memberId`, message: 'scored twice' });
      scored.add(s.memberId);
    });
    const ideaIds = new Set<string>();
    canvas.volgendeStappen.ideas.forEach((idea, i) => {
      if (idea.memberId !== null && !members.has(idea.memberId))
        problems.push({ path: `canvas.volgendeStappen.ideas.${i}.memberId`, message: 'not a member of the group' });
      if (ideaIds.has(idea.id)) problems.push({ path: `canvas.volgendeStappen.ideas.${i}.id`, message: 'duplicate idea id' });
      ideaIds.add(idea.id);
    });
    if (problems.length) throw new ApiError('VALIDATION', 'canvas does not fit the session', problems);
    this.gate.assertResolved(canvasFields(canvas), this.caseContext(row.case_id));
    this.db.prepare('UPDATE sessions SET canvas = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(canvas), this.now().toISOString(), id);
    this.touchCase(row.case_id);
    return this.get(id);
  }

  /** The learning is about the professional, but people slip names in: it passes the gate too. */
  saveLearning(id: string, learning: LearningRecord): SessionDetail {
    const row = this.row(id);
    const members = this.sessionMembers(row);
    const ids = new Set(members.map((m) => m.id));
    const problems: ErrorDetail[] = [];
    const seen = new Set<string>();
    learning.attendance.forEach((a, i) => {
      if (!ids.has(a.memberId)) problems.push({ path: `learning.attendance.${i}.memberId`, message: 'not a member of the group' });
      else if (seen.has(a.memberId)) problems.push({ path: `learning.attendance.${i}.memberId`, message: 'listed twice' });
      seen.add(a.memberId);
      if (a.arrived !== null && a.left !== null && a.arrived >= a.left)
        problems.push({ path: `learning.attendance.${i}.left`, message: 'left before arriving' });
    });
    learning.participantLearnings.forEach((p, i) => {
      if (!ids.has(p.memberId)) problems.push({ path: `learning.participantLearnings.${i}.memberId`, message: 'not a member of the group' });
    });
    if (problems.length) throw new ApiError('VALIDATION', 'learning record does not fit the session', problems);
    this.gate.assertResolved(learningFields(learning), this.learningContext(row, members));
    this.db
      .prepare('UPDATE sessions SET learning = ?, updated_at = ? WHERE id = ?')
      .run(JSON.stringify(learning), this.now().toISOString(), id);
    return this.get(id);
  }

  /** One reflection per member per bijeenkomst: saving again updates it. */
  saveReflection(input: ReflectionSave): Reflection {
    const row = this.row(input.sessionId);
    const members = this.sessionMembers(row);
    if (!members.some((m) => m.id === input.memberId))
      throw new ApiError('VALIDATION', 'not a member of the group', [{ path: 'memberId', message: 'not a member of the group' }]);
    const existing = this.db
      .prepare<[string, string], ReflectionRow>('SELECT * FROM reflections WHERE session_id = ? AND member_id = ?')
      .get(input.sessionId, input.memberId);
    if (input.id !== undefined) {
      const byId = this.db.prepare<[string], ReflectionRow>('SELECT * FROM reflections WHERE id = ?').get(input.id);
      if (!byId) throw new ApiError('NOT_FOUND', 'reflection not found');
      if (byId.session_id !== input.sessionId || byId.member_id !== input.memberId)
        throw new ApiError('VALIDATION', 'a reflection cannot move', [{ path: 'id', message: 'belongs to another session or member' }]);
    }
    this.gate.assertResolved(
      [
        { path: 'technischInstrumenteel', text: input.technischInstrumenteel },
        { path: 'normatief', text: input.normatief },
        { path: 'persoonlijk', text: input.persoonlijk },
      ],
      this.learningContext(row, members),
    );
    const now = this.now().toISOString();
    const id = existing?.id ?? randomUUID();
    const values = {
      id,
      session: input.sessionId,
      member: input.memberId,
      ti: input.technischInstrumenteel,
      n: input.normatief,
      p: input.persoonlijk,
      shared: input.shared ? 1 : 0,
      now,
    };
    if (existing) {
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
    return reflectionOf(this.db.prepare<[string], ReflectionRow>('SELECT * FROM reflections WHERE id = ?').get(id)!);
  }

  /** Reflections stay with their authors (their link to the session goes); the canvas goes for good. */
  delete(id: string): { deleted: string } {
    this.row(id);
    this.db.prepare('DELETE FROM sessions WHERE id = ?').run(id);
    // The canvas was case material: empty the WAL so its old pages do not linger there.
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    return { deleted: id };
  }

  /** The learning record; case text (the canvas) only when asked for. Stored text passes the gate again. */
  async export(id: string, format: 'md' | 'pdf', includeCanvas: boolean): Promise<FileExport> {
    const row = this.row(id);
    const d = this.detail(row);
    const shared = d.reflections.filter((r) => r.shared);
    const fields: GateField[] = [{ path: 'plan.leervraag', text: d.leervraag }];
    const takeAlong = d.canvas.volgendeStappen.ideas.flatMap((idea, i) => (idea.takeAlong ? [{ path: `canvas.volgendeStappen.ideas.${i}.text`, text: idea.text }] : []));
    this.gate.assertResolved(includeCanvas ? [...fields, ...canvasFields(d.canvas)] : [...fields, ...takeAlong], this.caseContext(row.case_id));
    this.gate.assertResolved(
      [
        ...learningFields(d.learning),
        ...shared.flatMap((r, i) => [
          { path: `reflections.${i}.technischInstrumenteel`, text: r.technischInstrumenteel },
          { path: `reflections.${i}.normatief`, text: r.normatief },
          { path: `reflections.${i}.persoonlijk`, text: r.persoonlijk },
        ]),
      ],
      this.learningContext(row, d.members),
    );
    const report = learningReport(d, { includeCanvas, actual: this.actualClock(d.run) });
    const base = reportFilename(d.groupName, d.date);
    if (format === 'md') return { filename: `${base}.md`, mime: 'text/markdown', encoding: 'utf8', content: toMarkdown(report) };
    const pdf = await toPdf(report);
    return { filename: `${base}.pdf`, mime: 'application/pdf', encoding: 'base64', content: pdf.toString('base64') };
  }

  // ── internals ──────────────────────────────────────────────────────────────────────────────────

  private row(id: string): SessionRow {
    const row = this.db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE id = ?').get(id);
    if (!row) throw new ApiError('NOT_FOUND', 'session not found');
    return row;
  }

  private script(row: SessionRow): Script {
    return JSON.parse(row.script_snapshot) as Script;
  }

  /** Group, roles and case must exist, and every role is held by a current member of the group. */
  private checkPlan(plan: SessionPlan): MemberRow[] {
    const group = this.db.prepare('SELECT 1 FROM groups WHERE id = ?').get(plan.groupId);
    if (!group) throw new ApiError('VALIDATION', 'unknown group', [{ path: 'plan.groupId', message: 'group not found' }]);
    const members = this.groups.activeMembers(plan.groupId);
    const ids = new Set(members.map((m) => m.id));
    const problems: ErrorDetail[] = [];
    for (const [role, memberId] of Object.entries(plan.roles)) {
      if (memberId !== null && !ids.has(memberId)) problems.push({ path: `plan.roles.${role}`, message: 'not a member of the group' });
    }
    if (plan.caseId !== null && !this.db.prepare('SELECT 1 FROM cases WHERE id = ?').get(plan.caseId))
      problems.push({ path: 'plan.caseId', message: 'case not found' });
    if (problems.length) throw new ApiError('VALIDATION', 'plan does not fit the group', problems);
    return members;
  }

  /**
   * Current members, plus members who left the group but appear in this session (roles, attendance,
   * learnings, scores, ideas, reflections): an old record keeps its names.
   */
  private sessionMembers(row: SessionRow): MemberRow[] {
    const all = this.groups.allMembers(row.group_id);
    const gone = all.filter((m) => m.removed_at !== null);
    if (gone.length === 0) return all;
    const referenced = new Set<string>([row.gespreksleider_id, row.inbrenger_id, row.notulist_id ?? '', row.tijdbewaker_id ?? '']);
    const learning = JSON.parse(row.learning) as LearningRecord;
    const canvas = JSON.parse(row.canvas) as VierVenstersCanvas;
    for (const a of learning.attendance) referenced.add(a.memberId);
    for (const p of learning.participantLearnings) referenced.add(p.memberId);
    for (const s of canvas.weging.scaling.scores) referenced.add(s.memberId);
    for (const i of canvas.volgendeStappen.ideas) if (i.memberId) referenced.add(i.memberId);
    for (const r of this.db.prepare<[string], { member_id: string }>('SELECT member_id FROM reflections WHERE session_id = ?').all(row.id))
      referenced.add(r.member_id);
    return all.filter((m) => m.removed_at === null || referenced.has(m.id));
  }

  /** The linked case's roster pseudonyms, replacements chosen before and its "geen identificatie" hashes. */
  private caseContext(caseId: string | null): GateContext {
    if (caseId === null) return NO_CASE;
    const pseudonyms = this.db
      .prepare<[string], { pseudonym: string }>('SELECT pseudonym FROM case_people WHERE case_id = ?')
      .all(caseId)
      .map((r) => r.pseudonym);
    const keys = this.db
      .prepare<[string], { key_hash: string; kind: string; replacement: string }>(
        'SELECT key_hash, kind, replacement FROM case_name_keys WHERE case_id = ?',
      )
      .all(caseId);
    return {
      allowedPhrases: [...pseudonyms, ...keys.filter((k) => k.kind === 'pseudonym' && k.replacement).map((k) => k.replacement)],
      ignoreHashes: new Set(keys.filter((k) => k.kind === 'ignore').map((k) => k.key_hash)),
    };
  }

  /**
   * Learning and reflections may name the colleagues of the group (full name or first name): they are
   * professionals, not clients. Case pseudonyms are allowed as on the canvas.
   */
  private learningContext(row: SessionRow, members: ReadonlyArray<{ name: string }>): GateContext {
    const ctx = this.caseContext(row.case_id);
    const names = members.flatMap((m) => {
      const first = m.name.trim().split(/\s+/)[0] ?? '';
      return first.length >= 2 && first !== m.name.trim() ? [m.name, first] : [m.name];
    });
    return { ...ctx, allowedPhrases: [...ctx.allowedPhrases, ...names] };
  }

  /** Using a case in a bijeenkomst counts as a use: its retention term starts again (unless pinned). */
  private touchCase(caseId: string | null): void {
    if (caseId !== null) this.cases.get(caseId);
  }

  private actualClock(run: RunState): { start: string | null; end: string | null } {
    return {
      start: run.actualStart === null ? null : msToClock(run.actualStart, 'Europe/Amsterdam'),
      end: run.actualEnd === null ? null : msToClock(run.actualEnd, 'Europe/Amsterdam'),
    };
  }

  private detail(row: SessionRow): SessionDetail {
    const group = this.groups.row(row.group_id);
    const members = this.sessionMembers(row);
    const run = JSON.parse(row.run) as RunState;
    const learning = JSON.parse(row.learning) as LearningRecord;
    const code = row.case_id
      ? (this.db.prepare<[string], { code_name: string }>('SELECT code_name FROM cases WHERE id = ?').get(row.case_id)?.code_name ?? null)
      : null;
    const reflections = this.db
      .prepare<[string], ReflectionRow>(
        `SELECT r.* FROM reflections r JOIN group_members m ON m.id = r.member_id WHERE r.session_id = ? ORDER BY m.position, r.created_at`,
      )
      .all(row.id)
      .map(reflectionOf);
    const actual = this.actualClock(run);
    return {
      id: row.id,
      groupId: row.group_id,
      groupName: group.name,
      date: row.date,
      startTime: row.start_time,
      endTime: row.end_time,
      roles: {
        gespreksleider: row.gespreksleider_id,
        inbrenger: row.inbrenger_id,
        notulist: row.notulist_id,
        tijdbewaker: row.tijdbewaker_id,
      },
      caseId: row.case_id,
      leervraag: row.leervraag,
      members: members.map(memberOf),
      script: this.script(row),
      caseCodeName: code,
      run,
      canvas: JSON.parse(row.canvas) as VierVenstersCanvas,
      learning,
      reflections,
      hours: learning.attendance.map((a) => ({ memberId: a.memberId, hours: attendedHours(a, actual.start, actual.end) })),
      updatedAt: row.updated_at,
    };
  }
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

function reflectionOf(r: ReflectionRow): Reflection {
  return {
    id: r.id,
    sessionId: r.session_id,
    memberId: r.member_id,
    technischInstrumenteel: r.technisch_instrumenteel,
    normatief: r.normatief,
    persoonlijk: r.persoonlijk,
    shared: r.shared === 1,
    updatedAt: r.updated_at,
  };
}

/** Every text on the canvas, with its path in the request (never the text in an error). */
export function canvasFields(c: VierVenstersCanvas): GateField[] {
  const f: GateField[] = [];
  const list = (path: string, items: string[]) => items.forEach((text, i) => f.push({ path: `${path}.${i}`, text }));
  c.mensen.people.forEach((p, i) => {
    f.push({ path: `canvas.mensen.people.${i}.name`, text: p.name });
    f.push({ path: `canvas.mensen.people.${i}.relation`, text: p.relation });
    f.push({ path: `canvas.mensen.people.${i}.perspective`, text: p.perspective });
  });
  f.push({ path: 'canvas.mensen.network', text: c.mensen.network });
  c.feiten.items.forEach((it, i) => f.push({ path: `canvas.feiten.items.${i}.text`, text: it.text }));
  list('canvas.feiten.krachten', c.feiten.krachten);
  list('canvas.feiten.zorgen', c.feiten.zorgen);
  list('canvas.feiten.onbekend', c.feiten.onbekend);
  f.push({ path: 'canvas.weging.inbrenger', text: c.weging.inbrenger });
  list('canvas.weging.perspectives', c.weging.perspectives);
  list('canvas.weging.criteria', c.weging.criteria);
  list('canvas.weging.differences', c.weging.differences);
  c.volgendeStappen.ideas.forEach((idea, i) => f.push({ path: `canvas.volgendeStappen.ideas.${i}.text`, text: idea.text }));
  return f;
}

function learningFields(l: LearningRecord): GateField[] {
  return [
    { path: 'learning.inbrengerLearned', text: l.inbrengerLearned },
    { path: 'learning.inbrengerWillTry', text: l.inbrengerWillTry },
    { path: 'learning.toWerkbegeleiding', text: l.toWerkbegeleiding },
    ...l.participantLearnings.map((p, i) => ({ path: `learning.participantLearnings.${i}.text`, text: p.text })),
    { path: 'learning.processFeedback', text: l.processFeedback },
  ];
}
