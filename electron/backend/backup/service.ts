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
  backupCounts,
  backupDir,
  fileStamp,
  holdsCases,
  listBackupFiles,
  restorableBackups,
  writeBackup,
  type BackupFile,
} from '../core/backups';
import { DatabaseOpenError, type Db } from '../core/db';
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
}

const info = (b: BackupFile): BackupInfo => ({ name: b.name, kind: b.kind!, createdAt: new Date(b.mtimeMs).toISOString(), bytes: b.bytes });

export class BackupService {
  private readonly now: () => Date;
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
   * Today's backup, if there is none yet; then the daily backups beyond 7 daily and 4 weekly are wiped.
   * Called at unlock and hourly while unlocked. Answers the name written, or null.
   */
  daily(): string | null {
    const today = amsterdamToday(this.now());
    const name = `${DAILY_PREFIX}${today}.db`;
    const dailies = listBackupFiles(this.d.dataDir).filter((b) => b.kind === 'daily');
    let written: string | null = null;
    if (!dailies.some((b) => b.day === today)) {
      writeBackup(this.d.db, this.key(), this.path(name), { nativeBinding: this.d.nativeBinding });
      written = name;
      dailies.push({ name, file: this.path(name), kind: 'daily', day: today, mtimeMs: this.now().getTime(), bytes: 0, contents: 'encrypted' });
    }
    const keep = backupsToKeep(dailies.map((b) => b.day!));
    for (const b of dailies) if (!keep.has(b.day!)) wipeFile(b.file);
    return written;
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
   * removed, and one fresh backup of the state after the delete takes today's place. A file that cannot
   * be read at all (a damaged database set aside) is left as it is. Answers how many files went.
   */
  afterCasesDeleted(caseIds: readonly string[]): number {
    if (!caseIds.length) return 0;
    const key = this.key();
    const holding = listBackupFiles(this.d.dataDir).filter((b) => holdsCases(b.file, b.contents, key, caseIds, { nativeBinding: this.d.nativeBinding }) === true);
    if (!holding.length) return 0;
    const today = `${DAILY_PREFIX}${amsterdamToday(this.now())}.db`;
    writeBackup(this.d.db, key, this.path(today), { nativeBinding: this.d.nativeBinding });
    for (const b of holding) if (b.name !== today) wipeFile(b.file);
    const n = holding.filter((b) => b.name !== today).length;
    const message =
      n === 0
        ? 'De reservekopie van vandaag is opnieuw gemaakt zonder de verwijderde casus.'
        : `${n} ${n === 1 ? 'reservekopie bevatte' : 'reservekopieën bevatten'} de verwijderde casus nog en ${n === 1 ? 'is' : 'zijn'} gewist; er is één nieuwe reservekopie van vandaag gemaakt zonder die casus.`;
    this.d.notify(message);
    this.d.log?.(`deleted case(s) reached backups: ${holding.length} file(s) replaced by ${today}`);
    return holding.length;
  }
}
