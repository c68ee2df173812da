import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { createBackend } from '../electron/backend';
import { openDatabase } from '../electron/backend/core/db';
import { parseScript } from '../shared/scripts';
import { fmt, samples, time } from './stats';

const root = path.resolve(import.meta.dirname, '..');

export default async function run(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'leertafel-bench-'));
  try {
    // Database open + migrate, fresh and existing.
    const fresh = await samples(10, () => {
      const dir = fs.mkdtempSync(path.join(tmp, 'open-'));
      openDatabase(dir).db.close();
    });
    console.log(`database open + migrate (new file): median ${fmt(fresh.median)}, p95 ${fmt(fresh.p95)}`);
    const existingDir = fs.mkdtempSync(path.join(tmp, 'existing-'));
    openDatabase(existingDir).db.close();
    const existing = await samples(20, () => openDatabase(existingDir).db.close());
    console.log(`database open (current version): median ${fmt(existing.median)}, p95 ${fmt(existing.p95)}`);
    const [, startup] = time(() => createBackend({ dataDir: fs.mkdtempSync(path.join(tmp, 'backend-')), shell: 'web' }).close());
    console.log(`backend start on a new folder (migrate + sync built-ins): ${fmt(startup)}`);

    // Listing 1,000 scripts through the API (validation + handler + result).
    const backend = createBackend({ dataDir: fs.mkdtempSync(path.join(tmp, 'list-')), shell: 'web' });
    const { builtin: _b, basedOn: _o, updatedAt: _u, ...base } = backend.services.scripts.get('mlb-vier-vensters');
    backend.db.transaction(() => {
      for (let i = 0; i < 1000; i++) backend.services.scripts.restore({ ...base, id: `bench-${i}`, title: `Bench script ${i}` });
    })();
    const list = await samples(30, async () => {
      const r = await backend.dispatch('scripts.list', {});
      if (!r.ok || (r.value as unknown[]).length < 1000) throw new Error('list failed');
    });
    console.log(`scripts.list with 1,006 scripts via the API: median ${fmt(list.median)}, p95 ${fmt(list.p95)}`);
    const search = await samples(30, () => backend.dispatch('scripts.list', { query: 'script 99' }));
    console.log(`scripts.list search 'script 99' (FTS trigram): median ${fmt(search.median)}, p95 ${fmt(search.p95)}`);
    backend.close();

    // Parsing all built-in scripts.
    const dir = path.join(root, 'resources', 'scripts');
    const texts = fs.readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
    const parse = await samples(50, () => texts.forEach((t) => parseScript(t)));
    console.log(`parse all ${texts.length} built-in scripts: median ${fmt(parse.median)}, p95 ${fmt(parse.p95)}`);

    rendererSize();
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** JavaScript the renderer ships: the first screen (entry + its static imports) and everything. */
function rendererSize(): void {
  const out = path.join(root, 'out', 'renderer');
  if (!fs.existsSync(path.join(out, 'index.html'))) {
    execFileSync(process.execPath, [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: root, stdio: 'ignore' });
  }
  const html = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
  const first = new Set<string>();
  const queue = [...html.matchAll(/(?:src|href)="\.?\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  while (queue.length) {
    const f = queue.pop()!;
    if (first.has(f)) continue;
    first.add(f);
    const code = fs.readFileSync(path.join(out, f), 'utf8');
    // Static imports only (`from"./x.js"` / `import"./x.js"`); dynamic import() chunks load later.
    for (const m of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) queue.push(`assets/${m[1]}`);
  }
  const all = fs.readdirSync(path.join(out, 'assets')).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
  const size = (files: Iterable<string>) => {
    let raw = 0;
    let gz = 0;
    for (const f of files) {
      const buf = fs.readFileSync(path.join(out, f));
      raw += buf.length;
      gz += zlib.gzipSync(buf, { level: 9 }).length;
    }
    return `${(raw / 1024).toFixed(1)} kB raw, ${(gz / 1024).toFixed(1)} kB gzip`;
  };
  console.log(`renderer JS, first screen (${first.size} files): ${size(first)}`);
  console.log(`renderer JS, all chunks (${all.length} files): ${size(all)}`);
}
