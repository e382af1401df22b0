import type { Assessment, AssessmentUpdate, Candidate, QualificationId } from '../../domain';

/** Two assessments are the same record: same status, evidence, author and time. */
export function sameAssessment(a: Assessment, b: Assessment): boolean {
  return a.status === b.status && a.evidence === b.evidence && a.updatedAt === b.updatedAt && a.updatedBy?.id === b.updatedBy?.id;
}

/** The server already holds exactly what this person wants to save. */
export function holdsUpdate(assessment: Assessment, update: AssessmentUpdate): boolean {
  return assessment.status === update.status && assessment.evidence === update.evidence.trim();
}

/**
 * What to do with an assessment write, given the assessment as the server has it now (from a 412, or a
 * refreshed cache), the one the person started editing from (`base`), and what they typed:
 * - `applied`: the server already has it (e.g. a retried write whose first answer was lost): done;
 * - `send`: nobody changed this qualification since: send (again) on top of the latest version;
 * - `conflict`: someone else changed this qualification meanwhile: show theirs, never overwrite silently.
 */
export function nextStep(current: Assessment, base: Assessment, update: AssessmentUpdate): 'applied' | 'send' | 'conflict' {
  if (holdsUpdate(current, update)) return 'applied';
  if (sameAssessment(current, base)) return 'send';
  return 'conflict';
}

/** Someone else changed the qualification being edited; `theirs` is their value, `current` the whole candidate now. */
export class AssessmentConflictError extends Error {
  readonly current: Candidate;
  readonly qualificationId: QualificationId;
  constructor(current: Candidate, qualificationId: QualificationId) {
    const theirs = current.assessments[qualificationId];
    super(`${theirs.updatedBy?.name ?? 'Someone else'} changed this qualification while you were editing it.`);
    this.name = 'AssessmentConflictError';
    this.current = current;
    this.qualificationId = qualificationId;
  }
  get theirs(): Assessment {
    return this.current.assessments[this.qualificationId];
  }
}

/** The newer of two copies of a candidate (by version): late answers never roll the page back. */
export function newerCandidate(cached: Candidate | undefined, incoming: Candidate): Candidate {
  return cached && cached.version > incoming.version ? cached : incoming;
}
