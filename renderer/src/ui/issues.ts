import i18next from 'i18next';
import type { IssueCode } from '../../../shared/api/issues';

/** Codes that say no more than "this is not right": in Dutch the schema's own message says it better. */
const GENERIC = new Set(['invalid', 'invalid_format', 'invalid_type', 'invalid_value']);

/**
 * A validation problem in the UI language, from its code and parameters (shared/api/issues.ts). The
 * schema's Dutch message is the fallback for a problem without a wording of its own.
 */
export function wordIssue(issue: IssueCode | undefined, fallback: string): string {
  if (!issue) return fallback;
  const dutch = !i18next.language?.startsWith('en');
  if (GENERIC.has(issue.code) && dutch && fallback) return fallback;
  return i18next.t(`issues.${issue.code}`, { ...issue.params, defaultValue: dutch ? fallback : i18next.t('issues.invalid') });
}
