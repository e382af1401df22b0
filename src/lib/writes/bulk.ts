import { mutationOptions, type QueryClient, type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { type BulkItem, type BulkItemResult, BulkResultSchema, type CandidateSummary, type Stage } from '../../domain';
import { apiRequest, newIdempotencyKey } from '../api-client';
import { describeError } from '../api-errors';
import { notify } from '../notify';
import { queryKeys } from '../queries/keys';
import { retryLostWrites } from '../query-client';
import { selectedIds, selection } from '../selection';
import { type BulkAction, bulkFailedTitle, reportBulk } from './bulk-report';
import { storeMoved, storeSummary } from './candidate-cache';
import { runDetached } from './detached';

export type { BulkAction } from './bulk-report';

/**
 * `POST /candidates/bulk/{moves,status,notes}`: one action on a selection, for every screen that selects
 * (the board, the candidates table). One Idempotency-Key per request, made when the person acts; the
 * versions are the ones they saw then, so a retry sends the very same request and is applied once.
 */

/** One request: an action, its items with the versions they were read at, and its key. */
export interface BulkBatch {
  action: BulkAction;
  items: BulkItem[];
  idempotencyKey: string;
}

export interface BulkVariables {
  /** One for an action; an Undo of a move sends one per stage the candidates go back to. */
  batches: BulkBatch[];
  /** Each candidate as the person saw them when acting: the stage a move's Undo sends them back to. */
  before: Record<string, Pick<CandidateSummary, 'stage'>>;
  /** Items the same rules refused in the browser, never sent: reported with the server's refusals. */
  skipped: BulkItemResult[];
  /** Set by the write path on the requests an Undo sends: told as undone, never offered for undoing. */
  isUndo?: boolean;
}

/** The items of a selection at the versions shown now: what a request carries, and what its key is made for. */
export const bulkItems = (candidates: readonly CandidateSummary[]): BulkItem[] => candidates.map((c) => ({ candidateId: c.id, version: c.version }));

/**
 * One intent on a selection, ready to send. `idempotencyKey`: one per intent; a screen that lets the person
 * send the same thing again after a failure passes the key it used (`useIdempotencyKey`).
 */
export function bulkVariables(
  action: BulkAction,
  candidates: readonly CandidateSummary[],
  { skipped = [], idempotencyKey = newIdempotencyKey() }: { skipped?: BulkItemResult[]; idempotencyKey?: string } = {},
): BulkVariables {
  return {
    batches: [{ action, items: bulkItems(candidates), idempotencyKey }],
    before: Object.fromEntries(candidates.map((c) => [c.id, { stage: c.stage }])),
    skipped,
  };
}

function send({ action, items, idempotencyKey }: BulkBatch, signal?: AbortSignal) {
  const request = { method: 'POST' as const, idempotencyKey, schema: BulkResultSchema, signal };
  switch (action.kind) {
    case 'move':
      return apiRequest({ ...request, path: '/candidates/bulk/moves', body: { items, toStage: action.toStage } });
    case 'status':
      return apiRequest({ ...request, path: '/candidates/bulk/status', body: { items, ...action.change } });
    case 'note':
      // Notes change no version: ids only.
      return apiRequest({ ...request, path: '/candidates/bulk/notes', body: { items: items.map(({ candidateId }) => ({ candidateId })), text: action.text } });
  }
}

const total = ({ batches, skipped }: BulkVariables) => batches.reduce((sum, b) => sum + b.items.length, 0) + skipped.length;

/**
 * The inverse of what was done, on the done items at the versions they now have: moves go back to each
 * one's previous stage (one request per stage), a rejection is undone by a restore. A restore has no
 * inverse here (each rejection's own reason is not on the board), nor has a note.
 */
function undoOf(action: BulkAction, done: readonly BulkItemResult[], before: BulkVariables['before']): BulkVariables | null {
  const items = done.flatMap((r) => (r.candidate ? [{ candidateId: r.candidateId, version: r.candidate.version, stage: r.candidate.stage }] : []));
  if (items.length === 0) return null;
  const now = Object.fromEntries(items.map((item) => [item.candidateId, { stage: item.stage }]));
  const variables = (batches: BulkBatch[]): BulkVariables => ({ batches, before: now, skipped: [], isUndo: true });
  if (action.kind === 'move') {
    const byStage = new Map<Stage, BulkItem[]>();
    for (const { candidateId, version } of items) {
      const previous = before[candidateId]?.stage;
      if (previous) byStage.set(previous, [...(byStage.get(previous) ?? []), { candidateId, version }]);
    }
    return variables([...byStage].map(([toStage, group]) => ({ action: { kind: 'move', toStage }, items: group, idempotencyKey: newIdempotencyKey() })));
  }
  if (action.kind === 'status' && action.change.action === 'reject') {
    const restore: BulkAction = { kind: 'status', change: { action: 'restore' } };
    return variables([{ action: restore, items: items.map(({ candidateId, version }) => ({ candidateId, version })), idempotencyKey: newIdempotencyKey() }]);
  }
  return null;
}

/** Drops the acted-on candidates from the selection, keeping anything the person selected meanwhile. */
function unselect(variables: BulkVariables) {
  const acted = new Set(variables.batches.flatMap((b) => b.items.map((i) => i.candidateId)));
  const left = [...selectedIds()].filter((id) => !acted.has(id));
  if (left.length !== selectedIds().size) selection.replace(left);
}

function bulkMutation(queryClient: QueryClient) {
  const options = mutationOptions<BulkItemResult[], Error, BulkVariables>({
    mutationKey: ['bulk'],
    // A lost answer is sent again with the same key and body: the server replays it, applied once.
    ...retryLostWrites,
    mutationFn: async ({ batches }) => {
      const results: BulkItemResult[] = [];
      // One after another: an Undo's second request must not race its first for the same board.
      for (const batch of batches) results.push(...(await send(batch)).results);
      return results;
    },

    onSuccess: (results, variables) => {
      for (const r of results) {
        if (!r.candidate) continue;
        if (r.outcome === 'done' && variables.batches[0]?.action.kind === 'move') storeMoved(queryClient, r.candidate);
        else storeSummary(queryClient, r.candidate);
      }
      const { isUndo = false } = variables;
      if (!isUndo) unselect(variables);
      // Every batch of one request shares its kind of action; the first one names it.
      const action = variables.batches[0]!.action;
      const report = reportBulk(action, [...results, ...variables.skipped], isUndo);
      const undo = isUndo ? null : undoOf(action, report.done, variables.before);
      notify({
        tone: report.failed > 0 ? 'error' : 'success',
        title: report.title,
        description: report.lines.join(' ') || undefined,
        secondary: report.conflicts.length > 0 ? { label: 'Review them', run: () => selection.replace(report.conflicts) } : undefined,
        action: undo ? { label: 'Undo', shortcut: 'Ctrl+Z', run: () => runDetached(queryClient, options, undo) } : undefined,
      });
    },

    onError: (error, variables) => {
      // Nothing is known to have been applied: the selection stays, and Try again sends the same request
      // (same key, same versions), so if the first one did reach the server it is not applied twice.
      const action = variables.batches[0]!.action;
      notify({
        tone: 'error',
        title: bulkFailedTitle(action, total(variables), variables.isUndo),
        description: `${describeError(error)} ${variables.isUndo ? '' : 'They are still selected. '}Trying again sends the same request, so nothing is applied twice.`,
        action: { label: 'Try again', run: () => runDetached(queryClient, options, variables) },
      });
    },

    meta: {
      // The board's list (stages, statuses, decisions), each record and log, the review queue, the role's counts.
      invalidates: ({ batches }: BulkVariables): QueryKey[] => [
        queryKeys.candidates.list(),
        ...[...new Set(batches.flatMap((b) => b.items.map((i) => i.candidateId)))].map((id) => queryKeys.candidates.detail(id)),
        queryKeys.review.all,
        queryKeys.role.stats(),
      ],
    },
  });
  return options;
}

/**
 * The one hook for bulk actions: `mutate(bulkVariables(action, candidates, skipped))`. The write path
 * stores each item's answer, reports exactly what happened (with Undo and "Review them"), and keeps the
 * selection when the request failed as a whole.
 */
export function useBulkAction() {
  const queryClient = useQueryClient();
  return useMutation(bulkMutation(queryClient));
}
