import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider, useRouter } from './router';
import { ToastProvider } from '../ui/toasts';
import { apiAvailable, call } from '../api';
import { LibraryScreen } from '../features/library/LibraryScreen';
import type { Locale } from '../../../shared/settings/types';
import type { Notice } from '../../../shared/app/types';

// Screens beyond the first load on demand, so the library appears fast and markdown code loads later.
const ScriptScreen = lazy(() => import('../features/script/ScriptScreen'));
const EditorScreen = lazy(() => import('../features/editor/EditorScreen'));
const PrintScreen = lazy(() => import('../features/script/PrintScreen'));
const CasesScreen = lazy(() => import('../features/cases/CasesScreen'));
const CaseScreen = lazy(() => import('../features/cases/CaseScreen'));
const GroupsScreen = lazy(() => import('../features/groups/GroupsScreen'));
const GroupScreen = lazy(() => import('../features/groups/GroupScreen'));
const PlanScreen = lazy(() => import('../features/sessions/PlanScreen'));
const SessionScreen = lazy(() => import('../features/sessions/SessionScreen'));
const ConsoleScreen = lazy(() => import('../features/sessions/ConsoleScreen'));
const BeamerScreen = lazy(() => import('../features/sessions/BeamerScreen'));

/** A second window or tab opened for the projector shows only the beamer view. */
const beamerSession = new URLSearchParams(window.location.hash.slice(1)).get('beamer');

/** Notices from the backend (for instance what the retention purge removed), shown until dismissed. */
function Notices() {
  const { t } = useTranslation();
  const [notices, setNotices] = useState<Notice[]>([]);
  useEffect(() => {
    call('notices.list', {}).then(setNotices, () => {});
  }, []);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="region" aria-label={t('app.notices')}>
      {notices.map((n) => (
        <div key={n.id} className="notice notice-info">
          <p>{n.message}</p>
          <button
            type="button"
            className="btn btn-small"
            onClick={() => {
              void call('notices.dismiss', { id: n.id }).then(() => setNotices((ns) => ns.filter((x) => x.id !== n.id)));
            }}
          >
            {t('errors.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}

export function App() {
  if (beamerSession) {
    return (
      <Suspense fallback={null}>
        <BeamerScreen id={beamerSession} />
      </Suspense>
    );
  }
  return (
    <RouterProvider>
      <ToastProvider>
        <Shell />
      </ToastProvider>
    </RouterProvider>
  );
}

function Shell() {
  const { t, i18n } = useTranslation();
  const { route, go } = useRouter();

  useEffect(() => {
    if (!apiAvailable) return;
    call('settings.get', {}).then((s) => void i18n.changeLanguage(s.locale), () => {});
  }, [i18n]);

  useEffect(() => {
    document.documentElement.lang = i18n.language;
  }, [i18n.language]);

  const setLocale = (locale: Locale) => {
    void i18n.changeLanguage(locale);
    void call('settings.update', { locale }).catch(() => {});
  };

  if (route.name === 'print') {
    return (
      <Suspense fallback={null}>
        <PrintScreen id={route.id} />
      </Suspense>
    );
  }

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <div className="brand">
          <img src="/icon.svg" alt="" width={28} height={28} />
          <div>
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </div>
        </div>
        <nav aria-label={t('app.nav')} className="mainnav">
          <button
            type="button"
            className="navlink"
            aria-current={route.name === 'library' ? 'page' : undefined}
            onClick={() => go({ name: 'library' })}
          >
            {t('nav.library')}
          </button>
          <button
            type="button"
            className="navlink"
            aria-current={route.name === 'cases' || route.name === 'case' || route.name === 'caseNotes' ? 'page' : undefined}
            onClick={() => go({ name: 'cases' })}
          >
            {t('nav.cases')}
          </button>
          <button
            type="button"
            className="navlink"
            aria-current={['groups', 'group', 'plan', 'session', 'console'].includes(route.name) ? 'page' : undefined}
            onClick={() => go({ name: 'groups' })}
          >
            {t('nav.groups')}
          </button>
        </nav>
        <div className="topbar-end">
          <span className="local-badge" title={t('app.localOnly')}>
            <span aria-hidden="true">●</span> {t('app.localOnly')}
          </span>
          <label className="lang">
            <span className="visually-hidden">{t('app.language')}</span>
            <select value={i18n.language} onChange={(e) => setLocale(e.target.value as Locale)}>
              <option value="nl">Nederlands</option>
              <option value="en">English</option>
            </select>
          </label>
        </div>
      </header>
      <main id="main" className={route.name === 'console' ? 'main main-wide' : 'main'} tabIndex={-1}>
        {apiAvailable && <Notices />}
        {!apiAvailable ? (
          <p className="notice notice-error" role="alert">
            {t('app.noBackend')}
          </p>
        ) : (
          <Suspense fallback={<p className="loading">{t('script.loading')}</p>}>
            {route.name === 'library' && <LibraryScreen />}
            {route.name === 'script' && <ScriptScreen id={route.id} />}
            {route.name === 'edit' && <EditorScreen id={route.id} />}
            {route.name === 'cases' && <CasesScreen />}
            {route.name === 'case' && <CaseScreen key={route.id} id={route.id} />}
            {route.name === 'caseNotes' && <CaseScreen key={`notes-${route.id}`} id={route.id} editNotes />}
            {route.name === 'groups' && <GroupsScreen />}
            {route.name === 'group' && <GroupScreen key={route.id} id={route.id} />}
            {route.name === 'plan' && <PlanScreen key={route.sessionId ?? route.groupId} groupId={route.groupId} sessionId={route.sessionId} />}
            {route.name === 'session' && <SessionScreen key={route.id} id={route.id} />}
            {route.name === 'console' && <ConsoleScreen key={route.id} id={route.id} />}
          </Suspense>
        )}
      </main>
    </div>
  );
}
