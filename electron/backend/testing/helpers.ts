import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { createBackend, type Backend } from '..';

const dirs: string[] = [];
const backends: Backend[] = [];

export function tempDir(prefix = 'leertafel-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

/** A real backend on a fresh temp folder, closed and removed after the test. */
export function testBackend(dataDir = tempDir()): Backend {
  const b = createBackend({ dataDir, shell: 'web' });
  backends.push(b);
  return b;
}

afterEach(() => {
  for (const b of backends.splice(0)) {
    try {
      b.close();
    } catch {
      /* already closed by the test */
    }
  }
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
