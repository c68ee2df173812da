import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE, openDatabase } from './db';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import { tempDir } from '../testing/helpers';

describe('openDatabase', () => {
  it('creates an empty database at the current schema version with the required pragmas', () => {
    const dir = tempDir();
    const { db, backupPath, fromVersion, toVersion } = openDatabase(dir);
    try {
      expect(fromVersion).toBe(0);
      expect(toVersion).toBe(SCHEMA_VERSION);
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('secure_delete', { simple: true })).toBe(1);
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((r) => (r as { name: string }).name);
      expect(tables).toEqual(expect.arrayContaining(['scripts', 'script_blocks', 'settings', 'scripts_fts']));
      // A brand-new database has nothing to protect, so no copy is taken.
      expect(backupPath).toBeNull();
    } finally {
      db.close();
    }
  });

  it('migrates a database at an older version, keeping its data and a copy of it as it was', () => {
    const dir = tempDir();
    const old = openDatabase(dir, { migrations: MIGRATIONS.slice(0, 1) });
    old.db
      .prepare(
        `INSERT INTO scripts (id, builtin, title, format, canvas, roles, version, description, created_at, updated_at)
         VALUES ('oud-script', 0, 'Coördinatie in het netwerk', 'intervisie', 'vrij', '["gespreksleider"]', 1, '', 'x', 'x')`,
      )
      .run();
    old.db.close();

    const { db, backupPath, fromVersion } = openDatabase(dir);
    try {
      expect(fromVersion).toBe(1);
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      // The row written before the migration is now findable through the new search index,
      // without diacritics.
      const hit = db.prepare("SELECT rowid FROM scripts_fts WHERE scripts_fts MATCH '\"coordinatie\"'").all();
      expect(hit).toHaveLength(1);

      expect(backupPath).not.toBeNull();
      expect(path.dirname(backupPath!)).toBe(path.join(dir, 'backups'));
      const copy = new Database(backupPath!, { readonly: true });
      expect(copy.pragma('user_version', { simple: true })).toBe(1);
      expect(copy.prepare('SELECT title FROM scripts').get()).toEqual({ title: 'Coördinatie in het netwerk' });
      copy.close();
    } finally {
      db.close();
    }
  });

  it('refuses a database written by a newer version of the app and leaves it untouched', () => {
    const dir = tempDir();
    const raw = new Database(path.join(dir, DB_FILE));
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    expect(() => openDatabase(dir)).toThrow(/newer/);
    const again = new Database(path.join(dir, DB_FILE));
    expect(again.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 1);
    again.close();
  });

  it('rolls a failing migration back entirely', () => {
    const dir = tempDir();
    const broken = [...MIGRATIONS, { name: 'broken', sql: 'CREATE TABLE half (x); SELECT * FROM no_such_table;' }];
    expect(() => openDatabase(dir, { migrations: broken })).toThrow();
    const { db } = openDatabase(dir);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").get()).toBeUndefined();
    } finally {
      db.close();
    }
  });

  it('re-opening a current database neither migrates nor copies it', () => {
    const dir = tempDir();
    openDatabase(dir).db.close();
    const { db, backupPath, fromVersion } = openDatabase(dir);
    db.close();
    expect(fromVersion).toBe(SCHEMA_VERSION);
    expect(backupPath).toBeNull();
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
  });
});
