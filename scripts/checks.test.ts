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

/** The checks `npm test` relies on must be able to fail. (The layer rules have their own: scripts/layers.test.ts.) */
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
