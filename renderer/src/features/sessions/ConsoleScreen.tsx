import { useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useGo } from '../../app/navigation';
import { useQuery } from '@tanstack/react-query';
import { apiQuery } from '../../data/queries';
import { QueryView, useFormSource } from '../../ui/QueryView';
import { usePendingInputs } from '../../ui/pendingInputs';
import { paths } from '../../app/paths';
import { blockSchedule } from '../../../../shared/scripts/timing';
import * as engine from '../../../../shared/sessions/engine';
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

type Action = 'start' | 'pause' | 'resume' | 'next' | 'previous' | 'plus5' | 'finish';

function Console({ initial, roster }: { initial: SessionDetail; roster: string[] }) {
  const { t } = useTranslation();
  const go = useGo();
  const pending = usePendingInputs();
  const beamer = useOpenBeamer();
  const showBeamer = () => beamer.mutate({ sessionId: initial.id });
  const checksRef = useRef<TextChecks>(NO_CHECKS);
  const { session, updateRun, updateCanvas, updateLearning, canvasState, learningState } = useSession(initial, checksRef);
  const people = session.canvas.mensen.people;
  const pseudonyms = useMemo(() => [...roster, ...people.map((p) => p.name)].filter(Boolean), [roster, people]);
  const checks = useTextChecks(pseudonyms);
  checksRef.current = checks;
  const now = useNow(250);
  const blocks = session.script.blocks;
  const run = session.run;
  const v = engine.view(run, blocks, now);
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
        return name === 'start' ? engine.start(r, at)
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
  // Decided on the latest state too, so Space pressed twice quickly pauses and resumes.
  const toggle = useCallback(
    () => updateRun((r) => (r.status === 'planned' ? engine.start(r, Date.now()) : r.status === 'running' ? engine.pause(r, Date.now()) : engine.resume(r, Date.now()))),
    [updateRun],
  );
  useConsoleKeys({ toggle, next: () => act('next'), previous: () => act('previous'), plus5: () => act('plus5'), beamer: showBeamer });

  const isVenster = session.script.canvas === 'vier-vensters' && section !== null && (VENSTERS as string[]).includes(section);

  return (
    <section className="console" aria-labelledby="console-title">
      <header className={`console-bar ${v.overrunMs > 0 ? 'overrun' : ''}`}>
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
          <span className="timer-digits" data-testid="timer">{run.status === 'planned' ? engine.formatClock(v.blockMinutes * 60_000) : engine.formatClock(v.remainingMs)}</span>
          <div className="progress" role="progressbar" aria-label={t('sessions.progress')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(v.progress * 100)}>
            <div className="progress-fill" style={{ width: `${Math.round(v.progress * 100)}%` }} />
          </div>
          <p className={v.lateMinutes > 0 ? 'late' : 'on-time'} data-testid="late">
            {run.status === 'planned' ? t('sessions.notStarted') : v.lateMinutes > 0 ? t('sessions.late', { count: v.lateMinutes }) : t('sessions.onTime')}
          </p>
        </div>
        <div className="console-controls" role="group" aria-label={t('sessions.controls')}>
          <button type="button" className="btn" disabled={run.blockIndex === 0 || run.status === 'planned' || run.status === 'finished'} onClick={() => act('previous')}>
            ← {t('sessions.previous')}
          </button>
          <button type="button" className="btn btn-primary" disabled={run.status === 'finished'} onClick={toggle}>
            {run.status === 'planned' ? t('sessions.startRun') : run.status === 'running' ? t('sessions.pause') : t('sessions.resume')}
          </button>
          <button type="button" className="btn" disabled={run.status !== 'running' && run.status !== 'paused'} onClick={() => act('plus5')}>
            {t('sessions.plus5')}
          </button>
          {run.blockIndex < blocks.length - 1 ? (
            <button type="button" className="btn" disabled={run.status === 'planned' || run.status === 'finished'} onClick={() => act('next')}>
              {t('sessions.next')} →
            </button>
          ) : (
            <button type="button" className="btn" disabled={run.status === 'planned' || run.status === 'finished'} onClick={() => act('finish')}>
              {t('sessions.finish')}
            </button>
          )}
          <button type="button" className="btn" onClick={showBeamer}>
            {t('sessions.beamer')}
          </button>
        </div>
      </header>

      <div className="console-grid">
        <div className="console-canvas">
          {session.script.canvas === 'ffps-casenote' ? (
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
              <LearningForm session={session} checks={checks} update={updateLearning} />
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
    </section>
  );
}
