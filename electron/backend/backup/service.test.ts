import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { createBackend, type Backend } from '..';
import { DB_FILE, applyKey } from '../core/db';
import { amsterdamToday } from '../core/dates';
import { readKeyFile, unwrapWithPasswordSync } from '../core/keyfile';
import { holdsCases, listBackupFiles } from '../core/backups';
import { tempDir, testBackend } from '../testing/helpers';
import { startBackgroundCopy } from '../core/backgroundBackup';
import { BackupService } from './service';
import type { RestoreResult } from '../../../shared/backup/types';

const PASSWORD = process.env.LEERTAFEL_TEST_PASSWORD ?? '';
const CANARY = 'Quormbyveldfeest';
const today = () => amsterdamToday(new Date());
const backupsOf = (dir: string) => path.join(dir, 'backups');
const names = (dir: string) => (fs.existsSync(backupsOf(dir)) ? fs.readdirSync(backupsOf(dir)).sort() : []);
const key = (dir: string) => unwrapWithPasswordSync(readKeyFile(dir), PASSWORD);

/** A case whose timeline holds the canary (only anonymised text reaches the database; this is such text). */
function caseWithCanary(b: Backend): string {
  const c = b.services.cases.create({ format: 'mlb' });
  b.services.cases.update({ id: c.id, codeName: c.codeName, format: c.format, retentionUntil: c.retentionUntil, people: [], timeline: [{ period: 'voorjaar', event: `${CANARY} op school` }] });
  return c.id;
}

/** Reads a backup with the data key, as an attacker with the password would; counts rows holding the canary. */
function canaryRows(file: string, dataDir: string): number {
  const db = new Database(file, { readonly: true });
  try {
    applyKey(db, key(dataDir));
    return db.prepare('SELECT count(*) FROM case_timeline WHERE event LIKE ?').pluck().get(`%${CANARY}%`) as number;
  } finally {
    db.close();
  }
}

describe('automatic backups', () => {
  it('writes one encrypted, checked backup a day at unlock (0600, no "SQLite format 3"), and reads back with the key', async () => {
    const dir = tempDir();
    const b = testBackend(dir);
    const daily = `leertafel-dag-${today()}.db`;
    // Unlock does not wait for it: the copy is made in a worker and renamed into place on the backend's
    // thread afterwards, so nothing is in place before the test lets that thread run.
    expect(names(dir)).not.toContain(daily);
    await b.services.backups.settled();
    expect(names(dir)).toEqual([daily]);
    const file = path.join(backupsOf(dir), daily);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const bytes = fs.readFileSync(file);
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    // The same copy written from a plain connection does carry the header: the scan can find it.
    const plainDir = tempDir();
    const plain = new Database(path.join(plainDir, 'p.db'));
    plain.exec('CREATE TABLE t(x)');
    plain.prepare('VACUUM INTO ?').run(path.join(plainDir, 'copy.db'));
    plain.close();
    expect(fs.readFileSync(path.join(plainDir, 'copy.db')).includes(Buffer.from('SQLite format 3'))).toBe(true);

    expect(await b.services.backups.daily()).toBeNull();
    expect(names(dir)).toEqual([daily]);
    const preview = b.services.backups.preview(daily);
    expect(preview.kind).toBe('daily');
    expect(preview.counts.scripts).toBeGreaterThan(0);
  });

  it('keeps 7 daily and 4 weekly, wiping the rest', async () => {
    const dir = tempDir();
    const b = testBackend(dir);
    await b.services.backups.settled();
    const src = path.join(backupsOf(dir), `leertafel-dag-${today()}.db`);
    const base = Date.parse(`${today()}T00:00:00Z`);
    const past = Array.from({ length: 40 }, (_, i) => new Date(base - (i + 1) * 86_400_000).toISOString().slice(0, 10));
    for (const d of past) fs.copyFileSync(src, path.join(backupsOf(dir), `leertafel-dag-${d}.db`));
    fs.writeFileSync(path.join(backupsOf(dir), 'leertafel-handmatig-x.db'), fs.readFileSync(src));
    await b.services.backups.daily();
    const dailies = names(dir).filter((n) => n.startsWith('leertafel-dag-'));
    expect(dailies.length).toBeGreaterThanOrEqual(8);
    expect(dailies.length).toBeLessThanOrEqual(11);
    for (const d of past.slice(0, 6)) expect(dailies).toContain(`leertafel-dag-${d}.db`);
    expect(dailies).not.toContain(`leertafel-dag-${past[39]}.db`);
    // Other kinds are not daily backups: they age out with the retention term only.
    expect(names(dir)).toContain('leertafel-handmatig-x.db');
  });

  it('can be turned off (autoBackup: false)', () => {
    const dir = tempDir();
    const b = createBackend({ dataDir: dir, shell: 'web', autoBackup: false });
    try {
      expect(names(dir)).toEqual([]);
    } finally {
      b.close();
    }
  });
});

