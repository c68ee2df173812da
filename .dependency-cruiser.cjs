/**
 * The layer rules of DESIGN.md, enforced by `npm test` (scripts/test-all.mjs runs `npm run lint:layers`);
 * scripts/layers.test.ts plants a violation of every rule in a scratch tree and expects each to be reported.
 *
 *   renderer/          -> shared/ and browser-safe npm packages only
 *   shared/<area>/     -> other shared/ modules (the areas' schemas and types are the common vocabulary);
 *                         no Node built-ins, no Node-only packages, nothing of ours outside shared/
 *   electron/backend/  -> shared/, Node; never electron, electron/main, electron/web or the preload.
 *                         Inside it, an area (electron/backend/<area>/) reaches another area only through
 *                         that area's index.ts; core/ (or platform/) sits below the areas.
 *   electron/main/     -> electron, electron/backend (never electron/web)
 *   electron/web/      -> electron/backend (never electron, never electron/main)
 *   electron/preload/  -> electron and shared/api/contract.ts, nothing else
 *
 * Rules about npm packages match the resolved path with `(^|/)node_modules/<name>/`, so they hold whether
 * node_modules is a folder or a symlink (resolved outside the tree), and `^<name>$` for a package that is not
 * installed (then the import cannot be resolved and the path is the bare name; not-to-unresolvable reports it too).
 */

/** Test files beside the code, and the test-support folders they use, run in Node under vitest. */
const TEST = '\\.test\\.tsx?$';
const TEST_OR_SUPPORT = '(\\.test\\.tsx?$|(^|/)(test|testing)/)';

/** Packages that only run in Node (native code, build and test tooling): never in the renderer or shared/. */
const NODE_ONLY_PACKAGES = [
  'better-sqlite3',
  'bindings',
  'pdfkit',
  'electron',
  'electron-builder',
  'electron-vite',
  '@electron/[^/]+',
  'node-gyp',
  'tsx',
  'esbuild',
  'dependency-cruiser',
  '@doyensec/electronegativity',
  'playwright',
  'playwright-core',
  '@playwright/test',
  '@axe-core/playwright',
].join('|');
const NODE_ONLY = `(^|/)node_modules/(${NODE_ONLY_PACKAGES})/|^(${NODE_ONLY_PACKAGES})$`;

