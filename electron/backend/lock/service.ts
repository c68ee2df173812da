/**
 * The lock: which state the data folder is in (set-up, locked, unlocked, failed), and the only code that
 * holds the data key. Opening the database is the composition's business (`onOpen`), so this area never
 * reaches into another; it hands over an open, migrated, encrypted database and takes it back on lock.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  BACKUP_DIR,
  DB_FILE,
  DB_NEW_SUFFIX,
  DatabaseOpenError,
  databaseFileKind,
  encryptInPlace,
  checkEncrypted,
  finishPendingRename,
  openDatabase,
  type OpenResult,
} from '../core/db';
import {
  KeyFileError,
  PASSWORD_KDF,
  WrongSecretError,
  createKeyFile,
  createKeyFileSync,
  keyFileExists,
  newDataKey,
  readKeyFile,
  rewrapPassword,
  unwrapWithPassword,
  unwrapWithPasswordSync,
  unwrapWithRecovery,
  type KdfParams,
} from '../core/keyfile';
import { tightenPermissions, wipeFile } from '../core/files';
import { installBackup, restorableBackups, setAsideDatabase } from '../core/backups';
import type { RestoreLatestResult } from '../../../shared/backup/types';
import { ApiError } from '../../../shared/api/errors';
import type { ChangePasswordResult, LockFailure, LockStatus, SetupResult, UnlockResult } from '../../../shared/lock/types';

export interface LockServiceOptions {
  dataDir: string;
  nativeBinding?: string;
  /** PASSWORD_KDF, except on the explicit test path. */
  kdf?: KdfParams;
  log?: (line: string) => void;
  /** The database is open and migrated: compose the areas on it. */
  onOpen: (opened: OpenResult) => void;
  /** Lock: checkpoint and close the database, forget everything derived from it. */
  onClose: () => void;
}

export class LockService {
  private dataKey: Buffer | null = null;
  private failure: LockFailure | null = null;
  private busy = false;
  private readonly file: string;

  constructor(private readonly o: LockServiceOptions) {
    this.file = path.join(o.dataDir, DB_FILE);
    tightenPermissions(o.dataDir);
  }

  get dataDir(): string {
    return this.o.dataDir;
  }

  get unlocked(): boolean {
    return this.dataKey !== null;
  }

  /** The data key while unlocked (backups are encrypted with it); null while locked. */
  key(): Buffer | null {
    return this.dataKey;
  }

  status(): LockStatus {
    const s = this.baseStatus();
    if (s.state === 'unlocked' || s.state === 'setup') return s;
    const newest = restorableBackups(this.o.dataDir)[0];
    return { ...s, newestBackup: newest ? { name: newest.name, createdAt: new Date(newest.mtimeMs).toISOString() } : null };
  }

  private baseStatus(): LockStatus {
    const unencryptedBackups = this.unencryptedBackups().length;
    if (this.dataKey) return { state: 'unlocked', failure: null, unencryptedBackups, encryptsExisting: false };
    if (this.failure) return { state: 'failed', failure: this.failure, unencryptedBackups, encryptsExisting: false };
    const db = databaseFileKind(this.file);
    const pendingNew = databaseFileKind(this.file + DB_NEW_SUFFIX) === 'encrypted';
    const failed = (failure: LockFailure): LockStatus => ({ state: 'failed', failure, unencryptedBackups, encryptsExisting: false });
    if (!keyFileExists(this.o.dataDir)) {
      if (db === 'absent') return { state: 'setup', failure: null, unencryptedBackups, encryptsExisting: false };
      if (db === 'plain') return { state: 'setup', failure: null, unencryptedBackups, encryptsExisting: true };
      if (db === 'empty') return failed('DB_EMPTY');
      return failed('KEYFILE_MISSING');
    }
    try {
      readKeyFile(this.o.dataDir);
    } catch {
      return failed('KEYFILE_DAMAGED');
    }
    if (db === 'empty') return failed('DB_EMPTY');
    if (db === 'absent' && !pendingNew) return failed('DB_MISSING');
    return { state: 'locked', failure: null, unencryptedBackups, encryptsExisting: false };
  }

  // ---- set-up -------------------------------------------------------------------------------------------

  async setup(password: string): Promise<SetupResult> {
    return this.exclusive(async () => {
      this.requireState('setup');
      const dataKey = newDataKey();
      const recoveryKey = await this.prepareSetup(dataKey, () => createKeyFile(this.o.dataDir, password, dataKey, this.kdf));
      this.open(dataKey);
      return { recoveryKey, status: this.status() };
    });
  }

  /** The explicit test path: set up or unlock synchronously with a test password (LEERTAFEL_TEST_PASSWORD). */
  setupOrUnlockSync(password: string): LockStatus {
    const s = this.status();
    if (s.state === 'setup') {
      const dataKey = newDataKey();
      const done = this.prepareSetupSync(dataKey, () => createKeyFileSync(this.o.dataDir, password, dataKey, this.kdf));
      void done;
      this.open(dataKey);
    } else if (s.state === 'locked') {
      this.open(unwrapWithPasswordSync(readKeyFile(this.o.dataDir), password));
    }
    const after = this.status();
    if (after.state !== 'unlocked') throw new Error(`backend could not be unlocked: ${after.failure ?? after.state}`);
    return after;
  }

