import type { AreaHandlers } from '../../../shared/api/contract';
import type { BackupService } from './service';

export function backupHandlers(backups: BackupService): AreaHandlers<'backup'> {
  return {
    'backup.list': () => backups.list(),
    'backup.create': () => backups.create(),
    'backup.preview': ({ name }) => backups.preview(name),
    'backup.restore': ({ name }) => backups.restore(name),
  };
}
