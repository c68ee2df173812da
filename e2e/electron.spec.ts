/// <reference lib="dom" />
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { repoRoot, tempDataDir } from './support/server';
import { METHOD_NAMES } from '../shared/api/contract';

/** Where the Electron binary would be, without calling require('electron') (which would try to download it). */
function electronBinary(): { path: string } | { reason: string } {
  const dir = path.join(repoRoot, 'node_modules', 'electron');
  const pathFile = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathFile)) {
    return {
      reason:
        'Electron binary not installed (node_modules/electron/path.txt missing: installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1 on a machine that cannot download it). The same UI and backend are tested through the loopback bridge in Chromium.',
    };
  }
  const bin = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(bin) ? { path: bin } : { reason: `Electron binary missing at ${path.relative(repoRoot, bin)}` };
}

/** The built app in the real Electron binary, or a skip that says why there is none. */
async function launch(): Promise<ElectronApplication | null> {
  const binary = electronBinary();
  test.skip('reason' in binary, 'reason' in binary ? binary.reason : '');
  if ('reason' in binary) return null;
  execFileSync(process.execPath, ['scripts/electron-native.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  return electron.launch({
    executablePath: binary.path,
    args: ['.'],
    cwd: repoRoot,
    env: { ...process.env, LEERTAFEL_DATA_DIR: tempDataDir('leertafel-electron-') },
  });
}

type Api = Record<string, (input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: unknown }>>;

test('the real Electron app starts locked down and shows the home screen, then the library', async () => {
  const app = await launch();
  if (!app) return;
  try {
    const win = await app.firstWindow();
    await expect(win.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible();
    await win.getByRole('navigation').getByRole('button', { name: 'Scriptbibliotheek', exact: true }).click();
    await expect(win.getByRole('heading', { level: 1, name: 'Scriptbibliotheek' })).toBeVisible();
    await expect(win.getByRole('list', { name: 'Scriptbibliotheek' }).getByRole('listitem')).toHaveCount(10);
    expect(win.url()).toMatch(/^app:\/\/leertafel\//);

    // The page sees one function per contract method and nothing of Node.
    const exposed = await win.evaluate(() => Object.keys((window as unknown as { leertafel: object }).leertafel).sort());
    expect(exposed).toEqual([...METHOD_NAMES].sort());
    expect(await win.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await win.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');

    // No network: every http(s) request is cancelled, and the page cannot navigate away or open windows.
    const fetched = await win.evaluate(() => fetch('https://example.org/').then(() => 'loaded', () => 'blocked'));
    expect(fetched).toBe('blocked');
    await win.evaluate(() => {
      window.location.href = 'https://example.org/';
    });
    await win.waitForTimeout(500);
    expect(win.url()).toMatch(/^app:\/\/leertafel\//);
    expect(await win.evaluate(() => window.open('https://example.org/') === null)).toBe(true);
    expect(app.windows()).toHaveLength(1);
  } finally {
    await app.close();
  }
});

test('a long export leaves the window responsive: the backend works in its own process', async () => {
  const app = await launch();
  if (!app) return;
  try {
    const win = await app.firstWindow();
    await expect(win.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible();

    // The backend is not in main: main has forked it as a utility process (serviceName in electron/main/backendProcess.ts).
    const processes = await app.evaluate(({ app: a }) => a.getAppMetrics().map((m) => `${m.type} ${m.name ?? ''}`));
    expect(processes).toContain('Utility Leertafel backend');

    // A bijeenkomst to export, planned through the page's own API.
    const sessionId = await win.evaluate(async () => {
      const api = (window as unknown as { leertafel: Api }).leertafel;
      const names = ['Anna de Vries', 'Bram Okafor'];
      const group = await api['groups.save']({ name: 'Leergroep Noord', description: '', members: names.map((name) => ({ name, function: '', organisation: '', skjNumber: null })) });
      const g = group.value as { id: string; members: Array<{ id: string }> };
      const plan = {
        groupId: g.id,
        date: '2030-03-04',
        startTime: '19:00',
        endTime: '20:30',
        roles: { gespreksleider: g.members[0].id, inbrenger: g.members[1].id, notulist: null, tijdbewaker: null },
        caseId: null,
        leervraag: 'Hoe kan ik beter aansluiten bij een vader die boos is?',
      };
      const session = await api['sessions.plan']({ scriptId: 'mlb-vier-vensters', plan });
      return (session.value as { id: string }).id;
    });

    // Twenty PDF exports, not awaited: the page notes when the first one is done.
    await win.evaluate((id) => {
      const w = window as unknown as { leertafel: Api; firstExportDone?: number; exportsDone?: Promise<boolean> };
      const calls = Array.from({ length: 20 }, () => w.leertafel['sessions.export']({ id, format: 'pdf', includeCanvas: true }));
      void Promise.race(calls).then(() => (w.firstExportDone = Date.now()));
      w.exportsDone = Promise.all(calls).then((rs) => rs.every((r) => r.ok));
    }, sessionId);

    // Meanwhile main answers, and the page takes a click: an order of events, not a time limit. With the
    // backend inside main, main could answer only after the export it was running had finished.
    const mainAnswered = await app.evaluate(({ BrowserWindow }) => (BrowserWindow.getAllWindows().length > 0 ? Date.now() : 0));
    const firstDone = await win.evaluate(() => (window as unknown as { firstExportDone?: number }).firstExportDone ?? Number.POSITIVE_INFINITY);
    expect(mainAnswered).toBeGreaterThan(0);
    expect(mainAnswered).toBeLessThan(firstDone);
    await win.getByRole('heading', { level: 1, name: 'Overzicht' }).click();

    expect(await win.evaluate(() => (window as unknown as { exportsDone: Promise<boolean> }).exportsDone)).toBe(true);
  } finally {
    await app.close();
  }
});
