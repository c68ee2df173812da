import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';

/**
 * The repository root, found from this file whether it runs from source (tsx, vitest) or bundled into
 * out/main by electron-vite. A packaged app has no repository and passes its resources path instead.
 */
export function repoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'resources'))) return dir;
    dir = path.dirname(dir);
  }
  throw new Error('repository root not found');
}

export function defaultResourcesDir(): string {
  return path.join(repoRoot(), 'resources');
}
