/** The backend's shared machinery: the database and its migrations, the dispatcher, dates, paths and keys. */
export { openDatabase, DB_FILE, type Db } from './db';
export { MIGRATIONS, SCHEMA_VERSION } from './migrations';
export { createDispatch, type Dispatch } from './dispatch';
export { createNameKey, loadNameKeySecret, type NameKey } from './keys';
export { TEST_KDF, PASSWORD_KDF } from './keyfile';
export { defaultResourcesDir, repoRoot } from './paths';
export { amsterdamToday } from './dates';
export { reportProgress, thinned, withProgress, type Progress } from './progress';
export { BackupStopped } from './backups';
