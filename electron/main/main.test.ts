/**
 * electron/main, line by line, under the recording double of the electron module (testing/electron.ts): what
 * main registers, in which order, and what each handler does when Electron calls it. The backend runs as the
 * double's in-process utility process: the child's real loop, the real backend, the real message protocol.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES, channelOf } from '../../shared/api/contract';
import { CSP } from '../../shared/security';
import { DB_FILE } from '../backend/core/db';
import { openTestDatabase, tempDir } from '../backend/testing/helpers';
import { createServedBackend } from '../host/backend';
import { reportProgress } from '../backend/core/progress';
import { hostFailureOf } from '../host/protocol';
import { nativeBinding, optionsFromEnvironment, startMain, type ElectronMain, type MainOptions, type MainState } from './main';
import { FORBIDDEN, PROGRESS_CHANNEL } from './ipc';
import { LOCK_REQUEST_CHANNEL, SAVE_BACKUP_CHANNEL } from '../../shared/api/progress';
import { createElectronDouble, fakeEvent, PRIMARY, PROJECTOR, type DoubleOptions, type ElectronDouble } from './testing/electron';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const SESSION = '3f2b8c1e-5d4a-4b6f-9e21-7a0c9d8e1f20';
const LOCKED_DOWN = {
  preload: '/app/out/preload/index.cjs',
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  spellcheck: false,
  navigateOnDragDrop: false,
  disableBlinkFeatures: 'Auxclick',
};

const started: MainState[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((s) => s.host?.close()));
});

function start(doubleOptions: DoubleOptions = {}, overrides: Partial<MainOptions> = {}) {
  const d = createElectronDouble(doubleOptions);
  const logs: string[] = [];
  const rendererDir = tempDir('leertafel-renderer-');
  fs.mkdirSync(path.join(rendererDir, 'assets'));
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Leertafel</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'index.js'), 'export {};');
  const options: MainOptions = {
    devServerUrl: undefined,
    dataDir: tempDir(),
    resourcesDir: path.join(repoRoot, 'resources'),
    rendererDir,
    preloadPath: '/app/out/preload/index.cjs',
    backendEntry: '/app/out/main/backend.js',
    nativeBinding: undefined,
    platform: 'linux',
    log: (l) => logs.push(l),
    ...overrides,
  };
  const state = startMain(d.electron as unknown as ElectronMain, options);
  started.push(state);
  return { d, state, logs, options };
}

/** Started and ready, with the backend process up (its first answer came back). */
async function ready(doubleOptions: DoubleOptions = {}, overrides: Partial<MainOptions> = {}) {
  const s = start(doubleOptions, overrides);
  await s.d.ready();
  expect(await s.d.invoke(channelOf('app.info'), {})).toMatchObject({ ok: true });
  return s;
}

const mainWindow = (d: ElectronDouble) => d.windows[0];

