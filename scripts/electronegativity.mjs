#!/usr/bin/env node
/**
 * Runs Electronegativity over the Electron code and fails on any HIGH finding (the tool itself always
 * exits 0, so its report has to be read). Usage: node scripts/electronegativity.mjs [inputDir]
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const input = path.resolve(process.argv[2] ?? path.join(root, 'electron'));
const electronVersion = require('electron/package.json').version;
const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'electronegativity-')), 'report.csv');
const cli = path.join(path.dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist', 'index.js');

execFileSync(process.execPath, [cli, '-i', input, '-o', out, '-r', '-v', 'false', '-e', electronVersion], {
  stdio: ['ignore', 'ignore', 'ignore'],
});
const rows = fs
  .readFileSync(out, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [issue, severity, confidence, file, location] = line.split(',').map((c) => c.replace(/^"|"$/g, '').trim());
    return { issue, severity, confidence, file, location };
  });
const high = rows.filter((r) => r.severity === 'HIGH');
const counts = rows.reduce((acc, r) => ((acc[r.severity] = (acc[r.severity] ?? 0) + 1), acc), {});
console.log(`electronegativity (${path.relative(root, input) || '.'}, Electron ${electronVersion}): ${JSON.stringify(counts)}`);
for (const r of high) console.log(`  HIGH ${r.issue} ${r.file}:${r.location}`);
process.exit(high.length > 0 ? 1 : 0);
