/**
 * The message protocol between the shell (Electron main, or a plain Node parent in tests and benchmarks) and
 * the backend in its own process. Plain Node, no electron: the same messages travel over an Electron
 * `utilityProcess` (structured clone over a message port) and over `child_process.fork` with
 * `serialization: 'advanced'` (the same structured clone, over a pipe).
 *
 *   child → host  hello{v,pid}                  the child listens (messages sent before this could be lost)
 *   host → child  init{init}                    the data folder, resources, native binding, version
 *   child → host  ready | fatal{reason}         the backend is open (or could not be: no restart then)
 *   host → child  call{id,method,input}         one API call; ids are unique per host, never reused
 *   child → host  progress{id,progress}         0..n per call, from `reportProgress` inside its handler
 *   child → host  result{id,result}             exactly one per call: the dispatcher's Result
 *   child → host  platform{op:'openBeamer',…}   what only the windowing shell can do
 *   child → host  log{line}                     the backend's log (method names and error classes only)
 *   host → child  close                         finish the calls in flight, checkpoint the WAL, close
 *   child → host  closed                        done; the host ends the process
 */
import type { ApiErrorBody, Result } from '../../shared/api/errors';
import type { Progress } from '../backend/core/progress';

export const PROTOCOL_VERSION = 1;

/** What the child needs to open the backend: `BackendOptions` without what only the parent has (log, platform). */
export interface ChildInit {
  dataDir: string;
  resourcesDir?: string;
  nativeBinding?: string;
  version?: string;
  shell: 'electron' | 'web';
}

export type HostMessage =
  | { t: 'init'; init: ChildInit }
  | { t: 'call'; id: number; method: string; input: unknown }
  | { t: 'close' };

export type ChildMessage =
  | { t: 'hello'; v: number; pid: number }
  | { t: 'ready' }
  | { t: 'fatal'; reason: string }
  | { t: 'progress'; id: number; progress: Progress }
  | { t: 'result'; id: number; result: Result<unknown> }
  | { t: 'platform'; op: 'openBeamer'; sessionId: string }
  | { t: 'log'; line: string }
  | { t: 'closed' };

/**
 * Why a call did not get the backend's answer:
 *   EXITED       the backend process ended while the call was in flight (it may or may not have run)
 *   UNAVAILABLE  the backend could not be (re)started: a start that failed, or too many crashes in a row
 *   CLOSED       the shell is quitting; no new calls are taken
 */
export type HostFailure = 'EXITED' | 'UNAVAILABLE' | 'CLOSED';
export const HOST_FAILURES: readonly HostFailure[] = ['EXITED', 'UNAVAILABLE', 'CLOSED'];

/** The typed error of the process boundary, thrown by a connection and turned into a Result at the door. */
export class HostError extends Error {
  readonly reason: HostFailure;
  constructor(reason: HostFailure, message = HOST_MESSAGES[reason]) {
    super(message);
    this.name = 'HostError';
    this.reason = reason;
  }
}

const HOST_MESSAGES: Record<HostFailure, string> = {
  EXITED: 'the backend process ended during the call',
  UNAVAILABLE: 'the backend process is not available',
  CLOSED: 'the backend is closing',
};

/**
 * How a HostFailure reaches the renderer: the API's error codes are fixed in shared/api/errors.ts, so it is
 * `INTERNAL`, with the failure named in the one detail (`path: 'host'`) so it can be told apart from a
 * handler's internal error.
 */
export function hostFailure(reason: HostFailure): Result<never> & { ok: false; error: ApiErrorBody } {
  return { ok: false, error: { code: 'INTERNAL', message: HOST_MESSAGES[reason], details: [{ path: 'host', message: reason }] } };
}

/** The HostFailure a Result carries, if it is one. */
export function hostFailureOf(result: Result<unknown>): HostFailure | null {
  if (result.ok || result.error.code !== 'INTERNAL') return null;
  const d = result.error.details?.[0];
  return d?.path === 'host' && (HOST_FAILURES as readonly string[]).includes(d.message) ? (d.message as HostFailure) : null;
}

// ── shape checks: each side checks what it receives, a malformed message is dropped (and logged) ─────────

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isId = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) > 0;
const isStr = (x: unknown): x is string => typeof x === 'string';
const optStr = (x: unknown) => x === undefined || isStr(x);

function isChildInit(x: unknown): x is ChildInit {
  return (
    isObj(x) &&
    isStr(x.dataDir) &&
    (x.shell === 'electron' || x.shell === 'web') &&
    optStr(x.resourcesDir) &&
    optStr(x.nativeBinding) &&
    optStr(x.version)
  );
}

export function isProgress(x: unknown): x is Progress {
  return (
    isObj(x) &&
    typeof x.done === 'number' &&
    Number.isFinite(x.done) &&
    (x.total === undefined || (typeof x.total === 'number' && Number.isFinite(x.total))) &&
    optStr(x.stage)
  );
}

function isResult(x: unknown): x is Result<unknown> {
  if (!isObj(x)) return false;
  if (x.ok === true) return 'value' in x;
  return x.ok === false && isObj(x.error) && isStr(x.error.code) && isStr(x.error.message);
}

export function isHostMessage(x: unknown): x is HostMessage {
  if (!isObj(x)) return false;
  switch (x.t) {
    case 'init':
      return isChildInit(x.init);
    case 'call':
      return isId(x.id) && isStr(x.method);
    case 'close':
      return true;
    default:
      return false;
  }
}

export function isChildMessage(x: unknown): x is ChildMessage {
  if (!isObj(x)) return false;
  switch (x.t) {
    case 'hello':
      return typeof x.v === 'number' && typeof x.pid === 'number';
    case 'ready':
    case 'closed':
      return true;
    case 'fatal':
    case 'log':
      return isStr(x.t === 'fatal' ? x.reason : x.line);
    case 'progress':
      return isId(x.id) && isProgress(x.progress);
    case 'result':
      return isId(x.id) && isResult(x.result);
    case 'platform':
      return x.op === 'openBeamer' && isStr(x.sessionId);
    default:
      return false;
  }
}
