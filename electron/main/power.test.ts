import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { LOCK_REQUEST_CHANNEL } from '../../shared/api/progress';
import { lockOnPower, type PageWindow } from './power';

function page(destroyed = false) {
  const sent: string[] = [];
  const w: PageWindow = { isDestroyed: () => destroyed, webContents: { isDestroyed: () => destroyed, send: (c: string) => void sent.push(c) } };
  return { w, sent };
}

describe('lockOnPower', () => {
  it('asks each living page to lock on suspend and on screen lock, then locks the backend after the grace', async () => {
    vi.useFakeTimers();
    try {
      const power = new EventEmitter();
      const a = page();
      const gone = page(true);
      const lockBackend = vi.fn(() => Promise.resolve());
      const log = vi.fn();
      lockOnPower({ powerMonitor: power, windows: () => [a.w, gone.w], lockBackend, log, graceMs: 1000 });
      power.emit('lock-screen');
      expect(a.sent).toEqual([LOCK_REQUEST_CHANNEL]);
      expect(gone.sent).toEqual([]);
      expect(lockBackend).not.toHaveBeenCalled();
      vi.advanceTimersByTime(999);
      expect(lockBackend).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(lockBackend).toHaveBeenCalledTimes(1);
      power.emit('suspend');
      expect(a.sent).toEqual([LOCK_REQUEST_CHANNEL, LOCK_REQUEST_CHANNEL]);
      vi.advanceTimersByTime(1000);
      expect(lockBackend).toHaveBeenCalledTimes(2);
      expect(log.mock.calls.map(([l]) => l)).toEqual(['lock-screen: locking', 'suspend: locking']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a failing backend lock is logged, never thrown', async () => {
    const power = new EventEmitter();
    const log = vi.fn();
    lockOnPower({ powerMonitor: power, windows: () => [], lockBackend: () => Promise.reject(new Error('gone')), log, graceMs: 0 });
    power.emit('suspend');
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith('suspend: backend lock failed'));
  });
});
