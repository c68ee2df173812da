/// <reference lib="dom" />
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
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

test('the real Electron app starts locked down and shows the library', async () => {
  const binary = electronBinary();
  test.skip('reason' in binary, 'reason' in binary ? binary.reason : '');
  if ('reason' in binary) return;
  execFileSync(process.execPath, ['scripts/electron-native.mjs'], { cwd: repoRoot, stdio: 'inherit' });

  const app = await electron.launch({
    executablePath: binary.path,
    args: ['.'],
    cwd: repoRoot,
    env: { ...process.env, LEERTAFEL_DATA_DIR: tempDataDir('leertafel-electron-') },
  });
  try {
    const win = await app.firstWindow();
    await expect(win.getByRole('heading', { level: 1, name: 'Scriptbibliotheek' })).toBeVisible();
    await expect(win.getByRole('list', { name: 'Scriptbibliotheek' }).getByRole('listitem')).toHaveCount(6);
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
