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
  if (issue.code.startsWith('script.')) return wordScriptProblem(issue, fallback, dutch);
  if (issue.code.startsWith('backend.') && typeof issue.params?.label === 'string') {
    // What the anonymiser found (BSN, TELEFOON, …) is a code too: worded before it goes into the sentence.
    const label = i18next.t(`issues.label.${issue.params.label}`, { defaultValue: i18next.t('issues.label.ID') });
    return i18next.t(`issues.${issue.code}`, { ...issue.params, label, defaultValue: dutch ? fallback : i18next.t('issues.invalid') });
  }
  return i18next.t(`issues.${issue.code}`, { ...issue.params, defaultValue: dutch ? fallback : i18next.t('issues.invalid') });
}

/**
 * A problem of a script (shared/scripts/problems.ts): its field worded too, a capital at the start, and
 * "Regel 12: …" / "Line 12: …" in front when it comes from a file.
 */
function wordScriptProblem(issue: IssueCode, fallback: string, dutch: boolean): string {
  const params = { ...issue.params };
  if (typeof params.field === 'string') params.field = i18next.t(`issues.scriptField.${params.field}`);
  const text = i18next.t(`issues.${issue.code}`, { ...params, defaultValue: '' });
  if (!text) return dutch ? fallback : i18next.t('issues.invalid');
  if (typeof params.line === 'number') return i18next.t('issues.atLine', { line: params.line, message: text });
  return text.charAt(0).toUpperCase() + text.slice(1);
}
