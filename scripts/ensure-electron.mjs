#!/usr/bin/env node
/**
 * `npm start` and `npm run dist` need the Electron binary. Electron downloads it on first use; on a
 * machine that cannot download it (a closed network, ELECTRON_SKIP_BINARY_DOWNLOAD=1), the start would
 * otherwise build everything and end after minutes in "Electron failed to install correctly". This
 * check runs first: it tries the download once, and if there is still no binary it says in one line
 * what to do instead, and builds nothing.
 *
 *   node scripts/ensure-electron.mjs [--electron-dir DIR]   (the option is for the test)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const arg = process.argv.indexOf('--electron-dir');
const dir = arg > 0 ? path.resolve(process.argv[arg + 1]) : path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));

function binary() {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const pathFile = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const exe = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(exe) ? exe : null;
}

if (!binary() && !process.env.ELECTRON_SKIP_BINARY_DOWNLOAD && fs.existsSync(path.join(dir, 'install.js'))) {
  console.error('ensure-electron: downloading the Electron binary once…');
  spawnSync(process.execPath, [path.join(dir, 'install.js')], { stdio: 'inherit', timeout: 10 * 60_000 });
}
if (!binary()) {
  console.error(
    'Electron kan hier niet starten: het Electron-programma is niet gedownload (geen netwerk of ELECTRON_SKIP_BINARY_DOWNLOAD=1). ' +
      'Gebruik `npm run web` en open het adres dat het toont in een browser (de gegevens staan dan in .tmp/web-data, of kies een map met -- --data-dir).',
  );
  process.exit(1);
}
