/**
 * Suspend and screen lock lock Leertafel (issue 12), the same way Ctrl+L does: main tells every page
 * (`leertafel:lock-request`), and the page runs its own lock (unmount so autosaves flush, wait for writes
 * in flight, `lock.lock`, reload). A page that does not answer (hung, or none open) is covered by a
 * backstop: after a short grace main asks the backend to lock itself. Locking twice is harmless.
 */
import { LOCK_REQUEST_CHANNEL } from '../../shared/api/progress';

export interface PowerEvents {
  on(event: 'suspend' | 'lock-screen', listener: () => void): unknown;
}
export interface PageWindow {
  isDestroyed(): boolean;
  webContents: { isDestroyed(): boolean; send(channel: string): void };
}

export interface LockOnPowerDeps {
  powerMonitor: PowerEvents;
  windows: () => PageWindow[];
  /** Asks the backend to lock (the host's `lock.lock`). */
  lockBackend: () => Promise<unknown>;
  log: (line: string) => void;
  /** How long the page has to lock by itself before the backend is locked directly. */
  graceMs?: number;
}

export const POWER_LOCK_GRACE_MS = 3000;

export function lockOnPower(d: LockOnPowerDeps): void {
  const grace = d.graceMs ?? POWER_LOCK_GRACE_MS;
  const onEvent = (event: 'suspend' | 'lock-screen') => () => {
    d.log(`${event}: locking`);
    for (const w of d.windows()) if (!w.isDestroyed() && !w.webContents.isDestroyed()) w.webContents.send(LOCK_REQUEST_CHANNEL);
    const backstop = setTimeout(() => {
      d.lockBackend().catch(() => d.log(`${event}: backend lock failed`));
    }, grace);
    backstop.unref?.();
  };
  d.powerMonitor.on('suspend', onEvent('suspend'));
  d.powerMonitor.on('lock-screen', onEvent('lock-screen'));
}
