import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useGo } from '../../app/navigation';
import { paths } from '../../app/paths';
import { call } from '../../api';
import { apiQuery } from '../../data/queries';
import { QueryView } from '../../ui/QueryView';
import { useErrorToast } from '../../ui/toasts';
import { formatDate, formatDateLong, todayIso } from '../../ui/dates';
import * as engine from '../../../../shared/sessions/engine';
import { FFP_PHASES } from '../../../../shared/ffps/types';
import type { HomeOverview } from '../../../../shared/home/types';
import type { SessionSummary } from '../../../../shared/sessions/types';

/**
 * What a facilitator meets first: the coming bijeenkomsten (started from here on their day), the
 * reflections still to write, the ideas to take to werkbegeleiding, cases near their purge and the
 * FFPS notes waiting for feedback. Each list says what to do when it is empty.
 */
export function HomeScreen() {
  const { t } = useTranslation();
  const today = todayIso();
  const overview = useQuery(apiQuery('home.overview', { today }));
  const groups = useQuery(apiQuery('groups.list', {}));
  const both = { data: overview.data && groups.data ? { home: overview.data, groupCount: groups.data.length } : undefined, error: overview.error ?? groups.error };
  return (
    <QueryView query={both} loading={t('home.loading')}>
      {(d) => <Home {...d} />}
    </QueryView>
  );
}

