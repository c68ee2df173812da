import type { Label } from './types';

/**
 * Identifiers that are what they look like: a BSN, phone number, e-mail address, postcode or case
 * number can be replaced, but never marked "geen identificatie", never used as a pseudonym, and never
 * stored in text that is not case material. The backend's gate and the review screen read this one list.
 */
export const NEVER_IGNORED: ReadonlySet<Label> = new Set<Label>(['BSN', 'TELEFOON', 'EMAIL', 'POSTCODE', 'ID']);

export const canBeIgnored = (label: Label): boolean => !NEVER_IGNORED.has(label);
