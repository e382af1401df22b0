/**
 * Pipeline insights (`GET /api/insights`): aggregates computed by the backend from the activity log and the
 * assessments, so the browser never downloads every record. The exact definitions travel with every answer
 * (`definitions`) and are written once here, in `INSIGHT_DEFINITIONS`.
 */
import * as z from 'zod/mini';
import { SourceSchema } from './candidate';
import { AssessmentStatusSchema, QualificationIdSchema } from './qualifications';
import { CandidateStatusSchema, StageSchema } from './stages';

export const INSIGHT_PERIODS = ['30d', '90d', 'all'] as const;
export const InsightPeriodSchema = z.enum(INSIGHT_PERIODS);
export type InsightPeriod = z.infer<typeof InsightPeriodSchema>;
/** How far back each period reaches, in days (null: the whole log). */
export const PERIOD_DAYS: Record<InsightPeriod, number | null> = { '30d': 30, '90d': 90, all: null };

export const HEATMAP_PAGE_MAX = 200;

/** The query string of `GET /api/insights` (values arrive as text). */
export const InsightsQuerySchema = z.object({
  period: z._default(InsightPeriodSchema, 'all'),
  /** The heatmap's stage filter (candidates currently in that stage); the other figures ignore it. */
  stage: z.optional(StageSchema),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(HEATMAP_PAGE_MAX)), 50),
  offset: z._default(z.coerce.number().check(z.int(), z.gte(0)), 0),
});
export type InsightsQuery = z.infer<typeof InsightsQuerySchema>;

/** The definitions every answer carries, word for word. */
export const INSIGHT_DEFINITIONS = {
  reached:
    'Reached: the candidate entered the stage at some time, from the activity log (created → Applied; every stage change → its new stage). ' +
    'A candidate counts once per stage however often they entered it; a skipped stage is not reached. With a period, only entries made within it count.',
  conversion:
    'Conversion from a stage to the next: of the candidates who reached the stage, the share who also reached the next one (reachedNext ÷ reached). ' +
    'Overall: of those who reached Applied, the share who reached Offer. Null when nobody reached the stage.',
  timeInStage:
    'Time in stage, in fractional days, per stay: from entering the stage to leaving it (a stage change, or a rejection, withdrawal or hire, which end the stay). ' +
    'Time spent rejected or withdrawn does not count; a restore continues the same stay. A candidate who goes back to a stage starts a new stay there. ' +
    'Figures are over completed stays only; active candidates still in the stage are counted as stillIn and left out of the figures. ' +
    'Median: the middle value (the mean of the two middle ones for an even count); p90: nearest rank, the value at rank ⌈0.9 × n⌉ of the sorted stays. ' +
    'With a period, stays entered within it.',
  sources:
    'Sources: candidates created within the period, per source; toOnsite and toOffer: the share of them who reached Onsite, and Offer, by now.',
  heatmap:
    'Heatmap: every candidate as they are now (the period does not apply), optionally those in one stage; sorted by coverage (qualifications met), then partly met, then name.',
} as const;

const Count = z.number().check(z.int(), z.gte(0));
const Ratio = z.nullable(z.number().check(z.gte(0), z.lte(1)));
const Days = z.nullable(z.number().check(z.gte(0)));

export const FunnelStepSchema = z.object({
  stage: StageSchema,
  reached: Count,
  /** Of those who reached this stage, how many also reached the next one (null for the last stage). */
  reachedNext: z.nullable(Count),
  conversionToNext: Ratio,
});
export type FunnelStep = z.infer<typeof FunnelStepSchema>;

export const StageTimeSchema = z.object({
  stage: StageSchema,
  /** Stays counted: completed + stillIn. */
  count: Count,
  completed: Count,
  stillIn: Count,
  medianDays: Days,
  meanDays: Days,
  p90Days: Days,
});
export type StageTime = z.infer<typeof StageTimeSchema>;

export const SourceInsightSchema = z.object({
  source: SourceSchema,
  candidates: Count,
  reachedOnsite: Count,
  reachedOffer: Count,
  toOnsite: Ratio,
  toOffer: Ratio,
});
export type SourceInsight = z.infer<typeof SourceInsightSchema>;

export const HeatmapRowSchema = z.object({
  candidateId: z.string(),
  name: z.string(),
  stage: StageSchema,
  status: CandidateStatusSchema,
  /** Qualifications met. */
  coverage: Count,
  cells: z.record(QualificationIdSchema, AssessmentStatusSchema),
});
export type HeatmapRow = z.infer<typeof HeatmapRowSchema>;

export const InsightsSchema = z.object({
  period: InsightPeriodSchema,
  /** Entries at or after this instant count (null: the whole log). */
  since: z.nullable(z.iso.datetime()),
  generatedAt: z.iso.datetime(),
  definitions: z.object({ reached: z.string(), conversion: z.string(), timeInStage: z.string(), sources: z.string(), heatmap: z.string() }),
  funnel: z.array(FunnelStepSchema),
  overallConversion: Ratio,
  timeInStage: z.array(StageTimeSchema),
  sources: z.array(SourceInsightSchema),
  heatmap: z.object({
    stage: z.nullable(StageSchema),
    total: Count,
    offset: Count,
    limit: Count,
    rows: z.array(HeatmapRowSchema),
  }),
});
export type Insights = z.infer<typeof InsightsSchema>;
