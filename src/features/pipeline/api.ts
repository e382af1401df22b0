import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import {
  type CandidateList,
  CandidateListSchema,
  type CandidateSummary,
  CandidateSummarySchema,
  MoveResultSchema,
  type Stage,
  STAGE_LABELS,
} from '../../domain';
import { announce } from '../../components/LiveAnnouncer';
import { showToast } from '../../components/toast/toast-store';
import { apiRequest, newIdempotencyKey } from '../../lib/api-client';
import { describeError, isApiError } from '../../lib/api-errors';
import { retryLostWrites } from '../../lib/query-client';
import { findCandidate, replaceCandidate } from './candidate-cache';

export const candidateKeys = {
  all: ['candidates'] as const,
  list: () => [...candidateKeys.all, 'list'] as const,
  detail: (id: string) => [...candidateKeys.all, 'detail', id] as const,
};

const moveMutationKey = [...candidateKeys.all, 'move'] as const;

/** Every candidate the viewer may see, as compact summaries; the board filters them in the browser. */
export const boardQueryOptions = () =>
  queryOptions({
    queryKey: candidateKeys.list(),
    queryFn: ({ signal }) => apiRequest({ path: '/candidates', schema: CandidateListSchema, signal }),
  });

export interface MoveVariables {
  candidateId: string;
  toStage: Stage;
  /** Generated once per move, so a retry of the same move is applied once. */
  idempotencyKey: string;
  /** An undo is itself a move, but is not offered for undoing again. */
  isUndo: boolean;
}

interface MoveContext {
  previous: CandidateSummary;
}

/**
 * Moves of one candidate run one after another: each reads the version the previous one produced,
 * so the second of two quick moves is not mistaken for someone else's conflicting edit.
 */
const pendingMoves = new Map<string, Promise<unknown>>();

function serialize<T>(candidateId: string, run: () => Promise<T>): Promise<T> {
  const previous = pendingMoves.get(candidateId) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(run);
  pendingMoves.set(candidateId, next);
  void next.finally(() => {
    if (pendingMoves.get(candidateId) === next) pendingMoves.delete(candidateId);
  }).catch(() => undefined);
  return next;
}

/**
 * Moves a candidate to another stage: painted at once, confirmed by the server, undoable, announced,
 * and rolled back with an explanation when the server refuses or cannot be reached.
 */
export function useMoveCandidate() {
  const queryClient = useQueryClient();
  const listKey = candidateKeys.list();

  const mutation = useMutation<{ candidate: CandidateSummary }, Error, MoveVariables, MoveContext>({
    mutationKey: moveMutationKey,
    ...retryLostWrites,
    mutationFn: ({ candidateId, toStage, idempotencyKey }) =>
      serialize(candidateId, () => {
        const version = findCandidate(queryClient.getQueryData<CandidateList>(listKey), candidateId)?.version;
        return apiRequest({
          path: `/candidates/${encodeURIComponent(candidateId)}/moves`,
          method: 'POST',
          body: { toStage },
          version,
          idempotencyKey,
          schema: MoveResultSchema,
        });
      }),

    onMutate: async ({ candidateId, toStage }) => {
      await queryClient.cancelQueries({ queryKey: listKey });
      const previous = findCandidate(queryClient.getQueryData<CandidateList>(listKey), candidateId);
      if (!previous) throw new Error('That candidate is no longer on the board.');
      queryClient.setQueryData<CandidateList>(listKey, (list) =>
        replaceCandidate(list, { ...previous, stage: toStage, stageEnteredAt: new Date().toISOString() }),
      );
      announce(`${previous.name} moved from ${STAGE_LABELS[previous.stage]} to ${STAGE_LABELS[toStage]}.`);
      return { previous };
    },

    onSuccess: ({ candidate }) => {
      queryClient.setQueryData<CandidateList>(listKey, (list) => replaceCandidate(list, candidate));
    },

    onError: (error, { toStage }, context) => {
      if (!context) {
        showToast({ tone: 'error', title: 'Could not move', description: describeError(error) });
        return;
      }
      const { previous } = context;
      const current = isApiError(error, 412) ? CandidateSummarySchema.safeParse(error.problem.current) : null;
      if (current?.success) {
        queryClient.setQueryData<CandidateList>(listKey, (list) => replaceCandidate(list, current.data));
        const where = STAGE_LABELS[current.data.stage];
        const title = `${previous.name} was changed by someone else`;
        const description = `Your move to ${STAGE_LABELS[toStage]} was not applied. The board now shows their latest state (${where}); move them again if you still want to.`;
        showToast({ tone: 'error', title, description });
        announce(`${title}. ${description}`, { assertive: true });
      } else {
        queryClient.setQueryData<CandidateList>(listKey, (list) => replaceCandidate(list, previous));
        const title = `Could not move ${previous.name} to ${STAGE_LABELS[toStage]}`;
        const description = `${describeError(error)} They are back in ${STAGE_LABELS[previous.stage]}.`;
        showToast({ tone: 'error', title, description });
        announce(`${title}. ${description}`, { assertive: true });
      }
    },

    onSettled: (_data, error, { candidateId }) => {
      void queryClient.invalidateQueries({ queryKey: candidateKeys.detail(candidateId) });
      // After a failure the server's truth may differ from both the optimistic and the rolled-back state.
      if (error && queryClient.isMutating({ mutationKey: moveMutationKey }) <= 1) {
        void queryClient.invalidateQueries({ queryKey: listKey });
      }
    },
  });

  const { mutate } = mutation;
  return useCallback(
    (candidateId: string, toStage: Stage) => {
      const run = (id: string, to: Stage, isUndo: boolean) =>
        mutate(
          { candidateId: id, toStage: to, idempotencyKey: newIdempotencyKey(), isUndo },
          {
            onSuccess: ({ candidate }, _variables, context) => {
              if (isUndo) {
                showToast({ tone: 'info', title: `Move undone: ${candidate.name} is back in ${STAGE_LABELS[candidate.stage]}` });
                announce(`Move undone. ${candidate.name} is back in ${STAGE_LABELS[candidate.stage]}.`);
                return;
              }
              const from = context?.previous.stage;
              if (!from) return;
              showToast({
                tone: 'success',
                title: `Moved ${candidate.name} to ${STAGE_LABELS[candidate.stage]}`,
                description: `From ${STAGE_LABELS[from]}.`,
                action: { label: 'Undo', shortcut: 'Ctrl+Z', run: () => run(candidate.id, from, true) },
              });
            },
          },
        );
      run(candidateId, toStage, false);
    },
    [mutate],
  );
}
