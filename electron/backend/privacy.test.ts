import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '.';
import { DB_FILE } from './core/db';
import Database from 'better-sqlite3';
import { applyKey, openDatabase } from './core/db';
import { WrongSecretError, readKeyFile, unwrapWithPassword, unwrapWithPasswordSync } from './core/keyfile';
import { tempDir } from './testing/helpers';

const PASSWORD = process.env.LEERTAFEL_TEST_PASSWORD ?? '';

/** A name that occurs nowhere else, so finding its bytes anywhere means it was written. */
const CANARY = 'Xandravelia Quormby';

function filesOf(dir: string): string[] {
  return [DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`].map((f) => path.join(dir, f)).filter((f) => fs.existsSync(f));
}

/** Every file under the folder: database, WAL, shared memory, key file, backups. */
function allFilesOf(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}
function holding(files: string[], text: string | Buffer): string[] {
  const needles = typeof text === 'string' ? [text, text.toLowerCase(), text.toUpperCase()].flatMap((t) => [Buffer.from(t, 'utf8'), Buffer.from(t, 'utf16le')]) : [text];
  return files.filter((f) => {
    const bytes = fs.readFileSync(f);
    return needles.some((n) => bytes.includes(n));
  });
}

/** Which files hold the text, as UTF-8 or UTF-16LE, in any letter case. */
function scan(dir: string, text: string): string[] {
  const needles = [text, text.toLowerCase(), text.toUpperCase()].flatMap((t) => [Buffer.from(t, 'utf8'), Buffer.from(t, 'utf16le')]);
  return filesOf(dir).filter((f) => {
    const bytes = fs.readFileSync(f);
    return needles.some((n) => bytes.includes(n));
  });
}

describe('no raw name reaches disk', () => {
  it('stores only the keyed hash of a resolved name (database, WAL, log)', async () => {
    const dir = tempDir();
    const log: string[] = [];
    const b = createBackend({ dataDir: dir, shell: 'web', log: (l) => log.push(l) });
    try {
      const c = b.services.cases.create({ format: 'mlb' });
      const withMother = b.services.cases.update({
        id: c.id, codeName: c.codeName, format: c.format, retentionUntil: c.retentionUntil,
        people: [{ role: 'moeder', pseudonym: 'Moeder' }], timeline: [],
      });
      const mother = withMother.people[0].id;
      // First a refused save with the raw name in the text: the refusal must not leave it anywhere either.
      const refused = await b.dispatch('cases.saveNotes', { id: c.id, notes: `${CANARY} belde.`, resolutions: [] });
      expect(refused).toMatchObject({ ok: false, error: { code: 'UNRESOLVED' } });
      expect(JSON.stringify(refused)).not.toContain('Xandravelia');
      const saved = await b.dispatch('cases.saveNotes', {
        id: c.id,
        notes: 'Moeder belde.',
        resolutions: [{ forms: [CANARY, 'Xandravelia', "Xandravelia's"], kind: 'pseudonym', personId: mother, replacement: 'Moeder' }],
      });
      expect(saved.ok).toBe(true);
      expect(b.services.cases.recognise({ id: c.id, forms: ['XANDRAVELIA'] })).toHaveLength(1);
      const hash = b.nameKey(CANARY);
      expect(b.db.prepare('SELECT kind, replacement FROM case_name_keys WHERE key_hash = ?').get(hash)).toEqual({ kind: 'pseudonym', replacement: 'Moeder' });

      // While open: the WAL holds the recent writes.
      expect(filesOf(dir).map((f) => path.basename(f))).toContain(`${DB_FILE}-wal`);
      expect(scan(dir, CANARY)).toEqual([]);
      expect(scan(dir, 'Xandravelia')).toEqual([]);
      expect(log.join('\n')).not.toContain('Xandravelia');

      // Control: the same row in an unencrypted SQLite file is found by the same scan.
      b.db.prepare("INSERT INTO settings (key, value) VALUES ('canary', ?)").run(JSON.stringify(CANARY));
      expect(scan(dir, CANARY)).toEqual([]);
      const plainDir = tempDir();
      const plain = openDatabase(plainDir).db;
      plain.prepare("INSERT INTO settings (key, value) VALUES ('canary', ?)").run(JSON.stringify(CANARY));
      expect(scan(plainDir, CANARY).length).toBeGreaterThan(0);
      plain.close();
      b.db.prepare("DELETE FROM settings WHERE key = 'canary'").run();
    } finally {
      b.close();
    }
    // After close the WAL is checkpointed into the main file; secure_delete zeroed the control row.
    expect(scan(dir, 'Xandravelia')).toEqual([]);
  });

  it('keeps the hash key inside the encrypted database, and moves an older key file in', () => {
    const dir = tempDir();
    // An installation from before encryption: its key file in keys/.
    fs.mkdirSync(path.join(dir, 'keys'), { mode: 0o700 });
    const legacy = Buffer.alloc(32, 7);
    fs.writeFileSync(path.join(dir, 'keys', 'name-hash.key'), legacy, { mode: 0o600 });
    const b = createBackend({ dataDir: dir, shell: 'web' });
    const a = b.nameKey('Fatima');
    expect(b.nameKey("FATIMA's")).toBe(a);
    expect(fs.existsSync(path.join(dir, 'keys'))).toBe(false);
    expect(b.db.prepare("SELECT value FROM core_secrets WHERE name = 'name-hash'").pluck().get()).toEqual(legacy);
    b.close();
    const again = createBackend({ dataDir: dir, shell: 'web' });
    expect(again.nameKey('fatima')).toBe(a);
    again.close();
    // Another installation hashes the same name differently.
    const other = createBackend({ dataDir: tempDir(), shell: 'web' });
    expect(other.nameKey('Fatima')).not.toBe(a);
    other.close();
  });

  it('makes the data folder 0700 and every file in it 0600, also when it existed with looser rights', () => {
    if (process.platform === 'win32') return;
    const dir = tempDir();
    fs.chmodSync(dir, 0o755);
    fs.mkdirSync(path.join(dir, 'backups'), { mode: 0o755 });
    fs.writeFileSync(path.join(dir, 'backups', 'old.db'), 'x', { mode: 0o644 });
    const b = createBackend({ dataDir: dir, shell: 'web' });
    b.close();
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(dir, 'backups')).mode & 0o777).toBe(0o700);
    for (const f of allFilesOf(dir)) expect([f, fs.statSync(f).mode & 0o777]).toEqual([f, 0o600]);
  });
});

describe('an encrypted installation', () => {
  async function installationWithCanary(dir: string) {
    const b = createBackend({ dataDir: dir, shell: 'web' });
    const c = b.services.cases.create({ format: 'mlb' });
    const withMother = b.services.cases.update({
      id: c.id, codeName: c.codeName, format: c.format, retentionUntil: c.retentionUntil,
      people: [{ role: 'moeder', pseudonym: 'Moeder' }], timeline: [{ period: 'voorjaar', event: 'Quormbyfeest op school' }],
    });
    const saved = await b.dispatch('cases.saveNotes', {
      id: c.id,
      notes: 'Moeder belde.',
      resolutions: [{ forms: [CANARY, 'Xandravelia'], kind: 'pseudonym', personId: withMother.people[0].id, replacement: 'Moeder' }],
    });
    expect(saved.ok).toBe(true);
    return { b, caseId: c.id, hash: b.nameKey('Xandravelia') };
  }

  it('leaves no canary and no "SQLite format 3" in the database, WAL, shared memory or backups; the password reads it back', async () => {
    const dir = tempDir();
    const { b, caseId } = await installationWithCanary(dir);
    // A migration backup and the WAL exist while open.
    fs.mkdirSync(path.join(dir, 'backups'), { recursive: true });
    b.db.prepare('VACUUM INTO ?').run(path.join(dir, 'backups', 'manual.db'));
    const files = allFilesOf(dir);
    expect(files.map((f) => path.relative(dir, f)).sort()).toEqual(expect.arrayContaining(['leertafel.db', 'leertafel.db-wal', 'leertafel.db-shm', path.join('backups', 'manual.db')]));
    for (const needle of ['Quormbyfeest', 'SQLite format 3', 'Moeder belde', 'vier-vensters']) expect([needle, holding(files, needle)]).toEqual([needle, []]);
    b.close();
    for (const needle of ['Quormbyfeest', 'SQLite format 3', 'Xandravelia']) expect([needle, holding(allFilesOf(dir), needle)]).toEqual([needle, []]);

    // Negative control: the same scan over the same data decrypted into a plain file finds it.
    const again = createBackend({ dataDir: dir, shell: 'web', testPassword: PASSWORD });
    expect(again.services.cases.get(caseId).timeline[0].event).toBe('Quormbyfeest op school');
    expect(again.services.cases.recognise({ id: caseId, forms: ['XANDRAVELIA'] })).toHaveLength(1);
    const plainDir = tempDir();
    again.db.exec(`ATTACH DATABASE '${path.join(plainDir, 'plain.db')}' AS plain KEY ''`);
    again.db.exec('CREATE TABLE plain.t AS SELECT * FROM case_timeline');
    again.db.exec('DETACH DATABASE plain');
    again.close();
    expect(holding(allFilesOf(plainDir), 'Quormbyfeest').length).toBe(1);
    expect(holding(allFilesOf(plainDir), 'SQLite format 3').length).toBe(1);
  });

  it('a copied data folder cannot confirm a resolved name without the password', async () => {
    const dir = tempDir();
    const { b, caseId, hash } = await installationWithCanary(dir);
    b.close();
    const copy = tempDir();
    fs.cpSync(dir, copy, { recursive: true });

    // Without the key the database does not open at all: no table, no hash to compare a name list with.
    const raw = new Database(path.join(copy, DB_FILE), { readonly: true });
    expect(() => raw.prepare('SELECT key_hash FROM case_name_keys').all()).toThrow(/not a database/);
    raw.close();
    // The hash (and its bytes) appear nowhere in the copy; the key file yields nothing to a wrong password.
    expect(holding(allFilesOf(copy), hash)).toEqual([]);
    expect(holding(allFilesOf(copy), Buffer.from(hash, 'hex'))).toEqual([]);
    await expect(unwrapWithPassword(readKeyFile(copy), 'Xandravelia')).rejects.toBeInstanceOf(WrongSecretError);
    expect(fs.existsSync(path.join(copy, 'keys'))).toBe(false);

    // Control: with the password the copy does confirm it.
    const opened = createBackend({ dataDir: copy, shell: 'web', testPassword: PASSWORD });
    expect(opened.services.cases.recognise({ id: caseId, forms: ['Xandravelia'] })).toHaveLength(1);
    opened.close();
  });

  it('deleting a case reaches every backup: decrypted with the key, none holds its text or its name hash any more', async () => {
    const dir = tempDir();
    const { b, caseId, hash } = await installationWithCanary(dir);
    b.services.backups.create();
    const backupFiles = () => allFilesOf(path.join(dir, 'backups'));
    /** Every row of every table of a backup, decrypted with the data key, as one text. */
    const decrypted = (file: string) => {
      const db = new Database(file, { readonly: true });
      try {
        applyKey(db, unwrapWithPasswordSync(readKeyFile(dir), PASSWORD));
        const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'").pluck().all() as string[];
        return tables.map((t) => JSON.stringify(db.prepare(`SELECT * FROM "${t}"`).all())).join('\n');
      } finally {
        db.close();
      }
    };
    // Before: the encrypted backups hide the canary from a byte scan, and decrypted they hold it (the control).
    expect(backupFiles().length).toBeGreaterThanOrEqual(1);
    expect(holding(backupFiles(), 'Quormbyfeest')).toEqual([]);
    expect(backupFiles().filter((f) => decrypted(f).includes('Quormbyfeest')).length).toBeGreaterThanOrEqual(1);

    expect(await b.dispatch('cases.delete', { id: caseId })).toMatchObject({ ok: true });
    await b.services.backups.settled();
    expect(backupFiles().length).toBe(1);
    for (const f of backupFiles()) {
      const text = decrypted(f);
      expect(text).not.toContain('Quormbyfeest');
      expect(text).not.toContain(hash);
      expect(text).not.toContain(caseId);
    }
    for (const needle of ['Quormbyfeest', 'SQLite format 3']) expect([needle, holding(allFilesOf(dir), needle)]).toEqual([needle, []]);
    b.close();
  });
});
