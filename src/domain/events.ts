import * as z from 'zod/mini';

/**
 * Live updates (`GET /api/events`, server-sent events): what changed, never the data itself. Each client
 * refetches what it shows, so what it receives is always filtered by what it may see.
 */
export const CHANGE_TYPES = ['candidate', 'activity', 'scorecard'] as const;

export const ChangeEventSchema = z.object({
  type: z.enum(CHANGE_TYPES),
  candidateId: z.string().check(z.maxLength(64)),
  interviewId: z.optional(z.string().check(z.maxLength(128))),
});
export type ChangeEventData = z.infer<typeof ChangeEventSchema>;

/** The SSE `event:` names. `reset` means events were missed: refetch everything shown. */
export const SSE_CHANGE = 'change';
export const SSE_RESET = 'reset';
