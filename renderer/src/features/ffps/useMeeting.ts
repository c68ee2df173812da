import { useCallback, useRef, useState } from 'react';
import { useApiMutation } from '../../data/mutations';
import { useDebouncedSave } from '../sessions/useDebouncedSave';
import { useServerFieldErrors } from '../../ui/serverErrors';
import type { Meeting } from '../../../../shared/ffps/meeting';

/**
 * The meeting as the console edits it: every change is a function of the latest value and is saved shortly
 * after typing stops (the beamer polls it). A change whose text fails the anonymisation check waits in
 * memory, with the reason shown, like the Vier Vensters canvas. What the backend refuses shows at its
 * field (`errors`, issue 15): a casebespreking text by its note, a site issue by its row on screen.
 */
export function useMeeting(sessionId: string, initial: Meeting, blocked: (m: Meeting) => boolean) {
  const [meeting, setMeeting] = useState(initial);
  const ref = useRef(initial);
  const sent = useRef<{ sent: Meeting; screen: Meeting }>({ sent: initial, screen: initial });
  const errors = useServerFieldErrors({
    idPrefix: 'meeting-',
    fields: (name) => /^(discussion\.[^.]+\.[A-Za-z]+|siteIssues\.\d+)$/.test(name),
    toField: (path) => meetingFieldOf(path, sent.current.sent, sent.current.screen),
  });
  const saveMeeting = useApiMutation('ffps.saveMeeting', { invalidate: 'mark', ...errors.mutation });
  const save = useDebouncedSave<Meeting>((m) => {
    const cleaned = clean(m);
    sent.current = { sent: cleaned, screen: m };
    return saveMeeting.mutateAsync({ sessionId, meeting: cleaned });
  });
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
  return { meeting, update, state: save.state, errors };
}

/**
 * Where a path of the sent meeting shows: `meeting.discussions.0.reframe` at that text of the note it
 * discusses (`discussion.<noteId>.reframe`), `meeting.siteIssues.1` at the row on screen it came from
 * (empty rows were not sent). The rest (agenda) goes to the panel's notice.
 */
export function meetingFieldOf(path: string, sent: Meeting, screen: Meeting): string | null {
  const p = path.replace(/^meeting\./, '');
  const d = /^discussions\.(\d+)\.(\w+)$/.exec(p);
  if (d) {
    const noteId = sent.discussions[Number(d[1])]?.noteId;
    return noteId ? `discussion.${noteId}.${d[2]}` : null;
  }
  const s = /^siteIssues\.(\d+)$/.exec(p);
  if (s) {
    const kept = screen.siteIssues.flatMap((x, i) => (x.trim() ? [i] : []));
    const row = kept[Number(s[1])];
    return row === undefined ? null : `siteIssues.${row}`;
  }
  return p;
}

/** Empty site issues the user has not filled in are not sent. */
export function clean(m: Meeting): Meeting {
  return { ...m, siteIssues: m.siteIssues.map((s) => s.trim()).filter(Boolean) };
}
