import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { METHOD_NAMES, channelOf, contract } from '../../shared/api/contract';
import type { BackendHost } from '../host';
import { PROGRESS_CHANNEL } from '../../shared/api/progress';

/**
 * Progress of a long call is sent to the page that made it: `{ method, done, total?, stage? }`
 * (shared/api/progress.ts); the preload passes it to the renderer's progress bar. Nothing user-typed
 * travels on it.
 */
export { PROGRESS_CHANNEL };

export const FORBIDDEN = { ok: false, error: { code: 'FORBIDDEN', message: 'sender not allowed' } } as const;

/**
 * One handler per contract method. Only our own page may call the backend: not a frame that navigated
 * elsewhere, not an iframe. What passes is relayed, as it is, to the backend process; the backend's
 * dispatcher validates the input against the contract there.
 */
export function wireIpc(ipcMain: IpcMain, host: BackendHost, isAppUrl: (url: string) => boolean): void {
  for (const m of METHOD_NAMES) {
    ipcMain.handle(channelOf(m), (event: IpcMainInvokeEvent, input: unknown) => {
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null || !isAppUrl(frame.url)) return FORBIDDEN;
      return host.call(m, input, {
        repeatable: contract[m].repeatable === true,
        onProgress: (p) => {
          if (!event.sender.isDestroyed()) event.sender.send(PROGRESS_CHANNEL, { method: m, ...p });
        },
      });
    });
  }
}
