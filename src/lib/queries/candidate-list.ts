import { queryOptions } from '@tanstack/react-query';
import { CandidateListSchema } from '../../domain';
import { apiRequest } from '../api-client';
import { queryKeys } from './keys';

/**
 * Every candidate the viewer may see, as compact summaries; the board filters them in the browser.
 * (A module of its own: the board's first load needs this one, the rest of `candidates.ts` loads later.)
 */
export const boardQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.candidates.list(),
    queryFn: ({ signal }) => apiRequest({ path: '/candidates', schema: CandidateListSchema, signal }),
  });
