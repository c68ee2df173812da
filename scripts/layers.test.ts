/**
 * The layer rules (.dependency-cruiser.cjs, `npm run lint:layers`) must be able to fail. A scratch tree in the
 * target layout (electron/backend/<area>/, shared/<area>/) is cruised with the real config and the real
 * lint:layers command line: clean, it passes; with one planted import per forbidden kind, every rule reports
 * exactly the imports planted for it, and nothing else.
 *
 * npm packages are small fakes in the scratch tree's node_modules, once as a folder (a fresh clone) and once
 * behind a symlink (a worktree sharing node_modules), since the rules match resolved paths.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const scratchRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'leertafel-layers-'));
// KEEP_SCRATCH=1 leaves the scratch trees in the temp folder, to cruise them by hand.
afterAll(() => {
  if (!process.env.KEEP_SCRATCH) fs.rmSync(scratchRoot, { recursive: true, force: true });
});

type Tree = Record<string, string>;

/** Fake npm packages: the Node-only ones the rules name, and browser-safe ones that stay allowed. */
const PACKAGES = ['electron', 'better-sqlite3', 'pdfkit', 'tsx', 'node-gyp', 'electron-builder', 'zod', 'react'];

function packagesInto(dir: string) {
  for (const name of PACKAGES) {
    const pkg = path.join(dir, name);
    fs.mkdirSync(pkg, { recursive: true });
    fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name, version: '1.0.0', main: 'index.js' }));
    fs.writeFileSync(path.join(pkg, 'index.js'), 'module.exports = {};\n');
    fs.writeFileSync(path.join(pkg, 'deep.js'), 'module.exports = {};\n');
  }
}

