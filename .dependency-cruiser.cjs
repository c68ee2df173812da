/**
 * The layer rules of DESIGN.md, enforced by `npm test` (scripts/test-all.mjs runs `npm run lint:layers`).
 * renderer -> shared only; shared -> nothing of ours and no Node built-ins; the backend never imports
 * electron; only electron/main and electron/preload do.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'renderer-only-shared',
      severity: 'error',
      comment: 'The renderer talks to the backend only through the typed API; it may import shared/, nothing else of ours.',
      from: { path: '^renderer/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^(electron|scripts|bench|e2e|resources)/' },
    },
    {
      name: 'renderer-no-node',
      severity: 'error',
      comment: 'The renderer runs sandboxed in a browser context: no Node built-ins.',
      from: { path: '^renderer/', pathNot: '\\.test\\.tsx?$' },
      to: { dependencyTypes: ['core'] },
    },
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
      from: { path: '^shared/', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'only-main-and-preload-import-electron',
      severity: 'error',
      comment: "In plain Node, require('electron') tries to download a binary: only main and preload may import it.",
      from: { pathNot: '^electron/(main|preload)/' },
      to: { path: '^electron$', dependencyTypes: ['npm', 'npm-dev', 'core', 'unknown', 'undetermined'] },
    },
    {
      name: 'electron-module-only',
      severity: 'error',
      comment: 'Nothing may import the electron package by a deep path either.',
      from: { pathNot: '^electron/(main|preload)/' },
      to: { path: 'node_modules/electron/' },
    },
    {
      name: 'preload-stays-small',
      severity: 'error',
      comment: 'The sandboxed preload can load only electron and what is bundled: just the method names.',
      from: { path: '^electron/preload/' },
      to: { path: '^(shared/(?!api/(methods|contract|errors)\\.ts)|electron/(backend|web|main)/)' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|out|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.node.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
  },
};
