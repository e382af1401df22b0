import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { BrowserRouter } from 'react-router';
import { createQueryClient } from '../lib/query-client';
import { BootNoticeContext } from './boot-notice';
import { AppRoutes } from './router';

interface AppProvidersProps {
  queryClient: QueryClient;
  bootNotice?: string | null;
  /** The router with the app's routes in it; tests pass a MemoryRouter. */
  children: ReactNode;
}

/** Everything the app needs around its routes; tests pass a memory router and their own query client. */
export function AppProviders({ queryClient, bootNotice = null, children }: AppProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <BootNoticeContext value={bootNotice}>{children}</BootNoticeContext>
    </QueryClientProvider>
  );
}

export function App({ bootNotice = null }: { bootNotice?: string | null }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <AppProviders queryClient={queryClient} bootNotice={bootNotice}>
      {/* Location changes render at once, not as a transition: inputs bound to the URL (filters, the insights
          period) must show the choice when it is made, not when the data for it has arrived. */}
      <BrowserRouter useTransitions={false}>
        <AppRoutes />
      </BrowserRouter>
    </AppProviders>
  );
}
