/** The FFPS area: case-notes per contact, the supervisor's feedback on them, and the phase timeline. */
import { z } from 'zod';
import { method } from '../api/define';
import { noInput, oneLine, uuidSchema } from '../common/schemas';
import {
  caseNoteSaveSchema,
  feedbackInputSchema,
  type CaseNoteDetail,
  type CaseNoteSummary,
  type Feedback,
  type FeedbackHistory,
  type PhaseTimeline,
} from './types';

const byId = z.object({ id: uuidSchema }).strict();

export const ffpsContract = {
  /** Notes, newest first; filter by case, or only those marked "ter bespreking". */
  'ffps.listNotes': method<CaseNoteSummary[]>()(z.object({ caseId: uuidSchema.optional(), forDiscussion: z.boolean().optional() }).strict()),
  'ffps.getNote': method<CaseNoteDetail>()(byId),
  /** Every text passes the gate of the note's case. */
  'ffps.saveNote': method<CaseNoteDetail>()(caseNoteSaveSchema),
  'ffps.deleteNote': method<{ deleted: string }>()(byId),
  'ffps.timeline': method<PhaseTimeline>()(z.object({ caseId: uuidSchema }).strict()),
  /** Marks a note as submitted for feedback; it appears in the supervisor's inbox. */
  'ffps.requestFeedback': method<CaseNoteDetail>()(byId),
  /** Notes waiting for feedback, oldest request first. */
  'ffps.inbox': method<CaseNoteSummary[]>()(noInput),
  'ffps.saveFeedback': method<Feedback>()(feedbackInputSchema),
  'ffps.acknowledgeFeedback': method<Feedback>()(byId),
  /** The gezinsmanager practised the oefenpunt of this feedback round. */
  'ffps.markPractised': method<Feedback>()(byId),
  'ffps.history': method<FeedbackHistory>()(z.object({ professional: oneLine(100) }).strict()),
  'ffps.techniques': method<string[]>()(noInput),
  'ffps.addTechnique': method<string[]>()(z.object({ name: oneLine(60) }).strict()),
};
