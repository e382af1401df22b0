import { createBrowserRouter, type RouteObject } from 'react-router';
import { Layout } from './Layout';
import { BoardRoute } from './routes/BoardRoute';
import { NotFoundRoute } from './routes/NotFoundRoute';
import { RouteError } from './routes/RouteError';
import { RouteLoading } from './routes/RouteLoading';

/** Screens beyond the board load on demand, keeping the entry chunk small. */
const lazyScreen = (load: () => Promise<{ Component: React.ComponentType }>): Pick<RouteObject, 'lazy' | 'hydrateFallbackElement'> => ({
  lazy: load,
  hydrateFallbackElement: <RouteLoading />,
});

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <BoardRoute /> },
      { path: 'candidates', ...lazyScreen(() => import('./routes/CandidatesRoute')) },
      { path: 'candidates/new', ...lazyScreen(() => import('./routes/AddCandidateRoute')) },
      { path: 'candidates/:candidateId', ...lazyScreen(() => import('./routes/CandidateRoute')) },
      { path: 'role', ...lazyScreen(() => import('./routes/RoleRoute')) },
      { path: 'interviews', ...lazyScreen(() => import('./routes/MyInterviewsRoute')) },
      { path: 'interviews/:interviewId', ...lazyScreen(() => import('./routes/ScorecardRoute')) },
      { path: 'review', ...lazyScreen(() => import('./routes/ReviewQueueRoute')) },
      { path: 'review/:candidateId', ...lazyScreen(() => import('./routes/ReviewRoute')) },
      { path: 'insights', ...lazyScreen(() => import('./routes/InsightsRoute')) },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export type AppRouter = ReturnType<typeof createBrowserRouter>;

export function createAppRouter(): AppRouter {
  return createBrowserRouter(routes);
}
