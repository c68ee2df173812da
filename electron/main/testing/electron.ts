/**
 * A recording double of the parts of the `electron` module that electron/main uses, for the tests only
 * (vitest.config.ts aliases `electron` to electron-module.ts in the `electron-main` project; nothing in the app
 * imports this folder, which the layer rule test-support-stays-in-tests enforces).
 *
 * It records what main does, in order, and holds the handlers main registers so a test can call them the way
 * Electron would. It also enforces the ordering rules Electron has and the double can know: the scheme is
 * registered before ready; sessions, protocol handlers, windows, screens and utility processes only after.
 *
 * A utility process is run in this process: `serveBackend` (the child's real loop) on an in-memory channel
 * that copies every message with structuredClone, serving the real backend by default. It can crash.
 */
import { EventEmitter } from 'node:events';
import type { ParentChannel } from '../../host/channel';
import { serveBackend, type CreateServed, type ServedBackend } from '../../host/serve';
import { createServedBackend } from '../../host/backend';

export interface Display {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
}

export interface DoubleOptions {
  /** What requestSingleInstanceLock answers (false: another instance holds it). */
  singleInstance?: boolean;
  isPackaged?: boolean;
  userData?: string;
  appPath?: string;
  /** The first is the primary display. */
  displays?: Display[];
  /** What a forked utility process serves; the real backend by default. */
  served?: CreateServed;
  /** utilityProcess.fork throws this, to test a start that fails. */
  forkError?: Error;
}

export const PRIMARY: Display = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } };
export const PROJECTOR: Display = { id: 2, bounds: { x: 1920, y: 0, width: 1280, height: 720 } };

export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}
export const fakeEvent = (): FakeEvent => ({
  defaultPrevented: false,
  preventDefault() {
    this.defaultPrevented = true;
  },
});

export type ElectronDouble = ReturnType<typeof createElectronDouble>;

