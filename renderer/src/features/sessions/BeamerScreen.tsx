import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiQuery } from '../../data/queries';
import * as engine from '../../../../shared/sessions/engine';
import type { SessionDetail, VierVenstersCanvas } from '../../../../shared/sessions/types';
import { Marked } from './Marked';
import { ScoreDistribution } from './ScoreDistribution';
import { useNow } from './useNow';
import { SupervisionBeamer } from '../sos/SupervisionBeamer';
import { MeetingBeamer } from '../ffps/MeetingBeamer';

/**
 * What the group sees on the projector: the block title, the timer, the block's questions for the group
 * (the script's "### Vragen") and the canvas filling live; black when the facilitator blacks it out.
 * Never the facilitator's instruction or notes. Type scales with the window (theme.css, .beamer). It follows the console by polling the backend,
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
  // The facilitator blacked out the screen (key B on the console): black, with only a dim "Pauze".
  if (run.blackout && run.status !== 'finished') {
    return (
      <main className="beamer beamer-black" aria-labelledby="beamer-title" data-testid="beamer-black">
        <h1 id="beamer-title" className="visually-hidden">{t('run.black')}</h1>
        <p className="beamer-black-pause">{t('beamer.paused')}</p>
      </main>
    );
  }
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
        </div>
      </header>
      {run.status === 'paused' && <p className="beamer-pause-banner" role="status">{t('beamer.paused')}</p>}
      {session.leervraag && <p className="beamer-question">{t('sessions.leervraag')}: “{session.leervraag}”</p>}
      {run.status !== 'finished' && block && block.prompts.length > 0 && (
        <section className="beamer-prompts" aria-labelledby="beamer-prompts-title">
          <h2 id="beamer-prompts-title">{t('run.groupQuestions')}</h2>
          <ul>
            {block.prompts.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </section>
      )}
      <section className="beamer-canvas" aria-label={section ? t(`sections.${section}`, { defaultValue: section }) : undefined}>
        {session.script.canvas === 'signs-of-safety' ? (
          <SupervisionBeamer session={session} />
        ) : session.script.canvas === 'ffps-casenote' ? (
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
              {p.relation && <span><Marked text={p.relation} /></span>}
              {p.perspective && <p><Marked text={p.perspective} /></p>}
              {p.regie && <span className="tag">{t('venster.mensen.regie')}</span>}
            </div>
          ))}
          {canvas.mensen.network && <div className="bv-card wide"><strong>{t('venster.mensen.network')}</strong><p><Marked text={canvas.mensen.network} /></p></div>}
        </div>
      );
    case 'feiten':
      return (
        <div className="bv-columns">
          <div>
            <h2>{t('venster.feiten.timeline')}</h2>
            <ul>{canvas.feiten.items.map((f, i) => <li key={i} className={`fact-${f.kind}`}><span className="tag">{t(`venster.feiten.kinds.${f.kind}`)}</span> <Marked text={f.text} /></li>)}</ul>
          </div>
          <div><h2>{t('venster.feiten.krachten')}</h2><ul>{canvas.feiten.krachten.map((x, i) => <li key={i}><Marked text={x} /></li>)}</ul></div>
          <div><h2>{t('venster.feiten.zorgen')}</h2><ul>{canvas.feiten.zorgen.map((x, i) => <li key={i}><Marked text={x} /></li>)}</ul></div>
          <div><h2>{t('venster.feiten.onbekend')}</h2><ul>{canvas.feiten.onbekend.map((x, i) => <li key={i}><Marked text={x} /></li>)}</ul></div>
        </div>
      );
    case 'weging':
      return (
        <div className="bv-columns">
          {canvas.weging.inbrenger && <div className="wide"><h2>{t('beamer.inbrengerWeging')}</h2><p><Marked text={canvas.weging.inbrenger} /></p></div>}
          <div><h2>{t('venster.weging.perspectives')}</h2><ul>{canvas.weging.perspectives.map((x, i) => <li key={i}><Marked text={x} /></li>)}</ul></div>
          <div><h2>{t('venster.weging.criteria')}</h2><ul>{canvas.weging.criteria.map((x, i) => <li key={i}><Marked text={x} /></li>)}</ul></div>
          <div><h2>{t('venster.weging.differences')}</h2><ul>{canvas.weging.differences.map((x, i) => <li key={i}><Marked text={x} /></li>)}</ul></div>
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
                <Marked text={i.text} />
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