  private async prepareSetup(dataKey: Buffer, writeKeyFile: () => Promise<string>): Promise<string> {
    if (databaseFileKind(this.file) === 'plain') {
      // The key file first: should encryption stop half way, the next unlock with this password resumes it.
      const recoveryKey = await writeKeyFile();
      this.encryptExisting(dataKey);
      return recoveryKey;
    }
    this.createNew(dataKey);
    const recoveryKey = await writeKeyFile();
    finishPendingRename(this.o.dataDir, dataKey, { nativeBinding: this.o.nativeBinding });
    return recoveryKey;
  }
  private prepareSetupSync(dataKey: Buffer, writeKeyFile: () => string): string {
    if (databaseFileKind(this.file) === 'plain') {
      const recoveryKey = writeKeyFile();
      this.encryptExisting(dataKey);
      return recoveryKey;
    }
    this.createNew(dataKey);
    const recoveryKey = writeKeyFile();
    finishPendingRename(this.o.dataDir, dataKey, { nativeBinding: this.o.nativeBinding });
    return recoveryKey;
  }

  /** A new installation: the encrypted database is built beside its final name, then the key file, then the rename. */
  private createNew(dataKey: Buffer): void {
    const next = this.file + DB_NEW_SUFFIX;
    wipeFile(next);
    const { db, fromVersion, toVersion } = openDatabase(this.o.dataDir, { key: dataKey, create: true, file: next, nativeBinding: this.o.nativeBinding });
    if (fromVersion !== toVersion) this.o.log?.(`database migrated from version ${fromVersion} to ${toVersion}`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
  }

  private encryptExisting(dataKey: Buffer): void {
    const backup = encryptInPlace(this.o.dataDir, dataKey, { nativeBinding: this.o.nativeBinding });
    this.o.log?.(`database encrypted in place; the unencrypted copy is kept in ${BACKUP_DIR}/ until confirmed (${path.basename(backup)})`);
  }

  // ---- unlock -------------------------------------------------------------------------------------------

  async unlock(password: string): Promise<UnlockResult> {
    return this.exclusive(async () => {
      if (this.dataKey) return { unlocked: true, status: this.status() };
      this.requireState('locked');
      let dataKey: Buffer;
      try {
        dataKey = await unwrapWithPassword(readKeyFile(this.o.dataDir), password);
      } catch (err) {
        return this.unlockFailure(err, 'WRONG_PASSWORD');
      }
      return this.openResult(dataKey);
    });
  }

  async unlockWithRecovery(recoveryKey: string, newPassword: string): Promise<UnlockResult> {
    return this.exclusive(async () => {
      if (this.dataKey) return { unlocked: true, status: this.status() };
      this.requireState('locked');
      let dataKey: Buffer;
      try {
        dataKey = unwrapWithRecovery(readKeyFile(this.o.dataDir), recoveryKey);
      } catch (err) {
        return this.unlockFailure(err, 'WRONG_RECOVERY_KEY');
      }
      // The forgotten password is replaced at once; the recovery key stays valid.
      await rewrapPassword(this.o.dataDir, dataKey, newPassword, this.kdf);
      return this.openResult(dataKey);
    });
  }

  async changePassword(current: string, next: string): Promise<ChangePasswordResult> {
    return this.exclusive(async () => {
      if (!this.dataKey) throw new ApiError('LOCKED', 'locked');
      let check: Buffer;
      try {
        check = await unwrapWithPassword(readKeyFile(this.o.dataDir), current);
      } catch (err) {
        if (err instanceof WrongSecretError) return { changed: false, reason: 'WRONG_PASSWORD' } as const;
        throw err;
      }
      check.fill(0);
      await rewrapPassword(this.o.dataDir, this.dataKey, next, this.kdf);
      return { changed: true } as const;
    });
  }

  private unlockFailure(err: unknown, reason: 'WRONG_PASSWORD' | 'WRONG_RECOVERY_KEY'): UnlockResult {
    if (err instanceof WrongSecretError) return { unlocked: false, reason, status: this.status() };
    if (err instanceof KeyFileError) {
      this.failure = err.problem === 'MISSING' ? 'KEYFILE_MISSING' : 'KEYFILE_DAMAGED';
      return { unlocked: false, reason: 'FAILED', status: this.status() };
    }
    throw err;
  }

  private openResult(dataKey: Buffer): UnlockResult {
    try {
      this.open(dataKey);
    } catch (err) {
      if (err instanceof DatabaseOpenError) {
        this.failure = err.problem;
        return { unlocked: false, reason: 'FAILED', status: this.status() };
      }
      throw err;
    }
    return { unlocked: true, status: this.status() };
  }

  /** Resumes an interrupted set-up or encryption, opens the database and hands it to the composition. */
  private open(dataKey: Buffer): void {
    const options = { nativeBinding: this.o.nativeBinding };
    try {
      finishPendingRename(this.o.dataDir, dataKey, options);
      if (databaseFileKind(this.file) === 'plain') this.encryptExisting(dataKey);
      const opened = openDatabase(this.o.dataDir, { key: dataKey, ...options });
      // The composition may use the key at once (the daily backup at unlock).
      this.dataKey = dataKey;
      try {
        this.o.onOpen(opened);
      } catch (err) {
        this.dataKey = null;
        opened.db.close();
        throw err;
      }
    } catch (err) {
      dataKey.fill(0);
      throw err;
    }
    this.failure = null;
    tightenPermissions(this.o.dataDir);
  }

  // ---- restore ------------------------------------------------------------------------------------------

  /**
   * While unlocked: the database is replaced by a backup file. The file is checked with the key first;
   * then the composition is closed, the copy installed and opened again with the same key. The caller
   * (the backup area) has written the safety copy before.
   */
  replaceDatabase(file: string): void {
    if (!this.dataKey) throw new ApiError('LOCKED', 'locked');
    const options = { nativeBinding: this.o.nativeBinding };
    const key = Buffer.from(this.dataKey);
    try {
      checkEncrypted(file, key, options);
    } catch (err) {
      key.fill(0);
      if (err instanceof DatabaseOpenError) throw new ApiError('VALIDATION', 'backup does not check out');
      throw err;
    }
    this.lock();
    try {
      installBackup(this.o.dataDir, file);
    } finally {
      // Whether the copy went in or not: open what is there now (a failure shows its screen).
      try {
        this.open(key);
      } catch (err) {
        if (err instanceof DatabaseOpenError) this.failure = err.problem;
        else throw err;
      }
    }
  }

  /**
   * From a failure screen: the database is damaged, empty or missing. With the password, the newest
   * backup that decrypts and passes quick_check replaces it; the unusable file is moved aside into
   * backups/ unchanged (never opened for writing), then the app opens as after an unlock.
   */
  async restoreLatest(password: string): Promise<RestoreLatestResult> {
    return this.exclusive(async () => {
      const s = this.status();
      if (s.state !== 'failed' || !['DB_DAMAGED', 'DB_EMPTY', 'DB_MISSING'].includes(s.failure ?? '')) {
        throw new ApiError('CONFLICT', 'nothing to restore');
      }
      let dataKey: Buffer;
      try {
        dataKey = await unwrapWithPassword(readKeyFile(this.o.dataDir), password);
      } catch (err) {
        if (err instanceof WrongSecretError) return { restored: false, reason: 'WRONG_PASSWORD', status: this.status() } as const;
        throw err;
      }
      const options = { nativeBinding: this.o.nativeBinding };
      const good = restorableBackups(this.o.dataDir).find((b) => {
        try {
          checkEncrypted(b.file, dataKey, options);
          return true;
        } catch {
          return false;
        }
      });
      if (!good) {
        dataKey.fill(0);
        return { restored: false, reason: 'NO_BACKUP', status: this.status() } as const;
      }
      const setAside = setAsideDatabase(this.o.dataDir, new Date());
      installBackup(this.o.dataDir, good.file);
      this.failure = null;
      this.o.log?.(`restored the newest good backup after ${s.failure}`);
      const r = this.openResult(dataKey);
      if (!r.unlocked) return { restored: false, reason: 'NO_BACKUP', status: r.status } as const;
      return { restored: true, name: good.name, createdAt: new Date(good.mtimeMs).toISOString(), setAside, status: r.status } as const;
    });
  }

  // ---- lock ---------------------------------------------------------------------------------------------

  lock(): LockStatus {
    if (this.dataKey) {
      try {
        this.o.onClose();
      } finally {
        this.dataKey.fill(0);
        this.dataKey = null;
      }
    }
    return this.status();
  }

  /** The unencrypted copies in backups/ (from before encryption, or migration copies of that time). */
  unencryptedBackups(): string[] {
    const dir = path.join(this.o.dataDir, BACKUP_DIR);
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      return [];
    }
    return names.filter((n) => n.endsWith('.db')).map((n) => path.join(dir, n)).filter((f) => databaseFileKind(f) === 'plain');
  }

  discardUnencrypted(): { removed: number } {
    if (!this.dataKey) throw new ApiError('LOCKED', 'locked');
    const files = this.unencryptedBackups();
    for (const f of files) for (const suffix of ['', '-wal', '-shm', '-journal']) wipeFile(f + suffix);
    return { removed: files.length };
  }

  private get kdf(): KdfParams {
    return this.o.kdf ?? PASSWORD_KDF;
  }

  private requireState(state: LockStatus['state']): void {
    if (this.status().state !== state) throw new ApiError('CONFLICT', `lock state is not ${state}`);
  }

  private async exclusive<T>(fn: () => Promise<T>): Promise<T> {
    if (this.busy) throw new ApiError('CONFLICT', 'lock busy');
    this.busy = true;
    try {
      return await fn();
    } finally {
      this.busy = false;
    }
  }
}
