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
  'shared/anonymiser/dev-corpus.test.ts', // the detector over the development corpus, scored by the official scorer
  'scripts/checks.test.ts', // electronegativity over the real Electron code
  'scripts/layers.test.ts', // dependency-cruiser over scratch trees, clean and with planted violations
];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // better-sqlite3 and child processes: forks isolate native state better than threads.
    pool: 'forks',
    // `npm run test:unit` runs the first, `npm run test:slow` the second, `npx vitest run` and `npm test` both.
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ALL, exclude: [...configDefaults.exclude, ...SLOW], sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: { name: 'slow', include: SLOW, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
