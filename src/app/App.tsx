import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { createQueryClient } from '../lib/query-client';
import { BootNoticeContext } from './boot-notice';
import { createAppRouter } from './router';

export function App({ bootNotice = null }: { bootNotice?: string | null }) {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createAppRouter);
  return (
    <QueryClientProvider client={queryClient}>
      <BootNoticeContext value={bootNotice}>
        <RouterProvider router={router} />
      </BootNoticeContext>
    </QueryClientProvider>
  );
}
