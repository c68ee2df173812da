/**
 * The parent's side: keeps one backend process running, relays calls to it and their answers back, and
 * survives its crashes.
 *
 *   - Calls made while the process starts wait for it (`ready`); none is sent before.
 *   - Every call has an id; its progress reports and its one result carry that id.
 *   - If the process ends unexpectedly, each call in flight fails inside the host with HostError('EXITED');
 *     the host starts a new process and sends each such call once more if it is `repeatable` (a read, or a
 *     save of a whole item by id: the contract says which). Any other call, and one that meets a second
 *     crash, answers hostFailure('EXITED'). Nothing committed is lost: every write is a SQLite transaction in WAL
 *     mode, and a transaction cut off by the crash is rolled back when the next process opens the file.
 *   - Restarts are limited (default 3 within a minute); after that, and after a start that failed
 *     (`fatal`, e.g. a database newer than the app), calls answer hostFailure('UNAVAILABLE').
 *   - `close()` lets the child finish the calls in flight, checkpoint and close, then ends the process;
 *     calls after that answer hostFailure('CLOSED').
 *
 * A call may have committed just before a crash without its result being sent. That is why only
 * repeatable calls are sent again: a create is never run twice, and the renderer tells the user to check.
 */
import type { Result } from '../../shared/api/errors';
import type { ChildHandle, SpawnChild } from './channel';
import { type ChildInit, type HostMessage, HostError, PROTOCOL_VERSION, hostFailure, isChildMessage } from './protocol';
import type { Progress } from '../backend/core/progress';

export interface HostOptions {
  spawn: SpawnChild;
  init: ChildInit;
  /** What the backend may ask the shell to do. */
  platform?: { openBeamer?: (sessionId: string) => void };
  log?: (line: string) => void;
  /** At most this many restarts within `restartWindowMs` (default 3 per 60 s). */
  maxRestarts?: number;
  restartWindowMs?: number;
  /** How long `close()` waits for the child before ending it (default 5 s). */
  closeTimeoutMs?: number;
}

export interface CallOptions {
  onProgress?: (progress: Progress) => void;
  /**
   * The call may run twice without harm (the contract's `repeatable`): only then is it sent once more when
   * the process dies before answering. Any other call answers `hostFailure('EXITED')`: it may or may not
   * have committed, and the renderer says so.
   */
  repeatable?: boolean;
}

export type HostState = 'running' | 'failed' | 'closing' | 'closed';

export interface BackendHost {
  /** Never rejects: the backend's Result, or a hostFailure. */
  call(method: string, input: unknown, options?: CallOptions): Promise<Result<unknown>>;
  close(): Promise<void>;
  readonly state: HostState;
  /** Processes started, crashes seen, calls sent a second time. */
  readonly stats: { starts: number; crashes: number; retries: number };
  /** The running child's pid (tests kill it). */
  readonly pid: number | undefined;
}

interface Pending {
  resolve(result: Result<unknown>): void;
  reject(err: HostError): void;
  onProgress?: (progress: Progress) => void;
}

let nextId = 0;

/** One child process, from spawn to exit. */
class Connection {
  readonly ready: Promise<void>;
  private markReady!: () => void;
  private failStart!: (err: HostError) => void;
  private pending = new Map<number, Pending>();
  private exited = false;
  private onClosedMessage: (() => void) | null = null;
  private onExitListeners: Array<() => void> = [];

