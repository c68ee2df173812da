/**
 * Electron glue only: lifecycle, windows, the app:// protocol, the lockdown, and the relay between the
 * renderer's IPC and the backend, which runs in its own utilityProcess (electron/host/child.ts) so that no
 * export, backup or index rebuild ever blocks the process that moves windows and paints menus.
 *
 * Everything Electron hands us comes in as `electron`, so the whole of it runs under a recording double in
 * the tests (electron/main/testing/); index.ts is the one line that passes the real module.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { App } from 'electron';
import { uuidSchema } from '../../shared/common/schemas';
import { createBackendHost, type BackendHost } from '../host';
import { utilityProcessSpawner } from './backendProcess';
import { wireIpc } from './ipc';
import { APP_ORIGIN, handleAppProtocol, isAppSchemeUrl, registerAppScheme } from './protocol';
import { lockDownApp, lockDownSession } from './security';
import { createWindows } from './windows';
import { lockOnPower } from './power';
import { wireSaveBackup } from './saveBackup';

export type ElectronMain = Pick<
  typeof import('electron'),
  'app' | 'BrowserWindow' | 'dialog' | 'ipcMain' | 'powerMonitor' | 'protocol' | 'screen' | 'session' | 'utilityProcess'
>;

export interface MainOptions {
  /** The renderer's dev server (electron-vite dev); never in a packaged app. */
  devServerUrl: string | undefined;
  dataDir: string;
  resourcesDir: string;
  /** The built renderer, served as app://leertafel/. */
  rendererDir: string;
  preloadPath: string;
  /** The backend process's entry, built to out/main/backend.js from electron/host/child.ts. */
  backendEntry: string;
  /** better-sqlite3 built for Electron's ABI (node_modules holds the Node build the tests use). */
  nativeBinding: string | undefined;
  platform: NodeJS.Platform;
  log: (line: string) => void;
}

/** better-sqlite3 in node_modules is built for Node (the tests); Electron loads its own build. */
export function nativeBinding(app: App, resourcesPath: string, electronVersion: string | undefined): string | undefined {
  const candidates = app.isPackaged
    ? [path.join(resourcesPath, 'native', 'better_sqlite3.node')]
    : [path.join(app.getAppPath(), '.native', `electron-${electronVersion}`, 'better_sqlite3.node')];
  return candidates.find((c) => fs.existsSync(c));
}

/** The options as the running app has them: environment, app paths, and where the build put its parts. */
export function optionsFromEnvironment(
  app: App,
  here: string,
  env: NodeJS.ProcessEnv = process.env,
  resourcesPath: string = process.resourcesPath,
): MainOptions {
  return {
    devServerUrl: (!app.isPackaged && env.ELECTRON_RENDERER_URL) || undefined,
    dataDir: env.LEERTAFEL_DATA_DIR ?? app.getPath('userData'),
    resourcesDir: app.isPackaged ? resourcesPath : path.join(app.getAppPath(), 'resources'),
    rendererDir: path.join(here, '../renderer'),
    preloadPath: path.join(here, '../preload/index.cjs'),
    backendEntry: path.join(here, 'backend.js'),
    nativeBinding: nativeBinding(app, resourcesPath, process.versions.electron),
    platform: process.platform,
    log: (line) => console.log(`[leertafel] ${line}`),
  };
}

export interface MainState {
  /** False in a second instance, which only quits. */
  readonly primary: boolean;
  readonly host: BackendHost | null;
}

export function startMain(electron: ElectronMain, overrides: Partial<MainOptions> = {}): MainState {
  const { app, BrowserWindow, dialog, ipcMain, powerMonitor, protocol, screen, session, utilityProcess } = electron;
  const state = { primary: false, host: null as BackendHost | null };

  // A second instance quits before it registers, opens or starts anything; the first one comes forward.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return state;
  }
  state.primary = true;
  const o: MainOptions = { ...optionsFromEnvironment(app, import.meta.dirname), ...overrides };

  const devOrigin = o.devServerUrl ? new URL(o.devServerUrl).origin : null;
  const isAppUrl = (url: string): boolean => {
    try {
      const u = new URL(url);
      return isAppSchemeUrl(u) || (devOrigin !== null && u.origin === devOrigin);
    } catch {
      return false;
    }
  };
  const pageUrl = (hash = '') => `${o.devServerUrl ?? `${APP_ORIGIN}/index.html`}${hash}`;

  registerAppScheme(protocol);
  lockDownApp(app);
  const windows = createWindows({ BrowserWindow, screen, preloadPath: o.preloadPath, pageUrl, isAppUrl });
  app.on('second-instance', () => windows.focusMain());

  app
    .whenReady()
    .then(() => {
      lockDownSession(session.defaultSession, o.devServerUrl);
      handleAppProtocol(protocol, o.rendererDir);
      const host = createBackendHost({
        spawn: utilityProcessSpawner(utilityProcess, o.backendEntry),
        init: { dataDir: o.dataDir, resourcesDir: o.resourcesDir, nativeBinding: o.nativeBinding, shell: 'electron', version: app.getVersion() },
        // The backend validated the id already; main checks again what ends up in a window's URL.
        platform: { openBeamer: (sessionId) => void (uuidSchema.safeParse(sessionId).success && windows.openBeamer(sessionId)) },
        log: o.log,
      });
      state.host = host;
      wireIpc(ipcMain, host, isAppUrl);
      wireSaveBackup(ipcMain, dialog, host, isAppUrl);
      // Suspend and screen lock lock the app like Ctrl+L (powerMonitor exists only after ready).
      lockOnPower({ powerMonitor, windows: () => BrowserWindow.getAllWindows(), lockBackend: () => host.call('lock.lock', {}), log: o.log });
      windows.openMain();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) windows.openMain();
      });
    })
    .catch((err: unknown) => {
      o.log(`start failed: ${err instanceof Error ? err.name : typeof err}`);
      app.quit();
    });

  app.on('window-all-closed', () => {
    if (o.platform !== 'darwin') app.quit();
  });

  // Quitting waits for the backend: calls in flight finish, the WAL is checkpointed, the database closed.
  let backendClosed = false;
  app.on('will-quit', (event) => {
    const host = state.host;
    if (!host || backendClosed) return;
    event.preventDefault();
    if (host.state === 'closing') return;
    void host.close().then(() => {
      backendClosed = true;
      app.quit();
    });
  });

  return state;
}
