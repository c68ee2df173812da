/**
 * Backup files (issue 12), below every area: the lock restores them, the backup area writes and lists them.
 * A backup is `VACUUM INTO` on the unlocked, encrypted connection: SQLite3 Multiple Ciphers writes the copy
 * with the same cipher and key, so it is as unreadable as the database itself. Every copy is written to a
 * temporary name, checked (decrypts, quick_check, a version this app knows), made 0600, flushed, and only
 * then renamed into place.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { BACKUP_DIR, DB_FILE, applyKey, checkEncrypted, databaseFileKind, type Db, type DatabaseFileKind } from './db';
import { syncDir, wipeFile } from './files';
import type { BackupCounts, BackupKind } from '../../../shared/backup/types';

export const DAILY_PREFIX = 'leertafel-dag-';
export const MANUAL_PREFIX = 'leertafel-handmatig-';
export const SAFETY_PREFIX = 'leertafel-voor-herstel-';
export const DAMAGED_PREFIX = 'leertafel-beschadigd-';
const MIGRATION_NAME = /^leertafel-v\d+-/;
const RESTORING_SUFFIX = '.restoring';
const TMP_SUFFIX = '.tmp';

export interface BackupFile {
  name: string;
  file: string;
  /** What the name says; null for files that are not restorable backups (set aside, unencrypted, foreign). */
  kind: BackupKind | null;
  /** For a daily backup: its calendar date (from the name). */
  day: string | null;
  mtimeMs: number;
  bytes: number;
  contents: DatabaseFileKind;
}

export const backupDir = (dataDir: string): string => path.join(dataDir, BACKUP_DIR);

/** A timestamp safe in a file name: 2026-12-01T02-03-04-567Z. */
export const fileStamp = (now: Date): string => now.toISOString().replace(/[:.]/g, '-');

export function kindOfName(name: string): { kind: BackupKind | null; day: string | null } {
  if (name.startsWith(DAILY_PREFIX)) {
    const day = name.slice(DAILY_PREFIX.length, -3);
    return /^\d{4}-\d{2}-\d{2}$/.test(day) ? { kind: 'daily', day } : { kind: null, day: null };
  }
  if (name.startsWith(MANUAL_PREFIX)) return { kind: 'manual', day: null };
  if (name.startsWith(SAFETY_PREFIX)) return { kind: 'safety', day: null };
  if (MIGRATION_NAME.test(name)) return { kind: 'migration', day: null };
  return { kind: null, day: null };
}

/** Every `.db` file in backups/, newest first (by the time it was written). */
export function listBackupFiles(dataDir: string): BackupFile[] {
  const dir = backupDir(dataDir);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const out: BackupFile[] = [];
  for (const name of names) {
    if (!name.endsWith('.db')) continue;
    const file = path.join(dir, name);
    let st: fs.Stats;
    try {
      st = fs.statSync(file);
    } catch {
      continue;
    }
    if (!st.isFile()) continue;
    const contents = databaseFileKind(file);
    const { kind, day } = kindOfName(name);
    // A plain (unencrypted) file is never offered for restore: it is the copy kept from before encryption.
    out.push({ name, file, kind: contents === 'encrypted' ? kind : null, day, mtimeMs: st.mtimeMs, bytes: st.size, contents });
  }
  return out.sort((a, b) => b.mtimeMs - a.mtimeMs || b.name.localeCompare(a.name));
}

/** The restorable backups (encrypted, written by this app), newest first. */
export const restorableBackups = (dataDir: string): BackupFile[] => listBackupFiles(dataDir).filter((b) => b.kind !== null);

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export interface WriteOptions {
  nativeBinding?: string;
}

/**
 * Writes a checked, encrypted copy of the open database to `target` (in backups/). An existing file of
 * that name is overwritten with zeros before the new one takes its place.
 */
export function writeBackup(db: Db, key: Buffer, target: string, options: WriteOptions = {}): void {
  const tmp = backupTmp(target);
  writeCheckedCopy(db, key, tmp, options);
  installCopy(tmp, target);
}

/** Where a backup is written and checked before it is renamed into place (never listed: not a `.db`). */
export const backupTmp = (target: string): string => target + TMP_SUFFIX;

/**
 * The first half of a backup: `VACUUM INTO` the temporary file, then check it (encrypted, decrypts with the
 * key, quick_check, a known version), 0600 and flushed. `stop` is asked between the copy and the check (a
 * lock while a background backup runs); when it answers true the copy is wiped and BackupStopped thrown.
 * On any failure the temporary file is wiped. Also runs in the backup worker (backupWorker.ts).
 */
