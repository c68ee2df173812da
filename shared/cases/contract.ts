/** The cases area: anonymised case material (roster, timeline, notes), its resolutions and retention. */
import { z } from 'zod';
import { method } from '../api/define';
import { noInput, uuidSchema } from '../common/schemas';
import type { ScriptExport } from '../scripts/types';
import { SCRIPT_FORMATS } from '../scripts/vocabulary';
import {
  caseIdSchema,
  caseUpdateSchema,
  notesSaveSchema,
  CODE_NAME_MAX,
  type CaseDetail,
  type CaseSummary,
  type PurgeReport,
  type RecognisedForm,
} from './types';

const byId = z.object({ id: caseIdSchema }).strict();

export const casesContract = {
  'cases.list': method<CaseSummary[]>()(noInput, { repeatable: true }),
  'cases.suggestCodeName': method<{ codeName: string }>()(noInput, { repeatable: true }),
  'cases.create': method<CaseDetail>()(
    z.object({ codeName: z.string().trim().min(1).max(CODE_NAME_MAX).optional(), format: z.enum(SCRIPT_FORMATS) }).strict(),
  ),
  'cases.get': method<CaseDetail>()(byId, { repeatable: true }),
  'cases.update': method<CaseDetail>()(caseUpdateSchema, { repeatable: true }),
  'cases.saveNotes': method<CaseDetail>()(notesSaveSchema, { repeatable: true }),
  /** Which of these typed forms were resolved before in this case (compared as keyed hashes). */
  'cases.recognise': method<RecognisedForm[]>()(z.object({ id: uuidSchema, forms: z.array(z.string().min(1).max(200)).max(20_000) }).strict(), { repeatable: true }),
  'cases.delete': method<{ deleted: string }>()(byId),
  'cases.export': method<ScriptExport>()(byId, { repeatable: true }),
  'cases.purgeExpired': method<PurgeReport>()(noInput),
};
