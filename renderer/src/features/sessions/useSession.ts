import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../api';
import type { SessionDetail, VierVenstersCanvas, LearningRecord, RunState } from '../../../../shared/sessions/types';

export type SaveState = 'saved' | 'pending' | 'saving' | 'blocked' | 'error';

/**
 * A bijeenkomst as the console edits it. Run-state changes are saved at once (the beamer follows them);
 * canvas and learning edits are saved shortly after typing stops, and only when the text passes the
 * anonymisation check — otherwise they wait, in memory, with the reason shown.
 */
/**
 * Saves the latest value shortly after the last change; a value marked blocked waits in memory with its
 * reason shown. A change still waiting when the screen closes is saved then, not dropped.
 */
function useDebouncedSave<T>(save: (value: T) => Promise<void>, delayMs = 600): { state: SaveState; schedule(value: T, blocked: boolean): void } {
  const [state, setState] = useState<SaveState>('saved');
  const pending = useRef<{ value: T; timer: ReturnType<typeof setTimeout> } | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = useCallback(() => {
    const p = pending.current;
    if (!p) return;
    clearTimeout(p.timer);
    pending.current = null;
    setState('saving');
    saveRef.current(p.value).then(
      () => setState('saved'),
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
    },
    [flush, delayMs],
  );

  useEffect(() => flush, [flush]);
  return { state, schedule };
}

/**
 * A bijeenkomst as the console edits it. Run-state changes are saved at once (the beamer follows them);
 * canvas and learning edits are saved shortly after typing stops, and only when the text passes the
 * anonymisation check — otherwise they wait, in memory, with the reason shown.
 */
export function useSession(initial: SessionDetail, onError: (err: unknown) => void) {
  const [session, setSession] = useState(initial);

  // Key presses can come faster than React re-renders: each step starts from the latest run state, and
  // the saves go out one after another so the backend ends with the last one.
  const runRef = useRef(initial.run);
  const runSaves = useRef<Promise<unknown>>(Promise.resolve());
  const updateRun = useCallback(
    (step: (run: RunState) => RunState) => {
      const run = step(runRef.current);
      if (run === runRef.current) return;
      runRef.current = run;
      setSession((s) => ({ ...s, run }));
      runSaves.current = runSaves.current.then(() => call('sessions.saveRun', { id: initial.id, run }).catch(onError));
    },
    [initial.id, onError],
  );

  const withErrors = useCallback(
    <R,>(p: Promise<R>) =>
      p.catch((err: unknown) => {
        onError(err);
        throw err;
      }),
    [onError],
  );
  const canvasSave = useDebouncedSave<VierVenstersCanvas>((canvas) =>
    withErrors(call('sessions.saveCanvas', { id: initial.id, canvas: cleanCanvas(canvas) })).then(() => undefined),
  );
  const learningSave = useDebouncedSave<LearningRecord>((learning) =>
    withErrors(call('sessions.saveLearning', { id: initial.id, learning: cleanLearning(learning) })).then((saved) =>
      setSession((s) => ({ ...s, hours: saved.hours })),
    ),
  );

  const { schedule: scheduleCanvas } = canvasSave;
  const setCanvas = useCallback(
    (canvas: VierVenstersCanvas, blocked: boolean) => {
      setSession((s) => ({ ...s, canvas }));
      scheduleCanvas(canvas, blocked);
    },
    [scheduleCanvas],
  );
  const { schedule: scheduleLearning } = learningSave;
  const setLearning = useCallback(
    (learning: LearningRecord, blocked: boolean) => {
      setSession((s) => ({ ...s, learning }));
      scheduleLearning(learning, blocked);
    },
    [scheduleLearning],
  );

  return { session, setSession, updateRun, setCanvas, setLearning, canvasState: canvasSave.state, learningState: learningSave.state };
}

/** Empty rows the user has not filled in yet are not sent (the schema wants text in every item). */
export function cleanCanvas(c: VierVenstersCanvas): VierVenstersCanvas {
  const nonEmpty = (xs: string[]) => xs.map((x) => x.trim()).filter(Boolean);
  return {
    mensen: { people: c.mensen.people.filter((p) => p.name.trim()).map((p) => ({ ...p, name: p.name.trim() })), network: c.mensen.network },
    feiten: { items: c.feiten.items.filter((i) => i.text.trim()).map((i) => ({ ...i, text: i.text.trim() })), krachten: nonEmpty(c.feiten.krachten), zorgen: nonEmpty(c.feiten.zorgen), onbekend: nonEmpty(c.feiten.onbekend) },
    weging: { ...c.weging, perspectives: nonEmpty(c.weging.perspectives), criteria: nonEmpty(c.weging.criteria), differences: nonEmpty(c.weging.differences) },
    volgendeStappen: { ideas: c.volgendeStappen.ideas.filter((i) => i.text.trim()).map((i) => ({ ...i, text: i.text.trim() })) },
  };
}

export function cleanLearning(l: LearningRecord): LearningRecord {
  return { ...l, participantLearnings: l.participantLearnings.filter((p) => p.text.trim()).map((p) => ({ ...p, text: p.text.trim() })) };
}

/** Every text of the canvas, for the identifier check that decides whether it may be saved. */
export function canvasTexts(c: VierVenstersCanvas): string[] {
  return [
    ...c.mensen.people.flatMap((p) => [p.name, p.relation, p.perspective]),
    c.mensen.network,
    ...c.feiten.items.map((i) => i.text),
    ...c.feiten.krachten,
    ...c.feiten.zorgen,
    ...c.feiten.onbekend,
    c.weging.inbrenger,
    ...c.weging.perspectives,
    ...c.weging.criteria,
    ...c.weging.differences,
    ...c.volgendeStappen.ideas.map((i) => i.text),
  ];
}
