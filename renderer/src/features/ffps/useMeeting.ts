import { useCallback, useRef, useState } from 'react';
import { useApiMutation } from '../../data/mutations';
import { useDebouncedSave } from '../sessions/useDebouncedSave';
import type { Meeting } from '../../../../shared/ffps/meeting';

/**
 * The meeting as the console edits it: every change is a function of the latest value and is saved shortly
 * after typing stops (the beamer polls it). A change whose text fails the anonymisation check waits in
 * memory, with the reason shown, like the Vier Vensters canvas.
 */
export function useMeeting(sessionId: string, initial: Meeting, blocked: (m: Meeting) => boolean) {
  const [meeting, setMeeting] = useState(initial);
  const ref = useRef(initial);
  const saveMeeting = useApiMutation('ffps.saveMeeting', { invalidate: 'mark' });
  const save = useDebouncedSave<Meeting>((m) => saveMeeting.mutateAsync({ sessionId, meeting: clean(m) }));
  const blockedRef = useRef(blocked);
  blockedRef.current = blocked;
  const { schedule } = save;
  const update = useCallback(
    (step: (m: Meeting) => Meeting) => {
      const next = step(ref.current);
      ref.current = next;
      setMeeting(next);
      schedule(next, blockedRef.current(next));
    },
    [schedule],
  );
  return { meeting, update, state: save.state };
}

/** Empty site issues the user has not filled in are not sent. */
export function clean(m: Meeting): Meeting {
  return { ...m, siteIssues: m.siteIssues.map((s) => s.trim()).filter(Boolean) };
}
