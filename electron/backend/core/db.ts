import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations';
import { syncDir, wipeFile } from './files';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron passes its own). */
  nativeBinding?: string;
  /** For tests: migrate only this far. */
  migrations?: readonly Migration[];
  /**
   * The raw 32-byte data key (SQLite3 Multiple Ciphers, ChaCha20-Poly1305). Without it the file is plain
   * SQLite: only the migration tests open it that way; the backend always passes a key.
   */
  key?: Buffer;
  /** With a key: create the database when it does not exist (set-up). Otherwise a missing file is DB_MISSING. */
  create?: boolean;
  /** Open this file instead of `dataDir/leertafel.db` (set-up builds the new database beside it first). */
  file?: string;
}

export interface OpenResult {
  db: Db;
  /** The copy taken before migrating an existing database, if any. */
  backupPath: string | null;
  fromVersion: number;
  toVersion: number;
}

export const DB_FILE = 'leertafel.db';
/** The encrypted copy being built (set-up, encryption in place); renamed over leertafel.db when complete. */
export const DB_NEW_SUFFIX = '.encrypting';
export const CIPHER = 'chacha20';
/** The page cache of the app's connection, in KiB (see openDatabase). */
export const PAGE_CACHE_KIB = 64 * 1024;

export type DatabaseProblem = 'DB_MISSING' | 'DB_EMPTY' | 'DB_DAMAGED' | 'DB_NEWER';
export class DatabaseOpenError extends Error {
  constructor(readonly problem: DatabaseProblem, message: string = problem) {
    super(message);
    this.name = 'DatabaseOpenError';
  }
}

export type DatabaseFileKind = 'absent' | 'empty' | 'plain' | 'encrypted';

/** What lies at `file`, judged from its first bytes only (nothing is opened or changed). */
export function databaseFileKind(file: string): DatabaseFileKind {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return 'absent';
  }
  try {
    const head = Buffer.alloc(16);
    const n = fs.readSync(fd, head, 0, 16, 0);
    if (n === 0) return 'empty';
    return head.toString('latin1') === 'SQLite format 3\0' ? 'plain' : 'encrypted';
  } finally {
    fs.closeSync(fd);
  }
}

export function applyKey(db: Db, key: Buffer): void {
  db.pragma(`cipher = '${CIPHER}'`);
  // The x'…' form is the raw key: no passphrase KDF in SQLite (the password's scrypt happened before).
  db.pragma(`key = "x'${key.toString('hex')}'"`);
}

const connect = (file: string, options: OpenOptions, extra: Database.Options = {}): Db =>
  new Database(file, { ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}), ...extra });

/**
 * Reads an existing encrypted database without writing to it: does it decrypt, does it pass quick_check,
 * is its version one this app knows. The original file is never changed by a failed attempt.
 */
export function checkEncrypted(file: string, key: Buffer, options: OpenOptions = {}, migrations = options.migrations ?? MIGRATIONS): number {
  let db: Db;
  try {
    db = connect(file, options, { readonly: true, fileMustExist: true });
  } catch {
    throw new DatabaseOpenError('DB_DAMAGED');
  }
  try {
    applyKey(db, key);
    let version: number;
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
      version = db.pragma('user_version', { simple: true }) as number;
      const check = db.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new Error('quick_check');
    } catch {
      throw new DatabaseOpenError('DB_DAMAGED');
    }
    if (version > migrations.length) throw new DatabaseOpenError('DB_NEWER', `database version ${version} is newer than this app (${migrations.length})`);
    return version;
  } finally {
    db.close();
  }
}

/**
 * Opens (creating if needed) the one SQLite file in `dataDir`, sets the pragmas every connection needs,
 * and migrates it. Before migrating a database that already holds data, a consistent copy is written to
 * `dataDir/backups/` with VACUUM INTO (encrypted with the same key when there is one), so a failed or
 * unwanted upgrade can always be undone.
 */
