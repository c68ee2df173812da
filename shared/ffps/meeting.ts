/**
 * The weekly casuïstiekbespreking (FFPS script, canvas kind 'ffps-casenote'): its agenda of case-notes
 * marked "ter bespreking", the casebespreking canvas per discussed note, and the site issues. Stored by
 * the FFPS area in its own table, keyed by the bijeenkomst's id — never in the sessions canvas JSON.
 */
import { z } from 'zod';
import { freeText, listItems, uuidSchema } from '../common/schemas';
import type { TextField } from '../common/fields';
import type { CaseNoteSummary, FfpPhase } from './types';

export const MEETING_TEXT_MAX = 2000;
export const MEETING_AGENDA_MAX = 20;

export const discussionSchema = z
  .object({
    noteId: uuidSchema,
    /** Which phase the family is in, and what shows it. */
    phaseCheck: freeText(MEETING_TEXT_MAX),
    /** The relational hypothesis as the team sees it: function and noble intent. */
    hypothesis: freeText(MEETING_TEXT_MAX),
    /** A reframe the team practised together. */
    reframe: freeText(MEETING_TEXT_MAX),
    /** The oefenpunt agreed for the gezinsmanager's next contact. */
    oefenpunt: freeText(MEETING_TEXT_MAX),
  })
  .strict();
export type Discussion = z.infer<typeof discussionSchema>;

export const meetingSchema = z
  .object({
    /** The notes on the agenda, in the order they are discussed. */
    agenda: z.array(uuidSchema).max(MEETING_AGENDA_MAX),
    /** The note on the console and the beamer now. */
    currentNoteId: uuidSchema.nullable(),
    discussions: z.array(discussionSchema).max(MEETING_AGENDA_MAX),
    siteIssues: listItems(500, 30),
  })
  .strict()
  .refine((m) => m.currentNoteId === null || m.agenda.includes(m.currentNoteId), { message: 'de besproken notitie staat op de agenda', path: ['currentNoteId'] });
export type Meeting = z.infer<typeof meetingSchema>;

export const EMPTY_MEETING: Meeting = { agenda: [], currentNoteId: null, discussions: [], siteIssues: [] };

export const EMPTY_DISCUSSION = (noteId: string): Discussion => ({ noteId, phaseCheck: '', hypothesis: '', reframe: '', oefenpunt: '' });

/** The casebespreking texts of one discussed note: they pass the gate of that note's case. */
export function discussionTextFields(d: Discussion, index: number): TextField[] {
  return (['phaseCheck', 'hypothesis', 'reframe', 'oefenpunt'] as const).map((k) => ({ path: `discussions.${index}.${k}`, text: d[k] }));
}

/** One family of the team's caseload, for the staffing block. */
export interface CaseloadEntry {
  caseId: string;
  caseCodeName: string;
  phase: FfpPhase;
  lastContactNumber: number;
  lastContactWeek: number;
  author: string;
  notes: number;
  /** First-phase gaps above the team's norm in this case. */
  warnings: number;
}

export interface MeetingDetail {
  sessionId: string;
  meeting: Meeting;
  /** Notes that can go on the agenda: those marked "ter bespreking", and those already on it. */
  candidates: CaseNoteSummary[];
  caseload: CaseloadEntry[];
  updatedAt: string | null;
}
