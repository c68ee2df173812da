import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiQuery } from '../../data/queries';
import { ScoreDistribution } from '../sessions/ScoreDistribution';
import { Marked } from '../sessions/Marked';
import type { SessionDetail } from '../../../../shared/sessions/types';
import { MapColumns, WorksheetView } from './WorksheetView';
import { PracticeNotice } from './Practice';
import { tabFor } from './SupervisionPanel';
import './sos.css';

/** The smallest step down of the beamer's type: about 22 px at 1920 wide, still readable at the back. */
const MIN_FIT = 0.72;

/**
 * Type that scales to fit: while the page would scroll, lower the view's --fit a step (5 %) at a time,
 * and start again from full size when what is shown or the window changes. The layout fills the screen
 * with flex, so only content that really does not fit makes the type smaller.
 */
function useFitToScreen(ref: RefObject<HTMLDivElement | null>, ...shown: unknown[]): void {
  const [size, setSize] = useState(() => `${window.innerWidth}x${window.innerHeight}`);
  useLayoutEffect(() => {
    const onResize = () => setSize(`${window.innerWidth}x${window.innerHeight}`);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const page = document.documentElement;
    let fit = 1;
    el.style.setProperty('--fit', String(fit));
    while (page.scrollHeight > window.innerHeight && fit > MIN_FIT) {
      fit = Math.max(MIN_FIT, Math.round((fit - 0.05) * 100) / 100);
      el.style.setProperty('--fit', String(fit));
    }
  }, [ref, size, ...shown]);
}

const poll = { refetchInterval: 1_000, refetchIntervalInBackground: true, staleTime: 0, meta: { toast: false } } as const;

/**
 * Signs of Safety on the projector: the map filling live, the distribution once everyone present has
 * scored, the appreciative close, or a worksheet the facilitator put up. Drie Huizen without consent
 * never arrives here: the backend's view leaves it out.
 */
export function SupervisionBeamer({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const state = useQuery({ ...apiQuery('sos.getSupervision', { sessionId: session.id }), ...poll });
  const s = state.data;
  const sheetId = s?.worksheetId ?? null;
  const sheet = useQuery({ ...apiQuery('sos.viewWorksheet', { id: sheetId ?? '' }), ...poll, enabled: sheetId !== null });
  const view = useRef<HTMLDivElement>(null);
  const tab = tabFor(session);
  useFitToScreen(view, s, sheet.data, tab);
  if (!s) return null;
  const present = session.learning.attendance.filter((a) => a.present).map((a) => a.memberId);
  if (sheetId && sheet.data) {
    return (
      <div className="sos-beamer" ref={view}>
        <h2 className="sos-beamer-title">
          {t(`sos.kinds.${sheet.data.kind}`)}: {sheet.data.title}
        </h2>
        <WorksheetView body={sheet.data.body} hidden={sheet.data.hidden} />
        <PracticeNotice large />
      </div>
    );
  }
  return (
    <div className="sos-beamer" ref={view}>
      {tab === 'scale' ? (
        <div className="sos-scale-view">
          <p className="sos-anchors">
            <span>{t('sos.map.anchor0')}</span>
            <span>{t('sos.map.anchor10')}</span>
          </p>
          <ScoreDistribution large scores={s.scores.filter((x) => present.includes(x.memberId)).map((x) => x.score)} expected={present.length} />
        </div>
      ) : tab === 'statements' ? (
        <div className="sos-statements-view">
          <section>
            <h2>{t('sos.supervision.dangerStatement')}</h2>
            <p className="sos-big">{s.dangerStatement ? <Marked text={s.dangerStatement} /> : '…'}</p>
          </section>
          <section>
            <h2>{t('sos.supervision.safetyGoal')}</h2>
            <p className="sos-big">{s.safetyGoal ? <Marked text={s.safetyGoal} /> : '…'}</p>
          </section>
        </div>
      ) : tab === 'close' ? (
        <dl className="sos-close-view">
          {(['wentWell', 'howDone', 'familyWouldSay', 'closerTo10'] as const).map((k) => (
            <div key={k}>
              <dt>{t(`sos.supervision.close.${k}`)}</dt>
              <dd>{s.close[k] ? <Marked text={s.close[k]} /> : '…'}</dd>
            </div>
          ))}
          {s.close.ownScore !== null && (
            <div>
              <dt>{t('sos.supervision.close.ownScore')}</dt>
              <dd className="sos-own-score">{s.close.ownScore}</dd>
            </div>
          )}
        </dl>
      ) : (
        <MapColumns map={s.map} />
      )}
      <PracticeNotice large />
    </div>
  );
}
