import { Suspense, useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { useGo } from './navigation';
import { useQuery } from '@tanstack/react-query';
import { apiAvailable } from '../api';
import { apiQuery } from '../data/queries';
import { useApiMutation } from '../data/mutations';
import type { Locale } from '../../../shared/settings/types';
import { areaOfPath, areaOfSessionFormat, paths, sessionIdOfPath } from './paths';
import { Notices } from './Notices';
import { SearchPalette } from '../features/search/SearchPalette';
import { useLandOnFocus } from '../features/search/landing';
import { ProgressBar } from '../ui/ProgressBar';
import { LockButtons } from '../features/lock/LockButtons';
import { ToastRegion } from '../ui/toasts';

function skipToMain(e: MouseEvent<HTMLAnchorElement>) {
  e.preventDefault();
  document.getElementById('main')?.focus();
}

/** The frame around every screen but the print view: brand, main menu, language, notices. */
export function Shell() {
  const { t, i18n } = useTranslation();
  const go = useGo();
  const { pathname } = useLocation();
  const connected = apiAvailable();
  // A bijeenkomst's screens are marked under the menu item of its werkvorm (the screen reads the same query).
  const sessionId = sessionIdOfPath(pathname);
  const session = useQuery({ ...apiQuery('sessions.get', { id: sessionId ?? '' }), enabled: connected && sessionId !== null, meta: { toast: false } });
  const format = sessionId !== null && session.data?.id === sessionId ? session.data.script.format : null;
  const area = format ? areaOfSessionFormat(format) : areaOfPath(pathname);
  const settings = useQuery({ ...apiQuery('settings.get', {}), enabled: connected, staleTime: Infinity });
  const saveSettings = useApiMutation('settings.update');
  const savedLocale = settings.data?.locale;
  useLandOnFocus();
  // The top bar's height (it wraps on a laptop) is --topbar-h: the notices' bar sticks right under it.
  const topbar = useRef<HTMLElement>(null);
  useEffect(() => {
    const el = topbar.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => document.documentElement.style.setProperty('--topbar-h', `${el.offsetHeight}px`));
    ro.observe(el);
    return () => {
      ro.disconnect();
      // Without the shell (the lock screen) the notices' bar stands at the window's top.
      document.documentElement.style.removeProperty('--topbar-h');
    };
  }, []);

  useEffect(() => {
    if (savedLocale) void i18n.changeLanguage(savedLocale);
  }, [savedLocale, i18n]);
  useEffect(() => {
    document.documentElement.lang = i18n.language;
  }, [i18n.language]);
  // A new screen starts at its top (scroll positions are not kept: they would need browser storage).
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [pathname]);

  const setLocale = (locale: Locale) => {
    void i18n.changeLanguage(locale);
    saveSettings.mutate({ locale });
  };
  const navItem = (to: string, key: 'home' | 'library' | 'cases' | 'groups' | 'sos' | 'ffps') => (
    <button type="button" className="navlink" aria-current={area === key ? 'page' : undefined} onClick={() => go(to)}>
      {key === 'sos' ? t('sos.nav') : t(`nav.${key}`)}
    </button>
  );

  return (
    <div className={pathname.endsWith('/console') ? 'shell shell-console' : 'shell'}>
      {/* The fragment holds the route: the skip link moves focus itself instead of changing it. */}
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('app.skipToContent')}
      </a>
      <header ref={topbar} className="topbar">
        <div className="brand">
          <img src="/icon.svg" alt="" width={28} height={28} />
          <div>
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </div>
        </div>
        <nav aria-label={t('app.nav')} className="mainnav">
          {navItem(paths.home(), 'home')}
          {navItem(paths.library(), 'library')}
          {navItem(paths.cases(), 'cases')}
          {navItem(paths.groups(), 'groups')}
          {navItem(paths.ffps(), 'ffps')}
          {navItem(paths.trajects(), 'sos')}
          <button type="button" className="navlink" aria-current={area === 'portfolio' ? 'page' : undefined} onClick={() => go(paths.portfolio())}>
            {t('portfolio.nav')}
          </button>
        </nav>
        <div className="topbar-end">
          {connected && <SearchPalette />}
          <span className="local-badge" title={t('app.localOnly')}>
            <span aria-hidden="true">●</span> {t('app.localOnly')}
          </span>
          <LockButtons />
          <label className="lang">
            <span className="visually-hidden">{t('app.language')}</span>
            <select value={i18n.language} onChange={(e) => setLocale(e.target.value as Locale)}>
              <option value="nl">Nederlands</option>
              <option value="en">English</option>
            </select>
          </label>
        </div>
      </header>
      {/* The notices' bar: in the flow under the top bar, so a notice pushes the page down instead of covering it. */}
      <ToastRegion />
      <main id="main" className={pathname.endsWith('/console') ? 'main main-wide' : 'main'} tabIndex={-1}>
        {!connected ? (
          <p className="notice notice-error" role="alert">
            {t('app.noBackend')}
          </p>
        ) : (
          <>
            <Notices />
            <Suspense fallback={<p className="loading">{t('script.loading')}</p>}>
              <Outlet />
            </Suspense>
            <ProgressBar />
          </>
        )}
      </main>
    </div>
  );
}
