import { queryOptions } from '@tanstack/react-query';
import { RoleSchema, RoleStatsSchema } from '../../domain';
import { apiRequest } from '../api-client';
import { queryKeys } from './keys';

/** The job itself: it changes rarely. */
export const roleQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.role.detail(),
    queryFn: ({ signal }) => apiRequest({ path: '/role', schema: RoleSchema, signal }),
    staleTime: 5 * 60_000,
  });

/** How many active candidates meet each qualification: fetched fresh each time the page opens. */
export const roleStatsQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.role.stats(),
    queryFn: ({ signal }) => apiRequest({ path: '/role/stats', schema: RoleStatsSchema, signal }),
    staleTime: 0,
  });
