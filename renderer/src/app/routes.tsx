import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { Navigate, Outlet, useParams, type RouteObject } from 'react-router';
import { LibraryScreen } from '../features/library/LibraryScreen';
import { HomeScreen } from '../features/home/HomeScreen';
import { PendingInputsProvider } from '../ui/pendingInputs';
import { LeaveGuardProvider } from './guard';
import { useHistoryKeys } from './historyKeys';
import { Shell } from './Shell';

// Screens beyond the first load on demand, so the home screen and the library appear fast and markdown code loads later.
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
const TrajectsScreen = lazy(() => import('../features/sos/TrajectsScreen'));
const TrajectScreen = lazy(() => import('../features/sos/TrajectScreen'));
const WorksheetScreen = lazy(() => import('../features/sos/WorksheetScreen'));
const PortfolioTimeline = lazy(() => import('../features/portfolio/TimelineScreen'));
const PortfolioReflection = lazy(() => import('../features/portfolio/ReflectionScreen'));
const PortfolioGoals = lazy(() => import('../features/portfolio/GoalsScreen'));
const PortfolioGoal = lazy(() => import('../features/portfolio/GoalScreen'));
const PortfolioWb = lazy(() => import('../features/portfolio/WerkbegeleidingScreen'));
const PortfolioWbPrint = lazy(() => import('../features/portfolio/WerkbegeleidingScreen').then((m) => ({ default: m.WerkbegeleidingPrintScreen })));
const PortfolioHours = lazy(() => import('../features/portfolio/HoursScreen'));
const PortfolioProfile = lazy(() => import('../features/portfolio/ProfileScreen'));
const FfpsScreen = lazy(() => import('../features/ffps/FfpsScreen'));
const CaseNotesScreen = lazy(() => import('../features/ffps/CaseNotesScreen'));
const NoteFormScreen = lazy(() => import('../features/ffps/NoteFormScreen'));
const NoteScreen = lazy(() => import('../features/ffps/NoteScreen'));
const FeedbackScreen = lazy(() => import('../features/ffps/FeedbackScreen'));
const HistoryScreen = lazy(() => import('../features/ffps/HistoryScreen'));
const SecurityScreen = lazy(() => import('../features/lock/SecurityScreen'));

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

function EditNoteRoute() {
  const { id = '' } = useParams();
  return <NoteFormScreen key={`edit-${id}`} id={id} edit />;
}

export const routes: RouteObject[] = [
  {
    element: <Root />,
    children: [
      {
        path: '/scripts/:id/print',
        element: <Suspense fallback={null}>{byId(PrintScreen)}</Suspense>,
      },
      { path: '/portfolio/werkbegeleiding/print', element: <Suspense fallback={null}><PortfolioWbPrint /></Suspense> },
      {
        element: <Shell />,
        children: [
          { index: true, element: <HomeScreen /> },
          { path: '/library', element: <LibraryScreen /> },
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
          { path: '/sos', element: <TrajectsScreen /> },
          { path: '/sos/:id', element: byId(TrajectScreen) },
          { path: '/sos/worksheets/:id', element: byId(WorksheetScreen) },
          { path: '/portfolio', element: <PortfolioTimeline /> },
          { path: '/portfolio/reflections/new', element: <PortfolioReflection key="new" /> },
          { path: '/portfolio/reflections/:id', element: byId(PortfolioReflection) },
          { path: '/portfolio/goals', element: <PortfolioGoals /> },
          { path: '/portfolio/goals/:id', element: byId(PortfolioGoal) },
          { path: '/portfolio/werkbegeleiding', element: <PortfolioWb /> },
          { path: '/portfolio/hours', element: <PortfolioHours /> },
          { path: '/portfolio/profile', element: <PortfolioProfile /> },
          { path: '/ffps', element: <FfpsScreen /> },
          { path: '/ffps/history', element: <HistoryScreen /> },
          { path: '/cases/:id/ffps', element: byId(CaseNotesScreen) },
          { path: '/cases/:id/ffps/new', element: byId(NoteFormScreen, 'id') },
          { path: '/ffps/notes/:id', element: byId(NoteScreen) },
          { path: '/ffps/notes/:id/edit', element: <EditNoteRoute /> },
          { path: '/ffps/notes/:id/feedback', element: byId(FeedbackScreen) },
          { path: '/security', element: <SecurityScreen /> },
          { path: '*', element: <Navigate to="/" replace /> },
        ],
      },
    ],
  },
];
