/** The real backend as the child serves it: `createBackend`, its dispatch unchanged, and an orderly close. */
import { createBackend } from '../backend';
import type { ChildInit } from './protocol';
import type { ChildPlatform, ServedBackend } from './serve';

export function createServedBackend(init: ChildInit, platform: ChildPlatform): ServedBackend {
  const backend = createBackend({
    dataDir: init.dataDir,
    resourcesDir: init.resourcesDir,
    nativeBinding: init.nativeBinding,
    shell: init.shell,
    version: init.version,
    log: platform.log,
    platform: { openBeamer: platform.openBeamer },
  });
  return {
    dispatch: backend.dispatch,
    checkpoint: () => backend.checkpoint(),
    close: () => backend.close(),
  };
}
