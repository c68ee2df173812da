import { createContext, useCallback, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useBlocker, useNavigate, type BlockerFunction } from 'react-router';
import { usePendingInputs } from '../ui/pendingInputs';

interface Guard {
  dirty(): boolean;
  message(): string;
}

interface GuardApi {
  add(guard: Guard): () => void;
  /** Lets the next navigation through, once: the screen has just saved and moves on. */
  release(): void;
}

const Ctx = createContext<GuardApi | null>(null);

/**
 * The way out of a screen with unsaved work. One router blocker for the whole app (a router supports
 * only one): before any navigation — a link, a button, Back/Forward, Alt+←/→ — pending list input is
 * added to its list, then each screen's guard is asked; a dirty one asks the user. Closing or reloading
 * the window asks too (the browser's own question).
 */
export function LeaveGuardProvider({ children }: { children: ReactNode }) {
  const guards = useRef(new Set<Guard>());
  const released = useRef(false);
  const pending = usePendingInputs();
  const firstDirty = () => [...guards.current].find((g) => g.dirty());

  // The question is asked while the navigation is being decided, in the same moment as the click or
  // key press (not in a later effect): answered "stay", the navigation is blocked and reset at once.
  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) => {
      if (currentLocation.pathname === nextLocation.pathname) return false;
      pending?.commitAll();
      if (released.current) {
        released.current = false;
        return false;
      }
      const guard = firstDirty();
      return guard !== undefined && !window.confirm(guard.message());
    },
    [pending],
  );
  const blocker = useBlocker(shouldBlock);
  useEffect(() => {
    if (blocker.state === 'blocked') blocker.reset();
  }, [blocker]);

  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (firstDirty() || (pending && pending.count() > 0)) e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [pending]);

  const api = useMemo<GuardApi>(
    () => ({
      add(guard) {
        guards.current.add(guard);
        return () => void guards.current.delete(guard);
      },
      release() {
        released.current = true;
      },
    }),
    [],
  );
  return <Ctx.Provider value={api}>{children}</Ctx.Provider>;
}

/**
 * Holds the way out while `dirty`, asking `message`. Returns `leave(to)`: navigate on purpose (after a
 * save, or a delete the user confirmed), past the guard.
 */
export function useLeaveGuard(dirty: boolean, message: string): { leave(to: string): void } {
  const api = useContext(Ctx);
  const state = useRef({ dirty, message });
  state.current = { dirty, message };
  useEffect(() => api?.add({ dirty: () => state.current.dirty, message: () => state.current.message }), [api]);
  return useLeave();
}

/** `leave(to)`: navigate past every guard, once (the work was just saved, or deliberately thrown away). */
export function useLeave(): { leave(to: string): void } {
  const api = useContext(Ctx);
  const navigate = useNavigate();
  return useMemo(
    () => ({
      leave(to: string) {
        api?.release();
        void navigate(to, { flushSync: true });
      },
    }),
    [api, navigate],
  );
}
