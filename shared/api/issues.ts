/**
 * A validation problem as a code with parameters, so the renderer can word it in the UI language
 * (`too_big.string` + `{ maximum: 60 }` → "Hoogstens 60 tekens." / "At most 60 characters."). The
 * schemas' own Dutch messages stay as the developer-facing fallback.
 */
import type { z } from 'zod';

export interface IssueCode {
  code: string;
  params?: Record<string, string | number>;
}

/** The schemas' custom messages (shared/common, shared/sessions) by the code the renderer words. */
const BY_MESSAGE: Record<string, string> = {
  'tijd als UU:MM': 'clock',
  'datum als JJJJ-MM-DD': 'date',
  'geen geldige datum': 'date',
  'ongeldige id': 'id',
  'één regel': 'one_line',
  'vul dit in': 'required',
  'de eindtijd ligt na de begintijd': 'end_after_start',
  'de gespreksleider brengt zelf geen casus in': 'roles_differ',
  'schrijf bij minstens één dimensie iets': 'reflection_empty',
};

export function issueCode(issue: z.core.$ZodIssue): IssueCode {
  // A rule that knows its own code (the script rules, shared/scripts/problems.ts) carries it in params.
  const own = issue.code === 'custom' ? (issue.params as { issue?: IssueCode } | undefined)?.issue : undefined;
  if (own && typeof own.code === 'string') return own;
  const known = BY_MESSAGE[issue.message];
  if (known) return { code: known };
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string' && min <= 1) return { code: 'required' };
      return { code: `too_small.${issue.origin === 'string' || issue.origin === 'array' ? issue.origin : 'number'}`, params: { minimum: min } };
    }
    case 'too_big':
      return { code: `too_big.${issue.origin === 'string' || issue.origin === 'array' ? issue.origin : 'number'}`, params: { maximum: Number(issue.maximum) } };
    case 'invalid_type':
      return { code: 'invalid_type' };
    case 'invalid_value':
      return { code: 'invalid_value' };
    case 'invalid_format':
      return { code: 'invalid_format' };
    default:
      return { code: 'invalid' };
  }
}
