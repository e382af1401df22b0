import { queryOptions } from '@tanstack/react-query';
import { ReviewQueueSchema } from '../../domain';
import { apiRequest } from '../api-client';
import { queryKeys } from './keys';

/** Candidates waiting for a decision, longest waiting first (hiring manager and recruiters; 403 otherwise). */
export const reviewQueueQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.review.queue(),
    queryFn: async ({ signal }) => (await apiRequest({ path: '/review/queue', schema: ReviewQueueSchema, signal })).items,
  });
