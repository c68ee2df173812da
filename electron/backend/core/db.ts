import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron passes its own). */
  nativeBinding?: string;
  /** For tests: migrate only this far. */
  migrations?: readonly Migration[];
}

export interface OpenResult {
  db: Db;
  /** The copy taken before migrating an existing database, if any. */
  backupPath: string | null;
  fromVersion: number;
  toVersion: number;
}

export const DB_FILE = 'leertafel.db';

/**
 * Opens (creating if needed) the one SQLite file in `dataDir`, sets the pragmas every connection needs,
 * and migrates it. Before migrating a database that already holds data, a consistent copy is written to
 * `dataDir/backups/` with VACUUM INTO, so a failed or unwanted upgrade can always be undone by hand.
 */
export function openDatabase(dataDir: string, options: OpenOptions = {}): OpenResult {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, DB_FILE);
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    db.pragma('journal_mode = WAL');
    // NORMAL is durable against process crashes in WAL mode (only a power loss can drop the last commits);
    // FULL makes every commit survive power loss too, which is worth the few ms for a tool like this.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Deleted case material is overwritten with zeros, not merely unlinked from the b-tree.
    db.pragma('secure_delete = ON');
    db.pragma('busy_timeout = 5000');
    const migrations = options.migrations ?? MIGRATIONS;
    const fromVersion = db.pragma('user_version', { simple: true }) as number;
    if (fromVersion > migrations.length) {
      throw new Error(`database version ${fromVersion} is newer than this app (${migrations.length})`);
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

function backupBeforeMigration(db: Db, dataDir: string, fromVersion: number): string {
  const dir = path.join(dataDir, 'backups');
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
