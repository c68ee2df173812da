import { randomUUID } from 'node:crypto';
import { amsterdamToday } from '../core/dates';
import { ApiError, type ErrorDetail } from '../../../shared/api/errors';
import { canvasTextFields, type TextField } from '../../../shared/sessions/fields';
import { EMPTY_CANVAS, EMPTY_LEARNING, type RunState, type SessionPlan, type SessionSummary, type Attendance } from '../../../shared/sessions/types';
import type { StoredMember } from '../groups';
import { caseContext, requireSession, touchCase, type SessionContext } from './context';
import { detail } from '../../../shared/api/details';

/** List order: coming bijeenkomsten (today and later, Europe/Amsterdam) first, soonest first; then past ones, most recent first. */
export function listSessions(ctx: SessionContext, filter: { groupId?: string }): SessionSummary[] {
  const names = new Map<string, string>();
  const groupName = (id: string) => names.get(id) ?? names.set(id, ctx.groups.name(id)).get(id)!;
  return ctx.repo.list(filter.groupId ?? null, amsterdamToday(ctx.now())).map((s) => ({
    id: s.id,
    groupId: s.groupId,
    groupName: groupName(s.groupId),
    date: s.date,
    startTime: s.startTime,
    endTime: s.endTime,
    scriptTitle: s.script.title,
    status: s.run.status,
    leervraag: s.leervraag,
    caseCodeName: s.caseId ? ctx.cases.codeName(s.caseId) : null,
  }));
}

/** Plans a bijeenkomst with a snapshot of the script as it is now; its leervraag passes the gate. */
export function planSession(ctx: SessionContext, scriptId: string, plan: SessionPlan): string {
  const members = checkPlan(ctx, plan);
  ctx.gate.assertResolved([{ path: 'plan.leervraag', text: plan.leervraag }], caseContext(ctx, plan.caseId));
  const script = ctx.scripts.snapshot(scriptId);
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
  const id = randomUUID();
  const learning = { ...EMPTY_LEARNING, attendance: syncAttendance([], members.map((m) => m.id)) };
  ctx.repo.insert({ ...plan, id, scriptId: script.id, script, run, canvas: EMPTY_CANVAS, learning }, ctx.now().toISOString());
  touchCase(ctx, plan.caseId);
  return id;
}

/** Only while the bijeenkomst is planned; the script snapshot stays as it was. */
export function updatePlan(ctx: SessionContext, id: string, plan: SessionPlan): void {
  const s = requireSession(ctx, id);
  if (s.run.status !== 'planned') throw new ApiError('CONFLICT', 'the session has started: its plan is fixed');
  const members = checkPlan(ctx, plan);
  const fields: TextField[] = [{ path: 'plan.leervraag', text: plan.leervraag }];
  // Text already on the canvas was checked against the old case; a new link must allow it too.
  if (plan.caseId !== s.caseId) fields.push(...canvasTextFields(s.canvas));
  ctx.gate.assertResolved(fields, caseContext(ctx, plan.caseId));
  const learning = { ...s.learning, attendance: syncAttendance(s.learning.attendance, members.map((m) => m.id)) };
  ctx.repo.updatePlan(id, plan, learning, ctx.now().toISOString());
  touchCase(ctx, plan.caseId);
}

/** Group, roles and case must exist, and every role is held by a current member of the group. */
function checkPlan(ctx: SessionContext, plan: SessionPlan): StoredMember[] {
  if (!ctx.groups.exists(plan.groupId)) throw new ApiError('VALIDATION', 'unknown group', [detail('plan.groupId', 'group_not_found', 'group not found')]);
  const members = ctx.groups.activeMembers(plan.groupId);
  const ids = new Set(members.map((m) => m.id));
  const problems: ErrorDetail[] = [];
  for (const [role, memberId] of Object.entries(plan.roles)) {
    if (memberId !== null && !ids.has(memberId)) problems.push(detail(`plan.roles.${role}`, 'not_member', 'not a member of the group'));
  }
  if (plan.caseId !== null && !ctx.cases.exists(plan.caseId)) problems.push(detail('plan.caseId', 'case_not_found', 'case not found'));
  if (problems.length) throw new ApiError('VALIDATION', 'plan does not fit the group', problems);
  return members;
}

/**
 * Planned bijeenkomsten follow their group: a new member is expected (present), a removed one no longer.
 * Bijeenkomsten that ran keep the attendance as it was.
 */
export function followGroup(ctx: SessionContext, groupId: string, activeMemberIds: readonly string[]): void {
  for (const s of ctx.repo.plannedIn(groupId)) {
    ctx.repo.setLearning(s.id, { ...s.learning, attendance: syncAttendance(s.learning.attendance, activeMemberIds) }, null);
  }
}

/** Keeps the rows of members still in the group, in group order, and adds the missing ones as present. */
export function syncAttendance(attendance: Attendance[], memberIds: readonly string[]): Attendance[] {
  const byId = new Map(attendance.map((a) => [a.memberId, a]));
  return memberIds.map((id) => byId.get(id) ?? { memberId: id, present: true, arrived: null, left: null });
}
