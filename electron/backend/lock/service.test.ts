import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { createBackend, type Backend } from '..';
import { DB_FILE, openDatabase } from '../core/db';
import { KEY_FILE, TEST_KDF, decodeRecoveryKey, encodeRecoveryKey, readKeyFile, unwrapWithPassword } from '../core/keyfile';
import { MIGRATIONS } from '../core/migrations';
import { tempDir } from '../testing/helpers';

const PASSWORD = 'correct paard batterij';

/** A backend as an installed app starts it (locked or in set-up), at the test scrypt cost unless `realKdf`. */
function locked(dataDir: string, realKdf = false): Backend {
  const b = createBackend({ dataDir, shell: 'web', testPassword: '', testKdf: !realKdf });
  opened.push(b);
  return b;
}
const opened: Backend[] = [];
import { afterEach } from 'vitest';
afterEach(() => {
  for (const b of opened.splice(0)) b.close();
});

describe('the recovery key text', () => {
  it('round-trips, forgives case, dashes, spaces and look-alike letters', () => {
    const bytes = Buffer.from('00112233445566778899aabbccddeeff01234567', 'hex');
    const text = encodeRecoveryKey(bytes);
    expect(text).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    expect(decodeRecoveryKey(text)).toEqual(bytes);
    expect(decodeRecoveryKey(text.toLowerCase().replace(/-/g, ' '))).toEqual(bytes);
    expect(decodeRecoveryKey(text.replace(/1/g, 'I').replace(/0/g, 'O'))).toEqual(bytes);
    expect(decodeRecoveryKey(text.slice(0, -1))).toBeNull();
    expect(decodeRecoveryKey(`${text.slice(0, -1)}U`)).toBeNull();
  });
});

