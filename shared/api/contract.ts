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
import type { ScriptDetail, ScriptSummary, ScriptExport, AppInfo, Settings } from './types';
import type { Result } from './errors';

interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  /** Never read at run time: carries the output type. */
  output?: O;
}

function method<O>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input });
}

const id = z.string().min(1).max(80).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ongeldige id');
/** Markdown script files are small; 256 kB leaves room for long instructions and stops abuse. */
const MAX_IMPORT_CHARS = 256_000;

export const contract = {
  'app.info': method<AppInfo>()(z.object({}).strict()),
  'settings.get': method<Settings>()(z.object({}).strict()),
  'settings.update': method<Settings>()(
    z.object({ locale: z.enum(['nl', 'en']).optional() }).strict(),
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
