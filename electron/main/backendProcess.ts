import type { SpawnChild } from '../host';

/**
 * The backend as an Electron utilityProcess, behind the same ChildHandle a child_process.fork has in the
 * tests (electron/host/channel.ts): postMessage / 'message' / 'exit' / kill.
 */
export function utilityProcessSpawner(utilityProcess: Pick<typeof import('electron')['utilityProcess'], 'fork'>, entry: string): SpawnChild {
  return () => {
    const proc = utilityProcess.fork(entry, [], { serviceName: 'Leertafel backend', stdio: 'inherit' });
    let exited = false;
    proc.once('exit', () => {
      exited = true;
    });
    return {
      post: (m) => {
        if (!exited) proc.postMessage(m);
      },
      onMessage: (listener) => void proc.on('message', listener),
      onExit: (listener) => void proc.once('exit', (code: number) => listener(code)),
      kill: () => {
        if (!exited) proc.kill();
      },
      get pid() {
        return proc.pid;
      },
    };
  };
}
