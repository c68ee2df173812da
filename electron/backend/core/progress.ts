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

/**
 * A reporter that passes on at most one report per `intervalMs`, and always the final one (done ≥ total),
 * so a loop reporting every row does not flood the channel it reports to.
 */
export function thinned(post: (p: Progress) => void, intervalMs: number, now: () => number = () => performance.now()): (p: Progress) => void {
  let last = -Infinity;
  return (progress) => {
    const t = now();
    const final = progress.total !== undefined && progress.done >= progress.total;
    if (!final && t - last < intervalMs) return;
    last = t;
    post({ ...progress });
  };
}
