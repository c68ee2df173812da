/** What the backend and the backup worker share (backgroundBackup.ts, backupWorker.ts). */
export const FLAG = { STOP: 0, DONE: 1, RESULT: 2 } as const;
export const RESULT = { NONE: 0, OK: 1, FAILED: 2, STOPPED: 3 } as const;

export interface BackupWorkerData {
  /** The database file; the worker opens it read-only. */
  dbFile: string;
  /** Where the checked copy is left for the backend to rename into place. */
  tmp: string;
  nativeBinding?: string;
  /** A SharedArrayBuffer of three Int32 flags (FLAG). */
  flags: SharedArrayBuffer;
}
