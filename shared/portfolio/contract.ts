/**
 * The portfolio area: one professional's learning across every source, SKJ hours and exports. Every
 * method but the profile chooser works on the current profile ("dit ben ik"); no method returns another
 * profile's portfolio.
 */
import { z } from 'zod';
import { method } from '../api/define';
import { noInput, uuidSchema } from '../common/schemas';
import type { FileExport } from '../app/types';
import type { HoursSummary } from './hours';
import {
  freeReflectionSaveSchema,
  goalSaveSchema,
  manualHoursSaveSchema,
  profileSaveSchema,
  timelineFilterSchema,
  wbUpdateSchema,
  type FreeReflection,
  type Goal,
  type ManualHours,
  type Profile,
  type ProfileChoice,
  type TimelineItem,
  type WbItem,
} from './types';
import type { ScriptFormat } from '../scripts/vocabulary';

const byId = z.object({ id: uuidSchema }).strict();

/** A group and its members, to link a profile to the members that are this person. */
export interface MemberChoice {
  groupId: string;
  groupName: string;
  members: Array<{ id: string; name: string; function: string }>;
}

/** One line of the hours overview: a bijeenkomst attended or hours entered by hand. */
export interface HoursLine {
  key: string;
  date: string;
  kind: ScriptFormat | 'handmatig';
  title: string;
  startTime: string | null;
  endTime: string | null;
  /** Contact hours (quarters, rounded down) and what SKJ credits (0 under one hour). */
  contactHours: number;
  counted: number;
  sessionId: string | null;
  manualId: string | null;
}

export interface HoursOverview {
  summary: HoursSummary;
  lines: HoursLine[];
  manual: ManualHours[];
  today: string;
}

export interface GoalPage {
  goal: Goal;
  evidence: TimelineItem[];
}

export const portfolioContract = {
  /** Names and functions only, to choose "dit ben ik". */
  'portfolio.profiles': method<ProfileChoice[]>()(noInput, { repeatable: true }),
  'portfolio.me': method<{ profile: Profile | null }>()(noInput, { repeatable: true }),
  /** Creates a profile (which becomes the current one) or updates the current one. */
  'portfolio.saveProfile': method<Profile>()(profileSaveSchema),
  'portfolio.chooseMe': method<Profile>()(byId),
  'portfolio.memberChoices': method<MemberChoice[]>()(noInput, { repeatable: true }),
  'portfolio.timeline': method<TimelineItem[]>()(timelineFilterSchema, { repeatable: true }),
  'portfolio.reflection': method<FreeReflection>()(byId, { repeatable: true }),
  /** Every field is checked: structured identifiers are refused (IDENTIFIER). */
  'portfolio.saveReflection': method<FreeReflection>()(freeReflectionSaveSchema),
  'portfolio.deleteReflection': method<{ deleted: string }>()(byId),
  'portfolio.goals': method<Goal[]>()(noInput, { repeatable: true }),
  'portfolio.goal': method<GoalPage>()(byId, { repeatable: true }),
  'portfolio.saveGoal': method<Goal>()(goalSaveSchema),
  /** Links a timeline item (a bijeenkomst, a reflection, a feedback round) to a goal, or unlinks it. */
  'portfolio.linkGoal': method<{ goalIds: string[] }>()(
    z.object({ goalId: uuidSchema, key: z.string().min(3).max(120), linked: z.boolean() }).strict(),
  ),
  'portfolio.werkbegeleiding': method<WbItem[]>()(noInput, { repeatable: true }),
  'portfolio.updateWb': method<WbItem>()(wbUpdateSchema),
  'portfolio.hours': method<HoursOverview>()(noInput, { repeatable: true }),
  'portfolio.saveHours': method<ManualHours>()(manualHoursSaveSchema),
  'portfolio.deleteHours': method<{ deleted: string }>()(byId),
  /** The chosen reflections by SKJ dimension, with a sign-off line for the begeleider. */
  'portfolio.exportReflections': method<FileExport>()(
    z.object({ keys: z.array(z.string().min(3).max(120)).min(1).max(200), format: z.enum(['pdf', 'md']) }).strict(),
  ),
  /** Date, start and end, participants and roles of one bijeenkomst the professional attended. */
  'portfolio.exportAttendance': method<FileExport>()(z.object({ sessionId: uuidSchema, format: z.enum(['pdf', 'csv']) }).strict(), { repeatable: true }),
  'portfolio.exportHours': method<FileExport>()(z.object({ format: z.enum(['pdf', 'csv']) }).strict(), { repeatable: true }),
};
