import { type QueryClient, type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { type InterviewDetail, type Scorecard, type ScorecardContent, ScorecardSchema } from '../../domain';
import { apiRequest } from '../../lib/api-client';
import { notify } from '../../lib/notify';
import { interviewPath, queryKeys } from '../../lib/queries/keys';
import { invalidateAfterWrite, retryLostWrites } from '../../lib/query-client';

const { scorecards } = queryKeys;

/** Autosave of a draft: creates it without a version, then updates it with If-Match. */
export function saveDraft(interviewId: string, content: ScorecardContent, version: number | null): Promise<Scorecard> {
  return apiRequest({
    path: `${interviewPath(interviewId)}/scorecard`,
    method: 'PUT',
    body: content,
    version: version ?? undefined,
    schema: ScorecardSchema,
  });
}

/** Stores a scorecard the server returned in its interview's cache entry (never an older one). */
export function storeScorecard(queryClient: QueryClient, scorecard: Scorecard): void {
  queryClient.setQueryData<InterviewDetail>(scorecards.interview(scorecard.interviewId), (detail) => {
    if (!detail) return detail;
    if (detail.scorecard && detail.scorecard.version > scorecard.version) return detail;
    return { ...detail, scorecard };
  });
}

/**
 * What a scorecard changing status (created, submitted) makes stale: my interviews and the candidate's
 * scorecards; once submitted, also every count of scorecards (the board's tallies, the review queue).
 */
function staleAfterProgress(candidateId: string, submitted: boolean): QueryKey[] {
  const keys: QueryKey[] = [scorecards.mine(), scorecards.candidate(candidateId)];
  if (submitted) keys.push(queryKeys.candidates.all, queryKeys.review.all);
  return keys;
}

/** For the autosave, which is not a mutation: the same keys a submission declares in its `meta`, the same path. */
export function refreshAfterProgress(queryClient: QueryClient, candidateId: string, submitted: boolean): void {
  void invalidateAfterWrite(queryClient, staleAfterProgress(candidateId, submitted));
}

export interface SubmitVariables {
  content: ScorecardContent;
  /** The draft's version, when there is one (If-Match). */
  version: number | null;
  /** Generated once per "Submit" and reused on retries: the server applies it once. */
  idempotencyKey: string;
}

/**
 * Final submission. A lost answer is retried with the same key; the form handles 412/422/409. Success is
 * handled here, not in the form: storing the submitted scorecard swaps the form for its read-only view.
 */
export function useSubmitScorecard(interviewId: string, candidate: { id: string; name: string }) {
  const queryClient = useQueryClient();
  return useMutation<Scorecard, Error, SubmitVariables>({
    ...retryLostWrites,
    mutationFn: ({ content, version, idempotencyKey }) =>
      apiRequest({
        path: `${interviewPath(interviewId)}/scorecard/submit`,
        method: 'POST',
        body: content,
        version: version ?? undefined,
        idempotencyKey,
        schema: ScorecardSchema,
      }),
    onSuccess: (scorecard) => {
      storeScorecard(queryClient, scorecard);
      notify({
        tone: 'success',
        title: 'Scorecard submitted',
        description: `Your scorecard for ${candidate.name} is in. It is final.`,
        spoken: `Scorecard for ${candidate.name} submitted. It is final.`,
      });
    },
    meta: { invalidates: (_variables, error) => (error ? [] : staleAfterProgress(candidate.id, true)) },
  });
}
