import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const config = parse(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<string, any>;

/** Packaging needs a machine that can download Electron; here its configuration is checked. */
describe('electron-builder.yml', () => {
  it('targets Windows (nsis), macOS (dmg) and Linux (AppImage, deb)', () => {
    expect(config.win.target).toBe('nsis');
    expect(config.mac.target).toBe('dmg');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(fs.existsSync(path.join(root, config.win.icon))).toBe(true);
  });

  it('keeps node_modules built for Node and ships the Electron build of better-sqlite3 unpacked', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
    expect(config.extraResources).toEqual(expect.arrayContaining([{ from: '.native/electron-current', to: 'native' }, { from: 'resources/scripts', to: 'scripts' }]));
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(pkg.scripts.postinstall).toBeUndefined();
    expect(pkg.scripts.dist).toContain('electron-native.mjs --for-packaging');
  });

  it('sets the fuses that close Node-level back doors', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
