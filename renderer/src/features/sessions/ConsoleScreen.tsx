import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useRouter } from '../../app/router';
import { useErrorToast } from '../../ui/toasts';
import { describeError } from '../../ui/errors';
import { useAsync } from '../../ui/useAsync';
import { Markdown } from '../../ui/Markdown';
import { blockSchedule } from '../../../../shared/scripts/timing';
import * as engine from '../../../../shared/sessions/engine';
import { msToClock } from '../../../../shared/sessions/hours';
import type { SessionDetail } from '../../../../shared/sessions/types';
import { CanvasEditor, VENSTERS, type VensterSection } from './CanvasEditor';
import { canvasTexts, useSession } from './useSession';
import { useTextChecks } from './checks';
import { LearningForm } from './LearningForm';
import { openBeamer } from './beamer';
import { useNow } from './useNow';

export default function ConsoleScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const [state] = useAsync(async () => {
    const s = await call('sessions.get', { id });
    const roster = s.caseId ? (await call('cases.get', { id: s.caseId })).people.map((p) => p.pseudonym) : [];
    return { s, roster };
  }, [id]);
  if (state.status === 'loading') return <p className="loading">{t('sessions.loading')}</p>;
  if (state.status === 'error') return <p className="notice notice-error" role="alert">{describeError(state.error, t).text}</p>;
  return <Console initial={state.value.s} roster={state.value.roster} />;
}

function Console({ initial, roster }: { initial: SessionDetail; roster: string[] }) {
  const { t } = useTranslation();
  const { go } = useRouter();
  const onError = useErrorToast();
  const { session, updateRun, setCanvas, setLearning, canvasState, learningState } = useSession(initial, onError);
  const now = useNow(250);
  const blocks = session.script.blocks;
  const run = session.run;
  const v = engine.view(run, blocks, now);
  const block = blocks[run.blockIndex];
  const section = block?.section ?? null;
  const schedule = blockSchedule(blocks, session.startTime);
  const pseudonyms = useMemo(() => [...roster, ...session.canvas.mensen.people.map((p) => p.name)].filter(Boolean), [roster, session.canvas.mensen.people]);
  const checks = useTextChecks(pseudonyms);
  const presentIds = session.learning.attendance.filter((a) => a.present).map((a) => a.memberId);

  const act = useCallback(
    (name: 'start' | 'pause' | 'resume' | 'next' | 'previous' | 'plus5' | 'finish') =>
      updateRun((r) => {
        const at = Date.now();
        return name === 'start' ? engine.start(r, at)
          : name === 'pause' ? engine.pause(r, at)
          : name === 'resume' ? engine.resume(r, at)
          : name === 'next' ? engine.next(r, at, blocks.length)
          : name === 'previous' ? engine.previous(r, at)
          : name === 'plus5' ? engine.addMinutes(r, 5)
          : engine.finish(r, at);
      }),
    [updateRun, blocks.length],
  );
  // Decided on the latest state too, so Space pressed twice quickly pauses and resumes.
  const toggle = useCallback(
    () => updateRun((r) => (r.status === 'planned' ? engine.start(r, Date.now()) : r.status === 'running' ? engine.pause(r, Date.now()) : engine.resume(r, Date.now()))),
    [updateRun],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement;
      const typing = el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
      const key = e.altKey ? `Alt+${e.code}` : typing ? '' : e.key;
      const map: Record<string, () => void> = {
        ' ': toggle,
        'Alt+KeyP': toggle,
        ArrowRight: () => act('next'),
        PageDown: () => act('next'),
        'Alt+ArrowRight': () => act('next'),
        ArrowLeft: () => act('previous'),
        PageUp: () => act('previous'),
        'Alt+ArrowLeft': () => act('previous'),
        '+': () => act('plus5'),
        'Alt+Equal': () => act('plus5'),
        b: () => void openBeamer(session.id),
        'Alt+KeyB': () => void openBeamer(session.id),
      };
      const h = map[key];
      if (h) {
        e.preventDefault();
        h();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [act, toggle, session.id]);

  const isVenster = session.script.canvas === 'vier-vensters' && section !== null && (VENSTERS as string[]).includes(section);
  const onCanvas = (canvas: typeof session.canvas) => setCanvas(canvas, canvasTexts(canvas).some((x) => checks.identifier(x) !== null));

  return (
    <section className="console" aria-labelledby="console-title">
      <header className={`console-bar ${v.overrunMs > 0 ? 'overrun' : ''}`}>
        <div className="console-where">
          <button type="button" className="btn-back" onClick={() => go({ name: 'session', id: session.id })}>
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
          <button type="button" className="btn" onClick={() => void openBeamer(session.id)}>
            {t('sessions.beamer')}
          </button>
        </div>
      </header>

      <div className="console-grid">
        <div className="console-canvas">
          {isVenster ? (
            <>
              <div className="panel-head">
                <h2 className="section-title">{t(`sections.${section}`)}</h2>
                <SaveBadge state={canvasState} />
              </div>
              <CanvasEditor
                section={section as VensterSection}
                canvas={session.canvas}
                onChange={onCanvas}
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
              <LearningForm session={session} checks={checks} onChange={setLearning} />
            </>
          ) : (
            <div className="console-empty">
              <p className="muted">{t('sessions.noCanvasBlock')}</p>
              {session.leervraag && <p className="leervraag-big">“{session.leervraag}”</p>}
            </div>
          )}
        </div>
        <aside className="console-aside" aria-labelledby="facilitator-title">
          <h2 id="facilitator-title" className="section-title">{t('sessions.forFacilitator')}</h2>
          {block && <Markdown text={block.instruction} />}
          {block && block.prompts.length > 0 && (
            <>
              <h3 className="block-sub">{t('script.prompts')}</h3>
              <ul className="prompts">
                {block.prompts.map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
            </>
          )}
          <h3 className="block-sub">{t('sessions.planVsClock')}</h3>
          <ol className="plan-clock">
            {blocks.map((b, i) => {
              const p = v.blockPlan[i];
              return (
                <li key={i} className={i === run.blockIndex ? 'current' : i < run.blockIndex ? 'done' : ''}>
                  <span className="pc-time">{schedule[i]?.start}</span>
                  <span className="pc-title">{b.title}</span>
                  <span className="pc-actual">{p?.actualStartMs ? msToClock(p.actualStartMs) : ''}</span>
                </li>
              );
            })}
          </ol>
          <details className="keys">
            <summary>{t('cases.editor.keysTitle')}</summary>
            <dl>
              <dt><kbd>Spatie</kbd> / <kbd>Alt+P</kbd></dt><dd>{t('sessions.keys.toggle')}</dd>
              <dt><kbd>→</kbd> / <kbd>Alt+→</kbd></dt><dd>{t('sessions.keys.next')}</dd>
              <dt><kbd>←</kbd> / <kbd>Alt+←</kbd></dt><dd>{t('sessions.keys.previous')}</dd>
              <dt><kbd>+</kbd> / <kbd>Alt+=</kbd></dt><dd>{t('sessions.keys.plus5')}</dd>
              <dt><kbd>B</kbd> / <kbd>Alt+B</kbd></dt><dd>{t('sessions.keys.beamer')}</dd>
            </dl>
          </details>
        </aside>
      </div>
    </section>
  );
}

export function SaveBadge({ state }: { state: string }) {
  const { t } = useTranslation();
  return (
    <span className={`save-badge save-${state}`} role="status" aria-live="polite">
      {t(`sessions.save.${state}`)}
    </span>
  );
}
