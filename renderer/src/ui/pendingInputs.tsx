import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';

/**
 * Text typed into a list's "new item" field but not yet added with Enter. Such a field registers here
 * while it holds text, so that whoever is about to take the field away — a route change, the console
 * moving to another block — can first add it to its list instead of dropping it.
 */
export interface PendingInputs {
  /** Registers a commit function; returns the function that unregisters it. */
  register(commit: () => void): () => void;
  /** Adds every pending text to its list, now. */
  commitAll(): void;
  subscribe(listener: () => void): () => void;
  count(): number;
}

export function createPendingInputs(): PendingInputs {
  const commits = new Set<() => void>();
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());
  return {
    register(commit) {
      commits.add(commit);
      notify();
      return () => {
        commits.delete(commit);
        notify();
      };
    },
    commitAll() {
      for (const commit of [...commits]) commit();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    count: () => commits.size,
  };
}

const Ctx = createContext<PendingInputs | null>(null);

export function PendingInputsProvider({ children }: { children: ReactNode }) {
  const value = useMemo(createPendingInputs, []);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export const usePendingInputs = (): PendingInputs | null => useContext(Ctx);

const none = () => () => {};
/** True while some list field holds text not yet added (the save badge says so). */
export function useHasPendingInputs(): boolean {
  const p = usePendingInputs();
  return useSyncExternalStore(p?.subscribe ?? none, () => (p ? p.count() > 0 : false));
}
