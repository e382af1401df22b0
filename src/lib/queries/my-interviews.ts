import { queryOptions } from '@tanstack/react-query';
import { MyInterviewListSchema } from '../../domain';
import { apiRequest } from '../api-client';
import { queryKeys } from './keys';

/**
 * The signed-in person's interviews, with how far each scorecard is. (A module of its own: the
 * navigation's count, on every page, needs this one; the rest of `scorecards.ts` loads later.)
 */
export const myInterviewsQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.scorecards.mine(),
    queryFn: async ({ signal }) => (await apiRequest({ path: '/me/interviews', schema: MyInterviewListSchema, signal })).items,
  });
