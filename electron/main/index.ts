/** The Electron main process: the real electron module into startMain (main.ts), and nothing else. */
import { app, BrowserWindow, dialog, ipcMain, powerMonitor, protocol, screen, session, utilityProcess } from 'electron';
import { startMain } from './main';

startMain({ app, BrowserWindow, dialog, ipcMain, powerMonitor, protocol, screen, session, utilityProcess });
