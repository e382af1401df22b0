import * as z from 'zod/mini';
import { AssessmentStatusSchema, QualificationIdSchema } from './qualifications';
import { CandidateStatusSchema, StageSchema } from './stages';
import { ActorSchema } from './user';

const base = {
  id: z.string(),
  candidateId: z.string(),
  at: z.iso.datetime(),
  actor: ActorSchema,
};

/** One line of a candidate's append-only log. */
export const ActivityEntrySchema = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('created') }),
  z.object({ ...base, type: z.literal('stage_changed'), from: StageSchema, to: StageSchema }),
  z.object({
    ...base,
    type: z.literal('status_changed'),
    from: CandidateStatusSchema,
    to: CandidateStatusSchema,
    reason: z.nullable(z.string()),
    note: z.optional(z.string()),
  }),
  z.object({
    ...base,
    type: z.literal('assessment_changed'),
    qualificationId: QualificationIdSchema,
    from: AssessmentStatusSchema,
    to: AssessmentStatusSchema,
    evidence: z.optional(z.string()),
  }),
  z.object({ ...base, type: z.literal('note_added'), text: z.string() }),
  z.object({ ...base, type: z.literal('scorecard_submitted'), interviewId: z.string(), interviewKind: z.string(), recommendation: z.nullable(z.string()) }),
]);
export type ActivityEntry = z.infer<typeof ActivityEntrySchema>;
export type ActivityType = ActivityEntry['type'];

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** An entry as written, before the log gives it an id. */
export type NewActivityEntry = DistributiveOmit<ActivityEntry, 'id'>;