export function writeCheckedCopy(db: Db, key: Buffer, tmp: string, options: WriteOptions = {}, stop: () => boolean = () => false, afterCopy?: () => void): void {
  fs.mkdirSync(path.dirname(tmp), { recursive: true, mode: 0o700 });
  wipeFile(tmp);
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
    afterCopy?.();
    if (stop()) throw new BackupStopped();
    fs.chmodSync(tmp, 0o600);
    if (databaseFileKind(tmp) !== 'encrypted') throw new Error('backup is not encrypted');
    checkEncrypted(tmp, key, options);
    fsyncFile(tmp);
  } catch (err) {
    wipeFile(tmp);
    throw err;
  }
}

/** The second half: a checked temporary copy takes the place of `target` (wiped first), and the folder is flushed. */
export function installCopy(tmp: string, target: string): void {
  wipeFile(target);
  fs.renameSync(tmp, target);
  syncDir(path.dirname(target));
}

/** A background backup was stopped by a lock or close; nothing was written. */
export class BackupStopped extends Error {
  constructor() {
    super('backup stopped');
    this.name = 'BackupStopped';
  }
}

const openReadonly = (file: string, key: Buffer | null, options: WriteOptions = {}): Db => {
  const db = new Database(file, { readonly: true, fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  try {
    if (key) applyKey(db, key);
    db.pragma('temp_store = MEMORY');
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
};

/** What a backup holds, for the preview before a restore. Throws DatabaseOpenError when it does not check out. */
export function backupCounts(file: string, key: Buffer, options: WriteOptions = {}): { counts: BackupCounts; schemaVersion: number } {
  const schemaVersion = checkEncrypted(file, key, options);
  const db = openReadonly(file, key, options);
  try {
    const has = (t: string) => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(t) !== undefined;
    const count = (t: string) => (has(t) ? (db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number) : 0);
    return {
      schemaVersion,
      counts: {
        scripts: count('scripts'),
        cases: count('cases'),
        sessions: count('sessions'),
        reflections: count('reflections') + count('portfolio_reflections'),
      },
    };
  } finally {
    db.close();
  }
}

/**
 * Does this file hold any of these cases? Encrypted files are read with the key, plain ones (the copy kept
 * from before encryption) without. Null when the file cannot be read at all (then it is left as it is).
 */
export function holdsCases(file: string, contents: DatabaseFileKind, key: Buffer, caseIds: readonly string[], options: WriteOptions = {}): boolean | null {
  if (!caseIds.length || (contents !== 'encrypted' && contents !== 'plain')) return false;
  let db: Db;
  try {
    db = openReadonly(file, contents === 'encrypted' ? key : null, options);
  } catch {
    return null;
  }
  try {
    if (!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'cases'").get()) return false;
    const q = db.prepare('SELECT 1 FROM cases WHERE id = ?');
    return caseIds.some((id) => q.get(id) !== undefined);
  } catch {
    return null;
  } finally {
    db.close();
  }
}

/**
 * The database file is replaced by a copy of `source` (a checked backup): copied beside it, flushed, the
 * stale -wal/-shm removed, renamed into place. The database must be closed.
 */
export function installBackup(dataDir: string, source: string): void {
  const file = path.join(dataDir, DB_FILE);
  const next = file + RESTORING_SUFFIX;
  wipeFile(next);
  fs.copyFileSync(source, next);
  fs.chmodSync(next, 0o600);
  fsyncFile(next);
  for (const suffix of ['-wal', '-shm']) wipeFile(file + suffix);
  fs.renameSync(next, file);
  syncDir(dataDir);
}

/**
 * An unusable database (damaged, empty) is moved aside into backups/ unchanged, with its -wal and -shm;
 * its time is set to now so the retention purge keeps it for the whole term. Returns the new name, or
 * null when there was no file.
 */
export function setAsideDatabase(dataDir: string, now: Date): string | null {
  const file = path.join(dataDir, DB_FILE);
  if (!fs.existsSync(file)) return null;
  const dir = backupDir(dataDir);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const name = `${DAMAGED_PREFIX}${fileStamp(now)}.db`;
  const target = path.join(dir, name);
  for (const suffix of ['-wal', '-shm']) if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, target + suffix);
  fs.renameSync(file, target);
  fs.utimesSync(target, now, now);
  syncDir(dataDir);
  syncDir(dir);
  return name;
}
