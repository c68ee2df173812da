import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveState = 'saved' | 'pending' | 'saving' | 'blocked' | 'error';

export interface DebouncedSave<T> {
  state: SaveState;
  /** Saves `value` after `delayMs` without a newer one; a blocked value waits in memory instead. */
  schedule(value: T, blocked: boolean): void;
  /** Saves a waiting value now. */
  flush(): void;
}

/**
 * Saves the latest value shortly after the last change; a value marked blocked waits in memory with its
 * reason shown. A change still waiting when the screen closes is saved then, not dropped — also one
 * that arrives while the screen is closing (a list field adding its typed text as it goes away).
 */
export function useDebouncedSave<T>(save: (value: T) => Promise<unknown>, delayMs = 600): DebouncedSave<T> {
  const [state, setState] = useState<SaveState>('saved');
  const pending = useRef<{ value: T; timer: ReturnType<typeof setTimeout> } | null>(null);
  const mounted = useRef(false);
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = useCallback(() => {
    const p = pending.current;
    if (!p) return;
    clearTimeout(p.timer);
    pending.current = null;
    setState('saving');
    saveRef.current(p.value).then(
      () => setState((s) => (s === 'saving' ? 'saved' : s)),
      () => setState('error'),
    );
  }, []);

  const schedule = useCallback(
    (value: T, blocked: boolean) => {
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = null;
      if (blocked) {
        setState('blocked');
        return;
      }
      setState('pending');
      pending.current = { value, timer: setTimeout(flush, delayMs) };
      if (!mounted.current) flush();
    },
    [flush, delayMs],
  );

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      flush();
    };
  }, [flush]);
  return { state, schedule, flush };
}
