/**
 * Ordered schema migrations. Each entry brings the database from version i to i+1 and is applied inside
 * one transaction with the `PRAGMA user_version` bump, so a crash mid-way leaves the old version intact.
 * Plain SQL strings in TypeScript (not .sql files) so every loader — electron-vite, vitest, tsx — sees them.
 * Never edit a migration that has shipped: add a new one.
 */
export interface Migration {
  /** What the migration is for, for the log line and the reader. */
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    name: 'scripts and their blocks',
    sql: `
      CREATE TABLE scripts (
        id          TEXT PRIMARY KEY,
        builtin     INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
        title       TEXT NOT NULL,
        format      TEXT NOT NULL,
        canvas      TEXT NOT NULL,
        roles       TEXT NOT NULL,          -- JSON array of role slugs
        version     INTEGER NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        based_on    TEXT REFERENCES scripts(id) ON DELETE SET NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      ) STRICT;
      CREATE TABLE script_blocks (
        script_id   TEXT NOT NULL REFERENCES scripts(id) ON DELETE CASCADE,
        position    INTEGER NOT NULL,
        title       TEXT NOT NULL,
        minutes     INTEGER NOT NULL CHECK (minutes > 0),
        section     TEXT,
        instruction TEXT NOT NULL,
        prompts     TEXT NOT NULL,          -- JSON array of strings
        PRIMARY KEY (script_id, position)
      ) STRICT;
    `,
  },
  {
    name: 'settings and full-text search on scripts',
    sql: `
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
      -- trigram with remove_diacritics: "coordinatie" finds "coördinatie", and a part of a word matches.
      CREATE VIRTUAL TABLE scripts_fts USING fts5(
        title, description, content='scripts', tokenize='trigram remove_diacritics 1'
      );
      INSERT INTO scripts_fts(rowid, title, description) SELECT rowid, title, description FROM scripts;
      CREATE TRIGGER scripts_fts_ai AFTER INSERT ON scripts BEGIN
        INSERT INTO scripts_fts(rowid, title, description) VALUES (new.rowid, new.title, new.description);
      END;
      CREATE TRIGGER scripts_fts_ad AFTER DELETE ON scripts BEGIN
        INSERT INTO scripts_fts(scripts_fts, rowid, title, description) VALUES ('delete', old.rowid, old.title, old.description);
      END;
      CREATE TRIGGER scripts_fts_au AFTER UPDATE ON scripts BEGIN
        INSERT INTO scripts_fts(scripts_fts, rowid, title, description) VALUES ('delete', old.rowid, old.title, old.description);
        INSERT INTO scripts_fts(rowid, title, description) VALUES (new.rowid, new.title, new.description);
      END;
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS.length;
