/**
 * What FFPS bundles carry (docs/bundles.md): a feedback request holds the anonymised notes with their
 * case's code name and roster (roles and pseudonyms); a feedback bundle holds the rounds given on them.
 * Never the case's free notes, its resolved-name hashes or anything not anonymised.
 */
import { z } from 'zod';
import { CODE_NAME_MAX, personSchema } from '../cases/types';
import { oneLine, uuidSchema } from '../common/schemas';
import { SCRIPT_FORMATS } from '../scripts/vocabulary';
import { caseNoteInputSchema, feedbackInputSchema } from './types';

export const requestPayloadSchema = z
  .object({
    case: z
      .object({
        id: uuidSchema,
        codeName: oneLine(CODE_NAME_MAX),
        format: z.enum(SCRIPT_FORMATS),
        people: z.array(personSchema.extend({ id: uuidSchema })).max(60),
      })
      .strict(),
    notes: z.array(caseNoteInputSchema.extend({ id: uuidSchema }).strict()).min(1).max(50),
  })
  .strict();
export type RequestPayload = z.infer<typeof requestPayloadSchema>;

export const feedbackPayloadSchema = z
  .object({
    feedback: z.array(feedbackInputSchema.extend({ id: uuidSchema, createdAt: z.string().datetime() }).strict()).min(1).max(200),
  })
  .strict();
export type FeedbackPayload = z.infer<typeof feedbackPayloadSchema>;
