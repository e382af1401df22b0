export { AddCandidateForm } from './AddCandidateForm';
export { CandidatePage, type CandidatePageProps } from './CandidatePage';
export type { QualificationRatingsSlot } from './QualificationChecklist';
