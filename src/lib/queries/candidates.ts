import { queryOptions } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { ActivityEntrySchema, CandidateSchema, EmailLookupSchema } from '../../domain';
import { apiRequest } from '../api-client';
import { candidatePath, queryKeys } from './keys';

const keys = queryKeys.candidates;

export const ActivityListSchema = z.object({ items: z.array(ActivityEntrySchema) });

/** The whole record of one candidate (contact details only for those who may see them). */
export const candidateQueryOptions = (id: string) =>
  queryOptions({
    queryKey: keys.detail(id),
    queryFn: ({ signal }) => apiRequest({ path: candidatePath(id), schema: CandidateSchema, signal }),
  });

/** The candidate's log, newest first. */
export const activityQueryOptions = (id: string) =>
  queryOptions({
    queryKey: keys.activity(id),
    queryFn: async ({ signal }) => (await apiRequest({ path: `${candidatePath(id)}/activity`, schema: ActivityListSchema, signal })).items,
  });

/** Who already has this email address (for the add form's duplicate warning). */
export const emailLookupQueryOptions = (email: string) =>
  queryOptions({
    queryKey: keys.lookup(email),
    queryFn: async ({ signal }) =>
      (await apiRequest({ path: `/candidates/lookup?email=${encodeURIComponent(email)}`, schema: EmailLookupSchema, signal })).match,
    staleTime: 30_000,
  });
