/**
 * The renderer's only way to the backend. In Electron the preload provides `window.leertafel`; in a
 * browser (the loopback bridge used by the tests and `npm run web`) the same calls go over fetch with
 * the token from the page's query string (`?token=…`; the fragment holds the screen's route). Either
 * way the caller gets the output or an ApiError.
 */
import { ApiError, isErrorBody, type Result } from '../../shared/api/errors';
import { METHOD_NAMES, type MethodName } from '../../shared/api/contract';
import type { Input, LeertafelApi, Output } from '../../shared/api/contract';

declare global {
  interface Window {
    leertafel?: LeertafelApi;
  }
}

function bridgeApi(token: string): LeertafelApi {
  const call = async (method: MethodName, input: unknown): Promise<Result<unknown>> => {
    const res = await fetch(`/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(input ?? {}),
      cache: 'no-store',
    });
    const body = (await res.json()) as Result<unknown>;
    return body;
  };
  return Object.fromEntries(METHOD_NAMES.map((m) => [m, (input: unknown) => call(m, input)])) as unknown as LeertafelApi;
}

/** The bridge token of this page, if it was opened through the loopback bridge. */
export function bridgeToken(): string | null {
  return new URLSearchParams(window.location.search).get('token');
}

let resolved: LeertafelApi | null | undefined;
function api(): LeertafelApi | null {
  if (resolved === undefined) {
    if (window.leertafel) resolved = window.leertafel;
    else {
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
  try {
    result = await (backend[method] as (i: Input<M>) => Promise<Result<Output<M>>>)(input);
  } catch {
    throw new ApiError('INTERNAL', 'backend unreachable');
  }
  if (result.ok) return result.value;
  throw isErrorBody(result.error) ? new ApiError(result.error.code, result.error.message, result.error.details) : new ApiError('INTERNAL', 'malformed answer');
}
