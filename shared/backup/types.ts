/**
 * Backups (issue 12): encrypted copies of the one database in `backups/` beside it, made with VACUUM INTO
 * on the unlocked connection (so encrypted with the same data key) and checked with quick_check.
 * Nothing here is secret: names, dates and counts only.
 */
import { z } from 'zod';
import type { LockStatus } from '../lock/types';

/**
 * - daily: one a day while the app is used (7 daily and 4 weekly kept)
 * - manual: "Back-up maken"
 * - safety: the state just before a restore
 * - migration: taken before the database was upgraded to a newer version of the app
 */
export const BACKUP_KINDS = ['daily', 'manual', 'safety', 'migration'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export const BACKUPS_DAILY = 7;
export const BACKUPS_WEEKLY = 4;

/** A backup file's name: only the names the backend writes, never a path. */
export const BACKUP_NAME_PATTERN = /^leertafel-[A-Za-z0-9-]{1,80}\.db$/;
export const backupNameSchema = z.string().regex(BACKUP_NAME_PATTERN, 'ongeldige reservekopie');
export const backupNameInputSchema = z.object({ name: backupNameSchema }).strict();
export const restoreLatestInputSchema = z.object({ password: z.string().min(1).max(256) }).strict();

export interface BackupInfo {
  name: string;
  kind: BackupKind;
  /** When the copy was written (ISO timestamp, from the file). */
  createdAt: string;
  bytes: number;
}

export interface BackupList {
  /** The folder the backups are in, to show the user. */
  folder: string;
  backups: BackupInfo[];
}

export interface BackupCounts {
  scripts: number;
  cases: number;
  /** Bijeenkomsten. */
  sessions: number;
  /** Reflections on bijeenkomsten and free portfolio reflections together. */
  reflections: number;
}

export interface BackupPreview extends BackupInfo {
  counts: BackupCounts;
  /** The database version inside; a backup from an older version is upgraded when it is restored. */
  schemaVersion: number;
}

export interface BackupCreated {
  name: string;
  /** The full path of the new file, shown to the user. */
  path: string;
}

export interface RestoreResult {
  restored: string;
  /** The copy of the state just before the restore (restorable like any backup). */
  safetyCopy: string;
}

/** Restoring the newest good backup from a failure screen (damaged, empty or missing database). */
export type RestoreLatestResult =
  | { restored: true; name: string; createdAt: string; setAside: string | null; status: LockStatus }
  | { restored: false; reason: 'WRONG_PASSWORD' | 'NO_BACKUP'; status: LockStatus };
