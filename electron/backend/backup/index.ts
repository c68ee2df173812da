/** The backup area's public interface. */
export { BackupService, type BackupServiceDeps } from './service';
export { backupHandlers } from './handlers';
export { backupsToKeep, weekOf } from './retention';
