import type * as z from 'zod/mini';
import { labelledEnum } from './labelled-enum';

const stages = labelledEnum({ applied: 'Applied', screen: 'Screen', onsite: 'Onsite', offer: 'Offer' });
export const STAGES = stages.values;
export const StageSchema = stages.schema;
export type Stage = z.infer<typeof StageSchema>;
export const STAGE_LABELS = stages.labels;

export function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage);
}

/** The stage one step forward (+1) or back (-1), or null past either end. */
export function adjacentStage(stage: Stage, step: 1 | -1): Stage | null {
  return STAGES[stageIndex(stage) + step] ?? null;
}

const statuses = labelledEnum({ active: 'Active', hired: 'Hired', rejected: 'Rejected', withdrawn: 'Withdrawn' });
export const CANDIDATE_STATUSES = statuses.values;
export const CandidateStatusSchema = statuses.schema;
export type CandidateStatus = z.infer<typeof CandidateStatusSchema>;
export const STATUS_LABELS = statuses.labels;
