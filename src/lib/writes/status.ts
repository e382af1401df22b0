import { mutationOptions, type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { type Candidate, CandidateSchema, type CandidateStatus, type Stage, type StatusAction, type StatusActionKind, STAGE_LABELS } from '../../domain';
import { apiRequest, newIdempotencyKey } from '../api-client';
import { describeError, isApiError } from '../api-errors';
import { type Notice, notify, undoSoon } from '../notify';
import { candidatePath, queryKeys } from '../queries/keys';
import { retryLostWrites } from '../query-client';
import { baseVersion, latestCandidate, storeCandidate } from './candidate-cache';
import { runDetached } from './detached';
import { currentFrom, describeWriteFailure, type FailureWording } from './failure';

/** `POST /candidates/:id/status`: reject, withdraw, restore or hire, for every screen. */

export interface StatusChangeVariables {
  candidateId: string;
  action: StatusAction;
  /** One per user intent (`useIdempotencyKey` in forms), reused by the retry of a lost answer. */
  idempotencyKey: string;
  /** Set by the write path on the restore an Undo sends. */
  isUndo?: boolean;
}

/** What differs between the screens that change a status: their words, and whether a form shows failures. */
export interface StatusWording {
  /** Told once the server confirms. Default: `statusOutcome`. */
  done?: (candidate: Candidate, action: StatusAction) => Omit<Notice, 'action'>;
  /** When given, a rejection or withdrawal offers Undo (a restore), told with this once confirmed. */
  undone?: (candidate: Candidate) => Omit<Notice, 'action'>;
  /** The title when an Undo fails. Default: as any failed restore. */
  undoFailed?: (name: string) => string;
  /** Key hint on the Undo button, and Ctrl+Z from the moment the change is sent (the review page's). */
  undoShortcut?: string;
  /** Said after the reason of a failure, e.g. "Nothing was changed." */
  after?: string;
  /**
   * The screen keeps its form open and shows a failure there, with what was typed (a dialog): no toast.
   * An Undo's failure is always told.
   */
  failuresInline?: boolean;
}

/** What a status change did, in one sentence (the default notice). */
export function statusOutcome(candidate: Candidate, action: StatusAction): string {
  switch (action.action) {
    case 'reject':
      return `Rejected ${candidate.name}: ${action.reason}.`;
    case 'withdraw':
      return `Marked ${candidate.name} withdrawn: ${action.reason}.`;
    case 'hire':
      return `Marked ${candidate.name} hired.`;
    case 'restore':
      return `Restored ${candidate.name} to ${STAGE_LABELS[candidate.stage]}.`;
  }
}

const ATTEMPTS: Record<StatusActionKind, [attempt: string, failed: (name: string) => string]> = {
  reject: ['Your rejection', (name) => `Could not reject ${name}`],
  withdraw: ['Marking them withdrawn', (name) => `Could not mark ${name} withdrawn`],
  hire: ['Marking them hired', (name) => `Could not mark ${name} hired`],
  restore: ['Restoring them', (name) => `Could not restore ${name}`],
};

/** The shared failure wording of a status change. */
export function statusFailureWording(name: string, action: StatusActionKind): FailureWording {
  const [attempt, failed] = ATTEMPTS[action];
  return { name, attempt, failed: failed(name) };
}

/**
 * A failed status change as a form that stays open shows it (`failuresInline`): what was entered is kept
 * there. `now` is the candidate's state after a 412 (by default, the server's, from the answer).
 */
export function statusFailureInForm(
  error: unknown,
  name: string,
  action: StatusActionKind,
  now: { stage: Stage; status: CandidateStatus } | null = currentFrom(error, CandidateSchema),
): string {
  if (!isApiError(error, 412)) return `Nothing was changed: ${describeError(error)} What you entered is kept; try again.`;
  const next = 'What you entered is kept: check, then confirm again.';
  const { title, description } = describeWriteFailure(error, { ...statusFailureWording(name, action), next }, now);
  return `${title}. ${description}`;
}

function statusMutation(queryClient: QueryClient, wording: StatusWording) {
  const options = mutationOptions<Candidate, Error, StatusChangeVariables, { wanted?: boolean }>({
    ...retryLostWrites,
    mutationFn: ({ candidateId, action, idempotencyKey }) =>
      apiRequest({
        path: `${candidatePath(candidateId)}/status`,
        method: 'POST',
        body: action,
        version: baseVersion(queryClient, candidateId),
        idempotencyKey,
        schema: CandidateSchema,
      }),

    // Ctrl+Z may ask for the Undo before the server answers (`undoSoon`).
    onMutate: ({ isUndo }) => {
      const intent = {};
      if (wording.undoShortcut && !isUndo) undoSoon.add(intent);
      return intent;
    },

    onSuccess: (candidate, { action, isUndo }, intent) => {
      storeCandidate(queryClient, candidate);
      undoSoon.delete(intent);
      if (isUndo && wording.undone) {
        notify({ ...wording.undone(candidate), subject: candidate.id });
        return;
      }
      const notice = wording.done?.(candidate, action) ?? { tone: 'success', title: statusOutcome(candidate, action) };
      const undoable = !isUndo && wording.undone && (action.action === 'reject' || action.action === 'withdraw');
      if (!undoable) {
        notify({ ...notice, subject: candidate.id });
        return;
      }
      // The Undo (a restore) is a new intent with its own key, run by the write path: it outlives the screen.
      const undo = () =>
        runDetached(queryClient, options, { candidateId: candidate.id, action: { action: 'restore' }, idempotencyKey: newIdempotencyKey(), isUndo: true });
      if (intent.wanted) undo();
      else notify({ ...notice, subject: candidate.id, action: { label: 'Undo', shortcut: wording.undoShortcut, run: undo } });
    },

    onError: (error, { candidateId, action, isUndo }, intent) => {
      if (intent) undoSoon.delete(intent);
      // Show what the candidate is now, so the person decides again on the truth.
      const current = currentFrom(error, CandidateSchema);
      if (current) storeCandidate(queryClient, current);
      if (wording.failuresInline && !isUndo) return;
      const name = latestCandidate(queryClient, candidateId)?.name ?? 'This candidate';
      const base = statusFailureWording(name, action.action);
      const failed = isUndo && wording.undoFailed ? wording.undoFailed(name) : base.failed;
      notify({ tone: 'error', ...describeWriteFailure(error, { ...base, failed, after: wording.after }, current), subject: candidateId });
    },

    meta: {
      // Their log, the board's summary, the queue and the role's counts change; after a refusal, their
      // record too (someone else decided first).
      invalidates: ({ candidateId }: StatusChangeVariables, error) => [
        error ? queryKeys.candidates.detail(candidateId) : queryKeys.candidates.activity(candidateId),
        queryKeys.candidates.list(),
        queryKeys.review.all,
        queryKeys.role.stats(),
      ],
    },
  });
  return options;
}

/**
 * The one hook for status changes. If-Match from the cache, the 412's fresh state into the cache, the
 * outcome told through `notify` (default wording: `statusOutcome`), refetches declared in `meta`.
 */
export function useChangeStatus(wording: StatusWording = {}) {
  const queryClient = useQueryClient();
  return useMutation(statusMutation(queryClient, wording));
}