describe('Back-up maken and restore', () => {
  it('makes a manual backup, previews it and restores it after a safety copy of the current state', async () => {
    const dir = tempDir();
    const b = testBackend(dir);
    const first = b.services.cases.create({ format: 'mlb' });
    expect(await b.dispatch('backup.create', {})).toMatchObject({ ok: true, value: { name: expect.stringMatching(/^leertafel-handmatig-.*\.db$/) } });
    const made = b.services.backups.create();
    expect(made.path).toBe(path.join(backupsOf(dir), made.name));
    expect(fs.statSync(made.path).mode & 0o777).toBe(0o600);

    const second = b.services.cases.create({ format: 'mlb' });
    const preview = await b.dispatch('backup.preview', { name: made.name });
    expect(preview).toMatchObject({ ok: true, value: { kind: 'manual', counts: { cases: 1, sessions: 0, reflections: 0 } } });

    const result = await b.dispatch('backup.restore', { name: made.name });
    expect(result).toMatchObject({ ok: true, value: { restored: made.name } });
    const restored = result as { ok: true; value: RestoreResult };
    // The backend is composed anew on the restored file: the second case is gone, the first is there.
    expect(b.services.cases.list().map((c) => c.id)).toEqual([first.id]);
    expect(b.lock.status().state).toBe('unlocked');
    // The safety copy holds the state from just before: both cases.
    const safety = await b.dispatch('backup.preview', { name: restored.value.safetyCopy });
    expect(safety).toMatchObject({ ok: true, value: { kind: 'safety', counts: { cases: 2 } } });
    expect(b.services.backups.list().backups.map((x) => x.name)).toEqual(expect.arrayContaining([made.name, restored.value.safetyCopy]));
    expect(second.id).not.toBe(first.id);
  });

  it('refuses a name that is not a backup, a path, or a damaged backup', async () => {
    const dir = tempDir();
    const b = testBackend(dir);
    expect(await b.dispatch('backup.preview', { name: '../leertafel.db' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await b.dispatch('backup.restore', { name: 'leertafel-handmatig-nope.db' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const made = b.services.backups.create();
    const bytes = fs.readFileSync(made.path);
    bytes.fill(7, 5000, 9000);
    fs.writeFileSync(made.path, bytes);
    const c = b.services.cases.create({ format: 'mlb' });
    expect(await b.dispatch('backup.restore', { name: made.name })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    // Nothing happened to the database.
    expect(b.services.cases.list().map((x) => x.id)).toEqual([c.id]);
  });
});

describe('deletion reaches backups', () => {
  it('a deleted case is wiped from every backup that holds it, replaced by one fresh backup, and the user is told', async () => {
    const dir = tempDir();
    const b = testBackend(dir);
    const id = caseWithCanary(b);
    const keepId = b.services.cases.create({ format: 'mlb' }).id;
    const manual = b.services.backups.create();
    // Yesterday's daily as well, holding the case.
    const yesterday = new Date(Date.parse(`${today()}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    fs.copyFileSync(manual.path, path.join(backupsOf(dir), `leertafel-dag-${yesterday}.db`));
    expect(canaryRows(manual.path, dir)).toBe(1);

    b.services.cases.delete(id);
    await b.services.backups.settled();
    expect(names(dir)).toEqual([`leertafel-dag-${today()}.db`]);
    for (const f of listBackupFiles(dir)) {
      expect(canaryRows(f.file, dir)).toBe(0);
      expect(holdsCases(f.file, f.contents, key(dir), [id])).toBe(false);
      expect(holdsCases(f.file, f.contents, key(dir), [keepId])).toBe(true);
    }
    expect(b.services.notices.list().map((n) => n.message)).toContain(
      '2 reservekopieën bevatten de verwijderde casus nog en zijn gewist; er is één nieuwe reservekopie van vandaag gemaakt zonder die casus.',
    );
  });

  it('when the backups cannot be rewritten, the delete stands and the user is told what to do', async () => {
    const dir = tempDir();
    const b = testBackend(dir);
    const id = caseWithCanary(b);
    const manual = b.services.backups.create();
    // Today's backup cannot be written: a folder stands where its temporary file goes.
    fs.mkdirSync(path.join(backupsOf(dir), `leertafel-dag-${today()}.db.tmp`));
    expect(await b.dispatch('cases.delete', { id })).toMatchObject({ ok: true });
    await b.services.backups.settled();
    expect(b.services.cases.list()).toEqual([]);
    expect(fs.existsSync(manual.path)).toBe(true);
    expect(b.services.notices.list().map((n) => n.message)).toContain(
      'De casus is verwijderd, maar de reservekopieën konden niet worden bijgewerkt en kunnen hem nog bevatten. Maak op het scherm Beveiliging een nieuwe back-up en verwijder de oudere uit de map backups.',
    );
  });

  it('a purged case reaches the backups too; backups without it stay', async () => {
    const dir = tempDir();
    const b = testBackend(dir);
    await b.services.backups.settled();
    const manualBefore = b.services.backups.create();
    const id = caseWithCanary(b);
    const manualWith = b.services.backups.create();
    b.db.prepare("UPDATE cases SET retention_until = '2020-03-01' WHERE id = ?").run(id);
    b.services.cases.purgeExpired();
    await b.services.backups.settled();
    expect(names(dir)).toContain(manualBefore.name);
    expect(names(dir)).not.toContain(manualWith.name);
    for (const f of listBackupFiles(dir)) expect(canaryRows(f.file, dir)).toBe(0);
  });
});

describe('the daily backup in a worker', () => {
  const dailyName = () => `leertafel-dag-${today()}.db`;
  const tmpFiles = (dir: string) => names(dir).filter((n) => !n.endsWith('.db'));
  const ownService = (b: Backend, dir: string, startCopy: typeof startBackgroundCopy, notices: string[] = []) =>
    new BackupService({ db: b.db, dataDir: dir, key: () => b.lock.key(), replaceDatabase: () => undefined, notify: (m) => notices.push(m), startCopy });

  it('a case deleted while a backup copy is being made does not come back through that copy', async () => {
    const dir = tempDir();
    const b = createBackend({ dataDir: dir, shell: 'web', autoBackup: false });
    try {
      const id = caseWithCanary(b);
      const tmps: string[] = [];
      let copied!: () => void;
      const firstCopied = new Promise<void>((resolve) => (copied = resolve));
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      // The first copy is held once the worker has made and checked it, before the backend renames it.
      const service = ownService(b, dir, (o) => {
        tmps.push(o.tmp);
        const first = tmps.length === 1;
        const copy = startBackgroundCopy(o);
        return { endSync: copy.endSync, done: copy.done.then(async (outcome) => (first ? (copied(), await held, outcome) : outcome)) };
      });
      const made = service.daily();
      await firstCopied;
      // The control: that copy was taken before the delete and holds the case; renamed into place it would bring it back.
      expect(canaryRows(tmps[0], dir)).toBe(1);
      b.services.cases.delete(id);
      service.afterCasesDeleted([id]);
      release();
      expect(await made).toBe(dailyName());
      // It was thrown away and made again after the delete.
      expect(tmps).toHaveLength(2);
      expect(names(dir)).toEqual([dailyName()]);
      expect(canaryRows(path.join(backupsOf(dir), dailyName()), dir)).toBe(0);
    } finally {
      b.close();
    }
  });

  it('a lock before the worker got the key: the worker is ended, nothing is written, the next unlock makes the backup', async () => {
    const dir = tempDir();
    const logs: string[] = [];
    const b = createBackend({ dataDir: dir, shell: 'web', log: (l) => logs.push(l) });
    try {
      // Unlocked, the daily backup started; the key goes to the worker only once the backend's thread runs again.
      b.lock.lock();
      expect(names(dir)).toEqual([]);
      await new Promise((resolve) => setImmediate(resolve));
      expect(logs).toContain('daily backup stopped by the lock');
      b.lock.setupOrUnlockSync(PASSWORD);
      await b.services.backups.settled();
      expect(names(dir)).toEqual([dailyName()]);
      expect(logs).toContain('daily backup written');
      const hex = key(dir).toString('hex');
      expect(logs.filter((l) => l.includes(hex) || l.includes(PASSWORD))).toEqual([]);
    } finally {
      b.close();
    }
  });

  it('a close while the worker holds the key waits for it: afterwards no copy is left half made', async () => {
    const dir = tempDir();
    const b = createBackend({ dataDir: dir, shell: 'web', autoBackup: false });
    try {
      caseWithCanary(b);
      let given!: () => void;
      const keyGiven = new Promise<void>((resolve) => (given = resolve));
      const service = ownService(b, dir, (o) =>
        startBackgroundCopy({
          ...o,
          key: () => {
            const k = o.key();
            given();
            return k;
          },
        }),
      );
      const made = service.daily().then(
        (name) => name,
        (err: Error) => err.name,
      );
      await keyGiven;
      service.close();
      // close returned: the worker has ended (stopped after its step, or done and renamed), no temporary file.
      expect(tmpFiles(dir)).toEqual([]);
      const outcome = await made;
      expect([dailyName(), 'BackupStopped']).toContain(outcome);
      expect(names(dir)).toEqual(outcome === 'BackupStopped' ? [] : [dailyName()]);
    } finally {
      b.close();
    }
  });

  it('a lock while backups are rewritten after a delete waits for the rewrite: the deletion reaches them before the lock', () => {
    const dir = tempDir();
    const b = createBackend({ dataDir: dir, shell: 'web', autoBackup: false });
    try {
      const id = caseWithCanary(b);
      const manual = b.services.backups.create();
      expect(canaryRows(manual.path, dir)).toBe(1);
      b.services.cases.delete(id);
      // The fresh backup is being made in the worker; the lock does not let the old one outlive it.
      b.lock.lock();
      expect(names(dir)).toEqual([dailyName()]);
      expect(canaryRows(path.join(backupsOf(dir), dailyName()), dir)).toBe(0);
    } finally {
      b.close();
    }
  });

  it('a lock right after a delete that came while the daily copy ran: the copy is made again, waited for, and the old backups go', () => {
    const dir = tempDir();
    const b = createBackend({ dataDir: dir, shell: 'web', autoBackup: false });
    try {
      const id = caseWithCanary(b);
      const manual = b.services.backups.create();
      b.services.backups.daily().catch(() => null);
      // The daily copy is under way (its snapshot may hold the case); the delete marks it stale.
      b.services.cases.delete(id);
      b.lock.lock();
      expect(names(dir)).toEqual([dailyName()]);
      expect(fs.existsSync(manual.path)).toBe(false);
      expect(canaryRows(path.join(backupsOf(dir), dailyName()), dir)).toBe(0);
    } finally {
      b.close();
    }
  });
});

describe('restore from the failure screen', () => {
  function damagedInstallation() {
    const dir = tempDir();
    const b = createBackend({ dataDir: dir, shell: 'web' });
    const c = b.services.cases.create({ format: 'mlb' });
    const good = b.services.backups.create();
    b.close();
    // A newer backup that is itself damaged: restore must skip it.
    const bad = path.join(backupsOf(dir), 'leertafel-handmatig-9999-beschadigd.db');
    const bytes = fs.readFileSync(good.path);
    bytes.fill(1, 4096, bytes.length);
    fs.writeFileSync(bad, bytes);
    fs.utimesSync(bad, new Date(Date.now() + 60_000), new Date(Date.now() + 60_000));
    // The database itself is damaged in its second page onwards.
    const file = path.join(dir, DB_FILE);
    const db = fs.readFileSync(file);
    db.fill(9, 4096, 4096 * 3);
    fs.writeFileSync(file, db);
    return { dir, caseId: c.id, good: good.name, damagedBytes: db };
  }
  const lockedBackend = (dir: string) => createBackend({ dataDir: dir, shell: 'web', testPassword: '', testKdf: true });

  it('shows DB_DAMAGED, offers the newest backup, restores the newest good one with the password, and keeps the damaged file aside unchanged', async () => {
    const { dir, caseId, good, damagedBytes } = damagedInstallation();
    const b = lockedBackend(dir);
    try {
      expect((await b.lock.unlock(PASSWORD)).status).toMatchObject({ state: 'failed', failure: 'DB_DAMAGED' });
      const status = b.lock.status();
      expect(status.newestBackup?.name).toBe('leertafel-handmatig-9999-beschadigd.db');
      // A wrong password changes nothing.
      expect(await b.dispatch('lock.restoreLatest', { password: 'fout wachtwoord' })).toMatchObject({ ok: true, value: { restored: false, reason: 'WRONG_PASSWORD' } });
      expect(fs.readFileSync(path.join(dir, DB_FILE))).toEqual(damagedBytes);

      const r = await b.lock.restoreLatest(PASSWORD);
      expect(r).toMatchObject({ restored: true, name: good, status: { state: 'unlocked' } });
      if (!r.restored) return;
      expect(b.services.cases.list().map((c) => c.id)).toEqual([caseId]);
      expect(r.setAside).toMatch(/^leertafel-beschadigd-.*\.db$/);
      expect(fs.readFileSync(path.join(backupsOf(dir), r.setAside!))).toEqual(damagedBytes);
      // The set-aside file is never offered for restore.
      expect(b.services.backups.list().backups.map((x) => x.name)).not.toContain(r.setAside);
    } finally {
      b.close();
    }
  });

  it('a 0-byte database: restored from the newest backup; without any backup it says so and changes nothing', async () => {
    const dir = tempDir();
    const first = createBackend({ dataDir: dir, shell: 'web' });
    const c = first.services.cases.create({ format: 'mlb' });
    first.services.backups.create();
    first.close();
    fs.writeFileSync(path.join(dir, DB_FILE), '');
    const b = lockedBackend(dir);
    try {
      expect(b.lock.status()).toMatchObject({ state: 'failed', failure: 'DB_EMPTY' });
      const r = await b.lock.restoreLatest(PASSWORD);
      expect(r).toMatchObject({ restored: true });
      expect(b.services.cases.list().map((x) => x.id)).toEqual([c.id]);
    } finally {
      b.close();
    }

    const bare = tempDir();
    createBackend({ dataDir: bare, shell: 'web', autoBackup: false }).close();
    fs.writeFileSync(path.join(bare, DB_FILE), '');
    const nb = lockedBackend(bare);
    try {
      expect(nb.lock.status()).toMatchObject({ state: 'failed', failure: 'DB_EMPTY', newestBackup: null });
      expect(await nb.lock.restoreLatest(PASSWORD)).toMatchObject({ restored: false, reason: 'NO_BACKUP' });
      expect(fs.statSync(path.join(bare, DB_FILE)).size).toBe(0);
    } finally {
      nb.close();
    }
  });

  it('a missing database (the key file is there): restored from the newest backup, nothing set aside', async () => {
    const dir = tempDir();
    const first = createBackend({ dataDir: dir, shell: 'web' });
    const c = first.services.cases.create({ format: 'mlb' });
    first.services.backups.create();
    first.close();
    fs.rmSync(path.join(dir, DB_FILE));
    const b = lockedBackend(dir);
    try {
      expect(b.lock.status()).toMatchObject({ state: 'failed', failure: 'DB_MISSING', newestBackup: { name: expect.stringMatching(/^leertafel-handmatig-/) } });
      expect(await b.lock.restoreLatest(PASSWORD)).toMatchObject({ restored: true, setAside: null, status: { state: 'unlocked' } });
      expect(b.services.cases.list().map((x) => x.id)).toEqual([c.id]);
    } finally {
      b.close();
    }
  });

  it('backups answer LOCKED while locked', async () => {
    const b = testBackend();
    b.lock.lock();
    expect(await b.dispatch('backup.list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await b.dispatch('backup.create', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });

  it('is refused while unlocked or locked normally', async () => {
    const dir = tempDir();
    const b = testBackend(dir);
    expect(await b.dispatch('lock.restoreLatest', { password: PASSWORD })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
