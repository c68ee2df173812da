/**
 * `npm run web`: the real backend behind the loopback bridge, serving the built renderer, so the app
 * runs in a browser where Electron is not available (this is what the end-to-end tests drive).
 * Prints one line `LEERTAFEL_URL=<url>` on stdout; everything else goes to stderr.
 *   --data-dir DIR   the data folder (default: LEERTAFEL_DATA_DIR, else ./.tmp/web-data)
 *   --port N         a fixed port (default: any free one)
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend } from '../backend';
import { startBridge } from './bridge';
import { repoRoot } from '../backend/core/paths';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string' },
    'renderer-dir': { type: 'string' },
  },
});

const dataDir = path.resolve(values['data-dir'] ?? process.env.LEERTAFEL_DATA_DIR ?? path.join(repoRoot(), '.tmp', 'web-data'));
// The password never reaches the log: createBackend reads LEERTAFEL_TEST_PASSWORD itself and logs no input.
// LEERTAFEL_TEST_KDF=1 (end-to-end tests of the lock only): set-up and password changes at the test scrypt cost.
const backend = createBackend({ dataDir, shell: 'web', log: (l) => process.stderr.write(`${l}\n`), testKdf: process.env.LEERTAFEL_TEST_KDF === '1' });
const bridge = await startBridge({
  dispatch: backend.dispatch,
  rendererDir: values['renderer-dir'] ?? path.join(repoRoot(), 'out', 'renderer'),
  port: values.port ? Number(values.port) : undefined,
});
process.stdout.write(`LEERTAFEL_URL=${bridge.url}\n`);

let closing = false;
const shutdown = () => {
  if (closing) return;
  closing = true;
  void bridge.close().then(() => {
    backend.close();
    process.exit(0);
  });
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
