import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import {
  type ActivityEntry,
  ActivityEntrySchema,
  type Assessment,
  type AssessmentUpdate,
  type Candidate,
  type CandidateDraft,
  CandidateSchema,
  EmailLookupSchema,
  type QualificationId,
  type StatusAction,
} from '../../domain';
import { apiRequest } from '../../lib/api-client';
import { isApiError, NetworkError } from '../../lib/api-errors';
import { retryLostWrites } from '../../lib/query-client';
import { AssessmentConflictError, newerCandidate, nextStep } from './assessment-save';

/**
 * Query keys, general to specific. The same shape as the pipeline's keys (it owns `list`; compose, never
 * import): invalidating `detail(id)` also refreshes that candidate's activity, which is what the board's
 * moves rely on.
 */
export const candidateKeys = {
  all: ['candidates'] as const,
  list: () => [...candidateKeys.all, 'list'] as const,
  detail: (id: string) => [...candidateKeys.all, 'detail', id] as const,
  activity: (id: string) => [...candidateKeys.detail(id), 'activity'] as const,
  lookup: (email: string) => [...candidateKeys.all, 'lookup', email] as const,
};

const path = (id: string) => `/candidates/${encodeURIComponent(id)}`;

export const ActivityListSchema = z.object({ items: z.array(ActivityEntrySchema) });

/** The whole record of one candidate (contact details only for those who may see them). */
export const candidateQueryOptions = (id: string) =>
  queryOptions({
    queryKey: candidateKeys.detail(id),
    queryFn: ({ signal }) => apiRequest({ path: path(id), schema: CandidateSchema, signal }),
  });

/** The candidate's log, newest first. */
export const activityQueryOptions = (id: string) =>
  queryOptions({
    queryKey: candidateKeys.activity(id),
    queryFn: async ({ signal }) => (await apiRequest({ path: `${path(id)}/activity`, schema: ActivityListSchema, signal })).items,
  });

/** Who already has this email address (for the add form's duplicate warning). */
export const emailLookupQueryOptions = (email: string) =>
  queryOptions({
    queryKey: candidateKeys.lookup(email),
    queryFn: async ({ signal }) =>
      (await apiRequest({ path: `/candidates/lookup?email=${encodeURIComponent(email)}`, schema: EmailLookupSchema, signal })).match,
    staleTime: 30_000,
  });

export function useEmailLookup(email: string | null) {
  return useQuery({ ...emailLookupQueryOptions(email ?? ''), enabled: email !== null });
}

/** Stores a candidate the server just returned, unless the cache already holds a newer version. */
function storeCandidate(queryClient: QueryClient, candidate: Candidate): void {
  queryClient.setQueryData<Candidate>(candidateKeys.detail(candidate.id), (cached) => newerCandidate(cached, candidate));
}

/** After a change to a candidate: their log and the board's summaries are out of date. */
function refreshAround(queryClient: QueryClient, id: string): void {
  void queryClient.invalidateQueries({ queryKey: candidateKeys.activity(id) });
  void queryClient.invalidateQueries({ queryKey: candidateKeys.list() });
}

function currentFrom412(error: unknown): Candidate | null {
  if (!isApiError(error, 412)) return null;
  const parsed = CandidateSchema.safeParse(error.problem.current);
  return parsed.success ? parsed.data : null;
}

export interface SaveAssessmentVariables {
  qualificationId: QualificationId;
  update: AssessmentUpdate;
  /** The assessment as the person saw it when they started editing. */
  base: Assessment;
}

/** A lost answer or a version race is retried a few times; a real conflict goes back to the person. */
const MAX_RESENDS = 3;

/**
 * Saves one qualification's assessment with the candidate's version (If-Match). A 412 caused by a change
 * elsewhere on the candidate is re-sent on top of the new version; a change to this same qualification
 * throws AssessmentConflictError with the other person's value, and nothing is overwritten.
 */
