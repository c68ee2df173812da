#!/usr/bin/env node
/**
 * `npm test`: every test runner in turn — vitest (its `unit` project, then `slow`: durability, the API contract,
 * the anonymiser corpus, the layer and security gates), the type check, the layer rules, and Playwright end to
 * end in Chromium — then every skipped test with its reason, and one plain closing line
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

// 1. vitest: both projects (unit, then slow; vitest.config.ts). It runs through vitest's Node API in a child
// process, so that an inline reporter can note why each test was skipped: vitest's JSON report, which the
// counts below come from, has no field for that.
const vitestJson = path.join(tmp, 'vitest.json');
const vitestSkips = path.join(tmp, 'vitest-skips.json');
fs.rmSync(vitestJson, { force: true });
fs.rmSync(vitestSkips, { force: true });
const VITEST = `
import fs from 'node:fs';
import { startVitest } from 'vitest/node';
const skipNotes = {
  onTestRunEnd(modules) {
    const out = [];
    for (const mod of modules) {
      for (const test of mod.children.allTests()) {
        const result = test.result();
        if (result.state !== 'skipped') continue;
        out.push({ file: mod.relativeModuleId, suite: test.parent.type === 'suite' ? test.parent.fullName : '', name: test.fullName, note: result.note ?? '', todo: test.options.mode === 'todo' });
      }
    }
    fs.writeFileSync(process.env.LEERTAFEL_VITEST_SKIPS, JSON.stringify(out));
  },
};
const ctx = await startVitest('test', [], { run: true, watch: false, reporters: ['default', ['json', { outputFile: process.env.LEERTAFEL_VITEST_JSON }], skipNotes] });
if (!ctx.shouldKeepServer()) await ctx.exit();
`;
const vitestCode = run('vitest (unit, then slow)', process.execPath, ['--input-type=module', '-e', VITEST], {
  LEERTAFEL_VITEST_JSON: vitestJson,
  LEERTAFEL_VITEST_SKIPS: vitestSkips,
});
const v = readJson(vitestJson);
if (v) {
  totals.passed += v.numPassedTests;
  totals.failed += v.numFailedTests;
  totals.skipped += v.numPendingTests + (v.numTodoTests ?? 0);
  if (vitestCode !== 0 && v.numFailedTests === 0) problems.push(`vitest exited ${vitestCode} (suite errors: ${v.numFailedTestSuites})`);
} else problems.push('vitest wrote no report');
const vitestSkipLines = vitestSkipReasons(readJson(vitestSkips)); // printed with Playwright's, above the summary

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

/**
 * Vitest's skipped tests, with their reasons: the note of `ctx.skip('why')`, or else the title, which for
 * `describe.skipIf(…)` / `it.skipIf(…)` is where a reason goes (the title says "skip…"). A whole suite skipped
 * for one reason is one line. Anything else is marked "(no reason given)".
 */
function vitestSkipReasons(skips) {
  if (!skips) return ['skipped: (vitest: skip reasons not collected)'];
  const groups = new Map();
  for (const s of skips) {
    const key = JSON.stringify([s.file, s.note ? s.name : s.suite || s.name, s.note, s.todo]);
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return [...groups.values()].map((group) => {
    const [s] = group;
    const title = group.length > 1 ? s.suite || s.name : s.name;
    const why = s.note || (s.todo || /skip/i.test(title) ? '' : '(no reason given)');
    return `${s.todo ? 'todo' : 'skipped'}${group.length > 1 ? ` (${group.length} tests)` : ''}: ${s.file} › ${title}${why ? ` — ${why}` : ''}`;
  });
}

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

for (const line of vitestSkipLines) console.log(line);
for (const msg of problems) console.log(`test-all: ${msg}`);
const failed = totals.failed + problems.length;
console.log(`\n${totals.passed} passed, ${failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(failed > 0 || totals.passed === 0 ? 1 : 0);
