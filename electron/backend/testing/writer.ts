/**
 * Child process for the durability test: writes scripts through the real backend, one transaction each,
 * and prints `committed <id>` only after the handler has returned (the commit is done).
 * Usage: tsx writer.ts <dataDir>
 */
import { createBackend } from '..';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: writer.ts <dataDir>');
const backend = createBackend({ dataDir, shell: 'web' });
const base = backend.services.scripts.get('mlb-vier-vensters');
const { builtin: _b, basedOn: _o, updatedAt: _u, ...script } = base;

let n = 0;
const loop = async () => {
  for (;;) {
    const id = `dur-${process.pid}-${n++}`;
    const result = await backend.dispatch('scripts.restore', { script: { ...script, id, title: `Duurzaamheid ${n}` } });
    if (!result.ok) throw new Error(`write failed: ${result.error.code}`);
    process.stdout.write(`committed ${id}\n`);
  }
};
process.stdout.write('ready\n');
void loop();
