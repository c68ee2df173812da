/**
 * The backup worker (a worker_thread, started by backgroundBackup.ts): the daily backup off the backend's
 * event loop. It opens its own read-only connection to the database with the data key, `VACUUM INTO` a
 * temporary file from one consistent read snapshot (WAL: the backend's connection keeps reading and
 * writing), closes it, and checks the copy as every backup is checked. The rename into place is the
 * backend's (so a case deleted meanwhile can never come back through this copy).
 *
 * The key arrives in one message, only after the worker has loaded, and is zeroed when the run ends. Flags
 * in shared memory let a lock wait for the end synchronously: STOP (asked between copy and check), DONE and
 * RESULT. Nothing here logs; errors go back by class name only.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { applyKey } from './db';
import { BackupStopped, writeCheckedCopy } from './backups';
import { FLAG, RESULT, type BackupWorkerData } from './backupFlags';

const data = workerData as BackupWorkerData;
const flags = new Int32Array(data.flags);
const stopped = () => Atomics.load(flags, FLAG.STOP) === 1;

function run(key: Buffer): number {
  try {
    if (stopped()) throw new BackupStopped();
    const options = data.nativeBinding ? { nativeBinding: data.nativeBinding } : {};
    const db = new Database(data.dbFile, { readonly: true, fileMustExist: true, ...options });
    try {
      applyKey(db, key);
      db.pragma('temp_store = MEMORY');
      db.pragma('busy_timeout = 5000');
      // The source connection is closed as soon as the copy is written: its read snapshot holds back checkpoints.
      writeCheckedCopy(db, key, data.tmp, options, stopped, () => db.close());
    } finally {
      if (db.open) db.close();
    }
    return RESULT.OK;
  } catch (err) {
    return err instanceof BackupStopped ? RESULT.STOPPED : RESULT.FAILED;
  } finally {
    key.fill(0);
  }
}

parentPort!.once('message', (msg: { key: ArrayBuffer }) => {
  const result = run(Buffer.from(msg.key));
  Atomics.store(flags, FLAG.RESULT, result);
  Atomics.store(flags, FLAG.DONE, 1);
  Atomics.notify(flags, FLAG.DONE);
  parentPort!.postMessage({ done: true });
});
parentPort!.postMessage({ ready: true });
