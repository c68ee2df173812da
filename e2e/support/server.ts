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
/** The password every end-to-end backend is set up with, unless a spec asks for a locked start. */
export const TEST_PASSWORD = 'leertafel-e2e-wachtwoord';

export async function startApp(dataDir: string, options: { locked?: boolean } = {}): Promise<RunningApp> {
  // The explicit test path (issue 12): the backend sets itself up or unlocks with TEST_PASSWORD before it
  // serves, so specs that are not about the lock never see the lock screen. `locked` starts as a user would.
  const env: NodeJS.ProcessEnv = { ...process.env, LEERTAFEL_TEST_PASSWORD: TEST_PASSWORD };
  if (options.locked) {
    delete env.LEERTAFEL_TEST_PASSWORD;
    // A locked start sets up and unlocks through the UI; the scrypt cost stays a test's (the real one is unit-tested).
    env.LEERTAFEL_TEST_KDF = '1';
  }
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'electron/web/server.ts', '--data-dir', dataDir], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    // Generous: on a loaded machine tsx and the backend (set-up included) can take half a minute to start.
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
