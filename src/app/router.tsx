import { createBrowserRouter, type RouteObject } from 'react-router';
import { Layout } from './Layout';
import { BoardRoute } from './routes/BoardRoute';
import { NotFoundRoute } from './routes/NotFoundRoute';
import { RouteError } from './routes/RouteError';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <BoardRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export type AppRouter = ReturnType<typeof createBrowserRouter>;

export function createAppRouter(): AppRouter {
  return createBrowserRouter(routes);
}
