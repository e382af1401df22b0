import type { StatusActionKind } from './candidate-input';
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

export type Decision = MoveDecision;

/**
 * Who may reject, withdraw, restore or hire, and when. `decidedByRole` is the role of whoever made the
 * candidate's current decision (rejection, withdrawal): a recruiter may not reverse the hiring manager's.
 */
export function decideStatusChange(role: UserRole, candidate: MoveSubject, action: StatusActionKind, decidedByRole: UserRole | null = null): Decision {
  if (role === 'interviewer') {
    return { allowed: false, kind: 'forbidden', reason: 'Interviewers cannot change a candidate’s status.' };
  }
  switch (action) {
    case 'hire':
      if (role !== 'hiring_manager') return { allowed: false, kind: 'forbidden', reason: 'Only the hiring manager can mark a candidate hired.' };
      if (candidate.status !== 'active') return { allowed: false, kind: 'invalid', reason: `This candidate is ${candidate.status}.` };
      if (candidate.stage !== 'offer') return { allowed: false, kind: 'invalid', reason: 'Only a candidate in Offer can be marked hired.' };
      return { allowed: true };
    case 'reject':
    case 'withdraw':
      if (candidate.status !== 'active') return { allowed: false, kind: 'invalid', reason: `This candidate is already ${candidate.status}.` };
      return { allowed: true };
    case 'restore':
      if (candidate.status !== 'rejected' && candidate.status !== 'withdrawn') {
        return { allowed: false, kind: 'invalid', reason: candidate.status === 'hired' ? 'A hired candidate cannot be restored.' : 'This candidate is already active.' };
      }
      if (role === 'recruiter' && (decidedByRole === 'hiring_manager' || candidate.stage === 'offer')) {
        return { allowed: false, kind: 'forbidden', reason: 'Only the hiring manager can reverse their decision.' };
      }
      return { allowed: true };
  }
}

/** Recruiters and the hiring manager record which qualifications a candidate meets; interviewers rate in scorecards. */
export function canEditAssessments(role: UserRole): boolean {
  return role !== 'interviewer';
}

export function canAddCandidates(role: UserRole): boolean {
  return role !== 'interviewer';
}
