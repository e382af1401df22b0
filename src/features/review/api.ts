import { queryOptions } from '@tanstack/react-query';
import { CandidateSchema, CandidateScorecardsSchema, ReviewQueueSchema } from '../../domain';
import { apiRequest } from '../../lib/api-client';

/**
 * Keys. The queue is this feature's own; a candidate's record and scorecards use the same keys and fetchers
 * as the candidates and scorecards features (one cache entry each, refreshed by anyone's invalidation).
 * Features never import each other, so the shapes are repeated here.
 */
export const reviewKeys = {
  all: ['review'] as const,
  queue: () => [...reviewKeys.all, 'queue'] as const,
};
export const CANDIDATES_KEY = ['candidates'] as const;
export const candidateDetailKey = (id: string) => [...CANDIDATES_KEY, 'detail', id] as const;
const candidateScorecardsKey = (id: string) => ['scorecards', 'candidate', id] as const;

export const candidatePath = (id: string) => `/candidates/${encodeURIComponent(id)}`;

/** Candidates waiting for a decision, longest waiting first (hiring manager and recruiters; 403 otherwise). */
export const reviewQueueQueryOptions = () =>
  queryOptions({
    queryKey: reviewKeys.queue(),
    queryFn: async ({ signal }) => (await apiRequest({ path: '/review/queue', schema: ReviewQueueSchema, signal })).items,
  });

/** The candidate's record: stage, status and the version a decision is based on (If-Match). */
export const reviewCandidateQueryOptions = (id: string) =>
  queryOptions({
    queryKey: candidateDetailKey(id),
    queryFn: ({ signal }) => apiRequest({ path: candidatePath(id), schema: CandidateSchema, signal }),
  });

/** Every scorecard of the candidate the caller may read (all submitted ones, for the hiring team). */
export const reviewScorecardsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: candidateScorecardsKey(id),
    queryFn: ({ signal }) => apiRequest({ path: `${candidatePath(id)}/scorecards`, schema: CandidateScorecardsSchema, signal }),
  });

