import { randomUUID } from 'node:crypto';
import { ApiError, type ErrorDetail } from '../../../shared/api/errors';
import { learningTextFields, reflectionTextFields } from '../../../shared/sessions/fields';
import type { LearningRecord, Reflection, ReflectionSave } from '../../../shared/sessions/types';
import { learningContext, requireSession, sessionMembers, type SessionContext } from './context';
import { detail } from '../../../shared/api/details';

/** The learning is about the professional, but people slip names in: it passes the gate too. */
export function saveLearning(ctx: SessionContext, id: string, learning: LearningRecord): void {
  const s = requireSession(ctx, id);
  const members = sessionMembers(ctx, s);
  const ids = new Set(members.map((m) => m.id));
  const problems: ErrorDetail[] = [];
  const seen = new Set<string>();
  learning.attendance.forEach((a, i) => {
    if (!ids.has(a.memberId)) problems.push(detail(`learning.attendance.${i}.memberId`, 'not_member', 'not a member of the group'));
    else if (seen.has(a.memberId)) problems.push(detail(`learning.attendance.${i}.memberId`, 'listed_twice', 'listed twice'));
    seen.add(a.memberId);
    if (a.arrived !== null && a.left !== null && a.arrived >= a.left) problems.push(detail(`learning.attendance.${i}.left`, 'left_before_arriving', 'left before arriving'));
  });
  learning.participantLearnings.forEach((p, i) => {
    if (!ids.has(p.memberId)) problems.push(detail(`learning.participantLearnings.${i}.memberId`, 'not_member', 'not a member of the group'));
  });
  if (problems.length) throw new ApiError('VALIDATION', 'learning record does not fit the session', problems);
  ctx.gate.assertResolved(learningTextFields(learning), learningContext(ctx, s, members));
  ctx.repo.setLearning(id, learning, ctx.now().toISOString());
}

/** One reflection per member per bijeenkomst: saving again updates it. */
export function saveReflection(ctx: SessionContext, input: ReflectionSave): Reflection {
  const s = requireSession(ctx, input.sessionId);
  const members = sessionMembers(ctx, s);
  if (!members.some((m) => m.id === input.memberId))
    throw new ApiError('VALIDATION', 'not a member of the group', [detail('memberId', 'not_member', 'not a member of the group')]);
  const existing = ctx.repo.reflectionOf(input.sessionId, input.memberId);
  if (input.id !== undefined) {
    const byId = ctx.repo.reflection(input.id);
    if (!byId) throw new ApiError('NOT_FOUND', 'reflection not found');
    if (byId.sessionId !== input.sessionId || byId.memberId !== input.memberId)
      throw new ApiError('VALIDATION', 'a reflection cannot move', [detail('id', 'reflection_moves', 'belongs to another session or member')]);
  }
  ctx.gate.assertResolved(reflectionTextFields(input), learningContext(ctx, s, members));
  const id = existing?.id ?? randomUUID();
  ctx.repo.upsertReflection({ ...input, id }, existing !== undefined, ctx.now().toISOString());
  const { createdAt: _c, ...saved } = ctx.repo.reflection(id)!;
  return saved;
}
