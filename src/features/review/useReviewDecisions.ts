import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { announce } from '../../components/LiveAnnouncer';
import { type Candidate, decideMove, decideStatusChange, StatusActionSchema, type User } from '../../domain';
import { newIdempotencyKey } from '../../lib/api-client';
import { useMoveCandidate } from '../../lib/writes/moves';
import { statusFailureInForm, useChangeStatus } from '../../lib/writes/status';
import { afterDecision } from './agreement';
import { REVIEW_MOVES, REVIEW_STATUS } from './decisions';
import type { RejectDecision } from './RejectDialog';

interface ReviewDecisionsInput {
  viewer: User;
  candidateId: string;
  /** The record shown (undefined while loading). */
  candidate: Candidate | undefined;
  /** The queue's candidate ids as shown: where to go once this one is decided. */
  queueIds: readonly string[];
  /** Why they are not waiting for a decision yet (`advanceGaps`), undefined while the scorecards load. */
  gaps: readonly string[] | undefined;
}

/**
 * The hiring manager's decision on the review page: advance to Offer, or reject with a reason (in the
 * reject dialog, whose state lives here). Each success offers an Undo in a toast and moves on to the
 * next candidate waiting. The writes are the shared ones: they tell every outcome (with REVIEW_MOVES' and
 * REVIEW_STATUS' words), refresh what a decision changes, and run the Undo, which outlives the page.
 */
export function useReviewDecisions({ viewer, candidateId, candidate, queueIds, gaps }: ReviewDecisionsInput) {
  const navigate = useNavigate();
  const move = useMoveCandidate(REVIEW_MOVES);
  const status = useChangeStatus(REVIEW_STATUS);
  const [rejecting, setRejecting] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [rejectError, setRejectError] = useState<string | null>(null);
  // One key per decision, reused if the same decision is retried (a lost answer).
  const decisionKey = useRef<{ what: string; key: string } | null>(null);

  const keyFor = (what: string) => {
    if (decisionKey.current?.what !== what) decisionKey.current = { what, key: newIdempotencyKey() };
    return decisionKey.current.key;
  };

  const moveOn = (snapshot: readonly string[]) => {
    const target = afterDecision(snapshot, candidateId);
    if (target && target !== candidateId) void navigate(`/review/${encodeURIComponent(target)}`);
    else void navigate('/review');
  };

  // Someone not in the queue yet (a scorecard missing, not in Onsite) is advanced only once confirmed.
  const advance = (confirmed = false) => {
    if (!candidate || !gaps || move.isPending || status.isPending) return;
    const decision = decideMove(viewer.role, candidate, 'offer');
    if (!decision.allowed) {
      announce(viewer.role === 'hiring_manager' ? decision.reason : 'Only the hiring manager decides.', { assertive: true });
      return;
    }
    setConfirming(!confirmed && gaps.length > 0);
    if (!confirmed && gaps.length > 0) return;
    const snapshot = queueIds;
    move.mutate(
      { candidateId, toStage: 'offer', idempotencyKey: keyFor(`offer:${candidateId}:${candidate.version}`) },
      {
        onSuccess: () => {
          decisionKey.current = null;
          moveOn(snapshot);
        },
      },
    );
  };

  const openReject = () => {
    if (!candidate) return;
    const decision = decideStatusChange(viewer.role, candidate, 'reject');
    if (viewer.role !== 'hiring_manager' || !decision.allowed) {
      announce(viewer.role === 'hiring_manager' && !decision.allowed ? decision.reason : 'Only the hiring manager decides.', { assertive: true });
      return;
    }
    setRejectError(null);
    setRejecting(true);
  };

  const reject = (decision: RejectDecision) => {
    if (!candidate) return;
    const snapshot = queueIds;
    const name = candidate.name;
    // The dialog has checked it with the same schema: this only gives it the contract's type.
    const parsed = StatusActionSchema.safeParse({ action: 'reject', ...decision });
    if (!parsed.success) return;
    const action = parsed.data;
    status.mutate(
      { candidateId, action, idempotencyKey: keyFor(JSON.stringify([candidateId, candidate.version, action])) },
      {
        onSuccess: () => {
          decisionKey.current = null;
          setRejecting(false);
          moveOn(snapshot);
        },
        // The dialog stays open with what was entered; after a 412 the page behind shows the fresh state.
        onError: (error) => setRejectError(statusFailureInForm(error, name, 'reject')),
      },
    );
  };

  return {
    advance: () => advance(),
    confirmAdvance: () => advance(true),
    confirming,
    closeConfirm: () => setConfirming(false),
    openReject,
    reject,
    closeReject: () => setRejecting(false),
    rejecting,
    rejectError,
    rejectPending: status.isPending,
    busy: move.isPending || status.isPending,
  };
}
