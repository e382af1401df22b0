import { QueryClient } from '@tanstack/react-query';
import { ApiError, NetworkError } from './api-errors';

/** Worth trying again: the network dropped or the server failed; a 4xx will fail the same way twice. */
export function isTransient(error: unknown): boolean {
  return error instanceof NetworkError || (error instanceof ApiError && error.status >= 500);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The board is shared by a team: refresh on focus, but don't refetch on every mount.
        staleTime: 30_000,
        gcTime: 5 * 60_000,
        retry: (failureCount, error) => isTransient(error) && failureCount < 2,
        refetchOnWindowFocus: true,
      },
      mutations: {
        // Writes are not retried automatically: each carries an If-Match version, and a person decides
        // whether to try again. Creating requests are safe to retry by hand thanks to idempotency keys.
        retry: false,
      },
    },
  });
}
