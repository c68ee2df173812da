import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiQuery } from '../../data/queries';
import * as engine from '../../../../shared/sessions/engine';
import type { SessionDetail, VierVenstersCanvas } from '../../../../shared/sessions/types';
import { ScoreDistribution } from './ScoreDistribution';
import { useNow } from './useNow';
import { MeetingBeamer } from '../ffps/MeetingBeamer';

/**
 * What the group sees on the projector: the block title, the timer and the canvas filling live.
 * Never the facilitator's instructions, prompts or notes. It follows the console by polling the backend,
 * which works the same in a second Electron window and in a second browser tab.
 */
export default function BeamerScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  // Polls every second, also when the window is not in front; a failed poll is no toast on the projector.
  const query = useQuery({ ...apiQuery('sessions.get', { id }), refetchInterval: 1_000, refetchIntervalInBackground: true, staleTime: 0, meta: { toast: false } });
  const session = query.data ?? null;
  const lost = query.isError;
  const now = useNow(250);

  useEffect(() => {
    document.title = t('beamer.title');
  }, [t]);

  if (!session) return <main className="beamer"><p className="beamer-wait">{lost ? t('beamer.lost') : t('beamer.waiting')}</p></main>;
  const run = session.run;
  const block = session.script.blocks[run.blockIndex];
  const v = engine.view(run, session.script.blocks, now);
  const section = block?.section ?? null;
  const present = session.learning.attendance.filter((a) => a.present).map((a) => a.memberId);

  return (
    <main className={`beamer ${v.overrunMs > 0 ? 'overrun' : ''}`} aria-labelledby="beamer-title">
      <header className="beamer-head">
        <div>
          <p className="beamer-kicker">{session.script.title}</p>
          <h1 id="beamer-title">{run.status === 'finished' ? t('beamer.finished') : block?.title}</h1>
        </div>
        <div className="beamer-timer">
          <span className="timer-digits" data-testid="beamer-timer">
            {run.status === 'planned' ? engine.formatClock(v.blockMinutes * 60_000) : engine.formatClock(v.remainingMs)}
          </span>
          <div className="progress" aria-hidden="true">
            <div className="progress-fill" style={{ width: `${Math.round(v.progress * 100)}%` }} />
          </div>
          {run.status === 'paused' && <p className="beamer-paused">{t('beamer.paused')}</p>}
        </div>
      </header>
      {session.leervraag && <p className="beamer-question">{t('sessions.leervraag')}: “{session.leervraag}”</p>}
      <section className="beamer-canvas">
        {session.script.canvas === 'ffps-casenote' ? (
          <MeetingBeamer session={session} />
        ) : (
          <CanvasView canvas={session.canvas} section={section} members={session.members} present={present} />
        )}
      </section>
    </main>
  );
}

function CanvasView({ canvas, section, members, present }: { canvas: VierVenstersCanvas; section: string | null; members: SessionDetail['members']; present: string[] }) {
  const { t } = useTranslation();
  const nameOf = (id: string | null) => members.find((m) => m.id === id)?.name;
  switch (section) {
    case 'mensen':
      return (
        <div className="bv-grid">
          {canvas.mensen.people.map((p, i) => (
            <div key={i} className={p.regie ? 'bv-card regie' : 'bv-card'}>
              <strong>{p.name}</strong>
              {p.relation && <span>{p.relation}</span>}
              {p.perspective && <p>{p.perspective}</p>}
              {p.regie && <span className="tag">{t('venster.mensen.regie')}</span>}
            </div>
          ))}
          {canvas.mensen.network && <div className="bv-card wide"><strong>{t('venster.mensen.network')}</strong><p>{canvas.mensen.network}</p></div>}
        </div>
      );
    case 'feiten':
      return (
        <div className="bv-columns">
          <div>
            <h2>{t('venster.feiten.timeline')}</h2>
            <ul>{canvas.feiten.items.map((f, i) => <li key={i} className={`fact-${f.kind}`}><span className="tag">{t(`venster.feiten.kinds.${f.kind}`)}</span> {f.text}</li>)}</ul>
          </div>
          <div><h2>{t('venster.feiten.krachten')}</h2><ul>{canvas.feiten.krachten.map((x, i) => <li key={i}>{x}</li>)}</ul></div>
          <div><h2>{t('venster.feiten.zorgen')}</h2><ul>{canvas.feiten.zorgen.map((x, i) => <li key={i}>{x}</li>)}</ul></div>
          <div><h2>{t('venster.feiten.onbekend')}</h2><ul>{canvas.feiten.onbekend.map((x, i) => <li key={i}>{x}</li>)}</ul></div>
        </div>
      );
    case 'weging':
      return (
        <div className="bv-columns">
          {canvas.weging.inbrenger && <div className="wide"><h2>{t('beamer.inbrengerWeging')}</h2><p>{canvas.weging.inbrenger}</p></div>}
          <div><h2>{t('venster.weging.perspectives')}</h2><ul>{canvas.weging.perspectives.map((x, i) => <li key={i}>{x}</li>)}</ul></div>
          <div><h2>{t('venster.weging.criteria')}</h2><ul>{canvas.weging.criteria.map((x, i) => <li key={i}>{x}</li>)}</ul></div>
          <div><h2>{t('venster.weging.differences')}</h2><ul>{canvas.weging.differences.map((x, i) => <li key={i}>{x}</li>)}</ul></div>
          {canvas.weging.scaling.enabled && (
            <div className="wide">
              <h2>{t('venster.weging.scaling')}</h2>
              <ScoreDistribution large scores={canvas.weging.scaling.scores.filter((s) => present.includes(s.memberId)).map((s) => s.score)} expected={present.length} />
            </div>
          )}
        </div>
      );
    case 'volgende-stappen':
      return (
        <div>
          <p className="beamer-note">{t('beamer.ideasNote')}</p>
          <ol className="bv-ideas">
            {canvas.volgendeStappen.ideas.map((i) => (
              <li key={i.id} className={i.takeAlong ? 'taken' : ''}>
                {i.text}
                {nameOf(i.memberId) && <span className="muted"> — {nameOf(i.memberId)}</span>}
                {i.takeAlong && <span className="tag">{t('venster.stappen.takeAlong')}</span>}
              </li>
            ))}
          </ol>
        </div>
      );
    default:
      return null;
  }
}
