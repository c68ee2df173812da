/**
 * Progress of a long call (a PDF export, a backup, an index rebuild), as the renderer receives it: in
 * Electron on the `leertafel:progress` channel to the page that made the call, through the loopback bridge
 * as NDJSON lines before the call's result. `stage` is a fixed code the renderer words (never user text).
 */
import { METHOD_NAMES, type MethodName } from './contract';

export const PROGRESS_CHANNEL = 'leertafel:progress';
/** Main asks the page to lock (the computer suspends or its screen locks): the same lock as Ctrl+L. */
export const LOCK_REQUEST_CHANNEL = 'leertafel:lock-request';
/** Electron only: "Back-up maken" with the system's save dialog, handled in main (the page never names a path). */
export const SAVE_BACKUP_CHANNEL = 'leertafel:save-backup-as';

/** What the save dialog led to: nothing (cancelled), or a backup in backups/ and its copy where the user chose. */
export type SaveBackupAsResult =
  | { saved: false }
  | { saved: true; name: string; path: string; savedTo: string };

/** What only the desktop shell offers the page (absent in a browser). */
export interface LeertafelShell {
  saveBackupAs(): Promise<SaveBackupAsResult>;
}

export interface ProgressEvent {
  method: MethodName;
  done: number;
  total?: number;
  stage?: string;
}

/** What the preload exposes beside the API: a subscription, never a way to send. */
export interface LeertafelEvents {
  onProgress(listener: (event: ProgressEvent) => void): () => void;
  /** Electron only: the computer suspends or its screen locks. Carries nothing. */
  onLockRequest?(listener: () => void): () => void;
}

const METHODS = new Set<string>(METHOD_NAMES);
const count = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;

/** The event if `x` has its shape (it crossed a process boundary), else null. */
export function asProgressEvent(x: unknown): ProgressEvent | null {
  if (typeof x !== 'object' || x === null) return null;
  const o = x as Record<string, unknown>;
  if (typeof o.method !== 'string' || !METHODS.has(o.method) || !count(o.done)) return null;
  if (o.total !== undefined && !count(o.total)) return null;
  if (o.stage !== undefined && (typeof o.stage !== 'string' || !/^[a-z][a-z0-9-]{0,31}$/.test(o.stage))) return null;
  return { method: o.method as MethodName, done: o.done, ...(o.total !== undefined ? { total: o.total as number } : {}), ...(o.stage !== undefined ? { stage: o.stage as string } : {}) };
}
