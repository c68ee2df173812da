import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'leertafel-checks-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function write(rel: string, content: string) {
  const file = path.join(scratch, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

/** The checks `npm test` relies on must be able to fail: run them on code that breaks each rule. */
describe('layer rules (dependency-cruiser)', () => {
  it('reports every kind of forbidden import', () => {
    fs.copyFileSync(path.join(root, '.dependency-cruiser.cjs'), path.join(scratch, '.dependency-cruiser.cjs'));
    write('tsconfig.node.json', JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler', allowImportingTsExtensions: true } }));
    write('package.json', JSON.stringify({ name: 'fixture', type: 'module' }));
    write('shared/pure.ts', "import fs from 'node:fs';\nimport { backend } from '../electron/backend/service';\nexport const x = [fs, backend];\n");
    write('shared/ok.test.ts', "import fs from 'node:fs';\nexport const y = fs;\n");
    write('renderer/src/app.ts', "import { backend } from '../../electron/backend/service';\nimport path from 'node:path';\nexport const z = [backend, path];\n");
    write('electron/backend/service.ts', "import { app } from 'electron';\nexport const backend = app;\n");
    write('electron/main/index.ts', "import { app } from 'electron';\nexport const main = app;\n");
    const res = spawnSync(path.join(root, 'node_modules', '.bin', 'depcruise'), ['shared', 'renderer', 'electron', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], {
      cwd: scratch,
      encoding: 'utf8',
    });
    const out = res.stdout + res.stderr;
    expect(res.status).not.toBe(0);
    expect(out).toContain('shared-no-node');
    expect(out).toContain('shared-stays-pure');
    expect(out).toContain('renderer-only-shared');
    expect(out).toContain('renderer-no-node');
    expect(out).toMatch(/only-main-and-preload-import-electron[^\n]*\n?[^\n]*electron\/backend\/service\.ts/);
    // Allowed: tests in shared/ may use Node, and main may import electron.
    expect(out).not.toMatch(/shared\/ok\.test\.ts/);
    expect(out).not.toMatch(/electron\/main\/index\.ts/);
  });
});

describe('electronegativity gate', () => {
  it('fails on a HIGH finding', () => {
    write('insecure/main.js', "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false, webSecurity: false } });\n");
    const res = spawnSync(process.execPath, [path.join(root, 'scripts', 'electronegativity.mjs'), path.join(scratch, 'insecure')], { encoding: 'utf8' });
    expect(res.status).toBe(1);
    expect(res.stdout).toMatch(/HIGH/);
  });

  it('passes the real Electron code', () => {
    const res = spawnSync(process.execPath, [path.join(root, 'scripts', 'electronegativity.mjs')], { encoding: 'utf8' });
    expect(res.stdout).not.toMatch(/HIGH/);
    expect(res.status).toBe(0);
  });
});
