import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { SessionSchema, UserDirectorySchema } from '../../domain';
import { apiRequest } from '../../lib/api-client';
import { isApiError } from '../../lib/api-errors';
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

/**
 * Signs in as someone else. Everything cached belongs to the previous person's view (an interviewer
 * must not glimpse the recruiter's data), so the cache is cleared before the new session is stored.
 */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) =>
      apiRequest({ path: '/session', method: 'POST', body: { userId }, schema: SessionSchema }),
    onSuccess: ({ user }) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKeys.all[0] });
      queryClient.setQueryData(sessionKeys.current(), user);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest({ path: '/session', method: 'DELETE', schema: z.undefined() }),
    onSuccess: () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKeys.all[0] });
      queryClient.setQueryData(sessionKeys.current(), null);
    },
  });
}
