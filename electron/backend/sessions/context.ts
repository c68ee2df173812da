import type { Gate, GateContext } from '../anonymiser';
import { NO_CASE } from '../anonymiser';
import type { CaseService } from '../cases';
import type { GroupService, StoredMember } from '../groups';
import type { ScriptService } from '../scripts';
import { ApiError } from '../../../shared/api/errors';
import type { SessionRepository, StoredSession } from './repository';
import type { ReportBlock } from '../core/report/report';

/**
 * A port for areas whose werkvorm keeps its own canvas (FFPS: the weekly meeting): what the learning
 * record adds for a bijeenkomst. `replacesCanvas` says the Vier Vensters canvas does not apply.
 * Connected in backend/index.ts; every text in the blocks has passed the gate again.
 */
export type RecordExtras = (sessionId: string, canvasKind: string, includeCanvas: boolean) => { blocks: ReportBlock[]; replacesCanvas: boolean } | null;

/**
 * What every part of the sessions area works with: its own repository, the gate, and the interfaces of
 * the areas it builds on (groups for members, cases for the gate context, scripts for the snapshot).
 */
export interface SessionContext {
  repo: SessionRepository;
  gate: Gate;
  groups: GroupService;
  scripts: ScriptService;
  cases: CaseService;
  now: () => Date;
  recordExtras?: RecordExtras;
}

export function requireSession(ctx: SessionContext, id: string): StoredSession {
  const s = ctx.repo.find(id);
  if (!s) throw new ApiError('NOT_FOUND', 'session not found');
  return s;
}

/**
 * Current members, plus members who left the group but appear in this bijeenkomst (roles, attendance,
 * learnings, scores, ideas, reflections): an old record keeps its names.
 */
export function sessionMembers(ctx: SessionContext, s: StoredSession): StoredMember[] {
  const all = ctx.groups.allMembers(s.groupId);
  if (!all.some((m) => m.removed)) return all;
  const referenced = ctx.repo.referencedMembers(s.id);
  return all.filter((m) => !m.removed || referenced.has(m.id));
}

/** The linked case's roster pseudonyms, replacements chosen before and its "geen identificatie" hashes. */
export function caseContext(ctx: SessionContext, caseId: string | null): GateContext {
  return caseId === null ? NO_CASE : ctx.cases.gateContext(caseId);
}

/**
 * Learning and reflections may name the colleagues of the group (full name or first name): they are
 * professionals, not clients. Case pseudonyms are allowed as on the canvas.
 */
export function learningContext(ctx: SessionContext, s: StoredSession, members: ReadonlyArray<{ name: string }>): GateContext {
  const base = caseContext(ctx, s.caseId);
  const names = members.flatMap((m) => {
    const first = m.name.trim().split(/\s+/)[0] ?? '';
    return first.length >= 2 && first !== m.name.trim() ? [m.name, first] : [m.name];
  });
  return { ...base, allowedPhrases: [...base.allowedPhrases, ...names] };
}

/** Using a case in a bijeenkomst counts as a use: its retention term starts again (unless pinned). */
export function touchCase(ctx: SessionContext, caseId: string | null): void {
  if (caseId !== null) ctx.cases.touch(caseId);
}
