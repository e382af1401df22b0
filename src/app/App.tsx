import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { createQueryClient } from '../lib/query-client';
import { BootNoticeContext } from './boot-notice';
import { type AppRouter, createAppRouter } from './router';

interface AppProvidersProps {
  queryClient: QueryClient;
  router: AppRouter;
  bootNotice?: string | null;
}

/** Everything the app needs around its routes; tests pass a memory router and their own query client. */
export function AppProviders({ queryClient, router, bootNotice = null }: AppProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <BootNoticeContext value={bootNotice}>
        <RouterProvider router={router} />
      </BootNoticeContext>
    </QueryClientProvider>
  );
}

export function App({ bootNotice = null }: { bootNotice?: string | null }) {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createAppRouter);
  return <AppProviders queryClient={queryClient} router={router} bootNotice={bootNotice} />;
}
