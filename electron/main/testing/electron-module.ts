/**
 * What `import … from 'electron'` resolves to in the `electron-main` test project (vitest.config.ts): one
 * double for the whole test file, so the real entry (electron/main/index.ts) can be imported as it is. The app
 * path is the repository, as under `electron-vite dev`.
 */
import path from 'node:path';
import { createElectronDouble } from './electron';

export const double = createElectronDouble({ appPath: path.resolve(import.meta.dirname, '..', '..', '..') });
export const { app, BrowserWindow, dialog, ipcMain, powerMonitor, protocol, screen, session, utilityProcess } = double.electron;
