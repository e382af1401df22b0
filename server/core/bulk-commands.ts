/**
 * Bulk actions on a selection: one Idempotency-Key for the whole request (a retry replays the first answer
 * and applies nothing twice), each item checked and applied by the single command's own rules
 * (candidate-commands.ts) and answered on its own. An item's refusal happens before anything of that item
 * is written, so it never undoes another item; every applied item writes its activity entry and emits its
 * event exactly as the single command does.
 */
import {
  type BulkItemResult,
  BulkMoveRequestSchema,
  BulkNoteRequestSchema,
  type BulkResult,
  BulkStatusActionSchema,
  BulkStatusItemsSchema,
  type User,
} from '../../src/domain';
import { candidateUnits, mayAddNote, mayChangeStatus, mayMove } from './candidate-commands';
import { type CoreDeps, once, summaryOf } from './context';
import type { Outcome, UnitOfWork } from './ports';
import { parseWith, Refusal } from './problems';

export interface BulkRequest {
  user: User;
  idempotencyKey: string | null;
  body: unknown;
}

const OUTCOME_OF = { 403: 'forbidden', 404: 'not_found', 412: 'conflict', 422: 'invalid' } as const;
type RefusedStatus = keyof typeof OUTCOME_OF;

/** The body without `items`: what every item of a status request shares. */
function withoutItems(body: unknown): unknown {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return body;
  const { items: _items, ...rest } = body as Record<string, unknown>;
  return rest;
}

export function bulkCommands(deps: CoreDeps) {
  const units = candidateUnits(deps);

  /**
   * Runs `apply` for each candidate in the request's one unit of work: a refusal (403, 404, 412, 422) is that
   * item's answer; anything else fails the whole request, which then stores nothing and may be retried.
   */
  async function eachItem(
    tx: UnitOfWork,
    user: User,
    candidateIds: readonly string[],
    apply: (candidateId: string) => Promise<unknown>,
  ): Promise<Outcome> {
    const results: BulkItemResult[] = [];
    for (const candidateId of candidateIds) {
      try {
        await apply(candidateId);
        const now = (await tx.candidate(candidateId))!;
        results.push({ candidateId, outcome: 'done', status: 200, candidate: await summaryOf(tx, user, now) });
      } catch (error) {
        if (!(error instanceof Refusal) || !(error.problem.status in OUTCOME_OF)) throw error;
        const status = error.problem.status as RefusedStatus;
        const result: BulkItemResult = { candidateId, outcome: OUTCOME_OF[status], status, detail: error.problem.detail ?? error.problem.title };
        if (status === 412) result.candidate = await summaryOf(tx, user, (await tx.candidate(candidateId))!);
        results.push(result);
      }
    }
    const done = results.filter((r) => r.outcome === 'done').length;
    const body: BulkResult = { results, done, failed: results.length - done };
    return { status: 200, body };
  }

  return {
    async move({ user, idempotencyKey, body }: BulkRequest): Promise<Outcome> {
      const { items, toStage } = parseWith(BulkMoveRequestSchema, body);
      const versions = new Map(items.map((item) => [item.candidateId, item.version]));
      return once(deps, user, idempotencyKey, ['bulk-move', body], (tx) =>
        eachItem(tx, user, [...versions.keys()], async (candidateId) => {
          await mayMove(tx, user, candidateId);
          return units.move(tx, user, candidateId, { kind: 'version', version: versions.get(candidateId)! }, toStage);
        }),
      );
    },

    async changeStatus({ user, idempotencyKey, body }: BulkRequest): Promise<Outcome> {
      const { items } = parseWith(BulkStatusItemsSchema, body);
      const action = parseWith(BulkStatusActionSchema, withoutItems(body));
      const versions = new Map(items.map((item) => [item.candidateId, item.version]));
      return once(deps, user, idempotencyKey, ['bulk-status', body], (tx) =>
        eachItem(tx, user, [...versions.keys()], async (candidateId) => {
          await mayChangeStatus(tx, user, candidateId);
          return units.changeStatus(tx, user, candidateId, { kind: 'version', version: versions.get(candidateId)! }, action);
        }),
      );
    },

    async addNote({ user, idempotencyKey, body }: BulkRequest): Promise<Outcome> {
      const { items, text } = parseWith(BulkNoteRequestSchema, body);
      return once(deps, user, idempotencyKey, ['bulk-note', body], (tx) =>
        eachItem(tx, user, items.map((item) => item.candidateId), async (candidateId) => {
          await mayAddNote(tx, user, candidateId);
          return units.addNote(tx, user, candidateId, text);
        }),
      );
    },
  };
}
