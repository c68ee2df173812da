/**
 * The home screen: what a facilitator meets first. A read model over other areas (bijeenkomsten,
 * cases, reflections, ideas for werkbegeleiding, the FFPS inbox); it stores nothing of its own.
 */
import { z } from 'zod';
import { isoDateSchema } from '../common/schemas';
import type { SessionSummary } from '../sessions/types';
import type { CaseNoteSummary } from '../ffps/types';

/** A case counts as "retention ends soon" this many days before it is purged. */
export const RETENTION_SOON_DAYS = 14;
/** How far back the home screen looks for reflections and werkbegeleiding items. */
export const LOOK_BACK_DAYS = 90;
export const HOME_LIMIT = 8;

/** The renderer passes its own calendar date (Europe/Amsterdam), so "today" is the user's today. */
export const homeInputSchema = z.object({ today: isoDateSchema }).strict();
export type HomeInput = z.infer<typeof homeInputSchema>;

export interface HomeOverview {
  today: string;
  /** Bijeenkomsten not finished, planned today or later or still open from an earlier day; soonest first. */
  upcoming: SessionSummary[];
  /** Cases purged within RETENTION_SOON_DAYS, soonest first. */
  retentionSoon: Array<{ id: string; codeName: string; retentionUntil: string }>;
  /** Finished bijeenkomsten where members who were present have not written their reflection yet. */
  reflectionsToWrite: Array<{ sessionId: string; groupName: string; date: string; missing: string[] }>;
  /** Ideas the inbrenger takes along to werkbegeleiding (marked in venster 4), newest first. */
  werkbegeleiding: Array<{ sessionId: string; groupName: string; date: string; inbrenger: string | null; text: string }>;
  /** Case-notes waiting for the supervisor's feedback. */
  ffpsInbox: CaseNoteSummary[];
}

/** Adds whole days to a calendar date (YYYY-MM-DD), in UTC so no time zone shifts it. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
