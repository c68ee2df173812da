/** The user's settings: language and how long case material is kept. */
import { z } from 'zod';
import { clockSchema, optionalOneLine } from '../common/schemas';
import { IDLE_LOCK_MINUTES_DEFAULT, IDLE_LOCK_MINUTES_MAX, IDLE_LOCK_MINUTES_MIN } from '../lock/types';

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const RETENTION_DAYS_DEFAULT = 90;
export const RETENTION_DAYS_MIN = 1;
export const RETENTION_DAYS_MAX = 3650;

export const settingsSchema = z
  .object({
    locale: z.enum(LOCALES),
    /** Days a case is kept after its last use. */
    retentionDays: z.number().int().min(RETENTION_DAYS_MIN).max(RETENTION_DAYS_MAX),
    /** The name of the professional using this machine, as it appears on case-notes and feedback. */
    displayName: optionalOneLine(100),
    /** FFPS: the team's norm for the gap between contacts in the first phase, in weeks. */
    ffpsFirstPhaseMaxGapWeeks: z.number().int().min(1).max(12),
    /** The begintijd the script view last showed its clock times from (remembered between visits). */
    scriptStartTime: clockSchema,
    /** Lock: minutes without keyboard or mouse before the app locks itself (issue 12). */
    idleLockMinutes: z.number().int().min(IDLE_LOCK_MINUTES_MIN).max(IDLE_LOCK_MINUTES_MAX),
  })
  .strict();
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { locale: 'nl', retentionDays: RETENTION_DAYS_DEFAULT, displayName: '', ffpsFirstPhaseMaxGapWeeks: 2, scriptStartTime: '09:30', idleLockMinutes: IDLE_LOCK_MINUTES_DEFAULT };

export const settingsUpdateSchema = settingsSchema.partial().strict();
