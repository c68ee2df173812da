/**
 * The preload exposes one object, `window.leertafel`, with exactly one function per contract method.
 * No ipcRenderer, no generic send: the renderer can ask for what the contract lists and nothing else.
 * Bundled as CommonJS because sandboxed preloads cannot be ES modules.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { METHOD_NAMES, channelOf, type LeertafelApi } from '../../shared/api/contract';

const api = Object.fromEntries(
  METHOD_NAMES.map((m) => [m, (input: unknown) => ipcRenderer.invoke(channelOf(m), input)]),
) as unknown as LeertafelApi;

contextBridge.exposeInMainWorld('leertafel', Object.freeze(api));
