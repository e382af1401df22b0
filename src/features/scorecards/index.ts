export { CandidateScorecards, type CandidateScorecardsProps, QualificationRatings, useQualificationRatings, useQualificationRatingsSlot } from './CandidateScorecards';
export { MyInterviewsNavLink } from './MyInterviewsNavLink';
export { MyInterviewsPage } from './MyInterviewsPage';
export { type QualificationRatingSignal, type RatingsByQualification, ratingsByQualification } from './ratings-signal';
export { ScorecardPage } from './ScorecardPage';
