/** The FFPS area: case-notes per contact, the supervisor's feedback on them, and the phase timeline. */
import { z } from 'zod';
import { method } from '../api/define';
import { noInput, oneLine, uuidSchema } from '../common/schemas';
import type { FileExport } from '../app/types';
import { BUNDLE_MAX_CHARS, type BundleFile, type BundlePreview } from '../exchange/types';
import {
  caseNoteSaveSchema,
  feedbackInputSchema,
  type CaseNoteDetail,
  type CaseNoteSummary,
  type Feedback,
  type FeedbackHistory,
  type PhaseTimeline,
  type OpenOefenpunt,
} from './types';
import { meetingSchema, type Meeting, type MeetingDetail } from './meeting';

const byId = z.object({ id: uuidSchema }).strict();

export const ffpsContract = {
  /** Notes, newest first; filter by case, or only those marked "ter bespreking". */
  'ffps.listNotes': method<CaseNoteSummary[]>()(z.object({ caseId: uuidSchema.optional(), forDiscussion: z.boolean().optional() }).strict(), { repeatable: true }),
  'ffps.getNote': method<CaseNoteDetail>()(byId, { repeatable: true }),
  /** Every text passes the gate of the note's case. */
  'ffps.saveNote': method<CaseNoteDetail>()(caseNoteSaveSchema),
  'ffps.deleteNote': method<{ deleted: string }>()(byId),
  /** The oefenpunt still open for me on this case: it shows on my next case-note until I mark it practised. */
  'ffps.openOefenpunt': method<{ open: OpenOefenpunt | null }>()(z.object({ caseId: uuidSchema }).strict(), { repeatable: true }),
  'ffps.timeline': method<PhaseTimeline>()(z.object({ caseId: uuidSchema }).strict(), { repeatable: true }),
  /** Marks a note as submitted for feedback; it appears in the supervisor's inbox. */
  'ffps.requestFeedback': method<CaseNoteDetail>()(byId),
  /** Notes waiting for feedback, oldest request first. */
  'ffps.inbox': method<CaseNoteSummary[]>()(noInput, { repeatable: true }),
  'ffps.saveFeedback': method<Feedback>()(feedbackInputSchema),
  'ffps.acknowledgeFeedback': method<Feedback>()(byId),
  /** The gezinsmanager practised the oefenpunt of this feedback round. */
  'ffps.markPractised': method<Feedback>()(byId),
  /** Everyone with feedback rounds on this machine (the history's choice), by name. */
  'ffps.professionals': method<string[]>()(noInput, { repeatable: true }),
  'ffps.history': method<FeedbackHistory>()(z.object({ professional: oneLine(100) }).strict(), { repeatable: true }),
  /** The history as Markdown or PDF, for werkbegeleiding and the portfolio. */
  'ffps.exportHistory': method<FileExport>()(z.object({ professional: oneLine(100), format: z.enum(['md', 'pdf']) }).strict(), { repeatable: true }),
  'ffps.techniques': method<string[]>()(noInput, { repeatable: true }),
  'ffps.addTechnique': method<string[]>()(z.object({ name: oneLine(60) }).strict()),
  /** "Vraag feedback": a signed request bundle with these notes (one case); they are marked requested. */
  'ffps.exportRequest': method<BundleFile>()(z.object({ noteIds: z.array(uuidSchema).min(1).max(50) }).strict()),
  /** "Feedback versturen": a signed bundle with the feedback given here on these notes. */
  'ffps.exportFeedback': method<BundleFile>()(z.object({ noteIds: z.array(uuidSchema).min(1).max(50) }).strict()),
  /** What a bundle holds and who signed it (with the fingerprint to confirm), before importing. */
  'ffps.previewBundle': method<BundlePreview>()(z.object({ content: z.string().min(1).max(BUNDLE_MAX_CHARS) }).strict(), { repeatable: true }),
  /** Imports whole or not at all; a new sender only with `trustNewSender` (after comparing the fingerprint). */
  'ffps.importBundle': method<{ kind: 'request' | 'feedback'; notes: number; feedback: number }>()(
    z.object({ content: z.string().min(1).max(BUNDLE_MAX_CHARS), trustNewSender: z.boolean() }).strict(),
  ),
  /** The weekly casuïstiekbespreking of a bijeenkomst with the FFPS script: agenda, casebespreking, caseload. */
  'ffps.meeting': method<MeetingDetail>()(z.object({ sessionId: uuidSchema }).strict(), { repeatable: true }),
  /** Autosaved from the console; every casebespreking text passes the gate of its note's case. */
  'ffps.saveMeeting': method<Meeting>()(z.object({ sessionId: uuidSchema, meeting: meetingSchema }).strict()),
};
