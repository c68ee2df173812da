/**
 * The two ends of the process boundary, as thin adapters over what Node and Electron offer, so the same
 * child entry and the same host run under both:
 *
 *   child side   Electron utilityProcess: `process.parentPort` (messages arrive as `{ data }` events)
 *                child_process.fork:      `process.send` / `process.on('message')`
 *   parent side  Electron utilityProcess: electron/main/backendProcess.ts (it must import electron)
 *                child_process.fork:      `forkChild` below (tests, benchmarks)
 */
import { fork } from 'node:child_process';
import type { ChildMessage, HostMessage } from './protocol';

/** The child's end: post to the parent, receive from it. */
export interface ParentChannel {
  post(message: ChildMessage): void;
  onMessage(listener: (message: unknown) => void): void;
}

/** The parent's handle on one child process. */
export interface ChildHandle {
  post(message: HostMessage): void;
  onMessage(listener: (message: unknown) => void): void;
  /** Once, after the process has ended and every message it sent has been delivered. */
  onExit(listener: (code: number | null) => void): void;
  /** Ends the process (SIGTERM, as utilityProcess.kill does); a no-op once it has ended. */
  kill(): void;
  readonly pid: number | undefined;
}

export type SpawnChild = () => ChildHandle;

/** Electron's ParentPort, described structurally: importing its type would import electron. */
interface ParentPortLike {
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  postMessage(message: unknown): void;
}

/**
 * The channel to the parent of this process, whichever kind started it. When the parent goes away (a forked
 * child whose parent died), the child ends too: it must not keep the database open on its own.
 */
export function parentChannel(proc: NodeJS.Process = process): ParentChannel {
  const port = (proc as NodeJS.Process & { parentPort?: ParentPortLike }).parentPort;
  if (port) {
    return {
      post: (m) => port.postMessage(m),
      onMessage: (listener) => void port.on('message', (e) => listener(e.data)),
    };
  }
  const send = proc.send?.bind(proc);
  if (!send) throw new Error('not started as a child process (no parentPort, no IPC channel)');
  proc.once('disconnect', () => proc.exit(0));
  return {
    post: (m) => void send(m),
    onMessage: (listener) => void proc.on('message', listener),
  };
}

export interface ForkOptions {
  /** Arguments for Node itself, e.g. ['--import', 'tsx'] to run the TypeScript entry from source. */
  execArgv?: string[];
  env?: NodeJS.ProcessEnv;
}

/** A child_process.fork of `entry`, with the structured-clone serialization a utilityProcess uses. */
export function forkChild(entry: string, options: ForkOptions = {}): SpawnChild {
  return () => {
    const child = fork(entry, [], {
      serialization: 'advanced',
      execArgv: options.execArgv ?? [],
      env: options.env ?? process.env,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let exited = false;
    return {
      post: (m) => {
        if (child.connected) child.send(m);
      },
      onMessage: (listener) => void child.on('message', listener),
      // 'close', not 'exit': it comes after the IPC channel has delivered everything the child sent.
      onExit: (listener) =>
        void child.once('close', (code) => {
          exited = true;
          listener(code);
        }),
      kill: () => {
        if (!exited) child.kill('SIGTERM');
      },
      get pid() {
        return child.pid;
      },
    };
  };
}
