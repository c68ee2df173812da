/**
 * The preload exposes one object, `window.leertafel`, with exactly one function per contract method, and
 * `window.leertafelEvents` with two subscriptions: the progress of the page's own long calls, and main's
 * request to lock (suspend, screen lock).
 * No ipcRenderer, no generic send: the renderer can ask for what the contract lists and nothing else.
 * Bundled as CommonJS because sandboxed preloads cannot be ES modules.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { METHOD_NAMES, channelOf, type LeertafelApi } from '../../shared/api/contract';
import { LOCK_REQUEST_CHANNEL, PROGRESS_CHANNEL, SAVE_BACKUP_CHANNEL, asProgressEvent, type LeertafelEvents, type LeertafelShell } from '../../shared/api/progress';

const api = Object.fromEntries(
  METHOD_NAMES.map((m) => [m, (input: unknown) => ipcRenderer.invoke(channelOf(m), input)]),
) as unknown as LeertafelApi;

const events: LeertafelEvents = {
  onProgress(listener) {
    // The event object never reaches the page: only a checked copy of the payload.
    const handler = (_event: IpcRendererEvent, payload: unknown) => {
      const progress = asProgressEvent(payload);
      if (progress) listener(progress);
    };
    ipcRenderer.on(PROGRESS_CHANNEL, handler);
    return () => void ipcRenderer.removeListener(PROGRESS_CHANNEL, handler);
  },
  onLockRequest(listener) {
    // Nothing of the message reaches the page: it only says "lock now".
    const handler = () => listener();
    ipcRenderer.on(LOCK_REQUEST_CHANNEL, handler);
    return () => void ipcRenderer.removeListener(LOCK_REQUEST_CHANNEL, handler);
  },
};

/** The desktop shell's own: "Back-up maken" with the save dialog (main asks where; the page names no path). */
const shell: LeertafelShell = {
  saveBackupAs: async () => {
    const r = (await ipcRenderer.invoke(SAVE_BACKUP_CHANNEL)) as { ok: boolean; value?: unknown; error?: { code?: string } };
    if (!r || !r.ok) throw new Error(r?.error?.code ?? 'INTERNAL');
    return r.value as Awaited<ReturnType<LeertafelShell['saveBackupAs']>>;
  },
};

contextBridge.exposeInMainWorld('leertafel', Object.freeze(api));
contextBridge.exposeInMainWorld('leertafelShell', Object.freeze(shell));
contextBridge.exposeInMainWorld('leertafelEvents', Object.freeze(events));
