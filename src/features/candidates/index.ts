export { AddCandidateForm } from './AddCandidateForm';
export { candidateKeys, candidateQueryOptions, activityQueryOptions } from './api';
export { CandidatePage, type CandidatePageProps } from './CandidatePage';
export type { QualificationRatingsSlot } from './QualificationChecklist';
