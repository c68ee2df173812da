import type { TFunction } from 'i18next';
import { ApiError } from '../../../shared/api/errors';
import { wordIssue } from './issues';

/** A failure of the process boundary itself (electron/host), not of the backend's checks. */
export const isHostFailure = (err: ApiError): boolean => err.code === 'INTERNAL' && err.details?.[0]?.path === 'host';

/** Turns any failure into a sentence for the user, plus precise details where the backend gave them. */
export function describeError(err: unknown, t: TFunction): { text: string; details: string[] } {
  if (err instanceof ApiError) {
    // The process boundary's own failures (electron/host): a sentence of their own, no code words as details.
    const host = isHostFailure(err) ? err.details![0]!.message : null;
    if (host === 'EXITED' || host === 'UNAVAILABLE' || host === 'CLOSED') return { text: t(`errors.host.${host}`), details: [] };
    // Each problem worded whole in the UI language; a field path is developer text and never shown. A form
    // puts a problem with a path under its field (ui/serverErrors.tsx); what reaches a notice has no field.
    const details = (err.details ?? []).map((d) => wordIssue(d.issue, d.message));
    return { text: t(`errors.${err.code}`), details: [...new Set(details)] };
  }
  return { text: t('errors.INTERNAL'), details: [] };
}
