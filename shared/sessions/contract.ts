/** The sessions area: bijeenkomsten planned, run and recorded (canvas, learning record, reflections). */
import { z } from 'zod';
import { method } from '../api/define';
import { slugIdSchema, uuidSchema } from '../common/schemas';
import type { FileExport } from '../app/types';
import {
  canvasSchema,
  learningSchema,
  reflectionSaveSchema,
  runStateSchema,
  sessionPlanSchema,
  type Reflection,
  type SessionDetail,
  type SessionSummary,
} from './types';

const byId = z.object({ id: uuidSchema }).strict();

export const sessionsContract = {
  'sessions.list': method<SessionSummary[]>()(z.object({ groupId: uuidSchema.optional() }).strict(), { repeatable: true }),
  /** Plans a bijeenkomst with a snapshot of the script as it is now. */
  'sessions.plan': method<SessionDetail>()(z.object({ scriptId: slugIdSchema, plan: sessionPlanSchema }).strict()),
  'sessions.get': method<SessionDetail>()(byId, { repeatable: true }),
  'sessions.updatePlan': method<SessionDetail>()(z.object({ id: uuidSchema, plan: sessionPlanSchema }).strict(), { repeatable: true }),
  'sessions.saveRun': method<SessionDetail>()(z.object({ id: uuidSchema, run: runStateSchema }).strict(), { repeatable: true }),
  /** Canvas text is case material: it passes the anonymisation gate of the session's case. */
  'sessions.saveCanvas': method<SessionDetail>()(z.object({ id: uuidSchema, canvas: canvasSchema }).strict(), { repeatable: true }),
  'sessions.saveLearning': method<SessionDetail>()(z.object({ id: uuidSchema, learning: learningSchema }).strict(), { repeatable: true }),
  'sessions.saveReflection': method<Reflection>()(reflectionSaveSchema),
  'sessions.delete': method<{ deleted: string }>()(byId),
  /** The learning record as Markdown (utf8) or PDF (base64); case text only with includeCanvas. */
  'sessions.export': method<FileExport>()(z.object({ id: uuidSchema, format: z.enum(['md', 'pdf']), includeCanvas: z.boolean() }).strict(), { repeatable: true }),
};