export function useSaveAssessment(candidateId: string) {
  const queryClient = useQueryClient();
  return useMutation<Candidate, Error, SaveAssessmentVariables>({
    // PUT with If-Match is safe to repeat: a lost answer comes back as a 412 that already holds our value.
    retry: (failureCount, error) => error instanceof NetworkError && failureCount < 2,
    retryDelay: retryLostWrites.retryDelay,
    mutationFn: async ({ qualificationId, update, base }) => {
      const cached = queryClient.getQueryData<Candidate>(candidateKeys.detail(candidateId));
      if (!cached) throw new Error('This candidate is not loaded yet. Try again in a moment.');
      // The page may have refreshed while the person typed: check before sending, not only after a 412.
      const step = nextStep(cached.assessments[qualificationId], base, update);
      if (step === 'applied') return cached;
      if (step === 'conflict') throw new AssessmentConflictError(cached, qualificationId);
      let version = cached.version;
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await apiRequest({
            path: `${path(candidateId)}/assessments/${encodeURIComponent(qualificationId)}`,
            method: 'PUT',
            body: update,
            version,
            schema: CandidateSchema,
          });
        } catch (error) {
          const current = currentFrom412(error);
          if (!current) throw error;
          storeCandidate(queryClient, current);
          const next = nextStep(current.assessments[qualificationId], base, update);
          if (next === 'applied') return current;
          if (next === 'conflict' || attempt >= MAX_RESENDS) throw new AssessmentConflictError(current, qualificationId);
          version = current.version; // someone changed another part of the candidate: nothing to overwrite
        }
      }
    },
    onSuccess: (candidate) => storeCandidate(queryClient, candidate),
    onSettled: () => refreshAround(queryClient, candidateId),
  });
}

export interface StatusChangeVariables {
  action: StatusAction;
  idempotencyKey: string;
}

/** Reject, withdraw, restore or hire: If-Match with the version on screen, and an idempotency key. */
export function useChangeStatus(candidateId: string) {
  const queryClient = useQueryClient();
  return useMutation<Candidate, Error, StatusChangeVariables>({
    ...retryLostWrites,
    mutationFn: ({ action, idempotencyKey }) =>
      apiRequest({
        path: `${path(candidateId)}/status`,
        method: 'POST',
        body: action,
        version: queryClient.getQueryData<Candidate>(candidateKeys.detail(candidateId))?.version,
        idempotencyKey,
        schema: CandidateSchema,
      }),
    onSuccess: (candidate) => storeCandidate(queryClient, candidate),
    onError: (error) => {
      // Show what the candidate is now, so the person decides again on the truth.
      const current = currentFrom412(error);
      if (current) storeCandidate(queryClient, current);
      // A refusal (422: e.g. someone already rejected them) means the page is out of date too.
      else if (isApiError(error)) void queryClient.invalidateQueries({ queryKey: candidateKeys.detail(candidateId) });
    },
    onSettled: () => refreshAround(queryClient, candidateId),
  });
}

export interface AddNoteVariables {
  text: string;
  idempotencyKey: string;
}

export function useAddNote(candidateId: string) {
  const queryClient = useQueryClient();
  return useMutation<ActivityEntry, Error, AddNoteVariables>({
    ...retryLostWrites,
    mutationFn: ({ text, idempotencyKey }) =>
      apiRequest({ path: `${path(candidateId)}/notes`, method: 'POST', body: { text }, idempotencyKey, schema: ActivityEntrySchema }),
    onSuccess: (entry) => {
      queryClient.setQueryData<ActivityEntry[]>(candidateKeys.activity(candidateId), (items) =>
        items && !items.some((item) => item.id === entry.id) ? [entry, ...items] : items,
      );
      void queryClient.invalidateQueries({ queryKey: candidateKeys.activity(candidateId) });
    },
  });
}

export interface CreateCandidateVariables {
  draft: CandidateDraft;
  idempotencyKey: string;
}

export function useCreateCandidate() {
  const queryClient = useQueryClient();
  return useMutation<Candidate, Error, CreateCandidateVariables>({
    ...retryLostWrites,
    mutationFn: ({ draft, idempotencyKey }) =>
      apiRequest({ path: '/candidates', method: 'POST', body: draft, idempotencyKey, schema: CandidateSchema }),
    onSuccess: (candidate) => {
      queryClient.setQueryData(candidateKeys.detail(candidate.id), candidate);
      void queryClient.invalidateQueries({ queryKey: candidateKeys.list() });
      queryClient.removeQueries({ queryKey: [...candidateKeys.all, 'lookup'] });
    },
  });
}