/** Folders inside electron/backend/ that are not domain areas: the platform below them and test support. */
const BACKEND_NOT_AREAS = 'core|platform|test|testing';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    // ── renderer ──────────────────────────────────────────────────────────────────────────────
    {
      name: 'renderer-only-shared',
      severity: 'error',
      comment: 'The renderer talks to the backend only through the typed API; it may import shared/, nothing else of ours.',
      from: { path: '^renderer/', pathNot: TEST },
      to: { path: '^(electron|scripts|bench|e2e|resources)/' },
    },
    {
      name: 'renderer-no-node',
      severity: 'error',
      comment: 'The renderer runs sandboxed in a browser context: no Node built-ins.',
      from: { path: '^renderer/', pathNot: TEST },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'renderer-no-node-packages',
      severity: 'error',
      comment: 'The renderer is bundled for a browser context: no Node-only packages (native drivers, PDF writer, build and test tooling).',
      from: { path: '^renderer/', pathNot: TEST },
      to: { path: NODE_ONLY },
    },
    // ── shared ────────────────────────────────────────────────────────────────────────────────
    {
      name: 'shared-stays-pure',
      severity: 'error',
      comment: 'shared/ runs in the renderer and in Node alike: nothing of ours outside shared/.',
      from: { path: '^shared/' },
      to: { path: '^(electron|renderer|scripts|bench|e2e)/' },
    },
    {
      name: 'shared-no-node',
      severity: 'error',
      comment: 'shared/ must not use Node built-ins (tests next to the code run in Node and may).',
      from: { path: '^shared/', pathNot: TEST },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'shared-no-node-packages',
      severity: 'error',
      comment: 'shared/ runs in the renderer too: no Node-only packages such as better-sqlite3 or pdfkit (tests next to the code may).',
      from: { path: '^shared/', pathNot: TEST },
      to: { path: NODE_ONLY },
    },
    // ── electron package ──────────────────────────────────────────────────────────────────────
    {
      name: 'only-main-and-preload-import-electron',
      severity: 'error',
      comment:
        "In plain Node, require('electron') tries to download a binary: only main and preload may import it, by its name or by a deep path. " +
        "Reading its package.json (the version, in scripts/) loads nothing.",
      from: { pathNot: '^electron/(main|preload)/' },
      to: { path: '^electron$|(^|/)node_modules/electron/', pathNot: '(^|/)node_modules/electron/package\\.json$' },
    },
    // ── electron/* processes ──────────────────────────────────────────────────────────────────
    {
      name: 'backend-no-main-web-preload',
      severity: 'error',
      comment: 'The backend is plain Node, shared by the Electron main process and the loopback bridge: it imports neither of them, nor the preload.',
      from: { path: '^electron/backend/' },
      to: { path: '^electron/(main|web|preload)/' },
    },
    {
      name: 'main-no-web',
      severity: 'error',
      comment: 'The loopback bridge (electron/web) is for tests and `npm run web`: the Electron app must not contain it.',
      from: { path: '^electron/main/' },
      to: { path: '^electron/web/' },
    },
    {
      name: 'web-no-main',
      severity: 'error',
      comment: 'The loopback bridge runs in plain Node: it may use the backend, never the Electron glue.',
      from: { path: '^electron/web/' },
      to: { path: '^electron/(main|preload)/' },
    },
    {
      name: 'preload-stays-small',
      severity: 'error',
      comment: 'The sandboxed preload can load only electron and what is bundled: electron, the contract (method names, channels) and the progress event check, nothing else.',
      from: { path: '^electron/preload/' },
      to: { pathNot: '^shared/api/(contract|progress)\\.ts$|^electron$|(^|/)node_modules/electron/' },
    },
    // ── backend areas ─────────────────────────────────────────────────────────────────────────
    {
      name: 'backend-areas-through-index',
      severity: 'error',
      comment:
        "A backend area (electron/backend/<area>/) uses another area only through that area's index.ts (its service interface): " +
        'never its repository, handlers or services directly. Its own files, core/ (platform/) and test support are fine.',
      from: { path: '^electron/backend/([^/]+)/' },
      to: {
        path: '^electron/backend/[^/]+/(?!index\\.ts$)',
        pathNot: `^electron/backend/($1|${BACKEND_NOT_AREAS})/`,
      },
    },
    {
      name: 'backend-core-below-areas',
      severity: 'error',
      comment:
        'electron/backend/core/ (or platform/) is what the areas build on (db, migrations, dispatch, paths, dates, keys): it imports no area ' +
        'and not the composition in electron/backend/index.ts. Its tests may build a whole backend.',
      from: { path: '^electron/backend/(core|platform)/', pathNot: TEST },
      to: { path: '^electron/backend/', pathNot: '^electron/backend/(core|platform)/' },
    },
    {
      name: 'test-support-stays-in-tests',
      severity: 'error',
      comment: 'Test files and test-support folders (test/, testing/) are for tests: the app does not import them.',
      from: { path: '^(electron|renderer|shared)/', pathNot: TEST_OR_SUPPORT },
      to: { path: `^(electron|renderer|shared)/.*${TEST_OR_SUPPORT}` },
    },
    // ── everywhere ────────────────────────────────────────────────────────────────────────────
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment:
        'An import that cannot be resolved has no path the rules above could match; it is a typo or a missing package. ' +
        'Type declarations (`/// <reference types="vite/types/importMeta.d.ts" />`, exported under a types-only condition) are ' +
        'left to tsc, which resolves them in `npm run typecheck`; they load nothing at run time.',
      from: {},
      to: { couldNotResolve: true, pathNot: '\\.d\\.[cm]?ts$' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    // Keep npm packages as dependencies (the rules above match them) but do not cruise inside them.
    // (Excluding node_modules, as this file once did, silently dropped every npm import, electron included.)
    doNotFollow: { path: '(^|/)node_modules/' },
    exclude: { path: '(^|/)(out|dist|\\.tmp)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.node.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
  },
};
