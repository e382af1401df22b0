import {
  type CandidateScorecards,
  type InterviewKind,
  QUALIFICATION_IDS,
  type QualificationId,
  type Rating,
} from '../../domain';

/** One interviewer's rating of one qualification, from a submitted scorecard. */
export interface QualificationRatingSignal {
  rating: Rating;
  interviewId: string;
  interviewKind: InterviewKind;
  interviewerName: string;
}

export type RatingsByQualification = Record<QualificationId, QualificationRatingSignal[]>;

/**
 * The interview ratings of each qualification, as the caller may see them (the API already applied blind
 * review): submitted scorecards only, in interview order. A signal beside the assessment, never the decision.
 */
export function ratingsByQualification(data: Pick<CandidateScorecards, 'interviews' | 'scorecards'>): RatingsByQualification {
  const result = Object.fromEntries(QUALIFICATION_IDS.map((id) => [id, [] as QualificationRatingSignal[]])) as RatingsByQualification;
  const byInterview = new Map(data.scorecards.filter((s) => s.status === 'submitted').map((s) => [s.interviewId, s]));
  for (const interview of data.interviews) {
    const scorecard = byInterview.get(interview.id);
    if (!scorecard) continue;
    for (const id of QUALIFICATION_IDS) {
      const rating = scorecard.ratings[id];
      if (rating) result[id].push({ rating, interviewId: interview.id, interviewKind: interview.kind, interviewerName: scorecard.author.name });
    }
  }
  return result;
}
