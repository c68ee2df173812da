/**
 * Issue 12: what encryption costs. Unlock with the real scrypt (N=2^17, r=8, p=1), and the same work on an
 * encrypted and a plain database of the same size: single-row commits, a bulk insert, a trigram FTS5
 * search and a LIKE scan, and a VACUUM INTO backup of 50,000 notes (bare, and as the app's daily backup writes it).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../electron/backend/core/db';
import { PASSWORD_KDF, createKeyFile, readKeyFile, unwrapWithPassword } from '../electron/backend/core/keyfile';
import { LockService } from '../electron/backend/lock';
import { writeBackup } from '../electron/backend/core/backups';
import { createBackend } from '../electron/backend';
import { fmt, samples, time } from './stats';

const NOTES = 50_000;
const words = 'moeder vader school jeugdzorg afspraak gesprek zorgen krachten netwerk oma buurt veiligheid plan doel week contact'.split(' ');
const note = (i: number) => Array.from({ length: 60 }, (_, k) => words[(i * 7 + k * 13) % words.length]).join(' ') + ` notitie ${i}`;

function prepare(db: Db): void {
  db.exec("CREATE TABLE IF NOT EXISTS bench_notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL); CREATE VIRTUAL TABLE IF NOT EXISTS bench_fts USING fts5(body, tokenize='trigram')");
}

/**
 * Unlock of the composed backend with 50,000 notes, the first of the day (the daily backup is due) and again
 * (it is not): how long unlock takes, when the daily backup is in place, and the longest stretch the backend's
 * event loop was blocked (a 5 ms ticker; any call waits at least that long). The test scrypt cost, so the
 * figures are the open, the composition and the backup.
 */
async function unlockWithBackupDue(tmp: string): Promise<void> {
  const dir = fs.mkdtempSync(path.join(tmp, 'daily-'));
  const password = 'bench-wachtwoord-dag';
  const setUp = createBackend({ dataDir: dir, shell: 'web', testPassword: password, autoBackup: false });
  prepare(setUp.db);
  const insert = setUp.db.prepare('INSERT INTO bench_notes (body) VALUES (?)');
  const insertFts = setUp.db.prepare('INSERT INTO bench_fts (rowid, body) VALUES (?, ?)');
  setUp.db.transaction(() => {
    for (let i = 0; i < NOTES; i++) insertFts.run(insert.run(note(i)).lastInsertRowid, note(i));
  })();
  setUp.close();
  const backups = path.join(dir, 'backups');
  const dailyDone = () => fs.existsSync(backups) && fs.readdirSync(backups).some((n) => /^leertafel-dag-.*\.db$/.test(n));
  const b = createBackend({ dataDir: dir, shell: 'web', testPassword: '', testKdf: true });
  try {
    for (const round of ['backup due', 'backup already made'] as const) {
      let last = performance.now();
      let maxGap = 0;
      const ticker = setInterval(() => {
        const now = performance.now();
        maxGap = Math.max(maxGap, now - last);
        last = now;
      }, 5);
      const t0 = performance.now();
      const r = await b.lock.unlock(password);
      if (!r.unlocked) throw new Error('unlock failed');
      const unlocked = performance.now() - t0;
      const gapAtUnlock = Math.max(maxGap, performance.now() - last);
      maxGap = 0;
      last = performance.now();
      // A call right after unlock: how long it waits behind whatever runs then.
      const c0 = performance.now();
      await new Promise((res) => setImmediate(res));
      await b.dispatch('cases.list', {});
      const call = performance.now() - c0;
      while (!dailyDone()) await new Promise((res) => setTimeout(res, 10));
      const done = performance.now() - t0;
      clearInterval(ticker);
      const gapAfter = Math.max(maxGap, performance.now() - last);
      console.log(
        `unlock of the backend, ${NOTES.toLocaleString('en')} notes, ${round}: unlock ${fmt(unlocked)}, daily backup in place after ${fmt(done)}; ` +
          `event loop blocked at most ${fmt(gapAtUnlock)} up to unlock and ${fmt(gapAfter)} after it; cases.list right after unlock ${fmt(call)}`,
      );
      b.lock.lock();
    }
    // Locking while the daily backup is being copied: the lock waits for the worker's current step.
    for (const n of fs.readdirSync(backups)) fs.rmSync(path.join(backups, n));
    const r = await b.lock.unlock(password);
    if (!r.unlocked) throw new Error('unlock failed');
    const tmpSeen = performance.now();
    while (!fs.readdirSync(backups).some((n) => n.endsWith('.tmp')) && performance.now() - tmpSeen < 30_000) await new Promise((res) => setTimeout(res, 5));
    const [, lockMs] = time(() => b.lock.lock());
    console.log(`lock while the daily backup is being copied (${NOTES.toLocaleString('en')} notes): ${fmt(lockMs)}; left in backups/: ${fs.readdirSync(backups).length} file(s)`);
  } finally {
    b.close();
  }
}

