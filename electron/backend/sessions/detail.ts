import { z } from 'zod';
import { attendedHours, msToClock } from '../../../shared/sessions/hours';
import { ideaSchema, learningSchema, runStateSchema, type Reflection, type RunState, type SessionDetail, type SessionLearning } from '../../../shared/sessions/types';
import { SCRIPT_FORMATS } from '../../../shared/scripts/vocabulary';
import { parseStored, StoredDataError } from '../core/json';
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

const ideasSchema = z.array(ideaSchema);

/**
 * The bijeenkomsten of `memberIds` as their learning needs them (`SessionLearning`), oldest first: two
 * queries for all of them (repository `learningOf`) instead of a full SessionDetail per bijeenkomst. Which
 * member a bijeenkomst is about follows the group's order, as in the detail's member list.
 */
export function sessionLearning(ctx: SessionContext, memberIds: readonly string[]): SessionLearning[] {
  const { sessions, reflections } = ctx.repo.learningOf(memberIds);
  const bySession = new Map<string, Reflection[]>();
  for (const { createdAt: _c, sessionId, ...r } of reflections) {
    if (sessionId === null) continue;
    const list = bySession.get(sessionId) ?? [];
    list.push({ ...r, sessionId });
    bySession.set(sessionId, list);
  }
  const groupNames = new Map<string, string>();
  const positions = new Map<string, Map<string, number>>();
  const out: SessionLearning[] = [];
  for (const row of sessions) {
    if (!groupNames.has(row.group_id)) {
      groupNames.set(row.group_id, ctx.groups.name(row.group_id));
      positions.set(row.group_id, new Map(ctx.groups.allMembers(row.group_id).map((m) => [m.id, m.position])));
    }
    const position = positions.get(row.group_id)!;
    const hits = row.hit_members.split(' ').filter((id) => position.has(id));
    if (hits.length === 0) continue;
    const memberId = hits.sort((a, b) => position.get(a)! - position.get(b)!)[0];
    const run = parseStored(runStateSchema, row.run, 'sessions.run');
    const learning = parseStored(learningSchema, row.learning, 'sessions.learning');
    const format = SCRIPT_FORMATS.find((f) => f === row.format);
    if (!format) throw new StoredDataError('sessions.script_snapshot', 'has no known format');
    const actual = actualClock(run);
    const attendance = learning.attendance.find((a) => a.memberId === memberId);
    out.push({
      id: row.id,
      groupId: row.group_id,
      groupName: groupNames.get(row.group_id)!,
      date: row.date,
      startTime: row.start_time,
      endTime: row.end_time,
      roles: { gespreksleider: row.gespreksleider_id, inbrenger: row.inbrenger_id, notulist: row.notulist_id, tijdbewaker: row.tijdbewaker_id },
      leervraag: row.leervraag,
      script: { format, title: String(row.title ?? '') },
      run: { status: run.status, actualStart: run.actualStart, actualEnd: run.actualEnd },
      learning,
      ideas: row.ideas === null ? [] : parseStored(ideasSchema, row.ideas, 'sessions.canvas'),
      memberId,
      reflections: (bySession.get(row.id) ?? []).filter((r) => r.memberId === memberId),
      hours: attendance ? attendedHours(attendance, actual.start, actual.end) : 0,
    });
  }
  return out;
}
