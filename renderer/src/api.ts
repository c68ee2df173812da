/**
 * The renderer's only way to the backend. In Electron the preload provides `window.leertafel`; in a
 * browser (the loopback bridge used by the tests and `npm run web`) the same calls go over fetch with
 * the token from the page's fragment. Either way the caller gets the output or an ApiError.
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

function resolveApi(): LeertafelApi | null {
  if (window.leertafel) return window.leertafel;
  const token = new URLSearchParams(window.location.hash.slice(1)).get('token');
  return token ? bridgeApi(token) : null;
}

const api = resolveApi();

export const apiAvailable = api !== null;

export async function call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
  if (!api) throw new ApiError('FORBIDDEN', 'no backend connection');
  let result: Result<Output<M>>;
  try {
    result = await (api[method] as (i: Input<M>) => Promise<Result<Output<M>>>)(input);
  } catch {
    throw new ApiError('INTERNAL', 'backend unreachable');
  }
  if (result.ok) return result.value;
  throw isErrorBody(result.error) ? new ApiError(result.error.code, result.error.message, result.error.details) : new ApiError('INTERNAL', 'malformed answer');
}
