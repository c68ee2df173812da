/** The sos area: Signs of Safety verdiepingstrajecten, their worksheets, and group supervision state. */
import { z } from 'zod';
import { method } from '../api/define';
import { noInput, uuidSchema } from '../common/schemas';
import type { FileExport } from '../app/types';
import {
  checkWordSchema,
  supervisionSchema,
  trajectSaveSchema,
  worksheetCreateSchema,
  worksheetSaveSchema,
  type CheckWord,
  type Supervision,
  type SosLearningItem,
  type Traject,
  type TrajectSummary,
  type Worksheet,
  type WorksheetSummary,
  type WorksheetView,
} from './types';

const byId = z.object({ id: uuidSchema }).strict();

export const sosContract = {
  'sos.listTrajects': method<TrajectSummary[]>()(noInput, { repeatable: true }),
  'sos.getTraject': method<Traject>()(byId, { repeatable: true }),
  /** A new traject without modules gets the four default modules, one per theme. */
  'sos.saveTraject': method<Traject>()(trajectSaveSchema),
  'sos.deleteTraject': method<{ deleted: string }>()(byId),
  /** Links a module to the bijeenkomst it ran as (its attendance and SKJ hours). */
  'sos.linkSession': method<Traject>()(z.object({ trajectId: uuidSchema, moduleId: uuidSchema, sessionId: uuidSchema.nullable() }).strict()),
  /** A professional's praktijkopdrachten and evaluations, for the portfolio. */
  'sos.learningItems': method<SosLearningItem[]>()(z.object({ memberId: uuidSchema }).strict(), { repeatable: true }),

  'sos.listWorksheets': method<WorksheetSummary[]>()(z.object({ trajectId: uuidSchema.optional(), caseId: uuidSchema.optional() }).strict(), { repeatable: true }),
  'sos.createWorksheet': method<Worksheet>()(worksheetCreateSchema),
  'sos.getWorksheet': method<Worksheet>()(byId, { repeatable: true }),
  /** Every text passes the gate of the worksheet's case. */
  'sos.saveWorksheet': method<Worksheet>()(worksheetSaveSchema, { repeatable: true }),
  'sos.deleteWorksheet': method<{ deleted: string }>()(byId),
  /** The worksheet as others may see it (Drie Huizen without consent: hidden). */
  'sos.viewWorksheet': method<WorksheetView>()(byId, { repeatable: true }),
  /** Markdown or PDF with the practice header; the storyboard also as a booklet. */
  'sos.exportWorksheet': method<FileExport>()(z.object({ id: uuidSchema, format: z.enum(['md', 'pdf', 'booklet']) }).strict(), { repeatable: true }),

  'sos.checkWords': method<CheckWord[]>()(noInput, { repeatable: true }),
  'sos.addCheckWord': method<CheckWord[]>()(checkWordSchema),
  'sos.removeCheckWord': method<CheckWord[]>()(checkWordSchema.pick({ kind: true, word: true })),

  'sos.getSupervision': method<Supervision>()(z.object({ sessionId: uuidSchema }).strict(), { repeatable: true }),
  /** Texts pass the gate of the bijeenkomst's case; scores only from members present. */
  'sos.saveSupervision': method<Supervision>()(z.object({ sessionId: uuidSchema, supervision: supervisionSchema }).strict(), { repeatable: true }),
};
