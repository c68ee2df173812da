/**
 * The API contract: one entry per method, with a zod schema for its input and a phantom type for its
 * output. The Electron main process and the loopback bridge both validate every call against these
 * schemas before a handler runs; the preload exposes exactly one function per entry; the renderer
 * sees nothing else of the backend.
 */
import { z } from 'zod';
import { scriptSchema } from '../scripts/types';
import { SCRIPT_FORMATS } from '../scripts/vocabulary';
import { METHOD_NAMES, type MethodName } from './methods';
import type { ScriptDetail, ScriptSummary, ScriptExport, AppInfo, Settings, FileExport } from './types';
import type { Result } from './errors';
import {
  caseIdSchema,
  caseUpdateSchema,
  notesSaveSchema,
  CODE_NAME_MAX,
  type CaseDetail,
  type CaseSummary,
  type Notice,
  type PurgeReport,
  type RecognisedForm,
} from '../cases/types';
import type { LexiconSources } from '../anonymiser';
import {
  canvasSchema,
  groupSaveSchema,
  learningSchema,
  reflectionSaveSchema,
  runStateSchema,
  sessionPlanSchema,
  type Group,
  type GroupSummary,
  type Reflection,
  type SessionDetail,
  type SessionSummary,
} from '../sessions/types';

interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  /** Never read at run time: carries the output type. */
  output?: O;
}

function method<O>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input });
}

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'ongeldige id');
const id = z.string().min(1).max(80).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ongeldige id');
/** Markdown script files are small; 256 kB leaves room for long instructions and stops abuse. */
const MAX_IMPORT_CHARS = 256_000;

export const contract = {
  'app.info': method<AppInfo>()(z.object({}).strict()),
  'settings.get': method<Settings>()(z.object({}).strict()),
  'settings.update': method<Settings>()(
    z.object({ locale: z.enum(['nl', 'en']).optional(), retentionDays: z.number().int().min(1).max(3650).optional() }).strict(),
  ),
  'scripts.list': method<ScriptSummary[]>()(
    z
      .object({
        format: z.enum(SCRIPT_FORMATS).optional(),
        query: z.string().max(200).optional(),
      })
      .strict(),
  ),
  'scripts.get': method<ScriptDetail>()(z.object({ id }).strict()),
  'scripts.duplicate': method<ScriptDetail>()(z.object({ id }).strict()),
  'scripts.save': method<ScriptDetail>()(z.object({ script: scriptSchema }).strict()),
  'scripts.delete': method<{ deleted: ScriptDetail }>()(z.object({ id }).strict()),
  'scripts.restore': method<ScriptDetail>()(z.object({ script: scriptSchema }).strict()),
  'scripts.export': method<ScriptExport>()(z.object({ id }).strict()),
  'scripts.import': method<ScriptDetail>()(z.object({ content: z.string().min(1).max(MAX_IMPORT_CHARS) }).strict()),
  'cases.list': method<CaseSummary[]>()(z.object({}).strict()),
  'cases.suggestCodeName': method<{ codeName: string }>()(z.object({}).strict()),
  'cases.create': method<CaseDetail>()(
    z.object({ codeName: z.string().trim().min(1).max(CODE_NAME_MAX).optional(), format: z.enum(SCRIPT_FORMATS) }).strict(),
  ),
  'cases.get': method<CaseDetail>()(z.object({ id: caseIdSchema }).strict()),
  'cases.update': method<CaseDetail>()(caseUpdateSchema),
  'cases.saveNotes': method<CaseDetail>()(notesSaveSchema),
  /** Which of these typed forms were resolved before in this case (compared as keyed hashes). */
  'cases.recognise': method<RecognisedForm[]>()(
    z.object({ id: caseIdSchema, forms: z.array(z.string().min(1).max(200)).max(20_000) }).strict(),
  ),
  'cases.delete': method<{ deleted: string }>()(z.object({ id: caseIdSchema }).strict()),
  'cases.export': method<ScriptExport>()(z.object({ id: caseIdSchema }).strict()),
  'cases.purgeExpired': method<PurgeReport>()(z.object({}).strict()),
  /** The anonymiser's word lists, for live highlighting in the renderer (loaded once, lazily). */
  'anonymiser.lexicons': method<LexiconSources>()(z.object({}).strict()),
  'notices.list': method<Notice[]>()(z.object({}).strict()),
  'notices.dismiss': method<{ dismissed: number }>()(z.object({ id: z.number().int().positive() }).strict()),
  'groups.list': method<GroupSummary[]>()(z.object({}).strict()),
  'groups.get': method<Group>()(z.object({ id: uuid }).strict()),
  'groups.save': method<Group>()(groupSaveSchema),
  /** Refused (CONFLICT) while the group has bijeenkomsten: their learning record must stay. */
  'groups.delete': method<{ deleted: string }>()(z.object({ id: uuid }).strict()),
  'sessions.list': method<SessionSummary[]>()(z.object({ groupId: uuid.optional() }).strict()),
  /** Plans a bijeenkomst with a snapshot of the script as it is now. */
  'sessions.plan': method<SessionDetail>()(z.object({ scriptId: id, plan: sessionPlanSchema }).strict()),
  'sessions.get': method<SessionDetail>()(z.object({ id: uuid }).strict()),
  'sessions.updatePlan': method<SessionDetail>()(z.object({ id: uuid, plan: sessionPlanSchema }).strict()),
  'sessions.saveRun': method<SessionDetail>()(z.object({ id: uuid, run: runStateSchema }).strict()),
  /** Canvas text is case material: it passes the anonymisation gate of the session's case. */
  'sessions.saveCanvas': method<SessionDetail>()(z.object({ id: uuid, canvas: canvasSchema }).strict()),
  'sessions.saveLearning': method<SessionDetail>()(z.object({ id: uuid, learning: learningSchema }).strict()),
  'sessions.saveReflection': method<Reflection>()(reflectionSaveSchema),
  'sessions.delete': method<{ deleted: string }>()(z.object({ id: uuid }).strict()),
  /** The learning record as Markdown (utf8) or PDF (base64); case text only with includeCanvas. */
  'sessions.export': method<FileExport>()(
    z.object({ id: uuid, format: z.enum(['md', 'pdf']), includeCanvas: z.boolean() }).strict(),
  ),
  /** Opens the beamer view in a second window (Electron); the browser shell opens a tab itself. */
  'window.openBeamer': method<{ opened: boolean }>()(z.object({ sessionId: uuid }).strict()),
} as const satisfies Record<MethodName, MethodSpec<z.ZodType, unknown>>;

export type Contract = typeof contract;
export { METHOD_NAMES, type MethodName };
// A method in the contract that is missing from METHOD_NAMES fails to compile here.
const _exhaustive: Record<keyof Contract, true> = Object.fromEntries(METHOD_NAMES.map((m) => [m, true])) as Record<MethodName, true>;
void _exhaustive;

export type Input<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type Output<M extends MethodName> = NonNullable<Contract[M]['output']>;

/** What the preload exposes and the bridge client implements: a function per method. */
export type LeertafelApi = { [M in MethodName]: (input: Input<M>) => Promise<Result<Output<M>>> };

/** What the backend implements: a handler per method, given already-validated input. */
export type Handlers = { [M in MethodName]: (input: ParsedInput<M>) => Output<M> | Promise<Output<M>> };

export function isMethodName(x: unknown): x is MethodName {
  return typeof x === 'string' && Object.prototype.hasOwnProperty.call(contract, x);
}
