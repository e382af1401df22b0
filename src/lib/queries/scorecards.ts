import { queryOptions } from '@tanstack/react-query';
import { CandidateScorecardsSchema, InterviewDetailSchema } from '../../domain';
import { apiRequest } from '../api-client';
import { candidatePath, interviewPath, queryKeys } from './keys';

const keys = queryKeys.scorecards;

/** One of my interviews, with my scorecard (null before the first save). Others' interviews are 404. */
export const interviewQueryOptions = (id: string) =>
  queryOptions({
    queryKey: keys.interview(id),
    queryFn: ({ signal }) => apiRequest({ path: interviewPath(id), schema: InterviewDetailSchema, signal }),
  });

/** A candidate's interviews and the scorecards the caller may read (blind review decided by the API). */
export const candidateScorecardsQueryOptions = (candidateId: string) =>
  queryOptions({
    queryKey: keys.candidate(candidateId),
    queryFn: ({ signal }) => apiRequest({ path: `${candidatePath(candidateId)}/scorecards`, schema: CandidateScorecardsSchema, signal }),
  });
