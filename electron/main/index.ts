/**
 * Electron glue only: lifecycle, the window, the app:// protocol, the lockdown and the IPC wiring.
 * All behaviour lives in the plain-Node backend (electron/backend), which this file merely hosts.
 */
import path from 'node:path';
import fs from 'node:fs';
import { app, BrowserWindow, ipcMain, screen, type IpcMainInvokeEvent, type WebPreferences } from 'electron';
import { createBackend, type Backend } from '../backend';
import { METHOD_NAMES, channelOf } from '../../shared/api/contract';
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

/** Every window gets the same locked-down renderer. */
const webPreferences = (): WebPreferences => ({
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
});

const pageUrl = (hash = '') => `${devServerUrl ?? `${APP_ORIGIN}/index.html`}${hash}`;

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Leertafel',
    backgroundColor: '#f7f5f0',
    // The security-critical flags stand here literally (too) so static checkers such as Electronegativity see them.
    webPreferences: { ...webPreferences(), sandbox: true, contextIsolation: true, nodeIntegration: false },
  });
  lockDownContents(win.webContents, isAppUrl);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(pageUrl());
  return win;
}

const beamerWindows = new Map<string, BrowserWindow>();

/**
 * The beamer view of a bijeenkomst in its own window: full screen on a second display when there is
 * one (the projector), otherwise a normal window the facilitator can drag there. One per session.
 */
function openBeamerWindow(sessionId: string): boolean {
  const existing = beamerWindows.get(sessionId);
  if (existing && !existing.isDestroyed()) {
    existing.focus();
    return true;
  }
  const primary = screen.getPrimaryDisplay();
  const external = screen.getAllDisplays().find((d) => d.id !== primary.id);
  const win = new BrowserWindow({
    ...(external ? { x: external.bounds.x, y: external.bounds.y, fullscreen: true } : { width: 1280, height: 720 }),
    show: false,
    title: 'Leertafel — beamer',
    backgroundColor: '#10302e',
    autoHideMenuBar: true,
    webPreferences: { ...webPreferences(), sandbox: true, contextIsolation: true, nodeIntegration: false },
  });
  lockDownContents(win.webContents, isAppUrl);
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => beamerWindows.delete(sessionId));
  beamerWindows.set(sessionId, win);
  void win.loadURL(pageUrl(`#beamer=${encodeURIComponent(sessionId)}`));
  return true;
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
    platform: { openBeamer: openBeamerWindow },
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
