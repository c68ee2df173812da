import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');

export interface RunningApp {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

export function tempDataDir(prefix = 'leertafel-e2e-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * Starts the real backend behind the loopback bridge (what `npm run web` runs) on a data folder and
 * resolves with the URL it prints. stop() ends it with SIGTERM so it closes the database cleanly.
 */
export async function startApp(dataDir: string): Promise<RunningApp> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'electron/web/server.ts', '--data-dir', dataDir], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env },
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    // 90 s: on a loaded machine (2 cores shared by several test runs) a cold start took 38 s.
    const timer = setTimeout(() => reject(new Error(`server did not start in time:\n${stderr}`)), 90_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^LEERTAFEL_URL=(\S+)$/m.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${stderr}`));
    });
  });
  return {
    url,
    dataDir,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
