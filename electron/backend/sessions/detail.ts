import { attendedHours, msToClock } from '../../../shared/sessions/hours';
import type { RunState, SessionDetail } from '../../../shared/sessions/types';
import { publicMember } from '../groups';
import { sessionMembers, type SessionContext } from './context';
import type { StoredSession } from './repository';

/** The start and end the clock recorded, as Amsterdam clock times. */
export function actualClock(run: RunState): { start: string | null; end: string | null } {
  return {
    start: run.actualStart === null ? null : msToClock(run.actualStart, 'Europe/Amsterdam'),
    end: run.actualEnd === null ? null : msToClock(run.actualEnd, 'Europe/Amsterdam'),
  };
}

/** A bijeenkomst as the API returns it: with its group's name, its members, reflections and hours. */
export function sessionDetail(ctx: SessionContext, s: StoredSession): SessionDetail {
  const members = sessionMembers(ctx, s);
  const position = new Map(ctx.groups.allMembers(s.groupId).map((m) => [m.id, m.position]));
  const reflections = ctx.repo
    .reflections(s.id)
    .filter((r) => position.has(r.memberId))
    .sort((a, b) => position.get(a.memberId)! - position.get(b.memberId)! || a.createdAt.localeCompare(b.createdAt))
    .map(({ createdAt: _c, ...r }) => r);
  const actual = actualClock(s.run);
  return {
    id: s.id,
    groupId: s.groupId,
    groupName: ctx.groups.name(s.groupId),
    date: s.date,
    startTime: s.startTime,
    endTime: s.endTime,
    roles: s.roles,
    caseId: s.caseId,
    leervraag: s.leervraag,
    members: members.map(publicMember),
    script: s.script,
    caseCodeName: s.caseId ? ctx.cases.codeName(s.caseId) : null,
    run: s.run,
    canvas: s.canvas,
    learning: s.learning,
    reflections,
    hours: s.learning.attendance.map((a) => ({ memberId: a.memberId, hours: attendedHours(a, actual.start, actual.end) })),
    updatedAt: s.updatedAt,
  };
}
