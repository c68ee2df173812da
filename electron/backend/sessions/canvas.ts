import { ApiError, type ErrorDetail } from '../../../shared/api/errors';
import { canvasTextFields } from '../../../shared/sessions/fields';
import type { VierVenstersCanvas } from '../../../shared/sessions/types';
import { caseContext, requireSession, sessionMembers, touchCase, type SessionContext } from './context';
import { detail } from '../../../shared/api/details';

/** Canvas text is case material: every text passes the gate with the session's case context. */
export function saveCanvas(ctx: SessionContext, id: string, canvas: VierVenstersCanvas): void {
  const s = requireSession(ctx, id);
  const members = new Set(sessionMembers(ctx, s).map((m) => m.id));
  const problems: ErrorDetail[] = [];
  const scored = new Set<string>();
  canvas.weging.scaling.scores.forEach((sc, i) => {
    if (!members.has(sc.memberId)) problems.push(detail(`canvas.weging.scaling.scores.${i}.memberId`, 'not_member', 'not a member of the group'));
    else if (scored.has(sc.memberId)) problems.push(detail(`canvas.weging.scaling.scores.${i}.memberId`, 'listed_twice', 'scored twice'));
    scored.add(sc.memberId);
  });
  const ideaIds = new Set<string>();
  canvas.volgendeStappen.ideas.forEach((idea, i) => {
    if (idea.memberId !== null && !members.has(idea.memberId))
      problems.push(detail(`canvas.volgendeStappen.ideas.${i}.memberId`, 'not_member', 'not a member of the group'));
    if (ideaIds.has(idea.id)) problems.push(detail(`canvas.volgendeStappen.ideas.${i}.id`, 'duplicate_item', 'duplicate idea id'));
    ideaIds.add(idea.id);
  });
  if (problems.length) throw new ApiError('VALIDATION', 'canvas does not fit the session', problems);
  ctx.gate.assertResolved(canvasTextFields(canvas), caseContext(ctx, s.caseId));
  ctx.repo.setCanvas(id, canvas, ctx.now().toISOString());
  touchCase(ctx, s.caseId);
}