function Home({ home, groupCount }: { home: HomeOverview; groupCount: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const go = useGo();
  const fresh = groupCount === 0 && home.upcoming.length === 0;
  return (
    <section className="page home" aria-labelledby="home-title">
      <div className="page-head">
        <div>
          <h1 id="home-title">{t('home.title')}</h1>
          <p className="lede">{t('home.todayIs', { date: formatDateLong(home.today, lang) })}</p>
        </div>
      </div>

      {fresh && (
        <section className="panel first-steps" aria-labelledby="first-steps-title">
          <h2 id="first-steps-title" className="section-title">{t('home.firstSteps')}</h2>
          <p>{t('home.firstStepsIntro')}</p>
          <ol className="steps">
            <li>
              {t('home.step1')}{' '}
              <button type="button" className="link" onClick={() => go(paths.groups())}>{t('home.toGroups')}</button>
            </li>
            <li>
              {t('home.step2')}{' '}
              <button type="button" className="link" onClick={() => go(paths.cases())}>{t('home.toCases')}</button>
            </li>
            <li>
              {t('home.step3')}{' '}
              <button type="button" className="link" onClick={() => go(paths.library())}>{t('home.toLibrary')}</button>
            </li>
          </ol>
        </section>
      )}

      <div className="home-grid">
        <section className="panel home-upcoming" aria-labelledby="upcoming-title">
          <h2 id="upcoming-title" className="section-title">{t('home.upcoming')}</h2>
          {home.upcoming.length === 0 ? (
            <div className="home-empty">
              <p>{t('home.upcomingEmpty')}</p>
              <p className="muted small">{t('home.upcomingEmptyHint')}</p>
              {!fresh && (
                <button type="button" className="btn" onClick={() => go(paths.groups())}>{t('home.toGroups')}</button>
              )}
            </div>
          ) : (
            <ul className="home-list" aria-labelledby="upcoming-title">
              {home.upcoming.map((s) => <Upcoming key={s.id} s={s} today={home.today} />)}
            </ul>
          )}
        </section>

        <section className="panel" aria-labelledby="reflections-home-title">
          <h2 id="reflections-home-title" className="section-title">{t('home.reflections')}</h2>
          {home.reflectionsToWrite.length === 0 ? (
            <p className="muted home-empty">{t('home.reflectionsEmpty')}</p>
          ) : (
            <ul className="home-list" aria-labelledby="reflections-home-title">
              {home.reflectionsToWrite.map((r) => (
                <li key={r.sessionId}>
                  <button type="button" className="link" onClick={() => go(paths.session(r.sessionId))}>
                    {r.groupName} · {formatDate(r.date, lang)}
                  </button>
                  <span className="muted small">{t('home.reflectionsMissing', { names: r.missing.join(', ') })}</span>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="panel" aria-labelledby="wb-title">
          <h2 id="wb-title" className="section-title">{t('home.werkbegeleiding')}</h2>
          {home.werkbegeleiding.length === 0 ? (
            <p className="muted home-empty">{t('home.werkbegeleidingEmpty')}</p>
          ) : (
            <ul className="home-list" aria-labelledby="wb-title">
              {home.werkbegeleiding.map((w, i) => (
                <li key={`${w.sessionId}-${i}`}>
                  <span className="home-idea">{w.text}</span>
                  <button type="button" className="link small" onClick={() => go(paths.session(w.sessionId))}>
                    {t('home.werkbegeleidingFrom', { name: w.inbrenger ?? '—', group: w.groupName, date: formatDate(w.date, lang) })}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="panel" aria-labelledby="retention-title">
          <h2 id="retention-title" className="section-title">{t('home.retention')}</h2>
          {home.retentionSoon.length === 0 ? (
            <p className="muted home-empty">{t('home.retentionEmpty')}</p>
          ) : (
            <ul className="home-list" aria-labelledby="retention-title">
              {home.retentionSoon.map((c) => (
                <li key={c.id}>
                  <button type="button" className="link" onClick={() => go(paths.case(c.id))}>{c.codeName}</button>
                  <span className="tag tag-warn">{t('home.retentionUntil', { date: formatDate(c.retentionUntil, lang) })}</span>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="panel" aria-labelledby="ffps-home-title">
          <h2 id="ffps-home-title" className="section-title">{t('home.ffps')}</h2>
          {home.ffpsInbox.length === 0 ? (
            <p className="muted home-empty">{t('home.ffpsEmpty')}</p>
          ) : (
            <ul className="home-list" aria-labelledby="ffps-home-title">
              {home.ffpsInbox.map((n) => (
                <li key={n.id}>
                  <button type="button" className="link" onClick={() => go(paths.case(n.caseId))}>
                    {t('home.ffpsItem', { codeName: n.caseCodeName, phase: FFP_PHASES.indexOf(n.phase) + 1, contact: n.contactNumber, author: n.author })}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </section>
  );
}

/** One coming bijeenkomst; on its day it can be started from here. */
function Upcoming({ s, today }: { s: SessionSummary; today: string }) {
  const { t, i18n } = useTranslation();
  const go = useGo();
  const client = useQueryClient();
  const errorToast = useErrorToast();
  const [busy, setBusy] = useState(false);
  const isToday = s.date === today;
  const live = s.status === 'running' || s.status === 'paused';
  const start = async () => {
    setBusy(true);
    try {
      const detail = await call('sessions.get', { id: s.id });
      if (detail.run.status === 'planned') await call('sessions.saveRun', { id: s.id, run: engine.start(detail.run, Date.now()) });
      await client.invalidateQueries({ queryKey: ['sessions'] });
      go(paths.console(s.id));
    } catch (err) {
      errorToast(err);
      setBusy(false);
    }
  };
  return (
    <li className={isToday ? 'home-session today' : 'home-session'}>
      <div className="home-session-when">
        <strong>{formatDateLong(s.date, i18n.language)}</strong>
        <span>
          {s.startTime}–{s.endTime}
          {isToday && <span className="tag tag-today">{t('home.today')}</span>}
          <span className={`tag status-${s.status}`}>{t(`run.state.${s.status}`)}</span>
        </span>
      </div>
      <div className="home-session-what">
        <span>{s.groupName}</span>
        <span className="muted small">{s.scriptTitle}</span>
      </div>
      <div className="home-session-actions">
        {live ? (
          <button type="button" className="btn btn-primary" onClick={() => go(paths.console(s.id))}>{t('home.continueNow')}</button>
        ) : isToday ? (
          <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void start()}>{t('home.startNow')}</button>
        ) : null}
        <button type="button" className="btn" onClick={() => go(paths.session(s.id))}>{t('home.open')}</button>
      </div>
    </li>
  );
}
