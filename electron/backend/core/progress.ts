/**
 * How a handler reports progress on a long operation (a PDF export, a backup, an index rebuild) without a
 * change to its signature or to the dispatcher: the host runs each call inside `withProgress`, and code
 * anywhere below the handler calls `reportProgress({ done, total, stage })`. Outside a hosted call (the
 * loopback bridge, tests calling `dispatch` directly) it does nothing.
 *
 * `stage` is a short fixed code (e.g. 'pages'), never user text: it travels to the shell and the renderer.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface Progress {
  done: number;
  total?: number;
  stage?: string;
}

const scope = new AsyncLocalStorage<(p: Progress) => void>();

export function withProgress<T>(report: (p: Progress) => void, fn: () => T): T {
  return scope.run(report, fn);
}

export function reportProgress(progress: Progress): void {
  scope.getStore()?.(progress);
}
