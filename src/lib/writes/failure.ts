import type * as z from 'zod/mini';
import { type CandidateStatus, type Stage, STAGE_LABELS, STATUS_LABELS } from '../../domain';
import { describeError, isApiError } from '../api-errors';

/** What the server says the resource is now, from a 412's `current`, parsed by the contract; else null. */
export function currentFrom<S extends z.ZodMiniType>(error: unknown, schema: S): z.infer<S> | null {
  if (!isApiError(error, 412)) return null;
  const parsed = schema.safeParse(error.problem.current);
  return parsed.success ? parsed.data : null;
}

/** "Screen", or "Screen, rejected" when they left the pipeline. */
export function whereNow({ stage, status }: { stage: Stage; status: CandidateStatus }): string {
  return status === 'active' ? STAGE_LABELS[stage] : `${STAGE_LABELS[stage]}, ${STATUS_LABELS[status].toLowerCase()}`;
}

export interface FailureWording {
  /** Whom the write was about: "Ada Lovelace". */
  name: string;
  /** What the person tried, as the subject of a sentence: "Your move to Onsite". */
  attempt: string;
  /** The title for any failure other than a conflict: "Could not move Ada Lovelace to Onsite". */
  failed: string;
  /** Said after the reason of a failure other than a conflict: "They are back in Applied." */
  after?: string;
  /** Where their latest state shows after a conflict. Default: "This page". */
  surface?: string;
  /** What the person may do after a conflict. Default: "Try again if you still want to." */
  next?: string;
}

/**
 * The title of every 412 about a shared record: "<what> was changed by someone else". Scorecards differ on
 * purpose: only their interviewer writes them, so theirs is "saved in another tab or device".
 */
export function changedBySomeoneElse(what: string): string {
  return `${what} was changed by someone else`;
}

/**
 * The one wording of a failed write. A 412 (someone else changed it first) reads the same everywhere:
 * "<Name> was changed by someone else" / "<attempt> was not applied. <surface> now shows their latest
 * state (<where>). <next>"; any other failure gives the server's reason. What the person typed is not
 * mentioned here: forms keep it and say so.
 */
export function describeWriteFailure(
  error: unknown,
  wording: FailureWording,
  now: { stage: Stage; status: CandidateStatus } | null = null,
): { title: string; description: string } {
  if (isApiError(error, 412)) {
    const where = now ? ` (${whereNow(now)})` : '';
    return {
      title: changedBySomeoneElse(wording.name),
      description: `${wording.attempt} was not applied. ${wording.surface ?? 'This page'} now shows their latest state${where}. ${wording.next ?? 'Try again if you still want to.'}`,
    };
  }
  const reason = describeError(error);
  // "Nothing was changed." once, even when the server's reason says it already.
  const after = wording.after && !reason.endsWith(wording.after) ? ` ${wording.after}` : '';
  return { title: wording.failed, description: `${reason}${after}` };
}
