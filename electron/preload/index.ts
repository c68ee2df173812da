/**
 * The preload exposes one object, `window.leertafel`, with exactly one function per contract method, and
 * `window.leertafelEvents` with one subscription: the progress of the page's own long calls.
 * No ipcRenderer, no generic send: the renderer can ask for what the contract lists and nothing else.
 * Bundled as CommonJS because sandboxed preloads cannot be ES modules.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { METHOD_NAMES, channelOf, type LeertafelApi } from '../../shared/api/contract';
import { PROGRESS_CHANNEL, asProgressEvent, type LeertafelEvents } from '../../shared/api/progress';

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
};

contextBridge.exposeInMainWorld('leertafel', Object.freeze(api));
contextBridge.exposeInMainWorld('leertafelEvents', Object.freeze(events));