/** A tree in the target layout that keeps every rule, including the edges the rules must allow. */
const CLEAN: Tree = {
  // shared: areas import each other's schemas and types; tests and test support beside the code may use Node
  'shared/common/schemas.ts': "import { z } from 'zod';\nexport const id = z;\n",
  'shared/api/define.ts': 'export const define = 1;\n',
  'shared/cases/types.ts': "import { id } from '../common/schemas';\nexport const caseId = id;\n",
  'shared/groups/types.ts': "import { caseId } from '../cases/types';\nexport const groupCase = caseId;\n",
  'shared/cases/contract.ts': "import { define } from '../api/define';\nimport { caseId } from './types';\nexport const cases = [define, caseId];\n",
  'shared/api/contract.ts': "import { cases } from '../cases/contract';\nimport { groupCase } from '../groups/types';\nexport const contract = [cases, groupCase];\n",
  'shared/anonymiser/testing/lexicons.ts': '/// <reference types="vite/types/importMeta.d.ts" />\nexport const lexicons = {};\n',
  'shared/cases/types.test.ts':
    "import fs from 'node:fs';\nimport Database from 'better-sqlite3';\nimport { lexicons } from '../anonymiser/testing/lexicons';\nimport { caseId } from './types';\nexport const t = [fs, Database, lexicons, caseId];\n",
  // backend: core below the areas; areas use each other through index.ts; index.ts composes
  'electron/backend/core/db.ts': "import fs from 'node:fs';\nimport Database from 'better-sqlite3';\nexport const db = [fs, Database];\n",
  'electron/backend/core/dates.ts': "import { db } from './db';\nexport const today = db;\n",
  'electron/backend/core/db.test.ts': "import { backend } from '..';\nimport { testBackend } from '../test/helpers';\nexport const t = [backend, testBackend];\n",
  'electron/backend/groups/repository.ts': "import { db } from '../core/db';\nexport const groupRows = db;\n",
  'electron/backend/groups/service.ts': "import { groupRows } from './repository';\nimport { groupCase } from '../../../shared/groups/types';\nexport const groups = [groupRows, groupCase];\n",
  'electron/backend/groups/index.ts': "export { groups } from './service';\n",
  'electron/backend/groups/handlers.ts': "import { groups } from './service';\nexport const groupHandlers = groups;\n",
  'electron/backend/groups/service.test.ts': "import { testBackend } from '../test/helpers';\nimport { groupRows } from './repository';\nexport const t = [testBackend, groupRows];\n",
  'electron/backend/cases/repository.ts': "import { db } from '../core/db';\nimport { today } from '../core/dates';\nexport const caseRows = [db, today];\n",
  'electron/backend/cases/service.ts': "import { caseRows } from './repository';\nimport { groups } from '../groups';\nexport const cases = [caseRows, groups];\n",
  'electron/backend/cases/index.ts': "export { cases } from './service';\n",
  'electron/backend/cases/handlers.ts': "import { cases } from './service';\nexport const caseHandlers = cases;\n",
  'electron/backend/sessions/report.ts': "import PDFDocument from 'pdfkit';\nimport { groups } from '../groups/index';\nexport const report = [PDFDocument, groups];\n",
  'electron/backend/sessions/index.ts': "export { report } from './report';\n",
  'electron/backend/index.ts':
    "import { db } from './core/db';\nimport { caseHandlers } from './cases/handlers';\nimport { groupHandlers } from './groups/handlers';\nimport { report } from './sessions';\nexport const backend = [db, caseHandlers, groupHandlers, report];\n",
  'electron/backend/test/helpers.ts': "import { backend } from '..';\nexport const testBackend = backend;\n",
  // electron processes
  'electron/main/index.ts': "import { app } from 'electron';\nimport { backend } from '../backend';\nexport const main = [app, backend];\n",
  'electron/preload/index.ts': "import { contextBridge } from 'electron';\nimport { contract } from '../../shared/api/contract';\nexport const preload = [contextBridge, contract];\n",
  'electron/web/server.ts': "import http from 'node:http';\nimport { backend } from '../backend';\nexport const server = [http, backend];\n",
  // renderer: shared and browser-safe packages; its tests may reach further
  'renderer/src/app.tsx': "import React from 'react';\nimport { contract } from '../../shared/api/contract';\nexport const app = [React, contract];\n",
  'renderer/src/app.test.ts': "import fs from 'node:fs';\nimport { backend } from '../../electron/backend';\nexport const t = [fs, backend];\n",
  // tooling around the app
  'scripts/tool.mjs': "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\nexport const version = require('electron/package.json').version;\n",
  'e2e/app.spec.ts': "import { backend } from '../electron/backend';\nexport const spec = backend;\n",
  'bench/run.ts': "import { cases } from '../electron/backend/cases';\nexport const bench = cases;\n",
};

/**
 * One or more planted imports per rule: [rule, from, to]. `to` is the resolved path as dependency-cruiser
 * reports it (npm packages from node_modules/ on, Node built-ins by name).
 */
