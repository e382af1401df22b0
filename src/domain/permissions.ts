import type { CandidateStatus, Stage } from './stages';
import { STAGE_LABELS } from './stages';
import type { UserRole } from './user';

export type MoveDecision =
  | { allowed: true }
  /** `forbidden`: this role may never do it (HTTP 403). `invalid`: nobody may, as things stand (HTTP 422). */
  | { allowed: false; kind: 'forbidden' | 'invalid'; reason: string };

interface MoveSubject {
  stage: Stage;
  status: CandidateStatus;
}

/**
 * Who may move whom where. The API enforces this; the UI asks the same question to explain
 * disabled actions before the request is ever sent.
 */
export function decideMove(role: UserRole, candidate: MoveSubject, toStage: Stage): MoveDecision {
  if (role === 'interviewer') {
    return { allowed: false, kind: 'forbidden', reason: 'Interviewers cannot move candidates.' };
  }
  if (role === 'recruiter' && toStage === 'offer') {
    return {
      allowed: false,
      kind: 'forbidden',
      reason: 'Only the hiring manager can move a candidate to Offer.',
    };
  }
  if (role === 'recruiter' && candidate.stage === 'offer') {
    return {
      allowed: false,
      kind: 'forbidden',
      reason: 'Only the hiring manager can move a candidate out of Offer.',
    };
  }
  if (candidate.status !== 'active') {
    return {
      allowed: false,
      kind: 'invalid',
      reason: `This candidate is ${candidate.status}; restore them before moving.`,
    };
  }
  if (candidate.stage === toStage) {
    return { allowed: false, kind: 'invalid', reason: `Already in ${STAGE_LABELS[toStage]}.` };
  }
  return { allowed: true };
}

export function canMoveAnyone(role: UserRole): boolean {
  return role !== 'interviewer';
}

/** Contact details are for people who run the process, not for interviewers (blind, need-to-know). */
export function canSeeContactDetails(role: UserRole): boolean {
  return role !== 'interviewer';
}

/** Interviewers see only the candidates they interview; everyone else sees the whole pipeline. */
export function seesWholePipeline(role: UserRole): boolean {
  return role !== 'interviewer';
}