  constructor(
    private readonly child: ChildHandle,
    init: ChildInit,
    private readonly events: {
      platform(sessionId: string): void;
      log(line: string): void;
      /** Called before any pending call is failed, so the host can put a new connection in place first. */
      exit(conn: Connection, code: number | null, fatal: boolean): void;
    },
  ) {
    this.ready = new Promise<void>((resolve, reject) => {
      this.markReady = resolve;
      this.failStart = reject;
    });
    this.ready.catch(() => {}); // observed by callers; never an unhandled rejection
    let fatal = false;
    child.onMessage((m) => {
      if (!isChildMessage(m)) return events.log('protocol: malformed message from the backend dropped');
      switch (m.t) {
        case 'hello':
          if (m.v !== PROTOCOL_VERSION) {
            fatal = true;
            events.log(`protocol: backend speaks version ${m.v}, host ${PROTOCOL_VERSION}`);
            return child.kill();
          }
          return this.send({ t: 'init', init });
        case 'ready':
          return this.markReady();
        case 'fatal':
          fatal = true;
          events.log(`backend could not start: ${m.reason}`);
          return child.kill();
        case 'progress':
          return this.pending.get(m.id)?.onProgress?.(m.progress);
        case 'result': {
          const p = this.pending.get(m.id);
          this.pending.delete(m.id);
          return p?.resolve(m.result);
        }
        case 'platform':
          return events.platform(m.sessionId);
        case 'log':
          return events.log(m.line);
        case 'closed':
          return this.onClosedMessage?.();
      }
    });
    child.onExit((code) => {
      this.exited = true;
      events.exit(this, code, fatal);
      const err = new HostError('EXITED');
      this.failStart(new HostError('UNAVAILABLE'));
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
      for (const l of this.onExitListeners.splice(0)) l();
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  private send(m: HostMessage): void {
    if (!this.exited) this.child.post(m);
  }

  request(method: string, input: unknown, onProgress?: (p: Progress) => void): Promise<Result<unknown>> {
    if (this.exited) return Promise.reject(new HostError('EXITED'));
    const id = ++nextId;
    return new Promise<Result<unknown>>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress });
      this.send({ t: 'call', id, method, input });
    });
  }

  /** Orderly close (the host calls it once); ends the process after `closed`, or after `timeoutMs` without it. */
  close(timeoutMs: number): Promise<void> {
    return new Promise<void>((resolve) => {
      if (this.exited) return resolve();
      this.onExitListeners.push(resolve);
      const timer = setTimeout(() => {
        this.events.log('backend did not close in time; ending it');
        this.child.kill();
      }, timeoutMs);
      this.onExitListeners.push(() => clearTimeout(timer));
      this.onClosedMessage = () => this.child.kill();
      this.send({ t: 'close' });
    });
  }
}

export function createBackendHost(options: HostOptions): BackendHost {
  const log = options.log ?? (() => {});
  const maxRestarts = options.maxRestarts ?? 3;
  const windowMs = options.restartWindowMs ?? 60_000;
  const stats = { starts: 0, crashes: 0, retries: 0 };
  const restarts: number[] = [];
  let state: HostState = 'running';
  let current: Connection;
  let closed: Promise<void> | null = null;

  const start = (): Connection => {
    stats.starts++;
    return new Connection(options.spawn(), options.init, {
      platform: (sessionId) => {
        try {
          options.platform?.openBeamer?.(sessionId);
        } catch (err) {
          log(`platform openBeamer failed: ${err instanceof Error ? err.name : typeof err}`);
        }
      },
      log,
      exit: (conn, code, fatal) => {
        if (conn !== current || state !== 'running') return;
        stats.crashes++;
        if (fatal) {
          state = 'failed';
          return log('backend failed to start; not restarting');
        }
        const now = performance.now();
        while (restarts.length && now - restarts[0] > windowMs) restarts.shift();
        if (restarts.length >= maxRestarts) {
          state = 'failed';
          return log(`backend exited (code ${code}) ${restarts.length + 1} times within ${windowMs / 1000} s; not restarting`);
        }
        restarts.push(now);
        log(`backend exited (code ${code}); restarting`);
        current = start();
      },
    });
  };
  current = start();

  /** The connection to send to, once it is ready. */
  async function connection(): Promise<Connection> {
    for (;;) {
      if (state === 'closing' || state === 'closed') throw new HostError('CLOSED');
      if (state === 'failed') throw new HostError('UNAVAILABLE');
      const conn = current;
      try {
        await conn.ready;
        return conn;
      } catch {
        // It ended before it was ready; the exit handler has put a new one in place, or given up.
      }
    }
  }

  return {
    async call(method, input, callOptions = {}) {
      for (let attempt = 0; ; attempt++) {
        try {
          const conn = await connection();
          return await conn.request(method, input, callOptions.onProgress);
        } catch (err) {
          const reason = err instanceof HostError ? err.reason : 'UNAVAILABLE';
          if (reason === 'EXITED' && attempt === 0 && state === 'running' && callOptions.repeatable) {
            stats.retries++;
            log(`backend exited during ${method}; sending it once more`);
            continue;
          }
          return hostFailure(reason);
        }
      }
    },
    close() {
      if (closed) return closed;
      state = 'closing';
      closed = current.close(options.closeTimeoutMs ?? 5000).then(() => {
        state = 'closed';
      });
      return closed;
    },
    get state() {
      return state;
    },
    stats,
    get pid() {
      return current.pid;
    },
  };
}
