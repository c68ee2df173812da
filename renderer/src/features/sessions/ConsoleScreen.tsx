import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useGo } from '../../app/navigation';
import { useQuery } from '@tanstack/react-query';
import { apiQuery } from '../../data/queries';
import { QueryView, useFormSource } from '../../ui/QueryView';
import { usePendingInputs } from '../../ui/pendingInputs';
import { paths } from '../../app/paths';
import { blockSchedule } from '../../../../shared/scripts/timing';
import * as engine from '../../../../shared/sessions/engine';
import { wallClockToMs } from '../../../../shared/sessions/hours';
import { formatDateLong, formatTime, todayIso } from '../../ui/dates';
import type { SessionDetail } from '../../../../shared/sessions/types';
import { CanvasEditor, VENSTERS, type VensterSection } from './CanvasEditor';
import { useSession } from './useSession';
import { NO_CHECKS, useTextChecks, type TextChecks } from './checks';
import { LearningForm } from './LearningForm';
import { useOpenBeamer } from './beamer';
import { useNow } from './useNow';
import { useConsoleKeys } from './consoleKeys';
import { ConsoleAside } from './ConsoleAside';
import { SaveBadge } from './SaveBadge';
import { SupervisionPanel } from '../sos/SupervisionPanel';
import { FinishCheck } from './FinishCheck';
import { MeetingPanel } from '../ffps/MeetingPanel';

export default function ConsoleScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const session = useFormSource(apiQuery('sessions.get', { id }));
  const caseId = session.data?.caseId ?? null;
  const caseQuery = useQuery({ ...apiQuery('cases.get', { id: caseId ?? '' }), enabled: caseId !== null });
  const roster = caseId === null ? [] : caseQuery.data?.people.map((p) => p.pseudonym);
  const ready = { data: session.data && roster ? { s: session.data, roster } : undefined, error: session.error ?? caseQuery.error };
  return (
    <QueryView query={ready} loading={t('sessions.loading')}>
      {({ s, roster }) => <Console initial={s} roster={roster} />}
    </QueryView>
  );
}

type Action = 'start' | 'pause' | 'resume' | 'next' | 'previous' | 'plus5' | 'finish' | 'black';

