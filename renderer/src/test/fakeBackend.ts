/**
 * A stand-in for the backend in component tests: `window.leertafel` as the preload would provide it,
 * answering each method from a handler table, recording every call. api.ts stays the only door.
 */
import { ApiError } from '../../../shared/api/errors';
import type { MethodName } from '../../../shared/api/contract';

type Handler = (input: never) => unknown;
export interface Call {
  method: MethodName;
  input: unknown;
}

const state: { handlers: Partial<Record<MethodName, Handler>>; calls: Call[] } = { handlers: {}, calls: [] };

export function fakeBackend(handlers: Partial<Record<MethodName, Handler>>): Call[] {
  state.handlers = { 'notices.list': () => [], 'settings.get': () => ({ locale: 'nl' }), ...handlers };
  state.calls = [];
  window.leertafel ??= new Proxy({} as NonNullable<Window['leertafel']>, {
    get: (_target, method: MethodName) => async (input: unknown) => {
      state.calls.push({ method, input });
      const handler = state.handlers[method];
      try {
        if (!handler) throw new ApiError('UNKNOWN_METHOD', method);
        return { ok: true, value: await handler(input as never) };
      } catch (err) {
        const e = err instanceof ApiError ? err : new ApiError('INTERNAL', String(err));
        return { ok: false, error: e.toBody() };
      }
    },
  });
  return state.calls;
}

export const callsOf = (calls: Call[], method: MethodName) => calls.filter((c) => c.method === method).map((c) => c.input);
