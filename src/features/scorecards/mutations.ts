import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { announce } from '../../components/LiveAnnouncer';
import { showToast } from '../../components/toast/toast-store';
import { type InterviewDetail, type Scorecard, type ScorecardContent, ScorecardSchema } from '../../domain';
import { apiRequest } from '../../lib/api-client';
import { retryLostWrites } from '../../lib/query-client';
import { interviewPath, scorecardKeys } from './api';

/** Keys other features own, refreshed after a submission (their summaries count scorecards). */
const CANDIDATES_KEY = ['candidates'] as const;
const REVIEW_KEY = ['review'] as const;

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
  queryClient.setQueryData<InterviewDetail>(scorecardKeys.interview(scorecard.interviewId), (detail) => {
    if (!detail) return detail;
    if (detail.scorecard && detail.scorecard.version > scorecard.version) return detail;
    return { ...detail, scorecard };
  });
}

/** After a scorecard changed status (created, submitted): lists and summaries that count scorecards. */
export function refreshAfterProgress(queryClient: QueryClient, candidateId: string, submitted: boolean): void {
  void queryClient.invalidateQueries({ queryKey: scorecardKeys.mine() });
  void queryClient.invalidateQueries({ queryKey: scorecardKeys.candidate(candidateId) });
  if (!submitted) return;
  void queryClient.invalidateQueries({ queryKey: CANDIDATES_KEY });
  void queryClient.invalidateQueries({ queryKey: REVIEW_KEY });
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
      refreshAfterProgress(queryClient, candidate.id, true);
      showToast({ tone: 'success', title: 'Scorecard submitted', description: `Your scorecard for ${candidate.name} is in. It is final.` });
      announce(`Scorecard for ${candidate.name} submitted. It is final.`);
    },
  });
}
