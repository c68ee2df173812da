/**
 * The lock in the renderer (issue 12). Nothing of the app renders until the backend says it is unlocked:
 * set-up on the first start (with the recovery key shown once), the lock screen, or a clear failure screen.
 * While unlocked: Ctrl+L and the idle timer lock; locking unmounts the app first (so autosaves flush),
 * waits for writes in flight, asks the backend to lock, then reloads the page so no case text survives in
 * memory. The route is in the fragment, so after unlocking the user is back where they were.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../../shared/api/errors';
import type { LockStatus } from '../../../../shared/lock/types';
import { IDLE_LOCK_MINUTES_DEFAULT } from '../../../../shared/lock/types';
import { apiAvailable, call } from '../../api';
import { FailureScreen, RecoveryKeyScreen, SetupScreen, UnlockScreen } from './LockScreens';
import { LockContext } from './context';
import './lock.css';

type Phase = { kind: 'loading' } | { kind: 'status'; status: LockStatus } | { kind: 'recoveryKey'; key: string } | { kind: 'locking' };

export function LockGate({ children, beamer = false }: { children: ReactNode; beamer?: boolean }) {
  const { t } = useTranslation();
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const client = useQueryClient();

  const refresh = useCallback(async () => {
    try {
      setPhase({ kind: 'status', status: await call('lock.status', {}) });
    } catch {
      setPhase({ kind: 'status', status: { state: 'unlocked', failure: null, unencryptedBackups: 0, encryptsExisting: false } });
    }
  }, []);
  useEffect(() => {
    if (!apiAvailable()) {
      // No backend at all: the shell shows its own message.
      setPhase({ kind: 'status', status: { state: 'unlocked', failure: null, unencryptedBackups: 0, encryptsExisting: false } });
      return;
    }
    void refresh();
  }, [refresh]);

  const lockNow = useCallback(async () => {
    setPhase({ kind: 'locking' });
    // The app is unmounted now: autosaves flush on unmount. Wait for every write in flight.
    await new Promise((r) => setTimeout(r, 0));
    for (let i = 0; i < 100 && client.isMutating() > 0; i++) await new Promise((r) => setTimeout(r, 50));
    try {
      await call('lock.lock', {});
    } finally {
      client.clear();
      window.location.reload();
    }
  }, [client]);

  // Any call answered LOCKED (locked in another window, or by the backend): show the lock screen.
  useEffect(() => {
    const onLocked = (err: unknown) => {
      if (err instanceof ApiError && err.code === 'LOCKED') window.location.reload();
    };
    const q = client.getQueryCache().subscribe((e) => e.type === 'updated' && e.action.type === 'error' && onLocked(e.action.error));
    const m = client.getMutationCache().subscribe((e) => e.type === 'updated' && e.action.type === 'error' && onLocked(e.action.error));
    return () => {
      q();
      m();
    };
  }, [client]);

  if (phase.kind === 'loading') return null;
  if (phase.kind === 'locking') {
    return (
      <div className="lock-page">
        <p role="status">{t('lock.locking')}</p>
      </div>
    );
  }
  if (phase.kind === 'recoveryKey') return <RecoveryKeyScreen recoveryKey={phase.key} onDone={() => void refresh()} />;
  const { status } = phase;
  if (status.state !== 'unlocked' && beamer) return <BeamerLocked onUnlocked={() => window.location.reload()} />;
  if (status.state === 'setup') return <SetupScreen status={status} onSetUp={(key) => setPhase({ kind: 'recoveryKey', key })} />;
  if (status.state === 'locked') return <UnlockScreen onUnlocked={(s) => setPhase({ kind: 'status', status: s })} />;
  if (status.state === 'failed') return <FailureScreen status={status} onRestored={(s) => setPhase({ kind: 'status', status: s })} />;
  return (
    <LockContext.Provider value={{ lockNow, status, refresh }}>
      {!beamer && <LockControls lockNow={lockNow} />}
      {children}
    </LockContext.Provider>
  );
}

/** The session console is open (the route lives in the fragment: `#/sessions/<id>/console`). */
const onConsole = () => /^#\/sessions\/[^/?]+\/console(\?|$)/.test(window.location.hash);

/** Ctrl+L (⌘L on a Mac) and the idle timer. Only while unlocked, only in the facilitator's window. */
function LockControls({ lockNow }: { lockNow: () => Promise<void> }) {
  const [minutes, setMinutes] = useState(IDLE_LOCK_MINUTES_DEFAULT);
  useEffect(() => {
    call('settings.get', {}).then(
      (s) => setMinutes(s.idleLockMinutes),
      () => undefined,
    );
    const onChange = (e: Event) => setMinutes((e as CustomEvent<number>).detail);
    window.addEventListener('leertafel:idle-minutes', onChange);
    return () => window.removeEventListener('leertafel:idle-minutes', onChange);
  }, []);
  const last = useRef(Date.now());
  useEffect(() => {
    // Electron: the computer suspends or its screen locks (main's powerMonitor) — the same lock as Ctrl+L.
    const offPower = window.leertafelEvents?.onLockRequest?.(() => void lockNow());
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'l') {
        e.preventDefault();
        void lockNow();
      }
    };
    const touch = () => (last.current = Date.now());
    const events = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;
    window.addEventListener('keydown', onKey);
    for (const ev of events) window.addEventListener(ev, touch, { passive: true });
    const timer = window.setInterval(() => {
      // A facilitator leading a bijeenkomst may not touch the console for a long discussion; locking then
      // would take the beamer away mid-session. The console screen holds the idle timer (Ctrl+L still locks).
      if (onConsole()) last.current = Date.now();
      else if (Date.now() - last.current >= minutes * 60_000) void lockNow();
    }, 1000);
    return () => {
      offPower?.();
      window.removeEventListener('keydown', onKey);
      for (const ev of events) window.removeEventListener(ev, touch);
      window.clearInterval(timer);
    };
  }, [lockNow, minutes]);
  return null;
}

/** The projector never shows a password field: it waits until the facilitator unlocks. */
function BeamerLocked({ onUnlocked }: { onUnlocked: () => void }) {
  const { t } = useTranslation();
  useEffect(() => {
    const timer = window.setInterval(() => {
      call('lock.status', {}).then(
        (s) => s.state === 'unlocked' && onUnlocked(),
        () => undefined,
      );
    }, 3000);
    return () => window.clearInterval(timer);
  }, [onUnlocked]);
  return (
    <div className="lock-page">
      <p className="lede">{t('lock.beamerLocked')}</p>
    </div>
  );
}
