/**
 * The renderer's only way to the backend. In Electron the preload provides `window.leertafel`; in a
 * browser (the loopback bridge used by the tests and `npm run web`) the same calls go over fetch with
 * the token from the page's query string (`?token=…`; the fragment holds the screen's route). Either
 * way the caller gets the output or an ApiError.
 */
import { ApiError, isErrorBody, type Result } from '../../shared/api/errors';
import { METHOD_NAMES, type MethodName } from '../../shared/api/contract';
import type { Input, LeertafelApi, Output } from '../../shared/api/contract';
import { asProgressEvent, type LeertafelEvents, type LeertafelShell } from '../../shared/api/progress';
import { callEnded, callStarted, progressReported } from './data/progress';

declare global {
  interface Window {
    leertafel?: LeertafelApi;
    leertafelEvents?: LeertafelEvents;
    /** The desktop shell only (Electron): the save dialog for "Back-up maken". */
    leertafelShell?: LeertafelShell;
  }
}

function bridgeApi(token: string): LeertafelApi {
  const call = async (method: MethodName, input: unknown): Promise<Result<unknown>> => {
    const res = await fetch(`/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      // NDJSON: the call's progress reports as lines, then `{ result }` (electron/web/bridge.ts).
      headers: { 'Content-Type': 'application/json', Accept: 'application/x-ndjson, application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(input ?? {}),
      cache: 'no-store',
    });
    if (!(res.headers.get('Content-Type') ?? '').startsWith('application/x-ndjson') || !res.body) return (await res.json()) as Result<unknown>;
    return readLines(res.body, method);
  };
  return Object.fromEntries(METHOD_NAMES.map((m) => [m, (input: unknown) => call(m, input)])) as unknown as LeertafelApi;
}

/** Reads the bridge's NDJSON answer: progress lines go to the progress store, the `result` line is returned. */
export async function readLines(body: ReadableStream<Uint8Array>, method: MethodName): Promise<Result<unknown>> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffer += decoder.decode(value, { stream: !done });
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      if (!line.trim()) continue;
      const parsed = JSON.parse(line) as { progress?: unknown; result?: Result<unknown> };
      if (parsed.result) return parsed.result;
      const event = asProgressEvent({ ...(parsed.progress as object), method });
      if (event) progressReported(event);
    }
    if (done) throw new Error('answer ended without a result');
  }
}

/** The bridge token of this page, if it was opened through the loopback bridge. */
export function bridgeToken(): string | null {
  return new URLSearchParams(window.location.search).get('token');
}

let resolved: LeertafelApi | null | undefined;
function api(): LeertafelApi | null {
  if (resolved === undefined) {
    if (window.leertafel) {
      resolved = window.leertafel;
      window.leertafelEvents?.onProgress(progressReported);
    } else {
      const token = bridgeToken();
      resolved = token ? bridgeApi(token) : null;
    }
  }
  return resolved;
}

export const apiAvailable = (): boolean => api() !== null;

export async function call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
  const backend = api();
  if (!backend) throw new ApiError('FORBIDDEN', 'no backend connection');
  let result: Result<Output<M>>;
  callStarted(method);
  try {
    result = await (backend[method] as (i: Input<M>) => Promise<Result<Output<M>>>)(input);
  } catch {
    throw new ApiError('INTERNAL', 'backend unreachable');
  } finally {
    callEnded(method);
  }
  if (result.ok) return result.value;
  throw isErrorBody(result.error) ? new ApiError(result.error.code, result.error.message, result.error.details) : new ApiError('INTERNAL', 'malformed answer');
}
