import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '.';
import { DB_FILE } from './core/db';
import { createNameKey } from './core/keys';
import { tempDir } from './testing/helpers';

/** A name that occurs nowhere else, so finding its bytes anywhere means it was written. */
const CANARY = 'Xandravelia Quormby';

function filesOf(dir: string): string[] {
  return [DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`].map((f) => path.join(dir, f)).filter((f) => fs.existsSync(f));
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
      const hash = createNameKey(dir)(CANARY);
      expect(b.db.prepare('SELECT kind, replacement FROM case_name_keys WHERE key_hash = ?').get(hash)).toEqual({ kind: 'pseudonym', replacement: 'Moeder' });

      // While open: the WAL holds the recent writes.
      expect(filesOf(dir).map((f) => path.basename(f))).toContain(`${DB_FILE}-wal`);
      expect(scan(dir, CANARY)).toEqual([]);
      expect(scan(dir, 'Xandravelia')).toEqual([]);
      expect(log.join('\n')).not.toContain('Xandravelia');

      // Control: the same scan does find the canary once something writes it.
      b.db.prepare("INSERT INTO settings (key, value) VALUES ('canary', ?)").run(JSON.stringify(CANARY));
      expect(scan(dir, CANARY).length).toBeGreaterThan(0);
      b.db.prepare("DELETE FROM settings WHERE key = 'canary'").run();
    } finally {
      b.close();
    }
    // After close the WAL is checkpointed into the main file; secure_delete zeroed the control row.
    expect(scan(dir, 'Xandravelia')).toEqual([]);
  });

  it('keeps the hash key private to the user', () => {
    const dir = tempDir();
    const key = createNameKey(dir);
    const a = key('Fatima');
    expect(key("FATIMA's")).toBe(a);
    expect(createNameKey(dir)('fatima')).toBe(a);
    // Another installation hashes the same name differently.
    expect(createNameKey(tempDir())('Fatima')).not.toBe(a);
    if (process.platform !== 'win32') {
      expect(fs.statSync(path.join(dir, 'keys')).mode & 0o777).toBe(0o700);
      expect(fs.statSync(path.join(dir, 'keys', 'name-hash.key')).mode & 0o777).toBe(0o600);
    }
    expect(fs.readFileSync(path.join(dir, 'keys', 'name-hash.key'))).toHaveLength(32);
  });
});
