import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const script = path.resolve(import.meta.dirname, 'ensure-electron.mjs');
const run = (electronDir: string) =>
  spawnSync(process.execPath, [script, '--electron-dir', electronDir], { encoding: 'utf8', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', ELECTRON_OVERRIDE_DIST_PATH: '' } });

describe('npm start without the Electron binary', () => {
  it('stops at once with one line that points to npm run web', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leertafel-electron-'));
    const r = run(dir);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('npm run web');
  });

  it('lets the start go on when the binary is there', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leertafel-electron-'));
    fs.mkdirSync(path.join(dir, 'dist'));
    fs.writeFileSync(path.join(dir, 'dist', 'electron'), '');
    fs.writeFileSync(path.join(dir, 'path.txt'), 'electron');
    const r = run(dir);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});
