import * as z from 'zod/mini';
import { labelledEnum } from './labelled-enum';
import { CandidateStatusSchema, StageSchema } from './stages';
import { InterviewSchema } from './interview';
import { type QualificationId, QualificationIdSchema } from './qualifications';
import { hasVisibleText } from './text-safety';
import { ActorSchema } from './user';

/** A rating of one focus qualification in an interview. */
const ratings = labelledEnum({ definitely_not: 'Definitely not', no: 'No', mixed: 'Mixed', yes: 'Yes', strong_yes: 'Strong yes' });
export const RATINGS = ratings.values;
export const RatingSchema = ratings.schema;
export type Rating = z.infer<typeof RatingSchema>;
export const RATING_LABELS = ratings.labels;

/** The interviewer's overall recommendation; none (null) means no decision. */
const recommendations = labelledEnum({ definitely_not: 'Definitely not', no: 'No', yes: 'Yes', strong_yes: 'Strong yes' });
export const RECOMMENDATIONS = recommendations.values;
export const RecommendationSchema = recommendations.schema;
export type Recommendation = z.infer<typeof RecommendationSchema>;
export const RECOMMENDATION_LABELS = recommendations.labels;

export const SCORECARD_TEXT_LIMIT = 5000;
const longText = z.string().check(z.maxLength(SCORECARD_TEXT_LIMIT, `Keep this under ${SCORECARD_TEXT_LIMIT.toLocaleString('en')} characters.`));

export const RatingsSchema = z.partialRecord(QualificationIdSchema, RatingSchema);
export type Ratings = z.infer<typeof RatingsSchema>;

/** What the interviewer writes; sent on every autosave and on submit. */
export const ScorecardContentSchema = z.object({
  ratings: RatingsSchema,
  recommendation: z.nullable(RecommendationSchema),
  takeaways: longText,
  /** Seen by the author, recruiters and the hiring manager; never by other interviewers. */
  privateNotes: longText,
});
export type ScorecardContent = z.infer<typeof ScorecardContentSchema>;

export const EMPTY_SCORECARD_CONTENT: ScorecardContent = { ratings: {}, recommendation: null, takeaways: '', privateNotes: '' };

export const ScorecardSchema = z.object({
  id: z.string(),
  interviewId: z.string(),
  candidateId: z.string(),
  author: ActorSchema,
  version: z.number().check(z.int(), z.gte(1)),
  status: z.enum(['draft', 'submitted']),
  ...ScorecardContentSchema.shape,
  updatedAt: z.iso.datetime(),
  submittedAt: z.nullable(z.iso.datetime()),
});
export type Scorecard = z.infer<typeof ScorecardSchema>;

/**
 * What a submission needs beyond a draft: a recommendation and key takeaways. Field errors in the
 * problem-document shape, empty when the content may be submitted.
 */
export function submissionErrors(content: ScorecardContent): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  if (content.recommendation === null) errors.recommendation = ['Choose an overall recommendation before submitting.'];
  // Spaces or zero-width characters alone are not takeaways.
  if (!hasVisibleText(content.takeaways)) errors.takeaways = ['Write your key takeaways before submitting.'];
  return errors;
}

/** Only ratings of the interview's focus qualifications count; anything else is dropped. */
export function ratingsForFocus(ratings: Ratings, focus: readonly QualificationId[]): Ratings {
  const kept: Ratings = {};
  for (const id of focus) if (ratings[id]) kept[id] = ratings[id];
  return kept;
}

/** Counts of submitted scorecards by recommendation, and how many are still to come. */
export const ScorecardTallySchema = z.object({
  submitted: z.number().check(z.int(), z.gte(0)),
  pending: z.number().check(z.int(), z.gte(0)),
  definitely_not: z.number().check(z.int(), z.gte(0)),
  no: z.number().check(z.int(), z.gte(0)),
  yes: z.number().check(z.int(), z.gte(0)),
  strong_yes: z.number().check(z.int(), z.gte(0)),
  none: z.number().check(z.int(), z.gte(0)),
});
export type ScorecardTally = z.infer<typeof ScorecardTallySchema>;

export function tallyScorecards(scorecards: readonly Pick<Scorecard, 'status' | 'recommendation'>[], interviewCount: number): ScorecardTally {
  const tally: ScorecardTally = { submitted: 0, pending: 0, definitely_not: 0, no: 0, yes: 0, strong_yes: 0, none: 0 };
  for (const scorecard of scorecards) {
    if (scorecard.status !== 'submitted') continue;
    tally.submitted += 1;
    tally[scorecard.recommendation ?? 'none'] += 1;
  }
  tally.pending = Math.max(0, interviewCount - tally.submitted);
  return tally;
}

export const ScorecardProgressSchema = z.enum(['missing', 'draft', 'submitted']);
export type ScorecardProgress = z.infer<typeof ScorecardProgressSchema>;

const InterviewCandidateSchema = z.object({
  id: z.string(),
  name: z.string(),
  headline: z.string(),
  company: z.string(),
  stage: StageSchema,
  status: CandidateStatusSchema,
});

/** One line of "My interviews". */
export const MyInterviewSchema = z.object({
  interview: InterviewSchema,
  candidate: InterviewCandidateSchema,
  scorecard: z.object({ progress: ScorecardProgressSchema, updatedAt: z.nullable(z.iso.datetime()) }),
});
export type MyInterview = z.infer<typeof MyInterviewSchema>;
export const MyInterviewListSchema = z.object({ items: z.array(MyInterviewSchema) });

/** An interview as its interviewer opens it to write the scorecard. */
export const InterviewDetailSchema = z.object({
  interview: InterviewSchema,
  candidate: InterviewCandidateSchema,
  scorecard: z.nullable(ScorecardSchema),
});
export type InterviewDetail = z.infer<typeof InterviewDetailSchema>;

/**
 * A candidate's interviews and the scorecards this caller may read. `blind` is true for an interviewer
 * who has not yet submitted their own scorecard for this candidate: they receive only their own.
 */
export const CandidateScorecardsSchema = z.object({
  interviews: z.array(InterviewSchema),
  scorecards: z.array(ScorecardSchema),
  blind: z.boolean(),
});
export type CandidateScorecards = z.infer<typeof CandidateScorecardsSchema>;

/** Candidates waiting for the hiring manager: onsite, active, every onsite scorecard in. */
export const ReviewQueueSchema = z.object({
  items: z.array(
    z.object({
      candidate: InterviewCandidateSchema,
      tally: ScorecardTallySchema,
      waitingSince: z.iso.datetime(),
    }),
  ),
});
export type ReviewQueue = z.infer<typeof ReviewQueueSchema>;