describe('set-up, unlock and recovery', () => {
  it('starts in set-up, answers only lock methods and app.info, and sets up with a recovery key', async () => {
    const dir = tempDir();
    const b = locked(dir, true);
    expect(b.lock.status()).toMatchObject({ state: 'setup', encryptsExisting: false });
    expect(await b.dispatch('scripts.list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await b.dispatch('app.info', {})).toMatchObject({ ok: true });
    expect(() => b.db).toThrow(/locked/);
    const setup = await b.dispatch('lock.setup', { password: PASSWORD });
    expect(setup).toMatchObject({ ok: true, value: { status: { state: 'unlocked' } } });
    const recoveryKey = (setup as { value: { recoveryKey: string } }).value.recoveryKey;
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    expect(await b.dispatch('scripts.list', {})).toMatchObject({ ok: true });
    // The key file: scrypt N=2^17, r=8, p=1 for a real set-up, 0600, and no trace of the password.
    const file = readKeyFile(dir);
    expect(file.password).toMatchObject({ kdf: 'scrypt', N: 2 ** 17, r: 8, p: 1 });
    expect(fs.readFileSync(path.join(dir, KEY_FILE), 'utf8')).not.toContain('paard');
    expect(fs.readFileSync(path.join(dir, KEY_FILE), 'utf8')).not.toContain(recoveryKey.slice(0, 9));
    if (process.platform !== 'win32') expect(fs.statSync(path.join(dir, KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(path.join(dir, DB_FILE)).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    // A second set-up is refused.
    expect(await b.dispatch('lock.setup', { password: PASSWORD })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('locks, refuses a wrong password on the GCM tag without touching the database, unlocks with the right one', async () => {
    const dir = tempDir();
    const b = createBackend({ dataDir: dir, shell: 'web', testPassword: PASSWORD });
    const g = b.services.groups.save({ name: 'Leergroep Noord', description: '', members: [] });
    expect(await b.dispatch('lock.lock', {})).toMatchObject({ ok: true, value: { state: 'locked' } });
    expect(await b.dispatch('groups.list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    const before = fs.statSync(path.join(dir, DB_FILE));
    const bytes = fs.readFileSync(path.join(dir, DB_FILE));
    expect(await b.dispatch('lock.unlock', { password: 'fout wachtwoord' })).toMatchObject({ ok: true, value: { unlocked: false, reason: 'WRONG_PASSWORD', status: { state: 'locked' } } });
    expect(fs.readFileSync(path.join(dir, DB_FILE))).toEqual(bytes);
    expect(fs.statSync(path.join(dir, DB_FILE)).mtimeMs).toBe(before.mtimeMs);
    expect(await b.dispatch('lock.unlock', { password: PASSWORD })).toMatchObject({ ok: true, value: { unlocked: true } });
    expect(b.services.groups.get(g.id).name).toBe('Leergroep Noord');
    b.close();
  });

  it('recovers a forgotten password with the recovery key and sets a new one; changing the password rewrites no data', async () => {
    const dir = tempDir();
    const b = locked(dir);
    const { recoveryKey } = await b.lock.setup(PASSWORD);
    b.services.groups.save({ name: 'Leergroep Zuid', description: '', members: [] });
    b.lock.lock();
    expect(await b.lock.unlockWithRecovery('0000-0000-0000-0000-0000-0000-0000-0000', 'nieuw wachtwoord 1')).toMatchObject({ unlocked: false, reason: 'WRONG_RECOVERY_KEY' });
    expect(await b.lock.unlockWithRecovery(recoveryKey.toLowerCase(), 'nieuw wachtwoord 1')).toMatchObject({ unlocked: true });
    expect(b.services.groups.list().map((g) => g.name)).toContain('Leergroep Zuid');
    b.lock.lock();
    expect(await b.lock.unlock(PASSWORD)).toMatchObject({ unlocked: false, reason: 'WRONG_PASSWORD' });
    expect(await b.lock.unlock('nieuw wachtwoord 1')).toMatchObject({ unlocked: true });

    const db = fs.readFileSync(path.join(dir, DB_FILE));
    b.checkpoint();
    const dbAfterCheckpoint = fs.readFileSync(path.join(dir, DB_FILE));
    expect(await b.lock.changePassword('fout', 'nieuw wachtwoord 2')).toEqual({ changed: false, reason: 'WRONG_PASSWORD' });
    expect(await b.lock.changePassword('nieuw wachtwoord 1', 'nieuw wachtwoord 2')).toEqual({ changed: true });
    expect(fs.readFileSync(path.join(dir, DB_FILE))).toEqual(dbAfterCheckpoint);
    void db;
    b.lock.lock();
    expect(await b.lock.unlock('nieuw wachtwoord 2')).toMatchObject({ unlocked: true });
    // The recovery key still works after a password change.
    b.lock.lock();
    expect(await b.lock.unlockWithRecovery(recoveryKey, 'nieuw wachtwoord 3')).toMatchObject({ unlocked: true });
  });
});

describe('an existing unencrypted database', () => {
  function plainInstallation(): string {
    const dir = tempDir();
    const { db } = openDatabase(dir);
    db.prepare("INSERT INTO settings (key, value) VALUES ('displayName', ?)").run(JSON.stringify('Anna Plain'));
    db.close();
    fs.mkdirSync(path.join(dir, 'keys'));
    fs.writeFileSync(path.join(dir, 'keys', 'name-hash.key'), Buffer.alloc(32, 3));
    return dir;
  }

  it('is encrypted in place at set-up, with the unencrypted copy kept in backups/ until confirmed', async () => {
    const dir = plainInstallation();
    const b = locked(dir);
    expect(b.lock.status()).toMatchObject({ state: 'setup', encryptsExisting: true });
    await b.lock.setup(PASSWORD);
    expect(b.services.settings.get().displayName).toBe('Anna Plain');
    expect(fs.readFileSync(path.join(dir, DB_FILE)).includes('Anna Plain')).toBe(false);
    expect(b.lock.status().unencryptedBackups).toBe(1);
    const kept = fs.readdirSync(path.join(dir, 'backups')).filter((f) => f.startsWith('leertafel-unencrypted-') && f.endsWith('.db'));
    expect(kept).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, 'backups', kept[0])).includes('Anna Plain')).toBe(true);
    expect(await b.dispatch('lock.discardUnencrypted', {})).toEqual({ ok: true, value: { removed: 1 } });
    // What stays is the encrypted daily backup written at unlock (in the worker; it may still be running).
    await b.services.backups.settled();
    expect(fs.readdirSync(path.join(dir, 'backups'))).toEqual([expect.stringMatching(/^leertafel-dag-\d{4}-\d{2}-\d{2}\.db$/)]);
    expect(fs.existsSync(path.join(dir, 'keys'))).toBe(false);
  });

  it('loses nothing when encryption stops half way: the next unlock finishes it', async () => {
    const dir = plainInstallation();
    // Interrupted after the key file was written but before the database was replaced.
    const b = locked(dir);
    const original = fs.readFileSync(path.join(dir, DB_FILE));
    await b.lock.setup(PASSWORD);
    b.close();
    // Put the situation back as a crash would leave it: key file present, plain database in place.
    fs.rmSync(path.join(dir, DB_FILE));
    fs.writeFileSync(path.join(dir, DB_FILE), original);
    fs.writeFileSync(path.join(dir, DB_FILE + '.encrypting'), 'half a file');
    const again = locked(dir);
    expect(again.lock.status().state).toBe('locked');
    expect(await again.lock.unlock(PASSWORD)).toMatchObject({ unlocked: true });
    expect(again.services.settings.get().displayName).toBe('Anna Plain');
    expect(fs.existsSync(path.join(dir, DB_FILE + '.encrypting'))).toBe(false);

    // A crash between moving the original away and renaming the new file.
    again.close();
    fs.renameSync(path.join(dir, DB_FILE), path.join(dir, DB_FILE + '.encrypting'));
    const third = locked(dir);
    expect(third.lock.status().state).toBe('locked');
    expect(await third.lock.unlock(PASSWORD)).toMatchObject({ unlocked: true });
    expect(third.services.settings.get().displayName).toBe('Anna Plain');
  });
});

describe('failures get their own state and never change the file', () => {
  async function installed(): Promise<string> {
    const dir = tempDir();
    const b = createBackend({ dataDir: dir, shell: 'web', testPassword: PASSWORD });
    b.services.groups.save({ name: 'Leergroep West', description: '', members: [] });
    b.close();
    return dir;
  }
  const snapshot = (dir: string) => fs.readdirSync(dir).filter((f) => !fs.statSync(path.join(dir, f)).isDirectory()).map((f) => [f, fs.readFileSync(path.join(dir, f)).toString('base64')]);

  it('a damaged key file', async () => {
    const dir = await installed();
    fs.writeFileSync(path.join(dir, KEY_FILE), '{"format":"leertafel-key","version":1,');
    const before = snapshot(dir);
    const b = locked(dir);
    expect(b.lock.status()).toMatchObject({ state: 'failed', failure: 'KEYFILE_DAMAGED' });
    expect(await b.dispatch('lock.unlock', { password: PASSWORD })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(snapshot(dir)).toEqual(before);
  });

  it('an encrypted database without its key file', async () => {
    const dir = await installed();
    fs.rmSync(path.join(dir, KEY_FILE));
    expect(locked(dir).lock.status()).toMatchObject({ state: 'failed', failure: 'KEYFILE_MISSING' });
  });

  it('a 0-byte database, and a missing one', async () => {
    const dir = await installed();
    fs.writeFileSync(path.join(dir, DB_FILE), '');
    expect(locked(dir).lock.status()).toMatchObject({ state: 'failed', failure: 'DB_EMPTY' });
    expect(fs.statSync(path.join(dir, DB_FILE)).size).toBe(0);
    fs.rmSync(path.join(dir, DB_FILE));
    expect(locked(dir).lock.status()).toMatchObject({ state: 'failed', failure: 'DB_MISSING' });
    expect(fs.existsSync(path.join(dir, DB_FILE))).toBe(false);
  });

  it('a damaged database: the password is right, quick_check is not', async () => {
    const dir = await installed();
    const file = path.join(dir, DB_FILE);
    const bytes = fs.readFileSync(file);
    // Overwrite a page in the middle: the page's authentication tag no longer verifies.
    bytes.fill(0x41, 4096 * 2, 4096 * 2 + 2000);
    fs.writeFileSync(file, bytes);
    const b = locked(dir);
    expect(b.lock.status().state).toBe('locked');
    const r = await b.lock.unlock(PASSWORD);
    expect(r).toMatchObject({ unlocked: false, reason: 'FAILED', status: { state: 'failed', failure: 'DB_DAMAGED' } });
    expect(fs.readFileSync(file)).toEqual(bytes);
  });

  it('a database from a newer version', async () => {
    const dir = await installed();
    const key = await unwrapWithPassword(readKeyFile(dir), PASSWORD);
    const db = new Database(path.join(dir, DB_FILE));
    db.pragma("cipher = 'chacha20'");
    db.pragma(`key = "x'${key.toString('hex')}'"`);
    db.pragma(`user_version = ${MIGRATIONS.length + 5}`);
    db.close();
    const bytes = fs.readFileSync(path.join(dir, DB_FILE));
    const b = locked(dir);
    expect(await b.lock.unlock(PASSWORD)).toMatchObject({ unlocked: false, status: { failure: 'DB_NEWER' } });
    expect(fs.readFileSync(path.join(dir, DB_FILE))).toEqual(bytes);
  });

  it('the test path records its cheap KDF cost in the key file, never the real one', async () => {
    const dir = await installed();
    expect(readKeyFile(dir).password).toMatchObject(TEST_KDF);
  });
});
