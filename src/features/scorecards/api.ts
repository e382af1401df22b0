import { queryOptions } from '@tanstack/react-query';
import { CandidateScorecardsSchema, InterviewDetailSchema, MyInterviewListSchema } from '../../domain';
import { apiRequest } from '../../lib/api-client';

/**
 * Queries (writes are in mutations.ts, loaded with the form: the navigation's count needs only these).
 *
 * Query keys, general to specific: invalidating `all` refreshes my interviews, every interview and every
 * candidate's scorecards. (The review feature reads `candidate(id)` with the same fetcher: compose, never
 * import.)
 */
export const scorecardKeys = {
  all: ['scorecards'] as const,
  mine: () => [...scorecardKeys.all, 'mine'] as const,
  interview: (id: string) => [...scorecardKeys.all, 'interview', id] as const,
  candidate: (id: string) => [...scorecardKeys.all, 'candidate', id] as const,
};

export const interviewPath = (id: string) => `/interviews/${encodeURIComponent(id)}`;

/** The signed-in person's interviews, with how far each scorecard is. */
export const myInterviewsQueryOptions = () =>
  queryOptions({
    queryKey: scorecardKeys.mine(),
    queryFn: async ({ signal }) => (await apiRequest({ path: '/me/interviews', schema: MyInterviewListSchema, signal })).items,
  });

/** One of my interviews, with my scorecard (null before the first save). Others' interviews are 404. */
export const interviewQueryOptions = (id: string) =>
  queryOptions({
    queryKey: scorecardKeys.interview(id),
    queryFn: ({ signal }) => apiRequest({ path: interviewPath(id), schema: InterviewDetailSchema, signal }),
  });

/** A candidate's interviews and the scorecards the caller may read (blind review decided by the API). */
export const candidateScorecardsQueryOptions = (candidateId: string) =>
  queryOptions({
    queryKey: scorecardKeys.candidate(candidateId),
    queryFn: ({ signal }) =>
      apiRequest({ path: `/candidates/${encodeURIComponent(candidateId)}/scorecards`, schema: CandidateScorecardsSchema, signal }),
  });

