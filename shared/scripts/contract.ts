/** The scripts area: the library of facilitator scripts (built-in and own), export and import as Markdown. */
import { z } from 'zod';
import { method } from '../api/define';
import { slugIdSchema } from '../common/schemas';
import { scriptSchema, type ScriptDetail, type ScriptExport, type ScriptSummary } from './types';
import { SCRIPT_FORMATS } from './vocabulary';

/** Markdown script files are small; 256 kB leaves room for long instructions and stops abuse. */
export const SCRIPT_IMPORT_MAX_CHARS = 256_000;
const byId = z.object({ id: slugIdSchema }).strict();

export const scriptsContract = {
  'scripts.list': method<ScriptSummary[]>()(
    z.object({ format: z.enum(SCRIPT_FORMATS).optional(), query: z.string().max(200).optional() }).strict(),
    { repeatable: true },
  ),
  'scripts.get': method<ScriptDetail>()(byId, { repeatable: true }),
  'scripts.duplicate': method<ScriptDetail>()(byId),
  'scripts.save': method<ScriptDetail>()(z.object({ script: scriptSchema }).strict()),
  'scripts.delete': method<{ deleted: ScriptDetail }>()(byId),
  'scripts.restore': method<ScriptDetail>()(z.object({ script: scriptSchema }).strict()),
  'scripts.export': method<ScriptExport>()(byId, { repeatable: true }),
  /** onExisting: what to do when the library holds the file's id ('copy' when left out; see the service). */
  'scripts.import': method<ScriptDetail>()(
    z.object({ content: z.string().min(1).max(SCRIPT_IMPORT_MAX_CHARS), onExisting: z.enum(['ask', 'replace', 'copy']).optional() }).strict(),
  ),
};