describe('single instance', () => {
  it('a second instance quits before it registers, opens or starts anything', async () => {
    const { d, state } = start({ singleInstance: false });
    expect(state.primary).toBe(false);
    await d.ready();
    await d.settle();
    expect(d.calls).toEqual(['app.requestSingleInstanceLock', 'app.quit']);
    expect(d.electron.app.eventNames()).toEqual([]); // not one listener
    expect(d.windows).toEqual([]);
    expect(d.processes).toEqual([]);
    expect(d.ipcHandlers.size).toBe(0);
    expect(d.schemes).toEqual([]);
    expect(state.host).toBeNull();
  });

  it('the first instance brings its window forward (restored if minimised) when a second one starts', async () => {
    const { d } = await ready();
    const win = mainWindow(d);
    win.minimized = true;
    d.electron.app.emit('second-instance');
    expect(win.restoreCount).toBe(1);
    expect(win.focusCount).toBe(1);
    d.electron.app.emit('second-instance');
    expect(win.restoreCount).toBe(1);
    expect(win.focusCount).toBe(2);
    win.close();
    d.electron.app.emit('second-instance'); // a closed window is left alone
    expect(win.focusCount).toBe(2);
  });

  it('before ready: the app:// scheme is registered (as standard and secure) and nothing is opened', () => {
    const { d } = start();
    expect(d.calls).toEqual(['app.requestSingleInstanceLock', 'protocol.registerSchemesAsPrivileged', 'app.whenReady']);
    expect(d.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });
});

describe('start', () => {
  it('after ready: session lockdown, app:// handler, the backend process, one IPC handler per method, then the window', async () => {
    const { d, options, state } = await ready();
    const handles = METHOD_NAMES.map((m) => `ipcMain.handle ${channelOf(m)}`);
    expect(d.calls.slice(3)).toEqual([
      'protocol.handle app',
      'utilityProcess.fork',
      ...handles,
      `ipcMain.handle ${SAVE_BACKUP_CHANNEL}`,
      'powerMonitor.on suspend',
      'powerMonitor.on lock-screen',
      'new BrowserWindow',
    ]);
    const [proc] = d.processes;
    expect(state.host?.pid).toBe(proc.pid);
    expect(proc.modulePath).toBe(options.backendEntry);
    expect(proc.forkOptions).toEqual({ serviceName: 'Leertafel backend', stdio: 'inherit' });
    expect(proc.received[0]).toEqual({
      t: 'init',
      init: { dataDir: options.dataDir, resourcesDir: options.resourcesDir, nativeBinding: undefined, shell: 'electron', version: '0.1.0-test' },
    });
    expect(mainWindow(d).url).toBe('app://leertafel/index.html');
    expect(mainWindow(d).shown).toBe(false);
    mainWindow(d).emit('ready-to-show');
    expect(mainWindow(d).shown).toBe(true);
  });

  it('loads the dev server in development', async () => {
    const { d } = await ready({}, { devServerUrl: 'http://localhost:5173/' });
    expect(mainWindow(d).url).toBe('http://localhost:5173/');
  });

  it('a start that fails is logged by error class and quits', async () => {
    const { d, logs } = start({ forkError: new TypeError('no such file /secret/path') });
    await d.ready();
    await d.settle();
    expect(logs).toEqual(['start failed: TypeError']);
    expect(d.lifecycle.quitRequests).toBe(1);
    expect(d.windows).toEqual([]);
    const again = start({ forkError: 'string' as unknown as Error });
    await again.d.ready();
    expect(again.logs).toEqual(['start failed: string']);
  });

  it('macOS: the dock icon re-opens a window when none is open; closing the last window does not quit', async () => {
    const { d } = await ready({}, { platform: 'darwin' });
    d.electron.app.emit('activate');
    expect(d.windows).toHaveLength(1);
    mainWindow(d).close();
    d.electron.app.emit('window-all-closed');
    await d.settle();
    expect(d.lifecycle.quitRequests).toBe(0);
    d.electron.app.emit('activate');
    expect(d.windows).toHaveLength(2);
    expect(d.windows[1].options.webPreferences).toEqual(LOCKED_DOWN);
    d.electron.app.emit('second-instance');
    expect(d.windows[1].focusCount).toBe(1);
  });
});

describe('windows', () => {
  it('every window gets the locked-down webPreferences: console, beamer, re-opened', async () => {
    const { d } = await ready({ displays: [PRIMARY, PROJECTOR] });
    await d.invoke(channelOf('window.openBeamer'), { sessionId: SESSION });
    await d.invoke(channelOf('window.openBeamer'), { sessionId: '00000000-0000-4000-8000-000000000001' });
    expect(d.windows).toHaveLength(3);
    for (const w of d.windows) expect(w.options.webPreferences).toEqual(LOCKED_DOWN);
  });

  it('the beamer opens full screen on a second display, asked for by the backend process through the protocol', async () => {
    const { d } = await ready({ displays: [PRIMARY, PROJECTOR] });
    const before = d.processes[0].received.length;
    const result = await d.invoke(channelOf('window.openBeamer'), { sessionId: SESSION });
    expect(result).toEqual({ ok: true, value: { opened: true } });
    // the only message main sent was the call; the window was opened on the child's platform message
    expect(d.processes[0].received.slice(before)).toEqual([{ t: 'call', id: expect.any(Number), method: 'window.openBeamer', input: { sessionId: SESSION } }]);
    const beamer = d.windows[1];
    expect(beamer.options).toMatchObject({ x: 1920, y: 0, fullscreen: true, title: 'Leertafel — beamer', autoHideMenuBar: true, show: false });
    expect(beamer.options).not.toHaveProperty('width');
    expect(beamer.url).toBe(`app://leertafel/index.html#beamer=${SESSION}`);
    beamer.emit('ready-to-show');
    expect(beamer.shown).toBe(true);
  });

  it('without a second display the beamer is a normal window; one per session, brought forward when asked again', async () => {
    const { d } = await ready();
    await d.invoke(channelOf('window.openBeamer'), { sessionId: SESSION });
    const beamer = d.windows[1];
    expect(beamer.options).toMatchObject({ width: 1280, height: 720 });
    expect(beamer.options).not.toHaveProperty('fullscreen');
    await d.invoke(channelOf('window.openBeamer'), { sessionId: SESSION });
    expect(d.windows).toHaveLength(2);
    expect(beamer.focusCount).toBe(1);
    beamer.close();
    await d.invoke(channelOf('window.openBeamer'), { sessionId: SESSION });
    expect(d.windows).toHaveLength(3);
  });

  it('main opens a beamer window only for a session id, whatever the backend process asks', async () => {
    const { d } = await ready({
      served: (init, platform) => {
        const real = createServedBackend(init, platform);
        return { ...real, dispatch: async (method, input) => (method === 'window.openBeamer' ? { ok: true, value: { opened: platform.openBeamer('x/../../etc#') } } : real.dispatch(method, input)) };
      },
    });
    expect(await d.invoke(channelOf('window.openBeamer'), { sessionId: SESSION })).toEqual({ ok: true, value: { opened: true } });
    await d.settle();
    expect(d.windows).toHaveLength(1);
  });

  it('a beamer window that fails to open is logged by class; the call still answers', async () => {
    const { d, logs } = await ready();
    vi.spyOn(d.electron.screen, 'getPrimaryDisplay').mockImplementation(() => {
      throw new RangeError('no screen');
    });
    expect(await d.invoke(channelOf('window.openBeamer'), { sessionId: SESSION })).toEqual({ ok: true, value: { opened: true } });
    expect(logs).toContain('platform openBeamer failed: RangeError');
  });
});

describe('IPC', () => {
  it('every contract method has exactly one handler, and there are no others', async () => {
    const { d } = await ready();
    expect([...d.ipcHandlers.keys()].sort()).toEqual([...METHOD_NAMES.map(channelOf), SAVE_BACKUP_CHANNEL].sort());
  });

  it('relays a call from our page to the backend process and its answer back, typed errors included', async () => {
    const { d } = await ready();
    expect(await d.invoke(channelOf('app.info'), {})).toMatchObject({ ok: true, value: { name: 'Leertafel', shell: 'electron', version: '0.1.0-test' } });
    expect(await d.invoke(channelOf('scripts.get'), { id: '../../etc' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const saved = await d.invoke(channelOf('groups.save'), { name: 'Leergroep Noord', description: '', members: [] });
    expect(saved).toMatchObject({ ok: true, value: { name: 'Leergroep Noord' } });
  });

  it('refuses a call from a foreign origin, an iframe, a navigated frame or no frame, before it reaches the backend', async () => {
    const { d } = await ready({}, { devServerUrl: undefined });
    const proc = d.processes[0];
    const before = proc.received.length;
    for (const frame of [
      { url: 'https://evil.example/' },
      { url: 'http://localhost:5173/' },
      { url: 'file:///etc/passwd' },
      { url: 'app://leertafel.evil/index.html' },
      { url: 'app://other/index.html' },
      { url: 'app://anna@leertafel/index.html' },
      { url: 'app://leertafel:1/index.html' },
      { url: 'not a url' },
      { url: 'app://leertafel/index.html', parent: { url: 'app://leertafel/index.html' } },
      null,
    ]) {
      expect(await d.invoke(channelOf('groups.list'), {}, frame), JSON.stringify(frame)).toEqual(FORBIDDEN);
    }
    await d.settle();
    expect(proc.received.length).toBe(before);
  });

  it('in development, the dev server origin is ours and no other', async () => {
    const { d } = await ready({}, { devServerUrl: 'http://localhost:5173/' });
    expect(await d.invoke(channelOf('app.info'), {}, { url: 'http://localhost:5173/#/scripts' })).toMatchObject({ ok: true });
    expect(await d.invoke(channelOf('app.info'), {}, { url: 'http://localhost:5174/' })).toEqual(FORBIDDEN);
    expect(await d.invoke(channelOf('app.info'), {}, { url: 'http://127.0.0.1:5173/' })).toEqual(FORBIDDEN);
  });

  it('sends a long call\'s progress to the page that made it (and to no page that is gone)', async () => {
    const { d } = await ready({
      served: (init, platform) => {
        const real = createServedBackend(init, platform);
        return {
          ...real,
          dispatch: async (method, input) => {
            if (method === 'sessions.export') {
              for (let done = 1; done <= 3; done++) reportProgress({ done, total: 3, stage: 'pages' });
              return { ok: true, value: { exported: true } };
            }
            return real.dispatch(method, input);
          },
        };
      },
    });
    const page = new d.FakeWebContents();
    const input = { id: SESSION, format: 'pdf', includeCanvas: false };
    expect(await d.invoke(channelOf('sessions.export'), input, undefined, page)).toEqual({ ok: true, value: { exported: true } });
    const progress = page.sent.filter((s) => s.channel === PROGRESS_CHANNEL).map((s) => s.args[0]);
    expect(progress.at(0)).toEqual({ method: 'sessions.export', done: 1, total: 3, stage: 'pages' });
    expect(progress.at(-1)).toEqual({ method: 'sessions.export', done: 3, total: 3, stage: 'pages' });
    const gone = new d.FakeWebContents();
    gone.destroyed = true;
    await d.invoke(channelOf('sessions.export'), input, undefined, gone);
    expect(gone.sent).toEqual([]);
  });

  it('when the backend process crashes mid-call, main starts a new one and the page\'s call is answered', async () => {
    const { d, logs } = await ready();
    const [first] = d.processes;
    const call = d.invoke(channelOf('groups.list'), {});
    first.crash(139);
    expect(await call).toEqual({ ok: true, value: [] });
    expect(d.processes).toHaveLength(2);
    expect(logs).toContain('backend exited (code 139); restarting');
    expect(logs).toContain('backend exited during groups.list; sending it once more');
  });

  it('a create whose process crashes is not sent twice: the page hears EXITED and nothing is duplicated', async () => {
    const { d, logs } = await ready();
    const [first] = d.processes;
    const call = d.invoke(channelOf('groups.save'), { name: 'Leergroep Noord', description: '', members: [] });
    first.crash(139);
    expect(await call).toMatchObject({ ok: false, error: { code: 'INTERNAL', details: [{ path: 'host', message: 'EXITED' }] } });
    expect(logs).toContain('backend exited (code 139); restarting');
    expect(logs).not.toContain('backend exited during groups.save; sending it once more');
    expect(d.processes).toHaveLength(2);
  });
});

describe('Back-up maken with the save dialog', () => {
  it('asks where, writes a checked backup in backups/ and an encrypted 0600 copy where the user chose; nothing when cancelled; refused from a foreign frame', async () => {
    const { d, options } = await ready();
    const target = path.join(tempDir('leertafel-save-'), 'mijn-back-up.db');
    d.saveAnswers.push({ canceled: true });
    expect(await d.invoke(SAVE_BACKUP_CHANNEL, undefined)).toEqual({ ok: true, value: { saved: false } });
    // The daily backup runs in a worker after unlock: the folder may not be there yet.
    const backups = path.join(options.dataDir, 'backups');
    const before = fs.existsSync(backups) ? fs.readdirSync(backups) : [];
    expect(before.filter((n) => n.startsWith('leertafel-handmatig-'))).toEqual([]);

    d.saveAnswers.push({ canceled: false, filePath: target });
    const r = await d.invoke(SAVE_BACKUP_CHANNEL, undefined);
    expect(r).toMatchObject({ ok: true, value: { saved: true, savedTo: target, name: expect.stringMatching(/^leertafel-handmatig-/) } });
    expect(fs.readFileSync(target)).toEqual(fs.readFileSync(path.join(options.dataDir, 'backups', (r as { value: { name: string } }).value.name)));
    expect(fs.readFileSync(target).includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(fs.statSync(target).mode & 0o777).toBe(0o600);
    expect(d.calls.filter((c) => c.startsWith('dialog.showSaveDialog'))).toEqual(Array(2).fill(expect.stringMatching(/^dialog\.showSaveDialog leertafel-back-up-\d{4}-\d{2}-\d{2}\.db$/)));

    expect(await d.invoke(SAVE_BACKUP_CHANNEL, undefined, { url: 'https://example.org/' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(d.calls.filter((c) => c.startsWith('dialog.showSaveDialog'))).toHaveLength(2);
  });
});

describe('suspend and screen lock', () => {
  it.each(['suspend', 'lock-screen'] as const)('%s asks every open page to lock (as Ctrl+L), and locks the backend itself if no page did', async (event) => {
    const { d, logs } = await ready();
    expect(await d.invoke(channelOf('lock.status'), {})).toMatchObject({ ok: true, value: { state: 'unlocked' } });
    d.electron.powerMonitor.emit(event);
    expect(mainWindow(d).webContents.sent).toEqual([{ channel: LOCK_REQUEST_CHANNEL, args: [] }]);
    expect(logs).toContain(`${event}: locking`);
    // No page answers here (the double has no renderer): the backstop locks the backend after its grace.
    await vi.waitFor(async () => expect(await d.invoke(channelOf('lock.status'), {})).toMatchObject({ ok: true, value: { state: 'locked' } }), { timeout: 8000, interval: 200 });
  });
});

describe('lockdown', () => {
  it('navigation and redirects away from the app are prevented; within it they are not', async () => {
    const { d } = await ready();
    const wc = mainWindow(d).webContents;
    for (const event of ['will-navigate', 'will-redirect']) {
      for (const url of ['https://example.org/', 'file:///etc/passwd', 'app://other/', 'javascript:alert(1)', '']) {
        const e = fakeEvent();
        wc.emit(event, e, url);
        expect(e.defaultPrevented, `${event} ${url}`).toBe(true);
      }
      const ok = fakeEvent();
      wc.emit(event, ok, 'app://leertafel/index.html#/scripts');
      expect(ok.defaultPrevented).toBe(false);
    }
  });

  it('no window opens and no webview attaches, from our windows or any other web contents', async () => {
    const { d } = await ready({ displays: [PRIMARY, PROJECTOR] });
    await d.invoke(channelOf('window.openBeamer'), { sessionId: SESSION });
    const other = new d.FakeWebContents(); // e.g. devtools: not created through our windows
    d.electron.app.emit('web-contents-created', fakeEvent(), other);
    for (const wc of [...d.windows.map((w) => w.webContents), other]) {
      for (const url of ['https://example.org/', 'app://leertafel/index.html']) expect(wc.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
      const e = fakeEvent();
      wc.emit('will-attach-webview', e, {}, {});
      expect(e.defaultPrevented).toBe(true);
    }
  });

  it('every permission is refused, asked or checked; the spellchecker is off and cannot download', async () => {
    const { d } = await ready();
    const ses = d.defaultSession;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      ses.permissionRequestHandler?.(mainWindow(d).webContents, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(ses.permissionCheckHandler?.(mainWindow(d).webContents, permission, 'app://leertafel')).toBe(false);
    }
    expect(ses.spellCheckerEnabled).toBe(false);
    expect(ses.dictionaryDownloadUrl).toBe('https://0.0.0.0/');
  });

  it('every http(s) and ws(s) request is cancelled', async () => {
    const { d } = await ready();
    const br = d.defaultSession.beforeRequest!;
    expect(br.filter.urls).toEqual(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']);
    for (const url of ['http://example.org/', 'https://example.org/x?y', 'ws://127.0.0.1:9/', 'wss://example.org/', 'http://localhost:5173/']) {
      const callback = vi.fn();
      br.listener({ url }, callback);
      expect(callback, url).toHaveBeenCalledWith({ cancel: true });
    }
  });

  it('in development only the dev server is reachable', async () => {
    const { d } = await ready({}, { devServerUrl: 'http://localhost:5173/' });
    const br = d.defaultSession.beforeRequest!;
    const answer = (url: string) => {
      const callback = vi.fn();
      br.listener({ url }, callback);
      return callback.mock.calls[0][0];
    };
    expect(answer('http://localhost:5173/src/main.tsx')).toEqual({ cancel: false });
    expect(answer('ws://localhost:5173/?token=x')).toEqual({ cancel: false }); // Vite's HMR socket
    expect(answer('wss://localhost:5173/')).toEqual({ cancel: true });
    expect(answer('https://localhost:5173/')).toEqual({ cancel: true });
    expect(answer('http://localhost:5174/')).toEqual({ cancel: true });
    expect(answer('ws://localhost:5174/')).toEqual({ cancel: true });
    expect(answer('https://example.org/')).toEqual({ cancel: true });
  });

  it('a dev server on https: its wss socket, not ws', async () => {
    const { d } = await ready({}, { devServerUrl: 'https://localhost:5173/' });
    const answer = (url: string) => {
      const callback = vi.fn();
      d.defaultSession.beforeRequest!.listener({ url }, callback);
      return callback.mock.calls[0][0];
    };
    expect([answer('https://localhost:5173/'), answer('wss://localhost:5173/'), answer('ws://localhost:5173/')]).toEqual([
      { cancel: false },
      { cancel: false },
      { cancel: true },
    ]);
  });

  it('downloads: the renderer\'s own blob: exports pass, anything else is cancelled', async () => {
    const { d } = await ready();
    const item = (url: string) => ({ getURL: () => url, cancel: vi.fn() });
    const blob = item('blob:app://leertafel/1234');
    const web = item('https://example.org/malware.exe');
    d.defaultSession.emit('will-download', fakeEvent(), blob);
    d.defaultSession.emit('will-download', fakeEvent(), web);
    expect(blob.cancel).not.toHaveBeenCalled();
    expect(web.cancel).toHaveBeenCalled();
  });
});

describe('app:// protocol', () => {
  it('serves the renderer folder with the CSP, and nothing outside it', async () => {
    const { d, options } = await ready();
    fs.writeFileSync(path.join(path.dirname(options.rendererDir), 'secret.txt'), 'geheim');
    const index = await d.fetchProtocol('app://leertafel/index.html');
    expect(index.status).toBe(200);
    expect(Object.fromEntries(index.headers)).toEqual({
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
    });
    expect(await index.text()).toContain('<title>Leertafel</title>');
    expect((await d.fetchProtocol('app://leertafel/')).status).toBe(200);
    const js = await d.fetchProtocol('app://leertafel/assets/index.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const secretName = path.basename(path.dirname(options.rendererDir));
    for (const url of [
      'app://leertafel/../secret.txt',
      'app://leertafel/%2e%2e/secret.txt',
      'app://leertafel/..%2fsecret.txt',
      `app://leertafel/..%2f..%2f${secretName}%2fsecret.txt`,
      'app://leertafel/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      'app://leertafel/%E0%A4%A',
      'app://leertafel/assets',
      'app://leertafel/missing.js',
      'app://evil/index.html',
      'app://user:pw@leertafel/index.html',
      'app://leertafel:8080/index.html',
    ]) {
      const res = await d.fetchProtocol(url);
      expect(res.status, url).toBe(404);
      expect(await res.text()).toBe('not found');
    }
  });
});

describe('quitting', () => {
  it('closing the last window quits (not on macOS); the backend closes after a WAL checkpoint, then the app quits', async () => {
    const calls: string[] = [];
    const { d, state, options } = await ready({
      served: (init, platform) => {
        const real = createServedBackend(init, platform);
        return {
          dispatch: real.dispatch,
          checkpoint: () => {
            calls.push('checkpoint');
            real.checkpoint();
            const wal = path.join(init.dataDir, `${DB_FILE}-wal`);
            calls.push(`wal ${fs.existsSync(wal) ? fs.statSync(wal).size : 'absent'}`);
          },
          close: () => {
            calls.push('close');
            real.close();
          },
        };
      },
    });
    expect(await d.invoke(channelOf('groups.save'), { name: 'Leergroep Noord', description: '', members: [] })).toMatchObject({ ok: true });
    mainWindow(d).close();
    d.electron.app.emit('window-all-closed');
    await vi.waitFor(() => expect(d.lifecycle.quitted).toBe(true));
    expect(d.lifecycle.willQuitEvents.map((e) => e.defaultPrevented)).toEqual([true, false]);
    expect(calls).toEqual(['checkpoint', 'wal 0', 'close']);
    expect(d.calls.filter((c) => c === 'utilityProcess.kill')).toHaveLength(1);
    expect(state.host?.state).toBe('closed');
    expect(d.processes[0].alive).toBe(false);
    expect(hostFailureOf((await d.invoke(channelOf('app.info'), {})) as never)).toBe('CLOSED');
    // nothing committed is lost (the file is encrypted: opened with the test password)
    const db = openTestDatabase(options.dataDir);
    expect(db.prepare('SELECT name FROM groups').all()).toEqual([{ name: 'Leergroep Noord' }]);
    db.close();
  });

  it('a will-quit while the backend is closing waits for the same close', async () => {
    const { d } = await ready();
    const first = fakeEvent();
    const second = fakeEvent();
    d.electron.app.emit('will-quit', first);
    d.electron.app.emit('will-quit', second);
    expect([first.defaultPrevented, second.defaultPrevented]).toEqual([true, true]);
    await vi.waitFor(() => expect(d.lifecycle.quitted).toBe(true));
    expect(d.lifecycle.quitRequests).toBe(1);
    expect(d.calls.filter((c) => c === 'utilityProcess.kill')).toHaveLength(1);
  });

  it('quitting before ready does not wait for a backend that never started', async () => {
    const { d } = start();
    d.electron.app.quit();
    await vi.waitFor(() => expect(d.lifecycle.quitted).toBe(true));
    expect(d.lifecycle.willQuitEvents.map((e) => e.defaultPrevented)).toEqual([false]);
  });
});

describe('options from the environment', () => {
  it('packaged: resources and the native binding from the resources path, no dev server', () => {
    const d = createElectronDouble({ isPackaged: true, userData: '/home/anna/.config/Leertafel' });
    const o = optionsFromEnvironment(d.electron.app as never, '/opt/Leertafel/resources/app.asar/out/main', { ELECTRON_RENDERER_URL: 'http://localhost:5173/' }, '/opt/Leertafel/resources');
    expect(o).toMatchObject({
      devServerUrl: undefined,
      dataDir: '/home/anna/.config/Leertafel',
      resourcesDir: '/opt/Leertafel/resources',
      rendererDir: '/opt/Leertafel/resources/app.asar/out/renderer',
      preloadPath: '/opt/Leertafel/resources/app.asar/out/preload/index.cjs',
      backendEntry: '/opt/Leertafel/resources/app.asar/out/main/backend.js',
      platform: process.platform,
    });
  });

  it('development: the dev server, LEERTAFEL_DATA_DIR, resources from the app path', () => {
    const d = createElectronDouble({ appPath: repoRoot });
    const o = optionsFromEnvironment(d.electron.app as never, path.join(repoRoot, 'out', 'main'), { ELECTRON_RENDERER_URL: 'http://localhost:5173/', LEERTAFEL_DATA_DIR: '/tmp/lt' });
    expect(o).toMatchObject({ devServerUrl: 'http://localhost:5173/', dataDir: '/tmp/lt', resourcesDir: path.join(repoRoot, 'resources') });
    expect(optionsFromEnvironment(d.electron.app as never, '/x', { ELECTRON_RENDERER_URL: '' }).devServerUrl).toBeUndefined();
    const spy = vi.spyOn(console, 'log').mockImplementation(() => {});
    o.log('hello');
    expect(spy).toHaveBeenCalledWith('[leertafel] hello');
    spy.mockRestore();
  });

  it('the native binding: Electron\'s own build of better-sqlite3, where it exists', () => {
    const appPath = tempDir();
    const resources = tempDir();
    const dev = createElectronDouble({ appPath }).electron.app as never;
    const packaged = createElectronDouble({ isPackaged: true }).electron.app as never;
    expect(nativeBinding(dev, resources, '45.5.0')).toBeUndefined();
    expect(nativeBinding(packaged, resources, '45.5.0')).toBeUndefined();
    const devFile = path.join(appPath, '.native', 'electron-45.5.0', 'better_sqlite3.node');
    const packagedFile = path.join(resources, 'native', 'better_sqlite3.node');
    for (const f of [devFile, packagedFile]) {
      fs.mkdirSync(path.dirname(f), { recursive: true });
      fs.writeFileSync(f, '');
    }
    expect(nativeBinding(dev, resources, '45.5.0')).toBe(devFile);
    expect(nativeBinding(packaged, resources, '45.5.0')).toBe(packagedFile);
  });
});
