/**
 * The backup area: one automatic backup a day while the app is used (7 daily and 4 weekly kept), "Back-up
 * maken", the preview before a restore, the restore itself (through the lock, which holds the key and the
 * connection), and deletion reaching backups. Files and checks are in core/backups.ts.
 */
import path from 'node:path';
import {
  DAILY_PREFIX,
  MANUAL_PREFIX,
  SAFETY_PREFIX,
  BackupStopped,
  backupCounts,
  backupDir,
  backupTmp,
  fileStamp,
  holdsCases,
  installCopy,
  listBackupFiles,
  restorableBackups,
  writeBackup,
  type BackupFile,
} from '../core/backups';
import { DB_FILE, DatabaseOpenError, type Db } from '../core/db';
import { startBackgroundCopy, type BackgroundCopy, type CopyOutcome } from '../core/backgroundBackup';
import { amsterdamToday } from '../core/dates';
import { wipeFile } from '../core/files';
import { ApiError } from '../../../shared/api/errors';
import type { BackupCreated, BackupInfo, BackupList, BackupPreview, RestoreResult } from '../../../shared/backup/types';
import { backupsToKeep } from './retention';

export interface BackupServiceDeps {
  db: Db;
  dataDir: string;
  /** The data key while unlocked (the lock's); null once locked. */
  key: () => Buffer | null;
  nativeBinding?: string;
  /** Replaces the database by a checked backup file and reopens it (the lock: close, swap, open). */
  replaceDatabase: (file: string) => void;
  /** Tells the user what happened to backups (the app area's notices). */
  notify: (message: string) => void;
  log?: (line: string) => void;
  now?: () => Date;
  /** How a background copy is started (the worker); tests wrap it to hold a copy at a chosen moment. */
  startCopy?: typeof startBackgroundCopy;
}

/**
 * A backup of today being made in the worker. `stale`: a case was deleted after its copy began, so the copy
 * may still hold it; it is thrown away and made again. `wipe`: files found holding deleted cases, wiped once
 * the fresh backup is in place (`deleted`: the user is told then).
 */
interface Run {
  name: string;
  target: string;
  tmp: string;
  copy: BackgroundCopy;
  stale: boolean;
  wipe: BackupFile[];
  deleted: boolean;
  result: Promise<string | null> | null;
  promise: Promise<string | null>;
}

const REWRITE_FAILED =
  'De casus is verwijderd, maar de reservekopieën konden niet worden bijgewerkt en kunnen hem nog bevatten. Maak op het scherm Beveiliging een nieuwe back-up en verwijder de oudere uit de map backups.';

const info = (b: BackupFile): BackupInfo => ({ name: b.name, kind: b.kind!, createdAt: new Date(b.mtimeMs).toISOString(), bytes: b.bytes });

export class BackupService {
  private readonly now: () => Date;
  private run: Run | null = null;
  private closed = false;
  constructor(private readonly d: BackupServiceDeps) {
    this.now = d.now ?? (() => new Date());
  }

  private key(): Buffer {
    const k = this.d.key();
    if (!k) throw new ApiError('LOCKED', 'locked');
    return k;
  }

  private path(name: string): string {
    return path.join(backupDir(this.d.dataDir), name);
  }

  list(): BackupList {
    return { folder: backupDir(this.d.dataDir), backups: restorableBackups(this.d.dataDir).map(info) };
  }

  /**
   * Today's backup, if there is none yet, made in a worker (the backend keeps answering); then the daily
   * backups beyond 7 daily and 4 weekly are wiped. Called at unlock and hourly while unlocked. Settles with
   * the name written, or null; rejects when the backup failed or was stopped by a lock.
   */
  daily(): Promise<string | null> {
    if (this.run) return this.run.promise;
    const today = amsterdamToday(this.now());
    if (listBackupFiles(this.d.dataDir).some((b) => b.kind === 'daily' && b.day === today)) {
      this.retain();
      return Promise.resolve(null);
    }
    return this.start(`${DAILY_PREFIX}${today}.db`, [], false);
  }

  /** Resolves when no background backup runs (tests, and whoever wants to see the result). */
  async settled(): Promise<void> {
    while (this.run) await this.run.promise.catch(() => null);
  }

  private retain(): void {
    const dailies = listBackupFiles(this.d.dataDir).filter((b) => b.kind === 'daily');
    const keep = backupsToKeep(dailies.map((b) => b.day!));
    for (const b of dailies) if (!keep.has(b.day!)) wipeFile(b.file);
  }

  private start(name: string, wipe: BackupFile[], deleted: boolean): Promise<string | null> {
    const target = this.path(name);
    const tmp = backupTmp(target);
    const copy = (this.d.startCopy ?? startBackgroundCopy)({ dbFile: path.join(this.d.dataDir, DB_FILE), tmp, key: () => this.d.key(), nativeBinding: this.d.nativeBinding });
    const run: Run = { name, target, tmp, copy, stale: false, wipe, deleted, result: null, promise: Promise.resolve(null) };
    this.run = run;
    run.promise = copy.done.then((outcome) => this.finish(run, outcome));
    return run.promise;
  }

  /**
   * On the backend's thread, after the worker ended (or at close): the checked copy is renamed into place
   * unless a delete made it stale; then the files holding deleted cases go. Synchronous except for a
   * stale copy, which is made again (at close it is only thrown away).
   */
  private finish(run: Run, outcome: CopyOutcome): Promise<string | null> {
    // At close it runs from close(), and again when the worker's `done` settles: the first answer stands.
    if (!run.result) run.result = this.settle(run, outcome);
    return run.result;
  }

