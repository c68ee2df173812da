import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { Navigate, Outlet, useParams, type RouteObject } from 'react-router';
import { LibraryScreen } from '../features/library/LibraryScreen';
import { PendingInputsProvider } from '../ui/pendingInputs';
import { LeaveGuardProvider } from './guard';
import { useHistoryKeys } from './historyKeys';
import { Shell } from './Shell';

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
const SearchScreen = lazy(() => import('../features/search/SearchScreen'));

/** A screen for one item: its id from the address, and a fresh instance per id. */
function byId(Screen: LazyExoticComponent<ComponentType<{ id: string }>>, param = 'id') {
  function Route() {
    const id = useParams()[param] ?? '';
    return <Screen key={id} id={id} />;
  }
  return <Route />;
}

function Root() {
  useHistoryKeys();
  return (
    <PendingInputsProvider>
      <LeaveGuardProvider>
        <Outlet />
      </LeaveGuardProvider>
    </PendingInputsProvider>
  );
}

function PlanRoute({ edit }: { edit?: boolean }) {
  const { id = '' } = useParams();
  return edit ? <PlanScreen key={`s-${id}`} sessionId={id} /> : <PlanScreen key={`g-${id}`} groupId={id} />;
}

function CaseNotesRoute() {
  const { id = '' } = useParams();
  return <CaseScreen key={`notes-${id}`} id={id} editNotes />;
}

export const routes: RouteObject[] = [
  {
    element: <Root />,
    children: [
      {
        path: '/scripts/:id/print',
        element: <Suspense fallback={null}>{byId(PrintScreen)}</Suspense>,
      },
      {
        element: <Shell />,
        children: [
          { index: true, element: <LibraryScreen /> },
          { path: '/scripts/:id', element: byId(ScriptScreen) },
          { path: '/scripts/:id/edit', element: byId(EditorScreen) },
          { path: '/cases', element: <CasesScreen /> },
          { path: '/cases/:id', element: byId(CaseScreen) },
          { path: '/cases/:id/notes', element: <CaseNotesRoute /> },
          { path: '/groups', element: <GroupsScreen /> },
          { path: '/groups/:id', element: byId(GroupScreen) },
          { path: '/groups/:id/plan', element: <PlanRoute /> },
          { path: '/sessions/:id', element: byId(SessionScreen) },
          { path: '/sessions/:id/plan', element: <PlanRoute edit /> },
          { path: '/sessions/:id/console', element: byId(ConsoleScreen) },
          { path: '/search', element: <SearchScreen /> },
          { path: '*', element: <Navigate to="/" replace /> },
        ],
      },
    ],
  },
];
