import { lazy, Suspense, useState } from 'react';
import { flushSync } from 'react-dom';
import { createHashRouter, RouterProvider } from 'react-router';
import { ToastProvider } from '../ui/toasts';
import { ApiProvider } from '../data/client';
import { routes } from './routes';
import { LockGate } from '../features/lock/LockGate';

const BeamerScreen = lazy(() => import('../features/sessions/BeamerScreen'));

/**
 * A second window or tab opened for the projector (`#beamer=<id>`, as Electron's main process and
 * openBeamer() open it) shows only the beamer view, without the app's routes.
 */
export function beamerSessionId(): string | null {
  return new URLSearchParams(window.location.hash.slice(1)).get('beamer');
}

export function App() {
  const beamer = beamerSessionId();
  return (
    <ToastProvider>
      <ApiProvider>
        <LockGate beamer={beamer !== null}>
          {beamer ? (
            <Suspense fallback={null}>
              <BeamerScreen id={beamer} />
            </Suspense>
          ) : (
            <Routes />
          )}
        </LockGate>
      </ApiProvider>
    </ToastProvider>
  );
}

const renderNow = (fn: () => unknown): undefined => void flushSync(fn);

/** The screens, addressed by the URL fragment (#/groups/…): Back, Forward and reload keep their place. */
function Routes() {
  const [router] = useState(() => createHashRouter(routes));
  // flushSync: navigations asked for with { flushSync: true } (app/navigation.ts) render at once.
  return <RouterProvider router={router} flushSync={renderNow} />;
}
