import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { type PasswordSignIn, SessionSchema, type SignInRequest, UserDirectorySchema } from '../../domain';
import { clearToasts } from '../../components/toast/toast-store';
import { apiRequest } from '../../lib/api-client';
import { isApiError } from '../../lib/api-errors';
import { clearLocalDraftsOf } from '../../lib/local-drafts';
import * as z from 'zod/mini';

export const sessionKeys = {
  all: ['session'] as const,
  current: () => [...sessionKeys.all, 'current'] as const,
  directory: () => [...sessionKeys.all, 'directory'] as const,
};

/** The signed-in person, or null when nobody is (the API answers 401). */
export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: sessionKeys.current(),
    queryFn: async ({ signal }) => {
      try {
        return (await apiRequest({ path: '/session', schema: SessionSchema, signal })).user;
      } catch (error) {
        if (isApiError(error, 401)) return null;
        throw error;
      }
    },
    staleTime: Infinity,
  });

export const directoryQueryOptions = () =>
  queryOptions({
    queryKey: sessionKeys.directory(),
    queryFn: async ({ signal }) => (await apiRequest({ path: '/users', schema: UserDirectorySchema, signal })).items,
    staleTime: Infinity,
  });

/** Everything cached, and every pending Undo, belongs to the previous person's view: drop it. */
function forgetPreviousPerson(queryClient: ReturnType<typeof useQueryClient>) {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKeys.all[0] });
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
      queryClient.setQueryData(sessionKeys.current(), user);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest({ path: '/session', method: 'DELETE', schema: z.undefined() }),
    onSuccess: () => {
      const leaving = queryClient.getQueryData<{ id: string } | null>(sessionKeys.current());
      if (leaving) clearLocalDraftsOf(leaving.id);
      forgetPreviousPerson(queryClient);
      queryClient.setQueryData(sessionKeys.current(), null);
    },
  });
}