export default async function run(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'leertafel-bench-lock-'));
  try {
    await unlockWithBackupDue(tmp);
    // Unlock: scrypt (async) + GCM unwrap + open with quick_check, through the lock service.
    const dir = fs.mkdtempSync(path.join(tmp, 'unlock-'));
    const key = crypto.randomBytes(32);
    openDatabase(dir, { key: Buffer.from(key), create: true }).db.close();
    await createKeyFile(dir, 'een lang wachtwoord', key, PASSWORD_KDF);
    const unwrap = await samples(3, () => unwrapWithPassword(readKeyFile(dir), 'een lang wachtwoord'));
    console.log(`scrypt N=2^17 r=8 p=1 + unwrap: median ${fmt(unwrap.median)} (min ${fmt(unwrap.min)})`);
    const svc = new LockService({ dataDir: dir, onOpen: (o) => o.db.close(), onClose: () => undefined });
    const unlock = await samples(3, async () => {
      const r = await svc.unlock('een lang wachtwoord');
      if (!r.unlocked) throw new Error('unlock failed');
      svc.lock();
    });
    console.log(`unlock (scrypt + unwrap + quick_check + open + migrate check): median ${fmt(unlock.median)} (min ${fmt(unlock.min)})`);

    const results: Record<string, Record<string, number>> = {};
    for (const mode of ['plain', 'encrypted'] as const) {
      const d = fs.mkdtempSync(path.join(tmp, `${mode}-`));
      const { db } = openDatabase(d, mode === 'encrypted' ? { key: Buffer.from(key), create: true } : {});
      prepare(db);
      const insert = db.prepare('INSERT INTO bench_notes (body) VALUES (?)');
      const insertFts = db.prepare('INSERT INTO bench_fts (rowid, body) VALUES (?, ?)');
      const [, bulk] = time(() =>
        db.transaction(() => {
          for (let i = 0; i < NOTES; i++) {
            const id = insert.run(note(i)).lastInsertRowid;
            insertFts.run(id, note(i));
          }
        })(),
      );
      const commits = await samples(200, () => insert.run(note(7)));
      const fts = await samples(30, () => db.prepare("SELECT count(*) FROM bench_fts WHERE bench_fts MATCH '\"notitie 4999\"'").pluck().get());
      const like = await samples(10, () => db.prepare("SELECT count(*) FROM bench_notes WHERE body LIKE '%notitie 4999%'").pluck().get());
      const [, backup] = time(() => db.prepare('VACUUM INTO ?').run(path.join(d, 'backup.db')));
      const [, check] = time(() => db.pragma('quick_check'));
      // The app's own backup (backend/core/backups.ts): VACUUM INTO a temporary file, check that it is
      // encrypted and passes quick_check on its own connection, fsync, rename into backups/.
      let appBackup = Number.NaN;
      if (mode === 'encrypted') [, appBackup] = time(() => writeBackup(db, Buffer.from(key), path.join(d, 'backups', 'leertafel-dag-2026-12-01.db')));
      db.close();
      results[mode] = { bulk, commit: commits.median, fts: fts.median, like: like.median, backup, check, appBackup, size: fs.statSync(path.join(d, 'leertafel.db')).size / 1e6 };
    }
    const row = (label: string, k: string, unit = 'ms') => {
      const p = results.plain[k];
      const e = results.encrypted[k];
      const show = (v: number) => (unit === 'ms' ? fmt(v) : `${v.toFixed(1)} ${unit}`);
      console.log(`${label}: plain ${show(p)}, encrypted ${show(e)} (${e >= p ? '+' : ''}${(((e - p) / p) * 100).toFixed(0)}%)`);
    };
    row(`insert ${NOTES.toLocaleString('en')} notes + FTS rows in one transaction`, 'bulk');
    row('one-row commit (synchronous=FULL, WAL), median of 200', 'commit');
    row(`trigram FTS5 search over ${NOTES.toLocaleString('en')} notes, median`, 'fts');
    row(`LIKE scan over ${NOTES.toLocaleString('en')} notes, median`, 'like');
    row(`backup with VACUUM INTO, ${NOTES.toLocaleString('en')} notes`, 'backup');
    row('quick_check', 'check');
    console.log(
      `daily backup as the app writes it (VACUUM INTO + encrypted check + quick_check + fsync + rename), ${NOTES.toLocaleString('en')} notes, encrypted: ${fmt(results.encrypted.appBackup)}`,
    );
    row('database size', 'size', 'MB');
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
