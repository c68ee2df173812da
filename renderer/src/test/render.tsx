import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { createMemoryRouter, Outlet, RouterProvider, type RouteObject } from 'react-router';
import '../i18n';
import { ToastProvider } from '../ui/toasts';
import { ApiProvider } from '../data/client';
import { PendingInputsProvider } from '../ui/pendingInputs';
import { LeaveGuardProvider } from '../app/guard';

/** A screen or part of one, with what the app puts around it: toasts, the query client, a router, the guard. */
export function renderInApp(ui: ReactNode, { path = '/', routes = [] }: { path?: string; routes?: RouteObject[] } = {}) {
  const router = createMemoryRouter(
    [
      {
        element: (
          <PendingInputsProvider>
            <LeaveGuardProvider>
              <Outlet />
            </LeaveGuardProvider>
          </PendingInputsProvider>
        ),
        children: [{ path, element: ui }, ...routes],
      },
    ],
    { initialEntries: [path] },
  );
  const view = render(
    <ToastProvider>
      <ApiProvider>
        <RouterProvider router={router} />
      </ApiProvider>
    </ToastProvider>,
  );
  return { ...view, router };
}
