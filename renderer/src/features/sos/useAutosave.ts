import { useCallback, useRef, useState } from 'react';
import { useDebouncedSave, type SaveState } from '../sessions/useDebouncedSave';
import type { TextChecks } from '../sessions/checks';

export type Update<T> = (update: (current: T) => T) => void;

/**
 * A value the screen edits and saves shortly after typing stops, like the canvas of a bijeenkomst:
 * a value whose texts hold something recognisable waits in memory (the backend's gate would refuse it),
 * with the reason shown at the field. Every change is a function of the latest value.
 */
export function useAutosave<T>(initial: T, save: (value: T) => Promise<unknown>, texts: (value: T) => string[], checks: TextChecks): { value: T; update: Update<T>; state: SaveState; flush: () => void } {
  const [value, setValue] = useState(initial);
  const ref = useRef(initial);
  const checksRef = useRef(checks);
  checksRef.current = checks;
  const textsRef = useRef(texts);
  textsRef.current = texts;
  const saver = useDebouncedSave<T>(save);
  const { schedule } = saver;
  const update = useCallback<Update<T>>(
    (fn) => {
      const next = fn(ref.current);
      if (next === ref.current) return;
      ref.current = next;
      setValue(next);
      schedule(next, textsRef.current(next).some((x) => checksRef.current.identifier(x) !== null));
    },
    [schedule],
  );
  return { value, update, state: saver.state, flush: saver.flush };
}

export const newId = (): string => crypto.randomUUID();
