import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestDatabase, tempDir } from '../testing/helpers';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const ROUNDS = 10;

/** Runs the writer until a random moment after its first commit, kills it with SIGKILL and returns the ids it reported committed. */
function writeAndKill(dataDir: string, afterMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'electron/backend/testing/writer.ts'), dataDir], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      // The clock starts at the first reported commit, so every round kills a writer that is writing,
      // however slow this machine is at the moment (a loaded CI machine took 150 ms per write).
      if (!timer && out.includes('committed ')) timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL') return reject(new Error(`writer ended by itself (${code}): ${err}`));
      // Only complete lines count: a line cut off by the kill was never fully reported.
      const ids = out
        .split('\n')
        .slice(0, -1)
        .filter((l) => l.startsWith('committed '))
        .map((l) => l.slice('committed '.length));
      resolve(ids);
    });
  });
}

describe('durability', () => {
  it(`keeps every reported commit and an intact database across ${ROUNDS} SIGKILLs`, async () => {
    const dataDir = tempDir('leertafel-durability-');
    const all: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const committed = await writeAndKill(dataDir, 50 + Math.floor(Math.random() * 400));
      all.push(...committed);
      const db = openTestDatabase(dataDir);
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.pragma('foreign_key_check')).toEqual([]);
        const present = new Set(db.prepare<[], { id: string }>("SELECT id FROM scripts WHERE id LIKE 'dur-%'").all().map((r) => r.id));
        const missing = all.filter((id) => !present.has(id));
        expect(missing, `round ${round}: committed writes lost`).toEqual([]);
        // Every script that exists has all its blocks: no half-written transaction survived.
        const torn = db
          .prepare("SELECT s.id FROM scripts s LEFT JOIN script_blocks b ON b.script_id = s.id WHERE s.id LIKE 'dur-%' GROUP BY s.id HAVING COUNT(b.position) <> (SELECT COUNT(*) FROM script_blocks WHERE script_id = 'mlb-vier-vensters')")
          .all();
        expect(torn).toEqual([]);
      } finally {
        db.close();
      }
    }
    // The test means something only if the writer really got writes in before being killed.
    expect(all.length).toBeGreaterThan(ROUNDS);
  });
});
