#!/usr/bin/env node
/**
 * better-sqlite3 in node_modules stays built for Node, so `npm test` and every Node tool keep working.
 * Electron needs a build for its own ABI: this script makes one in a scratch copy of the package and puts
 * the binary in .native/electron-<version>/ (and .native/electron-current/ for packaging), where the main
 * process loads it through better-sqlite3's `nativeBinding` option. It tries a prebuilt binary first
 * (prebuild-install) and compiles with node-gyp against Electron's headers otherwise.
 * Both need the network to reach Electron's headers or prebuilt binaries, so run it on a developer machine.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const electronVersion = require('electron/package.json').version;
const outDir = path.join(root, '.native', `electron-${electronVersion}`);
const outFile = path.join(outDir, 'better_sqlite3.node');
const currentDir = path.join(root, '.native', 'electron-current');

if (fs.existsSync(outFile) && !process.argv.includes('--force')) {
  syncCurrent();
  console.error(`electron-native: ${path.relative(root, outFile)} is up to date`);
  process.exit(0);
}

const pkgDir = path.dirname(require.resolve('better-sqlite3/package.json'));
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'leertafel-native-'));
fs.cpSync(pkgDir, scratch, { recursive: true, filter: (src) => !src.includes(`${path.sep}build`) });
const bin = (name) => path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: scratch, stdio: 'inherit', shell: process.platform === 'win32' });

try {
  try {
    run(bin('prebuild-install'), ['--runtime', 'electron', '--target', electronVersion, '--arch', process.arch, '--verbose']);
  } catch {
    console.error('electron-native: no prebuilt binary, compiling with node-gyp');
    run(bin('node-gyp'), ['rebuild', '--release', `--target=${electronVersion}`, `--arch=${process.arch}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers']);
  }
  fs.mkdirSync(outDir, { recursive: true });
  fs.copyFileSync(path.join(scratch, 'build', 'Release', 'better_sqlite3.node'), outFile);
  syncCurrent();
  console.error(`electron-native: built ${path.relative(root, outFile)}`);
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}

function syncCurrent() {
  fs.mkdirSync(currentDir, { recursive: true });
  fs.copyFileSync(outFile, path.join(currentDir, 'better_sqlite3.node'));
}