const PLANTED: Array<[rule: string, from: string, to: string, code: string]> = [
  ['renderer-only-shared', 'renderer/src/bad-backend.ts', 'electron/backend/index.ts', "export * from '../../electron/backend';\n"],
  ['renderer-no-node', 'renderer/src/bad-node.ts', 'path', "export * from 'node:path';\n"],
  ['renderer-no-node-packages', 'renderer/src/bad-sqlite.ts', 'node_modules/better-sqlite3/index.js', "export * from 'better-sqlite3';\n"],
  ['renderer-no-node-packages', 'renderer/src/bad-tsx.ts', 'node_modules/tsx/index.js', "export * from 'tsx';\n"],
  ['renderer-no-node-packages', 'renderer/src/bad-builder.ts', 'node_modules/electron-builder/index.js', "export * from 'electron-builder';\n"],
  ['shared-stays-pure', 'shared/cases/bad-backend.ts', 'electron/backend/cases/index.ts', "export * from '../../electron/backend/cases';\n"],
  ['shared-stays-pure', 'shared/groups/bad-renderer.ts', 'renderer/src/app.tsx', "export * from '../../renderer/src/app';\n"],
  ['shared-no-node', 'shared/cases/bad-node.ts', 'fs', "export * from 'node:fs';\n"],
  ['shared-no-node-packages', 'shared/cases/bad-sqlite.ts', 'node_modules/better-sqlite3/index.js', "export * from 'better-sqlite3';\n"],
  ['shared-no-node-packages', 'shared/sessions/bad-pdf.ts', 'node_modules/pdfkit/index.js', "export * from 'pdfkit';\n"],
  ['shared-no-node-packages', 'shared/common/bad-gyp.ts', 'node_modules/node-gyp/index.js', "export * from 'node-gyp';\n"],
  ['only-main-and-preload-import-electron', 'electron/backend/core/bad-electron.ts', 'node_modules/electron/index.js', "export * from 'electron';\n"],
  ['only-main-and-preload-import-electron', 'electron/web/bad-electron.ts', 'node_modules/electron/deep.js', "export * from 'electron/deep.js';\n"],
  ['only-main-and-preload-import-electron', 'scripts/bad-electron.ts', 'node_modules/electron/index.js', "export * from 'electron';\n"],
  ['backend-no-main-web-preload', 'electron/backend/cases/bad-main.ts', 'electron/main/index.ts', "export * from '../../main';\n"],
  ['backend-no-main-web-preload', 'electron/backend/core/bad-web.ts', 'electron/web/server.ts', "export * from '../../web/server';\n"],
  ['backend-no-main-web-preload', 'electron/backend/bad-preload.ts', 'electron/preload/index.ts', "export * from '../preload';\n"],
  ['main-no-web', 'electron/main/bad-web.ts', 'electron/web/server.ts', "export * from '../web/server';\n"],
  ['web-no-main', 'electron/web/bad-main.ts', 'electron/main/index.ts', "export * from '../main';\n"],
  ['preload-stays-small', 'electron/preload/bad-shared.ts', 'shared/cases/types.ts', "export * from '../../shared/cases/types';\n"],
  ['preload-stays-small', 'electron/preload/bad-backend.ts', 'electron/backend/index.ts', "export * from '../backend';\n"],
  ['preload-stays-small', 'electron/preload/bad-node.ts', 'path', "export * from 'node:path';\n"],
  ['preload-stays-small', 'electron/preload/bad-zod.ts', 'node_modules/zod/index.js', "export * from 'zod';\n"],
  ['backend-areas-through-index', 'electron/backend/sessions/bad-repository.ts', 'electron/backend/cases/repository.ts', "export * from '../cases/repository';\n"],
  ['backend-areas-through-index', 'electron/backend/sessions/bad-handlers.ts', 'electron/backend/groups/handlers.ts', "export * from '../groups/handlers';\n"],
  ['backend-areas-through-index', 'electron/backend/sessions/bad-service.test.ts', 'electron/backend/groups/service.ts', "export * from '../groups/service';\n"],
  ['backend-core-below-areas', 'electron/backend/core/bad-area.ts', 'electron/backend/cases/index.ts', "export * from '../cases';\n"],
  ['backend-core-below-areas', 'electron/backend/core/bad-composition.ts', 'electron/backend/index.ts', "export * from '..';\n"],
  ['test-support-stays-in-tests', 'electron/backend/cases/bad-helpers.ts', 'electron/backend/test/helpers.ts', "export * from '../test/helpers';\n"],
  ['test-support-stays-in-tests', 'shared/cases/bad-testing.ts', 'shared/anonymiser/testing/lexicons.ts', "export * from '../anonymiser/testing/lexicons';\n"],
  ['test-support-stays-in-tests', 'renderer/src/bad-test.ts', 'renderer/src/app.test.ts', "export * from './app.test';\n"],
  ['not-to-unresolvable', 'electron/backend/cases/bad-typo.ts', './servce', "export * from './servce';\n"],
  ['not-to-unresolvable', 'shared/cases/bad-missing.ts', 'not-installed', "export * from 'not-installed';\n"],
  // a cycle is reported once, from its first module (see cruise())
  ['no-circular', 'electron/backend/groups/cycle-a.ts', 'electron/backend/groups/cycle-b.ts', "export * from './cycle-b';\nexport const a = 1;\n"],
];
/** Planted files that are part of a planted violation above. */
const PLANTED_ALSO: Tree = { 'electron/backend/groups/cycle-b.ts': "export * from './cycle-a';\nexport const b = 1;\n" };

