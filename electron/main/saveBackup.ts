/**
 * "Back-up maken" in the desktop app: the system's save dialog, then the backend writes a checked, encrypted
 * backup into backups/ (`backup.create`), and main copies that file to where the user chose (asynchronously,
 * so main is not blocked). The page only asks; it never names a path, so it cannot write anywhere itself.
 * The copy is encrypted like every backup; outside backups/ a later case deletion cannot reach it.
 */
import fs from 'node:fs';
import type { IpcMainInvokeEvent } from 'electron';
import type { BackendHost } from '../host';
import { SAVE_BACKUP_CHANNEL, type SaveBackupAsResult } from '../../shared/api/progress';
import type { BackupCreated } from '../../shared/backup/types';
import type { Result } from '../../shared/api/errors';

export interface SaveDialog {
  showSaveDialog(options: { title?: string; defaultPath?: string; filters?: Array<{ name: string; extensions: string[] }> }): Promise<{ canceled: boolean; filePath?: string }>;
}
export interface HandleIpc {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
}

export const FORBIDDEN_SAVE = { ok: false, error: { code: 'FORBIDDEN', message: 'sender not allowed' } } as const;

export function wireSaveBackup(ipcMain: HandleIpc, dialog: SaveDialog, host: Pick<BackendHost, 'call'>, isAppUrl: (url: string) => boolean): void {
  ipcMain.handle(SAVE_BACKUP_CHANNEL, async (event): Promise<Result<SaveBackupAsResult>> => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !isAppUrl(frame.url)) return FORBIDDEN_SAVE;
    const stamp = new Date().toISOString().slice(0, 10);
    const choice = await dialog.showSaveDialog({
      title: 'Back-up maken',
      defaultPath: `leertafel-back-up-${stamp}.db`,
      filters: [{ name: 'Leertafel-back-up', extensions: ['db'] }],
    });
    if (choice.canceled || !choice.filePath) return { ok: true, value: { saved: false } };
    const made = (await host.call('backup.create', {})) as Result<BackupCreated>;
    if (!made.ok) return made;
    try {
      await fs.promises.copyFile(made.value.path, choice.filePath);
      await fs.promises.chmod(choice.filePath, 0o600);
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: 'copy failed', details: [{ path: 'saveBackup', message: 'COPY' }] } };
    }
    return { ok: true, value: { saved: true, name: made.value.name, path: made.value.path, savedTo: choice.filePath } };
  });
}
