import { queryOptions } from '@tanstack/react-query';
import { SessionSchema, UserDirectorySchema } from '../../domain';
import { apiRequest } from '../api-client';
import { isApiError } from '../api-errors';
import { queryKeys } from './keys';

/** The signed-in person, or null when nobody is (the API answers 401). */
export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.session.current(),
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

/** The people one may sign in as in the demo (the persona directory). */
export const directoryQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.session.directory(),
    queryFn: async ({ signal }) => (await apiRequest({ path: '/users', schema: UserDirectorySchema, signal })).items,
    staleTime: Infinity,
  });
