import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** The end-to-end tests drive the built renderer, so build it once before they run. */
export default function globalSetup(): void {
  if (process.env.LEERTAFEL_SKIP_BUILD === '1') return;
  const root = path.resolve(import.meta.dirname, '..', '..');
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
