import { useCallback, useRef, useState, type RefObject } from 'react';
import { useApiMutation } from '../../data/mutations';
import { canvasTexts, learningTextFields } from '../../../../shared/sessions/fields';
import type { SessionDetail, VierVenstersCanvas, LearningRecord, RunState } from '../../../../shared/sessions/types';
import { useDebouncedSave } from './useDebouncedSave';
import { useServerFieldErrors } from '../../ui/serverErrors';
import type { TextChecks } from './checks';

export type { SaveState } from './useDebouncedSave';
export type Update<T> = (update: (current: T) => T) => void;

/**
 * A bijeenkomst as the console edits it. Run-state changes are saved at once (the beamer follows them);
 * canvas and learning edits are saved shortly after typing stops, and only when the text passes the
 * anonymisation check — otherwise they wait, in memory, with the reason shown. A refused learning record
 * shows at its field (`learningErrors`, issue 15); other failed saves reach the query client's error
 * toast. The cached session is marked stale so the next screen loads it afresh.
 *
 * `checks` is the anonymisation check of the screen's latest render: text that fails it is not sent.
 * Every change is a function of the latest value (kept in refs, not in a render's closure): key presses
 * and list fields adding their text can come faster than React renders.
 */
export function useSession(initial: SessionDetail, checks: RefObject<TextChecks>) {
  const [session, setSession] = useState(initial);
  const id = initial.id;
  const saveRun = useApiMutation('sessions.saveRun', { invalidate: 'mark' });
  const saveCanvas = useApiMutation('sessions.saveCanvas', { invalidate: 'mark' });
  // What the backend refuses in the learning record shows at its field: a participant's learning and an
  // attendance row by member (the sent list drops empty learnings, so its index is counted back).
  const sentLearning = useRef<LearningRecord>(initial.learning);
  const learningErrors = useServerFieldErrors({
    idPrefix: 'learning-',
    fields: (name) => LEARNING_AREAS.includes(name) || /^(participant|attendance)\.[^.]+$/.test(name),
    toField: (path) => learningFieldOf(path, sentLearning.current),
  });
  const saveLearning = useApiMutation('sessions.saveLearning', { invalidate: 'mark', ...learningErrors.mutation });

  // The saves go out one after another so the backend ends with the last run state.
  const runRef = useRef(initial.run);
  const runSaves = useRef<Promise<unknown>>(Promise.resolve());
  const updateRun = useCallback(
    (step: (run: RunState) => RunState) => {
      const run = step(runRef.current);
      if (run === runRef.current) return;
      runRef.current = run;
      setSession((s) => ({ ...s, run }));
      runSaves.current = runSaves.current.then(() => saveRun.mutateAsync({ id, run }).catch(() => {}));
    },
    [id, saveRun.mutateAsync],
  );

  const canvasSave = useDebouncedSave<VierVenstersCanvas>((canvas) => saveCanvas.mutateAsync({ id, canvas: cleanCanvas(canvas) }));
  const learningSave = useDebouncedSave<LearningRecord>((learning) => {
    const sent = cleanLearning(learning);
    sentLearning.current = sent;
    return saveLearning.mutateAsync({ id, learning: sent }).then((saved) => setSession((s) => ({ ...s, hours: saved.hours })));
  });

  // The checks of the latest render (they allow the pseudonyms the canvas names).
  const holdsIdentifier = (texts: string[]) => texts.some((x) => checks.current.identifier(x) !== null);

  const canvasRef = useRef(initial.canvas);
  const { schedule: scheduleCanvas } = canvasSave;
  const updateCanvas = useCallback<Update<VierVenstersCanvas>>(
    (update) => {
      const canvas = update(canvasRef.current);
      canvasRef.current = canvas;
      setSession((s) => ({ ...s, canvas }));
      scheduleCanvas(canvas, holdsIdentifier(canvasTexts(canvas)));
    },
    [scheduleCanvas],
  );

  const learningRef = useRef(initial.learning);
  const { schedule: scheduleLearning } = learningSave;
  const updateLearning = useCallback<Update<LearningRecord>>(
    (update) => {
      const learning = update(learningRef.current);
      learningRef.current = learning;
      setSession((s) => ({ ...s, learning }));
      scheduleLearning(learning, holdsIdentifier(learningTextFields(learning).map((f) => f.text)));
    },
    [scheduleLearning],
  );

  return { session, setSession, updateRun, updateCanvas, updateLearning, canvasState: canvasSave.state, learningState: learningSave.state, learningErrors };
}

/** The learning record's own texts, each a field on screen. */
export const LEARNING_AREAS: readonly string[] = ['inbrengerLearned', 'inbrengerWillTry', 'toWerkbegeleiding', 'processFeedback'];

/**
 * Where a path of a sent learning record shows: `learning.inbrengerLearned` at that text,
 * `learning.participantLearnings.1.text` at the learning of the member it was about, `learning.attendance.3.arrived`
 * at that member's attendance row.
 */
export function learningFieldOf(path: string, sent: LearningRecord): string | null {
  const p = path.replace(/^learning\./, '');
  const row = /^(participantLearnings|attendance)\.(\d+)/.exec(p);
  if (!row) return p;
  const memberId = row[1] === 'participantLearnings' ? sent.participantLearnings[Number(row[2])]?.memberId : sent.attendance[Number(row[2])]?.memberId;
  if (!memberId) return null;
  return `${row[1] === 'participantLearnings' ? 'participant' : 'attendance'}.${memberId}`;
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