function Console({ initial, roster }: { initial: SessionDetail; roster: string[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const go = useGo();
  const pending = usePendingInputs();
  const beamer = useOpenBeamer();
  const showBeamer = () => beamer.mutate({ sessionId: initial.id });
  const checksRef = useRef<TextChecks>(NO_CHECKS);
  const { session, updateRun, updateCanvas, updateLearning, canvasState, learningState, learningErrors } = useSession(initial, checksRef);
  const people = session.canvas.mensen.people;
  const pseudonyms = useMemo(() => [...roster, ...people.map((p) => p.name)].filter(Boolean), [roster, people]);
  const checks = useTextChecks(pseudonyms);
  checksRef.current = checks;
  const now = useNow(250);
  const blocks = session.script.blocks;
  const run = session.run;
  // Lateness is measured against the planned date and begintijd, not against whenever Start was pressed.
  const plannedStart = wallClockToMs(session.date, session.startTime);
  const v = engine.view(run, blocks, now, plannedStart);
  const block = blocks[run.blockIndex];
  const section = block?.section ?? null;
  const schedule = blockSchedule(blocks, session.startTime);
  const presentIds = session.learning.attendance.filter((a) => a.present).map((a) => a.memberId);

  const act = useCallback(
    (name: Action) => {
      // Text typed in a list but not yet added goes into it before the block (and the list) changes.
      if (name === 'next' || name === 'previous' || name === 'finish') pending?.commitAll();
      updateRun((r) => {
        const at = Date.now();
        return name === 'black' ? engine.toggleBlackout(r)
          : name === 'start' ? engine.start(r, at)
          : name === 'pause' ? engine.pause(r, at)
          : name === 'resume' ? engine.resume(r, at)
          : name === 'next' ? engine.next(r, at, blocks.length)
          : name === 'previous' ? engine.previous(r, at)
          : name === 'plus5' ? engine.addMinutes(r, 5)
          : engine.finish(r, at);
      });
    },
    [updateRun, blocks.length, pending],
  );
  // A bijeenkomst planned for another day is started only when the facilitator says so.
  const otherDay = session.date !== todayIso(now);
  const confirmStart = useCallback(
    () => !otherDay || window.confirm(t('run.otherDay', { date: formatDateLong(session.date, lang) })),
    [otherDay, t, session.date, lang],
  );
  // Decided on the latest state too, so Space pressed twice quickly pauses and resumes.
  const toggle = useCallback(() => {
    if (run.status === 'planned' && !confirmStart()) return;
    updateRun((r) => (r.status === 'planned' ? engine.start(r, Date.now()) : r.status === 'running' ? engine.pause(r, Date.now()) : engine.resume(r, Date.now())));
  }, [updateRun, run.status, confirmStart]);
  useConsoleKeys({ toggle, next: () => act('next'), previous: () => act('previous'), plus5: () => act('plus5'), beamer: showBeamer, black: () => act('black') });

  const status = run.status;
  const live = status === 'running' || status === 'paused';
  // Why a control cannot be used now: shown beside the controls and read out with the button.
  const why = {
    previous: status === 'planned' ? t('run.why.notStarted') : status === 'finished' ? t('run.why.finished') : run.blockIndex === 0 ? t('run.why.firstBlock') : null,
    move: status === 'planned' ? t('run.why.notStarted') : status === 'finished' ? t('run.why.finished') : null,
    plus5: live ? null : status === 'finished' ? t('run.why.finished') : t('run.why.notLive'),
  };
  const whyText = why.move ?? why.previous;
  const described = (reason: string | null) => (reason ? { title: reason, 'aria-describedby': 'controls-why' } : {});
  const lateText =
    status === 'planned' ? (v.lateMinutes > 0 ? t('run.lateStart', { count: v.lateMinutes }) : t('run.plannedFor', { date: formatDateLong(session.date, lang), time: session.startTime }))
    : status === 'finished' ? t('run.finishedAt', { time: run.actualEnd === null ? '' : formatTime(run.actualEnd, lang) })
    : v.lateMinutes > 0 ? t('sessions.late', { count: v.lateMinutes }) : t('sessions.onTime');
  const present = session.learning.attendance.filter((a) => a.present);
  const reflected = present.filter((a) => session.reflections.some((r) => r.memberId === a.memberId)).length;
  // "Afronden" lists decision text nobody rephrased first (FinishCheck); text still in a list field counts too.
  const [checkingFinish, setCheckingFinish] = useState(false);
  const askFinish = () => {
    pending?.commitAll();
    setCheckingFinish(true);
  };
  const finishNow = useCallback(() => {
    setCheckingFinish(false);
    act('finish');
  }, [act]);
  const closeFinish = useCallback(() => setCheckingFinish(false), []);


  const isVenster = session.script.canvas === 'vier-vensters' && section !== null && (VENSTERS as string[]).includes(section);

  return (
    <section className={`console console-${status}`} aria-labelledby="console-title">
      <header className={`console-bar ${v.overrunMs > 0 && live ? 'overrun' : ''}`}>
        <div className="console-where">
          <button type="button" className="btn-back" onClick={() => go(paths.session(session.id))}>
            ← {t('sessions.overview')}
          </button>
          <p className="muted small">
            {t('sessions.blockOf', { n: run.blockIndex + 1, total: blocks.length })} · {t('sessions.plannedAt', { time: `${schedule[run.blockIndex]?.start}–${schedule[run.blockIndex]?.end}` })}
          </p>
          <h1 id="console-title">{block?.title}</h1>
        </div>
        <div className="console-timer" aria-live="off">
          <p className={`run-state state-${status}`} data-testid="run-state">
            <span className="run-dot" aria-hidden="true" /> {t(`run.state.${status}`)}
            {run.blackout && <span className="tag tag-black">{t('run.black')}</span>}
          </p>
          {status === 'finished' ? null : (
            <>
              <span className="timer-digits" data-testid="timer">{status === 'planned' ? engine.formatClock(v.blockMinutes * 60_000) : engine.formatClock(v.remainingMs)}</span>
              <div className="progress" role="progressbar" aria-label={t('sessions.progress')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(v.progress * 100)}>
                <div className="progress-fill" style={{ width: `${Math.round(v.progress * 100)}%` }} />
              </div>
            </>
          )}
          <p className={v.lateMinutes > 0 && status !== 'finished' ? 'late' : 'on-time'} data-testid="late">
            {lateText}
          </p>
        </div>
        <div className="console-controls-wrap">
          {status === 'finished' ? (
            <div className="console-controls" role="group" aria-label={t('sessions.controls')}>
              <button type="button" className="btn btn-primary" onClick={() => go(paths.session(session.id))}>
                {t('run.toRecord')} →
              </button>
            </div>
          ) : (
            <div className="console-controls" role="group" aria-label={t('sessions.controls')}>
              <button type="button" className="btn" disabled={why.previous !== null} {...described(why.previous)} onClick={() => act('previous')}>
                ← {t('sessions.previous')}
              </button>
              <button type="button" className="btn btn-primary" onClick={toggle}>
                {status === 'planned' ? t('sessions.startRun') : status === 'running' ? t('sessions.pause') : t('sessions.resume')}
              </button>
              <button type="button" className="btn" disabled={why.plus5 !== null} {...described(why.plus5)} onClick={() => act('plus5')}>
                {t('sessions.plus5')}
              </button>
              {run.blockIndex < blocks.length - 1 ? (
                <button type="button" className="btn" disabled={why.move !== null} {...described(why.move)} onClick={() => act('next')}>
                  {t('sessions.next')} →
                </button>
              ) : (
                <button type="button" className="btn" disabled={why.move !== null} {...described(why.move)} onClick={askFinish}>
                  {t('sessions.finish')}
                </button>
              )}
              <button type="button" className="btn" onClick={showBeamer}>
                {t('sessions.beamer')}
              </button>
              <button type="button" className={run.blackout ? 'btn btn-black on' : 'btn btn-black'} aria-pressed={run.blackout === true} title={t('run.blackHint')} onClick={() => act('black')}>
                {t('run.black')}
              </button>
            </div>
          )}
          {status !== 'finished' && whyText && (
            <p id="controls-why" className="controls-why muted small">
              {whyText}
            </p>
          )}
        </div>
      </header>

      <div className={session.script.canvas === 'signs-of-safety' ? 'console-grid console-grid-sos' : 'console-grid'}>
        <div className="console-canvas">
          {status === 'finished' ? (
            <div className="console-finished" role="status">
              <h2 className="section-title">{t('run.finishedTitle')}</h2>
              <p>{t('run.finishedBody', { time: run.actualEnd === null ? '' : formatTime(run.actualEnd, lang) })}</p>
              <h3 className="block-sub">{t('run.nextSteps')}</h3>
              <ul className="next-steps">
                <li>{t('run.nextReflections', { done: reflected, total: present.length })}</li>
                <li>{t('run.nextExport')}</li>
              </ul>
              <button type="button" className="btn btn-primary" onClick={() => go(paths.session(session.id))}>
                {t('run.toRecord')} →
              </button>
            </div>
          ) : session.script.canvas === 'signs-of-safety' ? (
            <SupervisionPanel session={session} pseudonyms={pseudonyms} />
          ) : session.script.canvas === 'ffps-casenote' ? (
            <MeetingPanel session={session} />
          ) : isVenster ? (
            <>
              <div className="panel-head">
                <h2 className="section-title">{t(`sections.${section}`)}</h2>
                <SaveBadge state={canvasState} />
              </div>
              <CanvasEditor
                section={section as VensterSection}
                canvas={session.canvas}
                update={updateCanvas}
                members={session.members}
                presentIds={presentIds}
                inbrengerId={session.roles.inbrenger}
                pseudonyms={pseudonyms}
                checks={checks}
              />
            </>
          ) : section === 'leeropbrengst' ? (
            <>
              <div className="panel-head">
                <h2 className="section-title">{t('sections.leeropbrengst')}</h2>
                <SaveBadge state={learningState} />
              </div>
              <LearningForm session={session} checks={checks} update={updateLearning} server={learningErrors} />
            </>
          ) : (
            <div className="console-empty">
              <p className="muted">{t('sessions.noCanvasBlock')}</p>
              {session.leervraag && <p className="leervraag-big">“{session.leervraag}”</p>}
            </div>
          )}
        </div>
        <ConsoleAside block={block} blocks={blocks} blockIndex={run.blockIndex} schedule={schedule} view={v} />
      </div>
      {checkingFinish && <FinishCheck canvas={session.canvas} rephraseAll={updateCanvas} finish={finishNow} close={closeFinish} />}
    </section>
  );
}
