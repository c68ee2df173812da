/**
 * The backup area's part of the API (issue 12). Every method works only while unlocked: a backup is read
 * and written with the data key. Restoring the newest good backup from a failure screen is `lock.restoreLatest`.
 */
import { method } from '../api/define';
import { noInput } from '../common/schemas';
import { backupNameInputSchema, type BackupCreated, type BackupList, type BackupPreview, type RestoreResult } from './types';

export const backupContract = {
  /** The backups in `backups/`, newest first, and where that folder is. */
  'backup.list': method<BackupList>()(noInput, { repeatable: true }),
  /** "Back-up maken": a checked, encrypted copy now, in `backups/`; answers its path. */
  'backup.create': method<BackupCreated>()(noInput),
  /** What a backup holds (date, counts), read with the data key, before restoring it. */
  'backup.preview': method<BackupPreview>()(backupNameInputSchema, { repeatable: true }),
  /** A safety copy of the current state first, then the backup replaces the database; the renderer reloads. */
  'backup.restore': method<RestoreResult>()(backupNameInputSchema),
};
