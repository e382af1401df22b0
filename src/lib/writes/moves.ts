import { mutationOptions, type QueryClient, type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { type CandidateSummary, CandidateSummarySchema, type MoveResult, MoveResultSchema, type Stage, STAGE_LABELS } from '../../domain';
import { apiRequest, newIdempotencyKey } from '../api-client';
import { describeError } from '../api-errors';
import { announce, type Notice, notify, undoSoon } from '../notify';
import { candidatePath, queryKeys } from '../queries/keys';
import { retryLostWrites } from '../query-client';
import { baseVersion, cachedSummary, latestCandidate, paintSummary, storeMoved, storeSummary } from './candidate-cache';
import { runDetached } from './detached';
import { currentFrom, describeWriteFailure } from './failure';

/** `POST /candidates/:id/moves`: the one write that changes a candidate's stage, for every screen. */

export interface MoveVariables {
  candidateId: string;
  toStage: Stage;
  /** One per user intent: made when the person acts, reused by the automatic retry of a lost answer. */
  idempotencyKey: string;
  /** Set by the write path on the move an Undo sends: told with `undone`, never offered for undoing. */
  isUndo?: boolean;
}

interface MoveContext {
  name: string;
  from: Stage;
  /** The board's summary before the move was painted, to roll back to. */
  summary: CandidateSummary | undefined;
  /** Its entry in `undoSoon`: Ctrl+Z pressed before the server answered. */
  intent: { wanted?: boolean };
}

/** What differs between the screens that move candidates: their words. The rest is the write path's. */
export interface MoveWording {
  /** Said the moment the move is painted, before the server answers (the board). */
  painted?: (name: string, from: Stage, to: Stage) => string;
  /** Told once the server confirms; the write path adds an Undo that moves them back. */
  moved: (name: string, from: Stage, to: Stage) => Omit<Notice, 'action'>;
  /** Told once an Undo is confirmed. */
  undone: (name: string, stage: Stage) => Omit<Notice, 'action'>;
  /** The title of a failure other than a conflict. Default: "Could not move <name> to <stage>". */
  failed?: (name: string, to: Stage, isUndo: boolean) => string;
  /** Said after the reason of a failure. Default: "They are back in <stage they were in>." */
  after?: (from: Stage) => string;
  /** Key hint on the Undo button (the board's Ctrl+Z). */
  undoShortcut?: string;
  /** Where a conflict's latest state shows, and what to do (see `describeWriteFailure`). */
  surface?: string;
  next?: string;
}

/**
 * Moves of one candidate run one after another: each reads the version the previous one produced, so
 * the second of two quick moves is not mistaken for someone else's conflicting edit.
 */
const pendingMoves = new Map<string, Promise<unknown>>();

function serialize<T>(candidateId: string, run: () => Promise<T>): Promise<T> {
  const next = (pendingMoves.get(candidateId) ?? Promise.resolve()).catch(() => undefined).then(run);
  pendingMoves.set(candidateId, next);
  void next
    .finally(() => {
      if (pendingMoves.get(candidateId) === next) pendingMoves.delete(candidateId);
    })
    .catch(() => undefined);
  return next;
}

const moveKey = ['moves'] as const;

function moveMutation(queryClient: QueryClient, wording: MoveWording) {
  const options = mutationOptions<MoveResult, Error, MoveVariables, MoveContext>({
    mutationKey: moveKey,
    ...retryLostWrites,
    mutationFn: ({ candidateId, toStage, idempotencyKey }) =>
      serialize(candidateId, () =>
        apiRequest({
          path: `${candidatePath(candidateId)}/moves`,
          method: 'POST',
          body: { toStage },
          version: baseVersion(queryClient, candidateId),
          idempotencyKey,
          schema: MoveResultSchema,
        }),
      ),

    // Painted at once on the board (when it is loaded); rolled back or corrected when the server says no.
    onMutate: async ({ candidateId, toStage, isUndo }) => {
      await queryClient.cancelQueries({ queryKey: queryKeys.candidates.list() });
      const before = latestCandidate(queryClient, candidateId);
      if (!before) throw new Error('That candidate is no longer on the board.');
      const intent = {};
      if (wording.undoShortcut && !isUndo) undoSoon.add(intent);
      const summary = cachedSummary(queryClient, candidateId);
      if (summary) paintSummary(queryClient, { ...summary, stage: toStage, stageEnteredAt: new Date().toISOString() });
      const said = wording.painted?.(before.name, before.stage, toStage);
      if (said) announce(said);
      return { name: before.name, from: before.stage, summary, intent };
    },

    onSuccess: ({ candidate }, { isUndo }, { from, intent }) => {
      storeMoved(queryClient, candidate);
      undoSoon.delete(intent);
      if (isUndo) {
        notify({ ...wording.undone(candidate.name, candidate.stage), subject: candidate.id });
        return;
      }
      // The Undo is a new intent (its own key), run by the write path: it outlives the screen that offered it.
      const undo = () => runDetached(queryClient, options, { candidateId: candidate.id, toStage: from, idempotencyKey: newIdempotencyKey(), isUndo: true });
      if (intent.wanted) undo();
      else notify({ ...wording.moved(candidate.name, from, candidate.stage), subject: candidate.id, action: { label: 'Undo', shortcut: wording.undoShortcut, run: undo } });
    },

    onError: (error, { candidateId, toStage, isUndo = false }, context) => {
      if (!context) {
        notify({ tone: 'error', title: 'Could not move', description: describeError(error) });
        return;
      }
      const { name, from, summary, intent } = context;
      undoSoon.delete(intent);
      const current = currentFrom(error, CandidateSummarySchema);
      if (current) storeSummary(queryClient, current);
      else if (summary) paintSummary(queryClient, summary);
      const failure = describeWriteFailure(
        error,
        {
          name,
          attempt: `Your move to ${STAGE_LABELS[toStage]}`,
          failed: wording.failed?.(name, toStage, isUndo) ?? `Could not move ${name} to ${STAGE_LABELS[toStage]}`,
          after: wording.after ? wording.after(from) : `They are back in ${STAGE_LABELS[from]}.`,
          surface: wording.surface,
          next: wording.next,
        },
        current,
      );
      notify({ tone: 'error', ...failure, subject: candidateId });
    },

    meta: {
      invalidates: ({ candidateId, toStage }: MoveVariables, error, context: MoveContext | undefined) => {
        // The record and its activity always; the review queue when the move entered or left Onsite.
        const keys: QueryKey[] = [queryKeys.candidates.detail(candidateId)];
        if (toStage === 'onsite' || context?.from === 'onsite') keys.push(queryKeys.review.all);
        // After a failure the truth may differ from both the painted and the rolled-back board; refetch
        // it once no other move is in flight (a refetch would undo their painting).
        if (error && queryClient.isMutating({ mutationKey: moveKey }) <= 1) keys.push(queryKeys.candidates.list());
        return keys;
      },
    },
  });
  return options;
}

/**
 * The one hook for moving candidates. Each screen passes its words (`MoveWording`); the write path does
 * the rest: If-Match from the cache, one Idempotency-Key per intent (`variables.idempotencyKey`), painting
 * and rolling back, the 412's fresh state, refetches (`meta`), and every outcome told through `notify`,
 * including an Undo's, after the screen that offered it is gone.
 */
export function useMoveCandidate(wording: MoveWording) {
  const queryClient = useQueryClient();
  return useMutation(moveMutation(queryClient, wording));
}
