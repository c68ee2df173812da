/**
 * `npm run bench`: runs every bench/*.bench.ts in turn. Benchmarks print figures; they never assert.
 * Pass names to run a subset: `npm run bench -- foundation`.
 */
import fs from 'node:fs';
import path from 'node:path';

// The benches measure a set-up installation: they take the explicit test path of the lock (issue 12),
// except bench/lock, which measures the real scrypt cost itself.
process.env.LEERTAFEL_TEST_PASSWORD ??= 'bench-wachtwoord';
const dir = import.meta.dirname;
const only = process.argv.slice(2);
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();
for (const f of files) {
  console.log(`\n## ${f.replace('.bench.ts', '')}`);
  const mod = (await import(path.join(dir, f))) as { default: () => Promise<void> };
  await mod.default();
}
