import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

/**
 * In-memory navigation: a desktop app needs no URLs, and the page fragment is reserved for the
 * bridge token in the browser. A screen can hold the way out while it has unsaved work.
 */
export type Route =
  | { name: 'library' }
  | { name: 'script'; id: string }
  | { name: 'edit'; id: string }
  | { name: 'print'; id: string }
  | { name: 'cases' }
  | { name: 'case'; id: string }
  | { name: 'caseNotes'; id: string }
  | { name: 'groups' }
  | { name: 'group'; id: string }
  | { name: 'plan'; groupId: string; sessionId?: string }
  | { name: 'session'; id: string }
  | { name: 'console'; id: string };

interface RouterApi {
  route: Route;
  go(route: Route): void;
  /** A guard returns false to keep the user where they are. */
  setGuard(guard: (() => boolean) | null): void;
}

const Ctx = createContext<RouterApi | null>(null);

export function useRouter(): RouterApi {
  const r = useContext(Ctx);
  if (!r) throw new Error('useRouter outside RouterProvider');
  return r;
}

export function RouterProvider({ children }: { children: ReactNode }) {
  const [route, setRoute] = useState<Route>({ name: 'library' });
  const guard = useRef<(() => boolean) | null>(null);
  const go = useCallback((next: Route) => {
    if (guard.current && !guard.current()) return;
    guard.current = null;
    setRoute(next);
    window.scrollTo(0, 0);
  }, []);
  const setGuard = useCallback((g: (() => boolean) | null) => {
    guard.current = g;
  }, []);
  const api = useMemo(() => ({ route, go, setGuard }), [route, go, setGuard]);
  return <Ctx.Provider value={api}>{children}</Ctx.Provider>;
}
