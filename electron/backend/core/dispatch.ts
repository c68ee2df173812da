import { ApiError, type Result } from '../../../shared/api/errors';
import { issueCode } from '../../../shared/api/issues';
import { contract, isMethodName, type Handlers, type MethodName } from '../../../shared/api/contract';

export type Dispatch = (method: string, input: unknown) => Promise<Result<unknown>>;

export interface DispatchOptions {
  /** Told of unexpected failures; receives no user input, only the method and the error. */
  onInternalError?: (method: MethodName, err: unknown) => void;
}

/**
 * The one door into the backend, shared by Electron's IPC and the loopback bridge: checks the method
 * exists, validates the input against the contract, runs the handler and turns every outcome into a
 * Result. Nothing thrown inside a handler crosses the boundary as anything but a typed code.
 */
export function createDispatch(handlers: Handlers, options: DispatchOptions = {}): Dispatch {
  return async (method, input) => {
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: 'unknown method' } };
    }
    const parsed = contract[method].input.safeParse(input ?? {});
    if (!parsed.success) {
      return {
        ok: false,
        error: {
          code: 'VALIDATION',
          message: 'input does not match the contract',
          details: parsed.error.issues.slice(0, 20).map((i) => ({ path: i.path.join('.'), message: i.message, issue: issueCode(i) })),
        },
      };
    }
    try {
      const handler = handlers[method] as (i: unknown) => unknown;
      const value = await handler(parsed.data);
      return { ok: true, value };
    } catch (err) {
      if (err instanceof ApiError) return { ok: false, error: err.toBody() };
      options.onInternalError?.(method, err);
      return { ok: false, error: { code: 'INTERNAL', message: 'internal error' } };
    }
  };
}
