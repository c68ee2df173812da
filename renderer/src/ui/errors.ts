import type { TFunction } from 'i18next';
import { ApiError } from '../../../shared/api/errors';
import { wordIssue } from './issues';

/** Turns any failure into a sentence for the user, plus precise details where the backend gave them. */
export function describeError(err: unknown, t: TFunction): { text: string; details: string[] } {
  if (err instanceof ApiError) {
    const details = (err.details ?? []).map((d) => {
      const message = wordIssue(d.issue, d.message);
      return d.path ? `${d.path}: ${message}` : message;
    });
    return { text: t(`errors.${err.code}`), details };
  }
  return { text: t('errors.INTERNAL'), details: [] };
}
