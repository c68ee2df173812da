/**
 * Electron glue only: lifecycle, the window, the app:// protocol, the lockdown and the IPC wiring.
 * All behaviour lives in the plain-Node backend (electron/backend), which this file merely hosts.
 */
import path from 'node:path';
import fs from 'node:fs';
import { app, BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { createBackend, type Backend } from '../backend';
import { METHOD_NAMES, channelOf } from '../../shared/api/methods';
import { APP_ORIGIN, handleAppProtocol, registerAppScheme } from './protocol';
import { lockDownContents, lockDownSession } from './security';

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
let backend: Backend | null = null;
let mainWindow: BrowserWindow | null = null;

registerAppScheme();
if (!app.requestSingleInstanceLock()) app.quit();
app.on('second-instance', () => {
  if (mainWindow) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  }
});

function isAppUrl(url: string): boolean {
  try {
    const origin = new URL(url).origin;
    return origin === APP_ORIGIN || (devServerUrl !== undefined && origin === new URL(devServerUrl).origin);
  } catch {
    return false;
  }
}

/** better-sqlite3 in node_modules is built for Node (the tests); Electron loads its own build. */
function nativeBinding(): string | undefined {
  const candidates = app.isPackaged
    ? [path.join(process.resourcesPath, 'native', 'better_sqlite3.node')]
    : [path.join(app.getAppPath(), '.native', `electron-${process.versions.electron}`, 'better_sqlite3.node')];
  return candidates.find((c) => fs.existsSync(c));
}

function wireIpc(b: Backend): void {
  for (const m of METHOD_NAMES) {
    ipcMain.handle(channelOf(m), (event: IpcMainInvokeEvent, input: unknown) => {
      // Only our own page may call the backend: not a frame that navigated elsewhere, not an iframe.
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null || !isAppUrl(frame.url)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: 'sender not allowed' } };
      }
      return b.dispatch(m, input);
    });
  }
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Leertafel',
    backgroundColor: '#f7f5f0',
    webPreferences: {
      preload: path.join(import.meta.dirname, '../preload/index.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      // Middle-click would otherwise open links in a new window, around setWindowOpenHandler.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  lockDownContents(win.webContents, isAppUrl);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return win;
}

app.whenReady().then(() => {
  lockDownSession(devServerUrl);
  handleAppProtocol(path.join(import.meta.dirname, '../renderer'));
  backend = createBackend({
    dataDir: process.env.LEERTAFEL_DATA_DIR ?? app.getPath('userData'),
    resourcesDir: app.isPackaged ? process.resourcesPath : path.join(app.getAppPath(), 'resources'),
    nativeBinding: nativeBinding(),
    shell: 'electron',
    version: app.getVersion(),
    log: (line) => console.log(`[leertafel] ${line}`),
  });
  wireIpc(backend);
  mainWindow = createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => {
  backend?.close();
  backend = null;
});
