import { queryOptions } from '@tanstack/react-query';
import { RoleSchema, RoleStatsSchema } from '../../domain';
import { apiRequest } from '../../lib/api-client';

export const roleKeys = {
  all: ['role'] as const,
  detail: () => [...roleKeys.all, 'detail'] as const,
  stats: () => [...roleKeys.all, 'stats'] as const,
};

/** The job itself: it changes rarely. */
export const roleQueryOptions = () =>
  queryOptions({
    queryKey: roleKeys.detail(),
    queryFn: ({ signal }) => apiRequest({ path: '/role', schema: RoleSchema, signal }),
    staleTime: 5 * 60_000,
  });

/** How many active candidates meet each qualification: fetched fresh each time the page opens. */
export const roleStatsQueryOptions = () =>
  queryOptions({
    queryKey: roleKeys.stats(),
    queryFn: ({ signal }) => apiRequest({ path: '/role/stats', schema: RoleStatsSchema, signal }),
    staleTime: 0,
  });
