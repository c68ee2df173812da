#!/usr/bin/env node
/**
 * `npm test`: every test runner in turn — vitest (unit, integration, the anonymiser corpus, the security
 * gates), the type check, the layer rules, and Playwright end to end in Chromium — then one plain closing line
 * `N passed, N failed[, N skipped]` summed over all of them. Exits non-zero if anything failed or a
 * runner could not report.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const tmp = path.join(root, '.tmp');
fs.mkdirSync(tmp, { recursive: true });
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const totals = { passed: 0, failed: 0, skipped: 0 };
const problems = [];

function run(label, cmd, args, env = {}) {
  console.log(`\n━━ ${label} ━━`);
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return res.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

// 1. vitest
const vitestJson = path.join(tmp, 'vitest.json');
fs.rmSync(vitestJson, { force: true });
const vitestCode = run('vitest', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
const v = readJson(vitestJson);
if (v) {
  totals.passed += v.numPassedTests;
  totals.failed += v.numFailedTests;
  totals.skipped += v.numPendingTests + (v.numTodoTests ?? 0);
  if (vitestCode !== 0 && v.numFailedTests === 0) problems.push(`vitest exited ${vitestCode} (suite errors: ${v.numFailedTestSuites})`);
} else problems.push('vitest wrote no report');

// 2. types: strict TypeScript for the Node side and the web side (vite and vitest strip types unchecked)
const typeCode = run('typecheck (tsc, node + web)', 'npm', ['run', '-s', 'typecheck']);
if (typeCode === 0) totals.passed += 1;
else totals.failed += 1;

// 3. layer rules
const depcruiseCode = run('layer rules (dependency-cruiser)', 'npm', ['run', '-s', 'lint:layers']);
if (depcruiseCode === 0) totals.passed += 1;
else totals.failed += 1;

// 4. Playwright end to end
const pwJson = path.join(tmp, 'playwright.json');
fs.rmSync(pwJson, { force: true });
const pwCode = run('playwright (Chromium, end to end)', bin('playwright'), ['test'], { LEERTAFEL_PW_JSON: pwJson });
const p = readJson(pwJson);
if (p?.stats) {
  totals.passed += p.stats.expected + (p.stats.flaky ?? 0);
  totals.failed += p.stats.unexpected;
  totals.skipped += p.stats.skipped;
  if (pwCode !== 0 && p.stats.unexpected === 0) problems.push(`playwright exited ${pwCode} (${(p.errors ?? []).length} errors outside tests)`);
  for (const reason of skipReasons(p.suites ?? [])) console.log(`skipped: ${reason}`);
} else problems.push('playwright wrote no report');

/** A skipped test must say why; the reasons are printed so a reader of the CI log sees them. */
function skipReasons(suites) {
  const out = [];
  for (const suite of suites) {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status !== 'skipped') continue;
        const why = (t.annotations ?? []).find((a) => a.type === 'skip')?.description ?? '(no reason given)';
        out.push(`${spec.title} — ${why}`);
      }
    }
    out.push(...skipReasons(suite.suites ?? []));
  }
  return out;
}

for (const msg of problems) console.log(`test-all: ${msg}`);
const failed = totals.failed + problems.length;
console.log(`\n${totals.passed} passed, ${failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(failed > 0 || totals.passed === 0 ? 1 : 0);
