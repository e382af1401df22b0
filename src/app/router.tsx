import { type ComponentType, lazy, type LazyExoticComponent, Suspense } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { Layout } from './Layout';
import { BoardRoute } from './routes/BoardRoute';
import { NotFoundRoute } from './routes/NotFoundRoute';
import { RouteErrorBoundary } from './routes/RouteError';
import { RouteLoading } from './routes/RouteLoading';

/**
 * The app's routes, declared as elements. Declarative routing (`<BrowserRouter>`, `<Routes>`) rather than
 * a data router: Shortlist loads data with TanStack Query, not route loaders, and the data router's code
 * cost about 15 kB gzip of the first load's 150 kB budget (docs/architecture.md, "Quality bars").
 */

/** A screen beyond the board: loaded on demand (its own chunk), "Loading…" inside the layout meanwhile. */
function lazyScreen(load: () => Promise<{ Component: ComponentType }>): LazyExoticComponent<ComponentType> {
  return lazy(() => load().then((module) => ({ default: module.Component })));
}

const screens = {
  candidates: lazyScreen(() => import('./routes/CandidatesRoute')),
  addCandidate: lazyScreen(() => import('./routes/AddCandidateRoute')),
  candidate: lazyScreen(() => import('./routes/CandidateRoute')),
  role: lazyScreen(() => import('./routes/RoleRoute')),
  myInterviews: lazyScreen(() => import('./routes/MyInterviewsRoute')),
  scorecard: lazyScreen(() => import('./routes/ScorecardRoute')),
  reviewQueue: lazyScreen(() => import('./routes/ReviewQueueRoute')),
  review: lazyScreen(() => import('./routes/ReviewRoute')),
  insights: lazyScreen(() => import('./routes/InsightsRoute')),
};

function Screen({ component: Component }: { component: ComponentType }) {
  return (
    <Suspense fallback={<RouteLoading />}>
      <Component />
    </Suspense>
  );
}

/** Every screen of the app; rendered inside a router (`BrowserRouter` in the app, `MemoryRouter` in tests). */
export function AppRoutes() {
  const location = useLocation();
  return (
    <RouteErrorBoundary pathname={location.pathname}>
      <Routes>
        <Route path="/" element={<Layout />}>
          <Route index element={<BoardRoute />} />
          <Route path="candidates" element={<Screen component={screens.candidates} />} />
          <Route path="candidates/new" element={<Screen component={screens.addCandidate} />} />
          <Route path="candidates/:candidateId" element={<Screen component={screens.candidate} />} />
          <Route path="role" element={<Screen component={screens.role} />} />
          <Route path="interviews" element={<Screen component={screens.myInterviews} />} />
          <Route path="interviews/:interviewId" element={<Screen component={screens.scorecard} />} />
          <Route path="review" element={<Screen component={screens.reviewQueue} />} />
          <Route path="review/:candidateId" element={<Screen component={screens.review} />} />
          <Route path="insights" element={<Screen component={screens.insights} />} />
          <Route path="*" element={<NotFoundRoute />} />
        </Route>
      </Routes>
    </RouteErrorBoundary>
  );
}