export function createElectronDouble(options: DoubleOptions = {}) {
  const calls: string[] = [];
  const record = (name: string) => calls.push(name);
  let isReady = false;
  let resolveReady!: () => void;
  const readyPromise = new Promise<void>((r) => (resolveReady = r));
  const needReady = (what: string) => {
    if (!isReady) throw new Error(`${what} before the app is ready`);
  };
  const displays = options.displays ?? [PRIMARY];

  // ── app ─────────────────────────────────────────────────────────────────────────────────────────
  const lifecycle = { quitRequests: 0, quitted: false, willQuitEvents: [] as FakeEvent[] };
  const app = Object.assign(new EventEmitter(), {
    isPackaged: options.isPackaged ?? false,
    requestSingleInstanceLock: () => {
      record('app.requestSingleInstanceLock');
      return options.singleInstance ?? true;
    },
    /** Like Electron: asynchronously, will-quit (which may be prevented), then quit. */
    quit: () => {
      record('app.quit');
      lifecycle.quitRequests++;
      setImmediate(() => {
        if (lifecycle.quitted) return;
        const event = fakeEvent();
        lifecycle.willQuitEvents.push(event);
        app.emit('will-quit', event);
        if (!event.defaultPrevented) {
          lifecycle.quitted = true;
          app.emit('quit', fakeEvent(), 0);
        }
      });
    },
    whenReady: () => {
      record('app.whenReady');
      return readyPromise;
    },
    getPath: (name: string) => {
      if (name !== 'userData') throw new Error(`getPath(${name}) not in the double`);
      return options.userData ?? '/nonexistent/userData';
    },
    getAppPath: () => options.appPath ?? '/nonexistent/app',
    getVersion: () => '0.1.0-test',
  });

  // ── windows ─────────────────────────────────────────────────────────────────────────────────────
  class FakeWebContents extends EventEmitter {
    windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
    sent: Array<{ channel: string; args: unknown[] }> = [];
    destroyed = false;
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.windowOpenHandler = handler;
    }
    send(channel: string, ...args: unknown[]) {
      this.sent.push({ channel, args });
    }
    isDestroyed() {
      return this.destroyed;
    }
  }

  const windows: FakeBrowserWindow[] = [];
  class FakeBrowserWindow extends EventEmitter {
    readonly webContents = new FakeWebContents();
    url: string | null = null;
    shown = false;
    focusCount = 0;
    minimized = false;
    restoreCount = 0;
    destroyed = false;
    constructor(readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> }) {
      super();
      needReady('new BrowserWindow');
      record('new BrowserWindow');
      windows.push(this);
      app.emit('web-contents-created', fakeEvent(), this.webContents);
    }
    static getAllWindows() {
      return windows.filter((w) => !w.destroyed);
    }
    loadURL(url: string) {
      this.url = url;
      return Promise.resolve();
    }
    show() {
      this.shown = true;
    }
    focus() {
      this.focusCount++;
    }
    isMinimized() {
      return this.minimized;
    }
    restore() {
      this.restoreCount++;
      this.minimized = false;
    }
    isDestroyed() {
      return this.destroyed;
    }
    close() {
      this.destroyed = true;
      this.webContents.destroyed = true;
      this.emit('closed');
    }
  }

  // ── ipc ─────────────────────────────────────────────────────────────────────────────────────────
  type Invoke = (event: unknown, ...args: unknown[]) => unknown;
  const ipcHandlers = new Map<string, Invoke>();
  const ipcMain = {
    handle: (channel: string, listener: Invoke) => {
      record(`ipcMain.handle ${channel}`);
      // Electron throws on a second handler for a channel.
      if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      ipcHandlers.set(channel, listener);
    },
  };

  // ── dialog ──────────────────────────────────────────────────────────────────────────────────────
  /** The save dialog answers what a test put in `saveAnswers` (first in, first out); cancelled when empty. */
  const saveAnswers: Array<{ canceled: boolean; filePath?: string }> = [];
  const dialog = {
    showSaveDialog: (options: Record<string, unknown>) => {
      needReady('dialog.showSaveDialog');
      record(`dialog.showSaveDialog ${String(options.defaultPath ?? '')}`);
      return Promise.resolve(saveAnswers.shift() ?? { canceled: true });
    },
  };

  // ── powerMonitor ────────────────────────────────────────────────────────────────────────────────
  /** Like Electron's: usable only after ready. A test emits 'suspend' or 'lock-screen' on it. */
  const powerEmitter = new EventEmitter();
  const powerMonitor = {
    on: (event: string, listener: () => void) => {
      needReady('powerMonitor.on');
      record(`powerMonitor.on ${event}`);
      powerEmitter.on(event, listener);
      return powerMonitor;
    },
    emit: (event: 'suspend' | 'lock-screen') => powerEmitter.emit(event),
  };

  // ── protocol ────────────────────────────────────────────────────────────────────────────────────
  const schemes: unknown[] = [];
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response> | Response>();
  const protocol = {
    registerSchemesAsPrivileged: (list: unknown[]) => {
      if (isReady) throw new Error('registerSchemesAsPrivileged after the app is ready');
      record('protocol.registerSchemesAsPrivileged');
      schemes.push(...list);
    },
    handle: (scheme: string, handler: (request: Request) => Promise<Response> | Response) => {
      needReady('protocol.handle');
      record(`protocol.handle ${scheme}`);
      protocolHandlers.set(scheme, handler);
    },
  };

  // ── session ─────────────────────────────────────────────────────────────────────────────────────
  type BeforeRequest = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;
  type PermissionRequest = (wc: unknown, permission: string, callback: (granted: boolean) => void, details?: unknown) => void;
  type PermissionCheck = (wc: unknown, permission: string, origin: string, details?: unknown) => boolean;
  interface SessionRecord {
    permissionRequestHandler: PermissionRequest | null;
    permissionCheckHandler: PermissionCheck | null;
    spellCheckerEnabled: boolean;
    dictionaryDownloadUrl: string | null;
    beforeRequest: { filter: { urls: string[] }; listener: BeforeRequest } | null;
  }
  const recorded: SessionRecord = {
    permissionRequestHandler: null,
    permissionCheckHandler: null,
    spellCheckerEnabled: true,
    dictionaryDownloadUrl: null,
    beforeRequest: null,
  };
  const defaultSession = Object.assign(new EventEmitter(), recorded, {
    setPermissionRequestHandler(h: PermissionRequest) {
      defaultSession.permissionRequestHandler = h;
    },
    setPermissionCheckHandler(h: PermissionCheck) {
      defaultSession.permissionCheckHandler = h;
    },
    setSpellCheckerEnabled(on: boolean) {
      defaultSession.spellCheckerEnabled = on;
    },
    setSpellCheckerDictionaryDownloadURL(url: string) {
      defaultSession.dictionaryDownloadUrl = url;
    },
    webRequest: {
      onBeforeRequest(filter: { urls: string[] }, listener: BeforeRequest) {
        defaultSession.beforeRequest = { filter, listener };
      },
    },
  });
  const session = {
    get defaultSession() {
      needReady('session.defaultSession');
      return defaultSession;
    },
  };

  // ── screen ──────────────────────────────────────────────────────────────────────────────────────
  const screen = {
    getPrimaryDisplay: () => (needReady('screen'), displays[0]),
    getAllDisplays: () => (needReady('screen'), [...displays]),
  };

  // ── utility processes ───────────────────────────────────────────────────────────────────────────
  let nextPid = 90_000;
  const processes: FakeUtilityProcess[] = [];
  class FakeUtilityProcess extends EventEmitter {
    readonly pid = nextPid++;
    alive = true;
    /** Every message main posted to it, in order. */
    readonly received: unknown[] = [];
    served: ServedBackend | null = null;
    private toChild: ((m: unknown) => void) | null = null;
    constructor(
      readonly modulePath: string,
      readonly args: string[],
      readonly forkOptions: Record<string, unknown>,
    ) {
      super();
      const channel: ParentChannel = {
        post: (m) => {
          const copy = structuredClone(m);
          setImmediate(() => this.alive && this.emit('message', copy));
        },
        onMessage: (listener) => (this.toChild = listener),
      };
      const create = options.served ?? createServedBackend;
      setImmediate(() => {
        if (!this.alive) return;
        this.emit('spawn');
        serveBackend(channel, async (init, platform) => (this.served = await create(init, platform)));
      });
    }
    postMessage(message: unknown) {
      if (!this.alive) return;
      const copy = structuredClone(message);
      this.received.push(copy);
      setImmediate(() => this.alive && this.toChild?.(copy));
    }
    /** What Electron's kill does, seen from main: the process ends, 'exit' follows. */
    kill() {
      record('utilityProcess.kill');
      this.end(0);
      return true;
    }
    /** The process dies on its own (a native crash, an out-of-memory kill). */
    crash(code = 1) {
      this.end(code);
    }
    private end(code: number) {
      if (!this.alive) return;
      this.alive = false;
      setImmediate(() => this.emit('exit', code));
    }
  }
  const utilityProcess = {
    fork: (modulePath: string, args: string[] = [], forkOptions: Record<string, unknown> = {}) => {
      needReady('utilityProcess.fork');
      record('utilityProcess.fork');
      if (options.forkError) throw options.forkError;
      const p = new FakeUtilityProcess(modulePath, args, forkOptions);
      processes.push(p);
      return p;
    },
  };

  return {
    /** The module surface main receives. */
    saveAnswers,
    electron: { app, BrowserWindow: FakeBrowserWindow, dialog, ipcMain, powerMonitor, protocol, screen, session, utilityProcess },
    calls,
    lifecycle,
    windows,
    ipcHandlers,
    schemes,
    protocolHandlers,
    defaultSession,
    processes,
    /** Emits 'ready': resolves whenReady and lets what main chained on it run. */
    async ready() {
      isReady = true;
      resolveReady();
      await new Promise((r) => setImmediate(r));
    },
    /** Calls the IPC handler of `channel` as a page would, from a frame at `url` (an iframe if `parent`). */
    invoke(channel: string, input: unknown, frame: { url: string; parent?: unknown } | null = { url: 'app://leertafel/index.html' }, sender?: FakeWebContents) {
      const handler = ipcHandlers.get(channel);
      if (!handler) throw new Error(`no handler for ${channel}`);
      const event = {
        senderFrame: frame ? { url: frame.url, parent: frame.parent ?? null } : null,
        sender: sender ?? new FakeWebContents(),
      };
      return Promise.resolve(handler(event, input));
    },
    /** A request to a registered protocol handler, as Chromium would make it. */
    fetchProtocol(url: string) {
      const handler = protocolHandlers.get(new URL(url).protocol.slice(0, -1));
      if (!handler) throw new Error(`no protocol handler for ${url}`);
      let request: Request;
      try {
        request = new Request(url);
      } catch {
        // Node's Request refuses URLs with credentials; what Chromium hands over then is not knowable here.
        request = { url, method: 'GET', headers: new Headers() } as Request;
      }
      return Promise.resolve(handler(request));
    },
    /** Waits until nothing is scheduled: messages between main and the in-process child have settled. */
    async settle(rounds = 20) {
      for (let i = 0; i < rounds; i++) await new Promise((r) => setImmediate(r));
    },
    FakeWebContents,
  };
}
