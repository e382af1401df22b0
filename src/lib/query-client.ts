import { MutationCache, notifyManager, QueryCache, QueryClient, type QueryKey } from '@tanstack/react-query';
import { PROBLEM_TYPES } from '../domain';
import { ApiError, isApiError, NetworkError } from './api-errors';
import { notify } from './notify';
import { queryKeys } from './queries/keys';

/**
 * What a write declares about itself (`useMutation({ meta })`), handled once for every write by the
 * client's mutation cache below, so no feature calls `invalidateQueries` after its own writes.
 */
export type WriteMeta = {
  /**
   * The queries this write makes stale (prefix match, from `lib/queries/keys.ts`), refetched when it
   * settles, whether it succeeded or failed: `invalidates: (variables, error) => [queryKeys.review.all]`.
   * (Method syntax, so a write can type `variables` as its own.)
   */
  invalidates?(variables: unknown, error: Error | null, context: unknown): readonly QueryKey[];
  /** The write counts as done only once those refetches are in (the demo data reset). Default: not awaited. */
  awaitRefetch?: boolean;
};

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: WriteMeta;
  }
}

/** Worth trying again: the network dropped or the server failed; a 4xx will fail the same way twice. */
export function isTransient(error: unknown): boolean {
  return error instanceof NetworkError || (error instanceof ApiError && error.status >= 500);
}

// Deliver cache changes to components in a microtask rather than TanStack's default setTimeout(0): a
// move's optimistic update then renders in the same task as the keypress or drop, and is painted in the
// next frame instead of one frame later (documented option; the default TanStack plans for v6).
notifyManager.setScheduler(queueMicrotask);

/**
 * Marks what a write made stale and refetches what is shown: the one way a write invalidates, used by the
 * mutation cache for every mutation's `meta.invalidates`, and by the scorecard autosave (a state machine,
 * not a mutation) for the same keys its submission declares.
 */
export function invalidateAfterWrite(client: QueryClient, keys: readonly QueryKey[]): Promise<unknown> {
  return Promise.all(keys.map((queryKey) => client.invalidateQueries({ queryKey })));
}

/**
 * A 401 while someone is signed in: their session ended elsewhere (it expired, they signed out in another
 * tab, an admin deactivated the account). Back to the sign-in screen, on the same page, saying why;
 * nothing typed is dropped (local drafts stay; only signing out on purpose forgets them). A 401 while
 * nobody is signed in is the sign-in form's own answer, and it says so itself.
 */
export function endSessionOn401(client: QueryClient, error: unknown): void {
  if (!isApiError(error, 401) || error.problem.type !== PROBLEM_TYPES.unauthenticated) return;
  if (!client.getQueryData(queryKeys.session.current())) return;
  client.setQueryData(queryKeys.session.current(), null);
  notify({ tone: 'info', title: 'Your session has ended', description: 'Sign in again to carry on where you were.' });
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => endSessionOn401(client, error) }),
    mutationCache: new MutationCache({
      onError: (error) => endSessionOn401(client, error),
      // Runs after the write's own onSuccess/onError (which store what the server answered). Not awaited
      // unless the write asks: it is done when the server answered, the refetches follow.
      onSettled: (_data, error, variables, context, mutation) => {
        const keys = mutation.meta?.invalidates?.(variables, error, context) ?? [];
        const refetched = invalidateAfterWrite(client, keys);
        return mutation.meta?.awaitRefetch ? refetched : undefined;
      },
    }),
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
  return client;
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
