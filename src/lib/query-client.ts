import { notifyManager, QueryClient } from '@tanstack/react-query';
import { ApiError, NetworkError } from './api-errors';

/** Worth trying again: the network dropped or the server failed; a 4xx will fail the same way twice. */
export function isTransient(error: unknown): boolean {
  return error instanceof NetworkError || (error instanceof ApiError && error.status >= 500);
}

// Deliver cache changes to components in a microtask rather than TanStack's default setTimeout(0): a
// move's optimistic update then renders in the same task as the keypress or drop, and is painted in the
// next frame instead of one frame later (documented option; the default TanStack plans for v6).
notifyManager.setScheduler(queueMicrotask);

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
        // Not retried by default: a write carries an If-Match version and a person decides whether to
        // try again. Creating requests opt in (see retryLostWrites): their idempotency key makes it safe.
        retry: false,
      },
    },
  });
}

/**
 * For creating requests (POST with an Idempotency-Key): when the connection drops, the server may or
 * may not have applied the write. Sending it again with the same key is safe: the server replays its
 * first answer instead of applying it twice.
 */
export const retryLostWrites = {
  retry: (failureCount: number, error: unknown) => error instanceof NetworkError && failureCount < 2,
  retryDelay: (attempt: number) => Math.min(250 * 2 ** attempt, 2000),
};
