import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { type Candidate, CandidateSchema, MoveResultSchema, type QualificationId, type Stage } from '../../domain';
import { apiRequest } from '../../lib/api-client';
import { retryLostWrites } from '../../lib/query-client';
import { CANDIDATES_KEY, candidateDetailKey, candidatePath, reviewKeys } from './api';

/** The hiring manager's decisions (loaded with the review page; the navigation needs only the queue). */

/** After a decision (or its undo): the board, the candidate's page and the queue are out of date. */
function refreshAfterDecision(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: CANDIDATES_KEY });
  void queryClient.invalidateQueries({ queryKey: reviewKeys.all });
}

export interface MoveVariables {
  candidateId: string;
  toStage: Stage;
  /** The candidate's version the decision was made on. */
  version: number;
  /** One per decision; reused when a lost answer is retried. */
  idempotencyKey: string;
}

/** Advance to Offer (or, to undo, back to Onsite): a move with If-Match and an idempotency key. */
export function useMoveDecision() {
  const queryClient = useQueryClient();
  return useMutation({
    ...retryLostWrites,
    mutationFn: ({ candidateId, toStage, version, idempotencyKey }: MoveVariables) =>
      apiRequest({ path: `${candidatePath(candidateId)}/moves`, method: 'POST', body: { toStage }, version, idempotencyKey, schema: MoveResultSchema }),
    onSettled: () => refreshAfterDecision(queryClient),
  });
}

export type StatusVariables = {
  candidateId: string;
  version: number;
  idempotencyKey: string;
} & (
  | { action: 'reject'; reason: string; note: string; unmetQualifications: QualificationId[] }
  | { action: 'restore' }
);

/** Reject with a reason (or, to undo, restore): a status change with If-Match and an idempotency key. */
export function useStatusDecision() {
  const queryClient = useQueryClient();
  return useMutation({
    ...retryLostWrites,
    mutationFn: ({ candidateId, version, idempotencyKey, ...action }: StatusVariables) =>
      apiRequest({ path: `${candidatePath(candidateId)}/status`, method: 'POST', body: action, version, idempotencyKey, schema: CandidateSchema }),
    onSuccess: (candidate: Candidate) => {
      queryClient.setQueryData<Candidate>(candidateDetailKey(candidate.id), (cached) => (cached && cached.version > candidate.version ? cached : candidate));
    },
    onSettled: () => refreshAfterDecision(queryClient),
  });
}
