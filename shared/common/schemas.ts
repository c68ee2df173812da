/**
 * The validators every area shares, defined once: ids, calendar dates, clock times and one-line text.
 * Areas build their schemas from these; the renderer's forms use the same schemas, so a rule and its
 * Dutch message exist in one place.
 */
import { z } from 'zod';

import { SLUG_PATTERN, UUID_PATTERN } from './patterns';

export { SLUG_PATTERN, UUID_PATTERN };
export const uuidSchema = z.string().regex(UUID_PATTERN, 'ongeldige id');
export const isUuid = (s: string): boolean => UUID_PATTERN.test(s);

export const slugIdSchema = z.string().min(1).max(80).regex(SLUG_PATTERN, 'ongeldige id');

/** A real calendar date written YYYY-MM-DD (2025-02-30 is refused, not rolled over). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'datum als JJJJ-MM-DD')
  .refine(isRealDate, 'geen geldige datum');

export function isRealDate(s: string): boolean {
  const t = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s;
}

/** A 24-hour clock time HH:MM. */
export const clockSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'tijd als UU:MM');

const ONE_LINE = (s: string) => !/[\n\r\t]/.test(s);
/** Required text on one line (names, roles, titles), trimmed. */
export const oneLine = (max: number) => z.string().trim().min(1, 'vul dit in').max(max, `hoogstens ${max} tekens`).refine(ONE_LINE, 'één regel');
/** Optional text on one line, trimmed; may be empty. */
export const optionalOneLine = (max: number) => z.string().trim().max(max, `hoogstens ${max} tekens`).refine(ONE_LINE, 'één regel');
/** Free text of at most `max` characters (may be empty, may span lines). */
export const freeText = (max: number) => z.string().max(max, `hoogstens ${max} tekens`);
/** Items of a list field: each trimmed, non-empty, at most `max` characters. */
export const listItems = (max: number, count = 50) => z.array(z.string().trim().min(1).max(max, `hoogstens ${max} tekens`)).max(count);

/** The empty input of methods that take no arguments. */
export const noInput = z.object({}).strict();
