/**
 * The child's side of the protocol: says hello, opens the backend when told to (`init`), runs every call
 * through the backend's own `dispatch` (the very function the tests and the loopback bridge call) inside a
 * progress scope, and on `close` lets the calls in flight finish, checkpoints the WAL and closes.
 */
import type { Dispatch } from '../backend/core/dispatch';
import { type ChildInit, type ChildMessage, PROTOCOL_VERSION, hostFailure, isHostMessage } from './protocol';
import type { ParentChannel } from './channel';
import { thinned, withProgress } from '../backend/core/progress';

/** What the child serves: the dispatcher, and the two steps of an orderly close. */
export interface ServedBackend {
  dispatch: Dispatch;
  /** `PRAGMA wal_checkpoint(TRUNCATE)`: everything committed moves into the database file. */
  checkpoint(): void;
  close(): void;
}

/** What the backend in the child may ask of its parent. */
export interface ChildPlatform {
  /** Asks the shell to open the beamer window; answers true once asked (see `openBeamer` in the host). */
  openBeamer(sessionId: string): boolean;
  log(line: string): void;
}

export type CreateServed = (init: ChildInit, platform: ChildPlatform) => ServedBackend | Promise<ServedBackend>;

export interface ServeOptions {
  /** Progress reports closer together than this are dropped (the last one, done === total, never). */
  progressIntervalMs?: number;
  /** Ends the process after `closed` or `fatal`, should the parent not end it first (the entry passes process.exit). */
  exit?: (code: number) => void;
  /** How long to wait for the parent to end the process before `exit` is called. */
  exitGraceMs?: number;
}

export function serveBackend(channel: ParentChannel, create: CreateServed, options: ServeOptions = {}): void {
  const interval = options.progressIntervalMs ?? 50;
  let backend: ServedBackend | null = null;
  let state: 'new' | 'starting' | 'ready' | 'closing' | 'closed' = 'new';
  const inflight = new Set<Promise<void>>();
  const post = (m: ChildMessage) => channel.post(m);
  const log = (line: string) => post({ t: 'log', line });
  const endSoon = (code: number) => {
    if (options.exit) setTimeout(() => options.exit?.(code), options.exitGraceMs ?? 2000);
  };

  const platform: ChildPlatform = {
    openBeamer: (sessionId) => {
      // Messages keep their order: main has opened the window before it sees this call's result.
      post({ t: 'platform', op: 'openBeamer', sessionId });
      return true;
    },
    log,
  };

  async function start(init: ChildInit): Promise<void> {
    if (state !== 'new') return;
    state = 'starting';
    try {
      backend = await create(init, platform);
      state = 'ready';
      post({ t: 'ready' });
    } catch (err) {
      // The error's class only: its message can hold a path or, from a migration, worse.
      post({ t: 'fatal', reason: err instanceof Error ? err.name : typeof err });
      state = 'closed';
      endSoon(1);
    }
  }

  function call(id: number, method: string, input: unknown): void {
    if (state === 'closing' || state === 'closed') return post({ t: 'result', id, result: hostFailure('CLOSED') });
    if (state !== 'ready' || !backend) return post({ t: 'result', id, result: hostFailure('UNAVAILABLE') });
    const dispatch = backend.dispatch;
    const report = thinned((progress) => post({ t: 'progress', id, progress }), interval);
    const run = withProgress(report, () => dispatch(method, input)).then(
      (result) => post({ t: 'result', id, result }),
      // dispatch turns every failure into a Result; this is for a dispatch that broke that promise
      () => post({ t: 'result', id, result: { ok: false, error: { code: 'INTERNAL', message: 'internal error' } } }),
    );
    inflight.add(run);
    void run.finally(() => inflight.delete(run));
  }

  async function close(): Promise<void> {
    if (state === 'closing' || state === 'closed') return;
    const wasReady = state === 'ready';
    state = 'closing';
    await Promise.allSettled([...inflight]);
    if (wasReady && backend) {
      try {
        backend.checkpoint();
      } catch (err) {
        log(`checkpoint failed: ${err instanceof Error ? err.name : typeof err}`);
      }
      try {
        backend.close();
      } catch (err) {
        log(`close failed: ${err instanceof Error ? err.name : typeof err}`);
      }
    }
    backend = null;
    state = 'closed';
    post({ t: 'closed' });
    endSoon(0);
  }

  channel.onMessage((message) => {
    if (!isHostMessage(message)) return log('protocol: malformed message from the host dropped');
    if (message.t === 'init') void start(message.init);
    else if (message.t === 'call') call(message.id, message.method, message.input);
    else void close();
  });
  post({ t: 'hello', v: PROTOCOL_VERSION, pid: process.pid });
}
