import * as z from 'zod/mini';
import { labelledEnum } from './labelled-enum';
import { AssessmentStatusSchema, QUALIFICATION_IDS, QualificationIdSchema } from './qualifications';
import { CandidateStatusSchema, StageSchema } from './stages';
import { ScorecardTallySchema } from './scorecard';
import { ActorSchema, UserRoleSchema } from './user';

const sources = labelledEnum({ referral: 'Referral', linkedin: 'LinkedIn', careers_site: 'Careers site', agency: 'Agency', sourced: 'Sourced', conference: 'Conference' });
export const SOURCES = sources.values;
export const SourceSchema = sources.schema;
export type Source = z.infer<typeof SourceSchema>;
export const SOURCE_LABELS = sources.labels;

/** Why a candidate's status is what it is: set when they are rejected, withdraw, or are hired. */
export const StatusChangeSchema = z.object({
  reason: z.string(),
  note: z.string(),
  /** For rejections: the qualifications the candidate did not meet. */
  unmetQualifications: z.array(QualificationIdSchema),
  at: z.iso.datetime(),
  /** Who decided, with their role: a recruiter may not reverse the hiring manager's decision. */
  by: z.object({ ...ActorSchema.shape, role: z.optional(UserRoleSchema) }),
});
export type StatusChange = z.infer<typeof StatusChangeSchema>;

export const CandidateIdSchema = z.string().check(z.minLength(1), z.maxLength(64));
export const VersionSchema = z.number().check(z.int(), z.gte(1));
const Timestamp = z.iso.datetime();

export const AssessmentSchema = z.object({
  status: AssessmentStatusSchema,
  evidence: z.string().check(z.maxLength(2000)),
  updatedBy: z.nullable(ActorSchema),
  updatedAt: z.nullable(Timestamp),
});
export type Assessment = z.infer<typeof AssessmentSchema>;

export const AssessmentsSchema = z.record(QualificationIdSchema, AssessmentSchema);
export type Assessments = z.infer<typeof AssessmentsSchema>;

/** Only http and https links exist in this contract: anything else is rejected at the boundary. */
export const HttpUrlSchema = z.httpUrl();
export const CandidateLinkSchema = z.object({ label: z.string().check(z.maxLength(80)), url: HttpUrlSchema });

/**
 * What the board needs of a candidate, and nothing more: the list endpoint returns thousands of these.
 * Qualification coverage travels as the ids met and partly met, in the role's order.
 */
export const CandidateSummarySchema = z.object({
  id: CandidateIdSchema,
  version: VersionSchema,
  name: z.string(),
  headline: z.string(),
  company: z.string(),
  source: SourceSchema,
  stage: StageSchema,
  status: CandidateStatusSchema,
  stageEnteredAt: Timestamp,
  met: z.array(QualificationIdSchema),
  partial: z.array(QualificationIdSchema),
  /** Submitted scorecards as this caller may see them; null when there are none to show (or blind). */
  scorecards: z.nullable(ScorecardTallySchema),
  /** Onsite, active, and every onsite scorecard is in: the hiring manager's move. */
  needsDecision: z.boolean(),
  /**
   * When the newest entry of the candidate's activity that this caller may read was written (null: none).
   * Interviewers' excludes notes, and other people's scorecard submissions while they are blind.
   */
  lastActivityAt: z.nullable(Timestamp),
});
export type CandidateSummary = z.infer<typeof CandidateSummarySchema>;

export const CandidateListSchema = z.object({
  items: z.array(CandidateSummarySchema),
  total: z.number().check(z.int(), z.gte(0)),
});
export type CandidateList = z.infer<typeof CandidateListSchema>;

/** The whole record. Contact details are absent for callers who may not see them. */
export const CandidateSchema = z.object({
  id: CandidateIdSchema,
  version: VersionSchema,
  name: z.string(),
  headline: z.string(),
  company: z.string(),
  location: z.string(),
  yearsExperience: z.number().check(z.gte(0), z.lte(60)),
  source: SourceSchema,
  links: z.array(CandidateLinkSchema),
  email: z.optional(z.email()),
  phone: z.optional(z.string()),
  stage: StageSchema,
  status: CandidateStatusSchema,
  /** The latest change away from `active`; null while active (a restore clears it). */
  statusChange: z.nullable(StatusChangeSchema),
  appliedAt: Timestamp,
  stageEnteredAt: Timestamp,
  assessments: AssessmentsSchema,
});
export type Candidate = z.infer<typeof CandidateSchema>;

export interface ReviewState {
  scorecards: CandidateSummary['scorecards'];
  needsDecision: boolean;
}
const NOTHING_TO_REVIEW: ReviewState = { scorecards: null, needsDecision: false };

/** `lastActivityAt` is not in the record: the caller passes what it knows (the list's, or null). */
export function summarizeCandidate(candidate: Candidate, review: ReviewState = NOTHING_TO_REVIEW, lastActivityAt: string | null = null): CandidateSummary {
  const met = QUALIFICATION_IDS.filter((id) => candidate.assessments[id].status === 'met');
  const partial = QUALIFICATION_IDS.filter((id) => candidate.assessments[id].status === 'partial');
  return {
    id: candidate.id,
    version: candidate.version,
    name: candidate.name,
    headline: candidate.headline,
    company: candidate.company,
    source: candidate.source,
    stage: candidate.stage,
    status: candidate.status,
    stageEnteredAt: candidate.stageEnteredAt,
    met,
    partial,
    scorecards: review.scorecards,
    needsDecision: review.needsDecision,
    lastActivityAt,
  };
}

export const MoveRequestSchema = z.object({ toStage: StageSchema });
export type MoveRequest = z.infer<typeof MoveRequestSchema>;

export const MoveResultSchema = z.object({ candidate: CandidateSummarySchema });
export type MoveResult = z.infer<typeof MoveResultSchema>;

const DAY_MS = 86_400_000;

/** Whole days since the candidate entered their stage, never negative. */
export function daysInStage(stageEnteredAt: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(stageEnteredAt)) / DAY_MS));
}
