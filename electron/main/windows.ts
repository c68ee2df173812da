import type { BrowserWindow as BrowserWindowType, Screen, WebPreferences } from 'electron';
import { lockDownContents } from './security';

/** Every window gets the same locked-down renderer. */
export const webPreferences = (preloadPath: string): WebPreferences => ({
  preload: preloadPath,
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

export interface WindowDeps {
  BrowserWindow: typeof BrowserWindowType;
  screen: Screen;
  preloadPath: string;
  /** The page's URL (app://leertafel/index.html, or the dev server), with an optional hash. */
  pageUrl: (hash?: string) => string;
  isAppUrl: (url: string) => boolean;
}

export interface Windows {
  /** The console window; a new one each call (macOS re-opens it from the dock). */
  openMain(): BrowserWindowType;
  /** The beamer view of a bijeenkomst; one window per session. */
  openBeamer(sessionId: string): boolean;
  /** A second instance was started: bring the console window forward instead. */
  focusMain(): void;
}

export function createWindows({ BrowserWindow, screen, preloadPath, pageUrl, isAppUrl }: WindowDeps): Windows {
  let mainWindow: BrowserWindowType | null = null;
  const beamerWindows = new Map<string, BrowserWindowType>();

  return {
    openMain() {
      const win = new BrowserWindow({
        width: 1280,
        height: 820,
        minWidth: 900,
        minHeight: 600,
        show: false,
        title: 'Leertafel',
        backgroundColor: '#f7f5f0',
        // The security-critical flags stand here literally (too) so static checkers such as Electronegativity see them.
        webPreferences: { ...webPreferences(preloadPath), sandbox: true, contextIsolation: true, nodeIntegration: false },
      });
      lockDownContents(win.webContents, isAppUrl);
      win.once('ready-to-show', () => win.show());
      void win.loadURL(pageUrl());
      mainWindow = win;
      return win;
    },

    /**
     * Full screen on a second display when there is one (the projector), otherwise a normal window the
     * facilitator can drag there. One per session: asking again brings it forward.
     */
    openBeamer(sessionId) {
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
        webPreferences: { ...webPreferences(preloadPath), sandbox: true, contextIsolation: true, nodeIntegration: false },
      });
      lockDownContents(win.webContents, isAppUrl);
      win.once('ready-to-show', () => win.show());
      win.on('closed', () => beamerWindows.delete(sessionId));
      beamerWindows.set(sessionId, win);
      void win.loadURL(pageUrl(`#beamer=${encodeURIComponent(sessionId)}`));
      return true;
    },

    focusMain() {
      if (!mainWindow || mainWindow.isDestroyed()) return;
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    },
  };
}