  private settle(run: Run, outcome: CopyOutcome): Promise<string | null> {
    if (this.run === run) this.run = null;
    if (outcome === 'ok' && run.stale) {
      wipeFile(run.tmp);
      if (!this.closed) return this.start(run.name, run.wipe, run.deleted);
      // Closing (a plain daily copy; close() makes a rewrite after a delete again itself): the next unlock makes today's.
      return Promise.reject(new BackupStopped());
    }
    if (outcome !== 'ok') {
      wipeFile(run.tmp);
      // Failed, or at close not finished within the wait: the files that held the case stay, and the user is told.
      if (run.deleted && (outcome === 'failed' || this.closed)) {
        this.d.log?.('rewriting backups after a delete failed');
        this.d.notify(REWRITE_FAILED);
      }
      return Promise.reject(outcome === 'stopped' ? new BackupStopped() : new Error('backup failed'));
    }
    installCopy(run.tmp, run.target);
    for (const b of run.wipe) if (b.file !== run.target) wipeFile(b.file);
    this.retain();
    if (run.deleted) {
      const n = new Set(run.wipe.filter((b) => b.file !== run.target).map((b) => b.file)).size;
      const message =
        n === 0
          ? 'De reservekopie van vandaag is opnieuw gemaakt zonder de verwijderde casus.'
          : `${n} ${n === 1 ? 'reservekopie bevatte' : 'reservekopieën bevatten'} de verwijderde casus nog en ${n === 1 ? 'is' : 'zijn'} gewist; er is één nieuwe reservekopie van vandaag gemaakt zonder die casus.`;
      this.d.notify(message);
      this.d.log?.(`deleted case(s) reached backups: ${run.wipe.length} file(s) replaced by ${run.name}`);
    }
    return Promise.resolve(run.name);
  }

  /**
   * Lock or close: a daily backup in progress is stopped (after the step it is in); one that replaces
   * backups holding a deleted case is waited for, so the deletion reaches them before the lock. Either
   * way the worker has ended, and with it its copy of the key, when this returns.
   */
  close(): void {
    this.closed = true;
    for (let run = this.run; run; run = this.run) {
      const outcome = run.copy.endSync({ stop: !run.deleted });
      if (outcome === 'ok' && run.stale && run.deleted) {
        // The copy may hold the deleted case: made again now, and waited for too (the key is still there).
        wipeFile(run.tmp);
        run.result = Promise.reject(new BackupStopped());
        run.result.catch(() => null);
        this.run = null;
        this.start(run.name, run.wipe, run.deleted).catch(() => null);
        continue;
      }
      this.finish(run, outcome).catch(() => null);
      break;
    }
  }

  /** "Back-up maken": a checked copy now, in backups/. */
  create(): BackupCreated {
    const name = `${MANUAL_PREFIX}${fileStamp(this.now())}.db`;
    writeBackup(this.d.db, this.key(), this.path(name), { nativeBinding: this.d.nativeBinding });
    return { name, path: this.path(name) };
  }

  private find(name: string): BackupFile {
    const b = restorableBackups(this.d.dataDir).find((x) => x.name === name);
    if (!b) throw new ApiError('NOT_FOUND', 'backup not found');
    return b;
  }

  preview(name: string): BackupPreview {
    const b = this.find(name);
    try {
      const { counts, schemaVersion } = backupCounts(b.file, this.key(), { nativeBinding: this.d.nativeBinding });
      return { ...info(b), counts, schemaVersion };
    } catch (err) {
      if (err instanceof DatabaseOpenError) throw new ApiError('VALIDATION', err.problem === 'DB_NEWER' ? 'backup from a newer version' : 'backup damaged');
      throw err;
    }
  }

  /**
   * The backup is checked (preview), a safety copy of the current state is written and checked, and only
   * then does the backup replace the database. After this the composition is a new one.
   */
  restore(name: string): RestoreResult {
    const b = this.find(name);
    this.preview(name);
    const safety = `${SAFETY_PREFIX}${fileStamp(this.now())}.db`;
    writeBackup(this.d.db, this.key(), this.path(safety), { nativeBinding: this.d.nativeBinding });
    this.d.log?.('restoring a backup; safety copy written');
    this.d.replaceDatabase(b.file);
    return { restored: name, safetyCopy: safety };
  }

  /**
   * Deletion reaches backups: every file in backups/ that still holds one of these cases (encrypted
   * backups, migration copies, the unencrypted copy kept from before encryption) is overwritten and
   * removed, once one fresh backup of the state after the delete has taken today's place (made in the
   * worker; the user is told when it is in place, or that it failed, and then the files stay). A backup
   * copy already in progress may have begun before the delete: it is thrown away and made again. A file
   * that cannot be read at all (a damaged database set aside) is left as it is. Answers how many files hold
   * the cases.
   */
  afterCasesDeleted(caseIds: readonly string[]): number {
    if (!caseIds.length) return 0;
    const key = this.key();
    const holding = listBackupFiles(this.d.dataDir).filter((b) => holdsCases(b.file, b.contents, key, caseIds, { nativeBinding: this.d.nativeBinding }) === true);
    const run = this.run;
    if (run) {
      // A copy in progress may have begun before the delete: it is never renamed into place, but made again.
      run.stale = true;
      run.wipe.push(...holding);
      run.deleted ||= holding.length > 0;
      return holding.length;
    }
    if (!holding.length) return 0;
    this.start(`${DAILY_PREFIX}${amsterdamToday(this.now())}.db`, holding, true).catch(() => null);
    return holding.length;
  }
}
