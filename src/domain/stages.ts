import * as z from 'zod/mini';

export const STAGES = ['applied', 'screen', 'onsite', 'offer'] as const;
export const StageSchema = z.enum(STAGES);
export type Stage = z.infer<typeof StageSchema>;

export const STAGE_LABELS: Record<Stage, string> = {
  applied: 'Applied',
  screen: 'Screen',
  onsite: 'Onsite',
  offer: 'Offer',
};

export function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage);
}

/** The stage one step forward (+1) or back (-1), or null past either end. */
export function adjacentStage(stage: Stage, step: 1 | -1): Stage | null {
  return STAGES[stageIndex(stage) + step] ?? null;
}

export const CANDIDATE_STATUSES = ['active', 'hired', 'rejected', 'withdrawn'] as const;
export const CandidateStatusSchema = z.enum(CANDIDATE_STATUSES);
export type CandidateStatus = z.infer<typeof CandidateStatusSchema>;

export const STATUS_LABELS: Record<CandidateStatus, string> = {
  active: 'Active',
  hired: 'Hired',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};
