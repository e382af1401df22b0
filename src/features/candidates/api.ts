import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type ActivityEntry,
  ActivityEntrySchema,
  type Assessment,
  type AssessmentUpdate,
  type Candidate,
  type CandidateDraft,
  type CandidateRef,
  CandidateSchema,
  DuplicateCandidateProblemSchema,
  type QualificationId,
} from '../../domain';
import { apiRequest } from '../../lib/api-client';
import { isApiError, NetworkError } from '../../lib/api-errors';
import { notify } from '../../lib/notify';
import { emailLookupQueryOptions } from '../../lib/queries/candidates';
import { candidatePath, queryKeys } from '../../lib/queries/keys';
import { retryLostWrites } from '../../lib/query-client';
import { cachedCandidate, storeCandidate } from '../../lib/writes/candidate-cache';
import { currentFrom } from '../../lib/writes/failure';
import { AssessmentConflictError, nextStep } from './assessment-save';

/**
 * This feature's writes (queries are in `lib/queries`; moves and status changes, shared with other
 * screens, in `lib/writes`). Each declares what it makes stale in `meta.invalidates`.
 */

const keys = queryKeys.candidates;

export function useEmailLookup(email: string | null) {
  return useQuery({ ...emailLookupQueryOptions(email ?? ''), enabled: email !== null });
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
 *
 * The version is the cached record's, not the newest of record and board summary as other writes use:
 * whether to send at all is decided on the record's content, so the version must be that content's.
 */
export function useSaveAssessment(candidateId: string) {
  const queryClient = useQueryClient();
  return useMutation<Candidate, Error, SaveAssessmentVariables>({
    // PUT with If-Match is safe to repeat: a lost answer comes back as a 412 that already holds our value.
    retry: (failureCount, error) => error instanceof NetworkError && failureCount < 2,
    retryDelay: retryLostWrites.retryDelay,
    mutationFn: async ({ qualificationId, update, base }) => {
      const cached = cachedCandidate(queryClient, candidateId);
      if (!cached) throw new Error('This candidate is not loaded yet. Try again in a moment.');
      // The page may have refreshed while the person typed: check before sending, not only after a 412.
      const step = nextStep(cached.assessments[qualificationId], base, update);
      if (step === 'applied') return cached;
      if (step === 'conflict') throw new AssessmentConflictError(cached, qualificationId);
      let version = cached.version;
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await apiRequest({
            path: `${candidatePath(candidateId)}/assessments/${encodeURIComponent(qualificationId)}`,
            method: 'PUT',
            body: update,
            version,
            schema: CandidateSchema,
          });
        } catch (error) {
          const current = currentFrom(error, CandidateSchema);
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
    meta: { invalidates: () => [keys.activity(candidateId), keys.list(), queryKeys.role.stats()] },
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
      apiRequest({ path: `${candidatePath(candidateId)}/notes`, method: 'POST', body: { text }, idempotencyKey, schema: ActivityEntrySchema }),
    // Shown at once; the refetch that follows brings anything added meanwhile.
    onSuccess: (entry) => {
      queryClient.setQueryData<ActivityEntry[]>(keys.activity(candidateId), (items) =>
        items && !items.some((item) => item.id === entry.id) ? [entry, ...items] : items,
      );
    },
    meta: { invalidates: () => [keys.activity(candidateId)] },
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
      notify({ tone: 'success', title: `Added ${candidate.name} to Applied.` });
      queryClient.setQueryData(keys.detail(candidate.id), candidate);
      // Every "who has this email" answer may now be wrong: drop them rather than show a stale one.
      queryClient.removeQueries({ queryKey: keys.lookups() });
    },
    meta: { invalidates: (_variables, error) => (error ? [] : [keys.list(), queryKeys.role.stats()]) },
  });
}

/** Who already has the email address, from a 409 answer to `useCreateCandidate` (parsed by the contract). */
export function existingCandidateOf(error: unknown): CandidateRef | null {
  if (!isApiError(error, 409)) return null;
  const parsed = DuplicateCandidateProblemSchema.safeParse(error.problem);
  return parsed.success ? parsed.data.existing : null;
}

