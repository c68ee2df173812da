import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../api';
import type { SessionDetail, VierVenstersCanvas, LearningRecord, RunState } from '../../../../shared/sessions/types';

export type SaveState = 'saved' | 'pending' | 'saving' | 'blocked' | 'error';

/**
 * A bijeenkomst as the console edits it. Run-state changes are saved at once (the beamer follows them);
 * canvas and learning edits are saved shortly after typing stops, and only when the text passes the
 * anonymisation check — otherwise they wait, in memory, with the reason shown.
 */
export function useSession(initial: SessionDetail, onError: (err: unknown) => void) {
  const [session, setSession] = useState(initial);
  const [canvasState, setCanvasState] = useState<SaveState>('saved');
  const [learningState, setLearningState] = useState<SaveState>('saved');
  const canvasTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const learningTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

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

  const setCanvas = useCallback(
    (canvas: VierVenstersCanvas, blocked: boolean) => {
      setSession((s) => ({ ...s, canvas }));
      if (canvasTimer.current) clearTimeout(canvasTimer.current);
      if (blocked) {
        setCanvasState('blocked');
        return;
      }
      setCanvasState('pending');
      canvasTimer.current = setTimeout(() => {
        setCanvasState('saving');
        call('sessions.saveCanvas', { id: initial.id, canvas: cleanCanvas(canvas) }).then(
          () => setCanvasState('saved'),
          (err: unknown) => {
            setCanvasState('error');
            onError(err);
          },
        );
      }, 600);
    },
    [initial.id, onError],
  );

  const setLearning = useCallback(
    (learning: LearningRecord, blocked: boolean) => {
      setSession((s) => ({ ...s, learning }));
      if (learningTimer.current) clearTimeout(learningTimer.current);
      if (blocked) {
        setLearningState('blocked');
        return;
      }
      setLearningState('pending');
      learningTimer.current = setTimeout(() => {
        setLearningState('saving');
        call('sessions.saveLearning', { id: initial.id, learning: cleanLearning(learning) }).then(
          (saved) => {
            setLearningState('saved');
            setSession((s) => ({ ...s, hours: saved.hours }));
          },
          (err: unknown) => {
            setLearningState('error');
            onError(err);
          },
        );
      }, 600);
    },
    [initial.id, onError],
  );

  useEffect(
    () => () => {
      if (canvasTimer.current) clearTimeout(canvasTimer.current);
      if (learningTimer.current) clearTimeout(learningTimer.current);
    },
    [],
  );

  const reload = useCallback(() => call('sessions.get', { id: initial.id }).then(setSession, onError), [initial.id, onError]);

  return { session, setSession, updateRun, setCanvas, setLearning, canvasState, learningState, reload };
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
