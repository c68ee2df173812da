/**
 * The entry itself, as electron-vite bundles it: in the `electron-main` project `electron` resolves to the
 * double (testing/electron-module.ts), so importing index.ts runs exactly what Electron would run.
 */
import path from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { channelOf } from '../../shared/api/contract';
import { tempDir } from '../backend/testing/helpers';
import { double } from './testing/electron-module';

const here = import.meta.dirname;
const logged = vi.spyOn(console, 'log').mockImplementation(() => {});
afterAll(() => logged.mockRestore());

it('index.ts hands the electron module to startMain, with the paths of the build and the environment', async () => {
  const dataDir = tempDir();
  vi.stubEnv('LEERTAFEL_DATA_DIR', dataDir);
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined);
  await import('./index');
  expect(double.calls).toEqual(['app.requestSingleInstanceLock', 'protocol.registerSchemesAsPrivileged', 'app.whenReady']);
  await double.ready();

  expect(await double.invoke(channelOf('app.info'), {})).toMatchObject({ ok: true, value: { shell: 'electron', version: '0.1.0-test' } });
  // out/main/index.js forks out/main/backend.js, and its windows preload out/preload/index.cjs
  const [proc] = double.processes;
  expect(proc.modulePath).toBe(path.join(here, 'backend.js'));
  expect(proc.received[0]).toMatchObject({ t: 'init', init: { dataDir, resourcesDir: path.resolve(here, '..', '..', 'resources'), shell: 'electron' } });
  expect(double.windows[0].options.webPreferences?.preload).toBe(path.join(here, '..', 'preload', 'index.cjs'));
  expect(double.windows[0].url).toBe('app://leertafel/index.html');
  expect(logged.mock.calls.some(([line]) => /^\[leertafel\] database migrated from version 0 to \d+$/.test(String(line)))).toBe(true);

  double.electron.app.quit();
  await vi.waitFor(() => expect(double.lifecycle.quitted).toBe(true));
  expect(proc.served).not.toBeNull();
  expect(proc.alive).toBe(false);
  vi.unstubAllEnvs();
});