export function openDatabase(dataDir: string, options: OpenOptions = {}): OpenResult {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = options.file ?? path.join(dataDir, DB_FILE);
  const migrations = options.migrations ?? MIGRATIONS;
  if (options.key) {
    const kind = databaseFileKind(file);
    if (kind === 'empty') throw new DatabaseOpenError('DB_EMPTY');
    if (kind === 'plain') throw new DatabaseOpenError('DB_DAMAGED', 'database is not encrypted');
    if (kind === 'absent' && !options.create) throw new DatabaseOpenError('DB_MISSING');
    if (kind === 'encrypted') checkEncrypted(file, options.key, options, migrations);
  }
  const db = connect(file, options);
  try {
    if (options.key) {
      applyKey(db, options.key);
      // Sorts and temporary indexes stay in memory: nothing decrypted reaches a temp file.
      db.pragma('temp_store = MEMORY');
    }
    db.pragma('journal_mode = WAL');
    // NORMAL is durable against process crashes in WAL mode (only a power loss can drop the last commits);
    // FULL makes every commit survive power loss too, which is worth the few ms for a tool like this.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Deleted case material is overwritten with zeros, not merely unlinked from the b-tree.
    db.pragma('secure_delete = ON');
    db.pragma('busy_timeout = 5000');
    // Every page read from the file is decrypted: a page cache of up to 64 MiB (filled as pages are read,
    // never written out) keeps the search index's hot doclists decrypted in memory. At 50,000 texts it
    // takes typical searches from some 25 ms to some 4 ms (p50, `npm run bench -- search`).
    db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
    const fromVersion = db.pragma('user_version', { simple: true }) as number;
    if (fromVersion > migrations.length) {
      throw new DatabaseOpenError('DB_NEWER', `database version ${fromVersion} is newer than this app (${migrations.length})`);
    }
    let backupPath: string | null = null;
    if (fromVersion > 0 && fromVersion < migrations.length) backupPath = backupBeforeMigration(db, dataDir, fromVersion);
    migrate(db, migrations, fromVersion);
    return { db, backupPath, fromVersion, toVersion: migrations.length };
  } catch (err) {
    db.close();
    throw err;
  }
}

export const BACKUP_DIR = 'backups';

function backupBeforeMigration(db: Db, dataDir: string, fromVersion: number): string {
  const dir = path.join(dataDir, BACKUP_DIR);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = path.join(dir, `leertafel-v${fromVersion}-${stamp}.db`);
  db.prepare('VACUUM INTO ?').run(target);
  return target;
}

function migrate(db: Db, migrations: readonly Migration[], fromVersion: number): void {
  const apply = db.transaction(() => {
    for (let v = fromVersion; v < migrations.length; v++) {
      db.exec(migrations[v].sql);
      db.pragma(`user_version = ${v + 1}`);
    }
  });
  if (fromVersion < migrations.length) apply.immediate();
}

function tableCounts(db: Db): Record<string, number> {
  const names = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(names.map((n) => [n, db.prepare(`SELECT count(*) FROM "${n.replace(/"/g, '""')}"`).pluck().get() as number]));
}

/**
 * An existing unencrypted database becomes encrypted without risk to it:
 *   1. a consistent copy (WAL included) is written beside it with VACUUM INTO from a read-only connection,
 *   2. the copy is encrypted with PRAGMA rekey and checked (quick_check, row counts equal to the original),
 *   3. only then is the original moved, with its -wal and -shm, into backups/ (kept until the user confirms),
 *   4. and the encrypted copy renamed into its place.
 * A crash before 3 leaves the original where it was (the copy is wiped on the next attempt); a crash
 * between 3 and 4 is finished by `finishPendingRename` on the next unlock. Returns the backup's path.
 */
export function encryptInPlace(dataDir: string, key: Buffer, options: OpenOptions = {}): string {
  const file = path.join(dataDir, DB_FILE);
  const next = file + DB_NEW_SUFFIX;
  wipeFile(next);
  const src = connect(file, options, { readonly: true, fileMustExist: true });
  let before: Record<string, number>;
  try {
    before = tableCounts(src);
    src.prepare('VACUUM INTO ?').run(next);
  } finally {
    src.close();
  }
  try {
    const copy = connect(next, options, { fileMustExist: true });
    try {
      copy.pragma(`cipher = '${CIPHER}'`);
      copy.pragma(`rekey = "x'${key.toString('hex')}'"`);
    } finally {
      copy.close();
    }
    if (databaseFileKind(next) !== 'encrypted') throw new Error('copy not encrypted');
    checkEncrypted(next, key, options);
    const check = connect(next, options, { readonly: true });
    try {
      applyKey(check, key);
      if (JSON.stringify(tableCounts(check)) !== JSON.stringify(before)) throw new Error('row counts differ after encryption');
    } finally {
      check.close();
    }
  } catch (err) {
    wipeFile(next);
    throw err;
  }
  const dir = path.join(dataDir, BACKUP_DIR);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const backup = path.join(dir, `leertafel-unencrypted-${new Date().toISOString().replace(/[:.]/g, '-')}.db`);
  for (const suffix of ['-wal', '-shm']) if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, backup + suffix);
  fs.renameSync(file, backup);
  fs.renameSync(next, file);
  syncDir(dataDir);
  syncDir(dir);
  return backup;
}

/** A crash between moving the original away and renaming the new file: finish the rename. */
export function finishPendingRename(dataDir: string, key: Buffer, options: OpenOptions = {}): boolean {
  const file = path.join(dataDir, DB_FILE);
  const next = file + DB_NEW_SUFFIX;
  if (databaseFileKind(file) !== 'absent' || databaseFileKind(next) !== 'encrypted') return false;
  checkEncrypted(next, key, options);
  fs.renameSync(next, file);
  syncDir(dataDir);
  return true;
}
