import { ApiError, type ErrorDetail } from '../../../shared/api/errors';
import type { RunState } from '../../../shared/sessions/types';
import { requireSession, type SessionContext } from './context';
import { detail } from '../../../shared/api/details';

/** Stores the engine's state as it is (shared/sessions/engine.ts steps it); only its fit to the snapshot's blocks is checked here. */
export function saveRun(ctx: SessionContext, id: string, run: RunState): void {
  const s = requireSession(ctx, id);
  const blocks = s.script.blocks.length;
  const problems: ErrorDetail[] = [];
  if (run.blockIndex >= blocks) problems.push(detail('run.blockIndex', 'run_mismatch', `the script has ${blocks} block(s)`));
  if (run.extraMinutes.length !== blocks) problems.push(detail('run.extraMinutes', 'run_mismatch', `one entry per block (${blocks})`));
  run.log.forEach((l, i) => {
    if (l.blockIndex >= blocks) problems.push(detail(`run.log.${i}.blockIndex`, 'run_mismatch', `the script has ${blocks} block(s)`));
  });
  if (problems.length) throw new ApiError('VALIDATION', 'run state does not fit the script', problems);
  ctx.repo.setRun(id, run, ctx.now().toISOString());
}
