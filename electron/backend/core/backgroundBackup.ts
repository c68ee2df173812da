/**
 * A backup copy made in a worker_thread (backupWorker.ts), so the backend keeps answering while 50,000
 * notes are copied and checked (seconds). The caller gets `done` (how the run ended) and decides what
 * happens to the checked temporary file; `endSync` is for a lock or close, which cannot wait for a promise:
 * it asks the worker to stop (or lets it finish) and waits for it synchronously on shared memory, so no
 * worker with the key outlives the lock.
 *
 * The data key is handed over only once the worker has loaded, copied into a buffer that is transferred
 * (not cloned) and zeroed by the worker when the run ends. Until then it never leaves the backend's thread:
 * a worker stopped before that is simply terminated.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { wipeFile } from './files';
import { FLAG, RESULT, type BackupWorkerData } from './backupFlags';

export type CopyOutcome = 'ok' | 'failed' | 'stopped';

export interface BackgroundCopy {
  /** Settles once the worker has ended; never rejects. */
  readonly done: Promise<CopyOutcome>;
  /**
   * For a lock or close: ends the run before returning. `stop: true` asks the worker to stop after its
   * current step (VACUUM INTO cannot be interrupted); `stop: false` lets it finish. The outcome is
   * 'stopped' when the worker had not received the key yet (it is terminated), or when it timed out.
   */
  endSync(options: { stop: boolean; timeoutMs?: number }): CopyOutcome;
}

export interface BackgroundCopyOptions {
  dbFile: string;
  tmp: string;
  /** Read when the worker is ready; null (locked) stops the run. */
  key: () => Buffer | null;
  nativeBinding?: string;
}

/**
 * The worker's entry: the built file beside the bundle, or, running from the TypeScript source (tsx, vitest),
 * a two-line bootstrap that registers tsx in the worker and imports backupWorker.ts (Node 20 does not apply
 * `--import tsx` to a worker's execArgv).
 */
function workerEntry(): { file: string; eval?: boolean } {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) {
    // tsx's ESM API (its exports map gives `require` the CommonJS build, which cannot register from a worker).
    const tsx = pathToFileURL(path.join(path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
    const entry = pathToFileURL(path.join(path.dirname(here), 'backupWorker.ts')).href;
    return { file: `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`, eval: true };
  }
  // electron-vite builds it as its own entry (electron.vite.config.ts) beside backend.js; this code may sit in chunks/.
  for (const dir of [path.dirname(here), path.dirname(path.dirname(here))]) {
    const file = path.join(dir, 'backupWorker.js');
    if (fs.existsSync(file)) return { file };
  }
  throw new Error('backup worker not found');
}

const outcomeOf = (flags: Int32Array): CopyOutcome => {
  const r = Atomics.load(flags, FLAG.RESULT);
  return r === RESULT.OK ? 'ok' : r === RESULT.STOPPED ? 'stopped' : 'failed';
};

export function startBackgroundCopy(o: BackgroundCopyOptions): BackgroundCopy {
  const shared = new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT);
  const flags = new Int32Array(shared);
  const entry = workerEntry();
  const data: BackupWorkerData = { dbFile: o.dbFile, tmp: o.tmp, nativeBinding: o.nativeBinding, flags: shared };
  const worker = new Worker(entry.file, { workerData: data, eval: entry.eval ?? false, stdout: false, stderr: false });
  let keySent = false;
  let ended: CopyOutcome | null = null;
  let settle: (outcome: CopyOutcome) => void = () => {};
  const done = new Promise<CopyOutcome>((resolve) => (settle = resolve));
  const end = (outcome: CopyOutcome): void => {
    if (ended) return;
    ended = outcome;
    settle(outcome);
    void worker.terminate();
  };

  const sendKey = (): boolean => {
    const key = o.key();
    if (!key) return false;
    const copy = new ArrayBuffer(key.length);
    new Uint8Array(copy).set(key);
    worker.postMessage({ key: copy }, [copy]);
    keySent = true;
    return true;
  };

  worker.on('message', (msg: { ready?: boolean; done?: boolean }) => {
    if (ended) return;
    if (msg.ready && !keySent) {
      if (Atomics.load(flags, FLAG.STOP) === 1 || !sendKey()) end('stopped');
    } else if (msg.done) end(outcomeOf(flags));
  });
  worker.on('error', () => end(Atomics.load(flags, FLAG.DONE) === 1 ? outcomeOf(flags) : 'failed'));
  worker.on('exit', () => end(Atomics.load(flags, FLAG.DONE) === 1 ? outcomeOf(flags) : 'failed'));

  return {
    done,
    endSync({ stop, timeoutMs = 120_000 }) {
      if (ended) return ended;
      if (stop) Atomics.store(flags, FLAG.STOP, 1);
      if (!keySent && (stop || !sendKey())) {
        // The key never reached the worker: nothing of it to wait for.
        end('stopped');
        return 'stopped';
      }
      if (Atomics.wait(flags, FLAG.DONE, 0, timeoutMs) === 'timed-out') {
        end('stopped');
        // It may still be writing the copy: what it leaves is wiped once it has gone (terminate ends it).
        void worker.terminate().then(() => wipeFile(o.tmp));
        return 'stopped';
      }
      const outcome = outcomeOf(flags);
      end(outcome);
      return outcome;
    },
  };
}
