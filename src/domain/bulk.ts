/**
 * Bulk actions on a selection (`POST /candidates/bulk/…`): one Idempotency-Key for the whole request, each
 * item with its own version, each applied on its own and answered on its own (done, 403, 404, 412, 422).
 */
import * as z from 'zod/mini';
import { CandidateIdSchema, CandidateSummarySchema, VersionSchema } from './candidate';
import { NoteRequestSchema, StatusActionSchema } from './candidate-input';
import { StageSchema } from './stages';
import { uniqueList } from './text-fields';

/** The most items one bulk request may carry: a page's selection, within the 64 kB body limit. */
export const BULK_MAX_ITEMS = 500;

const itemList = <T extends { candidateId: string }>(item: z.ZodMiniType<T>) =>
  uniqueList(
    item,
    BULK_MAX_ITEMS,
    { tooMany: `Select at most ${BULK_MAX_ITEMS} candidates at once.`, repeated: 'Each candidate can be listed once.' },
    (value) => value.candidateId,
    ['candidateId'],
  ).check(z.minLength(1, 'Select at least one candidate.'));

/** A candidate and the version the caller last read (sent as If-Match would be for one candidate). */
export const BulkItemSchema = z.object({ candidateId: CandidateIdSchema, version: VersionSchema });
export type BulkItem = z.infer<typeof BulkItemSchema>;

export const BulkMoveRequestSchema = z.object({ items: itemList(BulkItemSchema), toStage: StageSchema });
export type BulkMoveRequest = z.infer<typeof BulkMoveRequestSchema>;

/** Reject (reason, note, unmet qualifications) or restore, as `POST /candidates/:id/status` takes them. */
export const BulkStatusActionSchema = StatusActionSchema.check(
  z.refine((value) => value.action === 'reject' || value.action === 'restore', {
    message: 'A selection can be rejected or restored; withdraw and hire one candidate at a time.',
    path: ['action'],
  }),
);
/** `{ items, action, … }`: the items are read with this, the rest with BulkStatusActionSchema. */
export const BulkStatusItemsSchema = z.object({ items: itemList(BulkItemSchema) });
export type BulkStatusRequest = z.infer<typeof BulkStatusItemsSchema> & z.infer<typeof BulkStatusActionSchema>;

/** Notes change no version: the items carry ids only. */
export const BulkNoteRequestSchema = z.object({
  items: itemList(z.object({ candidateId: CandidateIdSchema })),
  text: NoteRequestSchema.shape.text,
});
export type BulkNoteRequest = z.infer<typeof BulkNoteRequestSchema>;

export const BULK_OUTCOMES = ['done', 'forbidden', 'not_found', 'conflict', 'invalid'] as const;
export const BulkOutcomeSchema = z.enum(BULK_OUTCOMES);
export type BulkOutcome = z.infer<typeof BulkOutcomeSchema>;

export const BulkItemResultSchema = z.object({
  candidateId: CandidateIdSchema,
  outcome: BulkOutcomeSchema,
  status: z.union([z.literal(200), z.literal(403), z.literal(404), z.literal(412), z.literal(422)]),
  /** Why an item was refused, worded as the single request's problem would say it. */
  detail: z.optional(z.string()),
  /** For done and conflict: the candidate as it is now, as the caller may see it. */
  candidate: z.optional(CandidateSummarySchema),
});
export type BulkItemResult = z.infer<typeof BulkItemResultSchema>;

export const BulkResultSchema = z.object({
  results: z.array(BulkItemResultSchema),
  done: z.number().check(z.int(), z.gte(0)),
  failed: z.number().check(z.int(), z.gte(0)),
});
export type BulkResult = z.infer<typeof BulkResultSchema>;
