import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import Database from 'better-sqlite3';
import { createBackend, type Backend } from '..';
import { DB_FILE, applyKey, type Db } from '../core/db';
import { readKeyFile, unwrapWithPasswordSync } from '../core/keyfile';

const dirs: string[] = [];
const backends: Backend[] = [];

export function tempDir(prefix = 'leertafel-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

/** A real backend on a fresh temp folder, closed and removed after the test. */
export function testBackend(dataDir = tempDir()): Backend {
  const b = createBackend({ dataDir, shell: 'web' });
  backends.push(b);
  return b;
}

/**
 * The encrypted database of a test installation opened directly (no backend), with the key unwrapped by
 * the test password (LEERTAFEL_TEST_PASSWORD): for tests that inspect the file from outside.
 */
export function openTestDatabase(dataDir: string, password = process.env.LEERTAFEL_TEST_PASSWORD ?? ''): Db {
  const key = unwrapWithPasswordSync(readKeyFile(dataDir), password);
  const db = new Database(path.join(dataDir, DB_FILE));
  applyKey(db, key);
  key.fill(0);
  return db;
}

afterEach(() => {
  for (const b of backends.splice(0)) {
    try {
      b.close();
    } catch {
      /* already closed by the test */
    }
  }
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