/** Every rule in the real config, so a rule added without a planted violation fails this test. */
function ruleNames(): string[] {
  const config = createRequire(import.meta.url)(path.join(root, '.dependency-cruiser.cjs')) as { forbidden: Array<{ name: string }> };
  return config.forbidden.map((r) => r.name);
}

/** The lint:layers command line from package.json, as arguments to depcruise. */
function lintArgs(): string[] {
  const script = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['lint:layers'];
  const [cmd, ...args] = script.split(/\s+/);
  expect(cmd).toBe('depcruise');
  return args;
}

function makeTree(name: string, files: Tree, modules: 'folder' | 'symlink'): string {
  const dir = path.join(scratchRoot, name);
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
  for (const f of ['.dependency-cruiser.cjs', 'tsconfig.node.json', 'tsconfig.base.json']) fs.copyFileSync(path.join(root, f), path.join(dir, f));
  const deps = Object.fromEntries(PACKAGES.map((p) => [p, '1.0.0']));
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'fixture', type: 'module', dependencies: deps }));
  if (modules === 'folder') packagesInto(path.join(dir, 'node_modules'));
  else {
    const store = path.join(scratchRoot, `${name}-store`, 'node_modules');
    packagesInto(store);
    fs.symlinkSync(store, path.join(dir, 'node_modules'), 'dir');
  }
  return dir;
}

interface Cruise {
  status: number | null;
  violations: string[];
}

/**
 * Runs lint:layers in `dir` and reads its report (dependency-cruiser's default `err` output, as `npm test`
 * shows it): one `error <rule>: <from> → <to>` per violation; a cycle is `error no-circular: <a> →` followed by
 * the modules of the cycle on the next lines.
 */
function cruise(dir: string): Cruise {
  const res = spawnSync(path.join(root, 'node_modules', '.bin', 'depcruise'), lintArgs(), { cwd: dir, encoding: 'utf8' });
  const out = res.stdout + res.stderr;
  if (res.status !== 0 && !/dependency violations/.test(out)) throw new Error(`depcruise did not run (exit ${res.status}):\n${out}`);
  // npm packages resolve to node_modules/… in a folder and to ../<store>/node_modules/… behind a symlink
  const to = (p: string) => p.replace(/^.*?(?=node_modules\/)/, '');
  const violations = [...out.matchAll(/^\s*error (\S+): (\S+) →\s*(\S+)/gm)].map(([, rule, from, dep]) => `${rule}: ${from} → ${to(dep)}`);
  return { status: res.status, violations: violations.sort() };
}

describe.each(['folder', 'symlink'] as const)('layer rules (dependency-cruiser), node_modules as a %s', (modules) => {
  it('pass a clean tree in the target layout', () => {
    const res = cruise(makeTree(`clean-${modules}`, CLEAN, modules));
    expect(res.violations).toEqual([]);
    expect(res.status).toBe(0);
  });

  it('report every planted forbidden import by rule name, and nothing else', () => {
    const planted: Tree = { ...CLEAN, ...PLANTED_ALSO, ...Object.fromEntries(PLANTED.map(([, from, , code]) => [from, code])) };
    const res = cruise(makeTree(`planted-${modules}`, planted, modules));
    expect(res.status).not.toBe(0);
    expect(res.violations).toEqual(PLANTED.map(([rule, from, to]) => `${rule}: ${from} → ${to}`).sort());
  });
});

describe('layer rules, coverage', () => {
  it('every rule in .dependency-cruiser.cjs has a planted violation', () => {
    const planted = new Set(PLANTED.map(([rule]) => rule));
    expect(ruleNames().filter((r) => !planted.has(r))).toEqual([]);
  });
});
