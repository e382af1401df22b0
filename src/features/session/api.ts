import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { type PasswordSignIn, SessionSchema, type SignInRequest } from '../../domain';
import { apiRequest } from '../../lib/api-client';
import { clearLocalDraftsOf } from '../../lib/local-drafts';
import { clearToasts } from '../../lib/notify';
import { queryKeys } from '../../lib/queries/keys';

/** Signing in and out (the session's queries are in `lib/queries/session.ts`). */

const keys = queryKeys.session;

/** Everything cached, and every pending Undo, belongs to the previous person's view: drop it. */
function forgetPreviousPerson(queryClient: QueryClient) {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== keys.all[0] });
  clearToasts();
}

/**
 * Signs in: with an account's email and password on the server, as a persona in the in-browser demo.
 * An interviewer must never glimpse what the recruiter before them saw, so the cache is dropped.
 */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: SignInRequest | PasswordSignIn) =>
      apiRequest({ path: '/session', method: 'POST', body: credentials, schema: SessionSchema }),
    onSuccess: ({ user }) => {
      forgetPreviousPerson(queryClient);
      queryClient.setQueryData(keys.current(), user);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest({ path: '/session', method: 'DELETE', schema: z.undefined() }),
    onSuccess: () => {
      const leaving = queryClient.getQueryData<{ id: string } | null>(keys.current());
      if (leaving) clearLocalDraftsOf(leaving.id);
      forgetPreviousPerson(queryClient);
      queryClient.setQueryData(keys.current(), null);
    },
  });
}
