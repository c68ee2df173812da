/**
 * The backend process's entry: Electron main starts it as a utilityProcess (built to out/main/backend.js),
 * the tests and the shell benchmark as a child_process.fork of this file under tsx. Everything it does is in
 * serve.ts; this file only connects the channel to its parent with the real backend.
 */
import { parentChannel } from './channel';
import { createServedBackend } from './backend';
import { serveBackend } from './serve';

serveBackend(parentChannel(), createServedBackend, { exit: (code) => process.exit(code) });
