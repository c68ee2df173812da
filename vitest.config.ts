import path from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';

/** Every test file: beside the code it tests. */
const ALL = [
  'electron/**/*.test.ts',
  'shared/**/*.test.ts',
  'scripts/**/*.test.ts',
  'renderer/**/*.test.ts',
  // component tests; they choose their environment with a `// @vitest-environment jsdom` comment
  'renderer/**/*.test.tsx',
];

/**
 * Tests that take seconds, and those that load the machine (child processes, whole-tree scans). They run as
 * the `slow` project, after `unit`, so timing-sensitive unit tests never share the CPU with them.
 */
const SLOW = [
  'electron/backend/**/durability.test.ts', // a writer child process SIGKILLed mid-transaction, again and again
  'electron/backend/**/contract.test.ts', // every API method, valid and invalid, each on a fresh backend
  'electron/host/host.test.ts', // the backend process forked under tsx, again and again, and killed mid-request
  'electron/main/devCsp.test.ts', // a Vite dev server for the renderer, loaded in Chromium
  'shared/anonymiser/dev-corpus.test.ts', // the detector over the development corpus, scored by the official scorer
  'scripts/checks.test.ts', // electronegativity over the real Electron code
  'scripts/guard-model-train.test.ts', // the guard model trained three times over, to check the shipped weights
  'scripts/layers.test.ts', // dependency-cruiser over scratch trees, clean and with planted violations
  'electron/web/server.test.ts', // `npm run web` as a child process under a few hundred malformed requests
  'electron/backend/transfer/fuzz.test.ts', // 600 mutated and truncated export files, each imported and checked
];

/**
 * electron/main runs under a recording double of the `electron` module (electron/main/testing/): in plain Node,
 * `require('electron')` would try to download the binary. The alias lives in this project only; the app and the
 * renderer never see it.
 */
const ELECTRON_MAIN = ['electron/main/**/*.test.ts'];
const ELECTRON_DOUBLE = path.resolve(import.meta.dirname, 'electron/main/testing/electron-module.ts');

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // better-sqlite3 and child processes: forks isolate native state better than threads.
    pool: 'forks',
    // The explicit test path of issue 12: every backend a test creates sets itself up (or unlocks) with this
    // password at a cheap scrypt cost; child processes the tests fork inherit it. An installed app never has it.
    env: { LEERTAFEL_TEST_PASSWORD: 'leertafel-test-wachtwoord' },
    // `npm run test:unit` runs `unit` and `electron-main`, `npm run test:slow` the last, `npx vitest run` and `npm test` all.
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ALL, exclude: [...configDefaults.exclude, ...SLOW, ...ELECTRON_MAIN], sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        resolve: { alias: [{ find: /^electron$/, replacement: ELECTRON_DOUBLE }] },
        test: { name: 'electron-main', include: ELECTRON_MAIN, exclude: [...configDefaults.exclude, ...SLOW], sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        // Whole-process and many-file tests: minutes on a loaded machine.
        test: { name: 'slow', include: SLOW, testTimeout: 300_000, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
