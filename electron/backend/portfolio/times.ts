import { msToClock } from '../../../shared/sessions/hours';
import type { SessionDetail } from '../../../shared/sessions/types';

/** The start and end the session clock recorded, as Amsterdam clock times (null when not recorded). */
export function actualTimes(d: Pick<SessionDetail, 'run'>): { start: string | null; end: string | null } {
  return {
    start: d.run.actualStart === null ? null : msToClock(d.run.actualStart),
    end: d.run.actualEnd === null ? null : msToClock(d.run.actualEnd),
  };
}
