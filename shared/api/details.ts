/**
 * The backend's own validation problems (beyond the contract's schemas) as codes, so the renderer can
 * word them in the UI language (renderer/src/i18n/backendIssues.ts). The English `message` stays the
 * developer-facing text; the `issue` is what a person reads (issue 15).
 */
import type { ErrorDetail } from './errors';

export const DETAIL_CODES = [
  // references that do not fit
  'not_member',
  'listed_twice',
  'member_has_planned_role',
  'left_before_arriving',
  'group_not_found',
  'case_not_found',
  'script_not_found',
  'module_not_found',
  'module_needs_traject',
  'duplicate_module',
  'duplicate_item',
  'session_other_group',
  'not_on_roster',
  'person_not_in_case',
  'worksheet_keeps_kind',
  'worksheet_other_case',
  'booklet_only_storyboard',
  'not_sos_session',
  'not_ffps_session',
  'reflection_moves',
  'run_mismatch',
  // FFPS notes and meetings
  'note_not_found',
  'not_on_agenda',
  'one_discussion_per_note',
  'notes_one_case',
  'no_feedback',
  // anonymisation choices
  'identifier_not_ignorable',
  'ignore_without_person',
  'replacement_needed',
  'replacement_equals_form',
  'pseudonym_identifies',
  'identifier_in_text',
] as const;
export type DetailCode = (typeof DETAIL_CODES)[number];

/** The issue code a renderer looks up (`issues.backend.<code>`). */
export const detailIssueCode = (code: DetailCode): string => `backend.${code}`;

/** One problem at a field path: the developer's English message plus the code the renderer words. */
export function detail(path: string, code: DetailCode, message: string, params?: Record<string, string | number>): ErrorDetail {
  return { path, message, issue: params ? { code: detailIssueCode(code), params } : { code: detailIssueCode(code) } };
}
