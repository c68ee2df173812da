import type { Db } from '../core/db';
import type { Gate } from '../anonymiser';
import type { CaseService } from '../cases';
import type { GroupService, GroupUsage } from '../groups';
import type { ScriptService } from '../scripts';
import type { FileExport } from '../../../shared/app/types';
import type { CaseSummary } from '../../../shared/cases/types';
import type {
  LearningRecord,
  Reflection,
  ReflectionSave,
  RunState,
  SessionDetail,
  SessionLearning,
  SessionPlan,
  SessionSummary,
  VierVenstersCanvas,
} from '../../../shared/sessions/types';
import { requireSession, type SessionContext, type RecordExtras } from './context';
import { sessionDetail, sessionLearning } from './detail';
import { followGroup, listSessions, planSession, updatePlan } from './planning';
import { saveRun } from './run';
import { saveCanvas } from './canvas';
import { saveLearning, saveReflection } from './learning';
import { exportSession } from './export';
import { SessionRepository } from './repository';
import { NO_INDEX, type SearchIndex } from '../search';
import { indexSession, reflectionDocs, sessionsSearchSource } from './search';

export interface SessionServiceDeps {
  db: Db;
  gate: Gate;
  groups: GroupService;
  scripts: ScriptService;
  cases: CaseService;
  /** The search index, written in step with every write (none in tests of this area alone). */
  search?: SearchIndex;
  now?: () => Date;
}

/**
 * Bijeenkomsten: planned with a snapshot of a library script (planning.ts), run with a Vier Vensters
 * canvas (run.ts, canvas.ts), and left behind as a learning record (learning.ts, export.ts). Every text a
 * user types here passes the anonymisation gate before it is stored: with the linked case's roster and
 * resolved forms when there is a case, else the plain detector.
 *
 * This class is the area's one entry point; it also answers what the groups and cases areas ask about
 * bijeenkomsten (`groupUsage`, `discussedByCase`), so neither reads the session tables.
 */
export class SessionService {
  private readonly ctx: SessionContext;

  constructor(deps: SessionServiceDeps) {
    this.ctx = { repo: new SessionRepository(deps.db), gate: deps.gate, groups: deps.groups, scripts: deps.scripts, cases: deps.cases, now: deps.now ?? (() => new Date()) };
    const index = deps.search ?? NO_INDEX;
    this.ctx.repo.indexer = {
      written: (id) => indexSession(this.ctx, index, id),
      deleted: (s, orphaned) => {
        index.remove('session', s.id);
        const names = new Map(this.ctx.groups.allMembers(s.groupId).map((m) => [m.id, m.name]));
        for (const r of orphaned) {
          index.replace('reflection', r.id, reflectionDocs({ ...r, sessionId: null }, { groupId: s.groupId, date: null, memberName: names.get(r.memberId) ?? '' }));
        }
      },
    };
  }

  /** Every bijeenkomst's and reflection's texts, for a search rebuild. */
  searchSource() {
    return sessionsSearchSource(this.ctx);
  }

  list(filter: { groupId?: string } = {}): SessionSummary[] {
    return listSessions(this.ctx, filter);
  }

  plan(scriptId: string, plan: SessionPlan): SessionDetail {
    return this.get(planSession(this.ctx, scriptId, plan));
  }

  get(id: string): SessionDetail {
    return sessionDetail(this.ctx, requireSession(this.ctx, id));
  }

  /** The bijeenkomsten that refer to one of these members, as their learning needs them (the portfolio), in one read. */
  learningFor(memberIds: readonly string[]): SessionLearning[] {
    return sessionLearning(this.ctx, memberIds);
  }

  /** The canvas kind of a bijeenkomst's script snapshot, or null when there is no such bijeenkomst (the FFPS meeting asks). */
  canvasKind(id: string): string | null {
    return this.ctx.repo.find(id)?.script.canvas ?? null;
  }

  updatePlan(id: string, plan: SessionPlan): SessionDetail {
    updatePlan(this.ctx, id, plan);
    return this.get(id);
  }

  saveRun(id: string, run: RunState): SessionDetail {
    saveRun(this.ctx, id, run);
    return this.get(id);
  }

  saveCanvas(id: string, canvas: VierVenstersCanvas): SessionDetail {
    saveCanvas(this.ctx, id, canvas);
    return this.get(id);
  }

  saveLearning(id: string, learning: LearningRecord): SessionDetail {
    saveLearning(this.ctx, id, learning);
    return this.get(id);
  }

  saveReflection(input: ReflectionSave): Reflection {
    return saveReflection(this.ctx, input);
  }

  /** Reflections stay with their authors (their link to the session goes); the canvas goes for good. */
  delete(id: string): { deleted: string } {
    requireSession(this.ctx, id);
    this.ctx.repo.delete(id);
    return { deleted: id };
  }

  /** What another werkvorm's area adds to the learning record (the port; see `RecordExtras`). */
  setRecordExtras(extras: RecordExtras): void {
    this.ctx.recordExtras = extras;
  }

  export(id: string, format: 'md' | 'pdf', includeCanvas: boolean): Promise<FileExport> {
    return exportSession(this.ctx, id, format, includeCanvas);
  }

  // ── what other areas ask ─────────────────────────────────────────────────────────────────────────

  /** The groups area's questions about bijeenkomsten. */
  groupUsage(): GroupUsage {
    const { repo } = this.ctx;
    return {
      sessionStats: (today) => repo.statsByGroup(today),
      hasPlannedRole: (memberId) => repo.hasPlannedRole(memberId),
      isReferenced: (memberId) => repo.isReferenced(memberId),
      membersChanged: (groupId, active) => followGroup(this.ctx, groupId, active),
    };
  }

  /** The bijeenkomsten each case was (or will be) discussed in, by date: for the case list. */
  discussedByCase(): Map<string, CaseSummary['sessions']> {
    const out = new Map<string, CaseSummary['sessions']>();
    const names = new Map<string, string>();
    for (const s of this.ctx.repo.withCase()) {
      const groupName = names.get(s.groupId) ?? names.set(s.groupId, this.ctx.groups.name(s.groupId)).get(s.groupId)!;
      const list = out.get(s.caseId) ?? [];
      list.push({ id: s.id, date: s.date, groupName });
      out.set(s.caseId, list);
    }
    return out;
  }
}
