import { type BulkItemResult, type CandidateSummary, type Decision, decideMove, decideStatusChange, type Stage, type UserRole } from '../../domain';

/**
 * Which of the selected candidates an action applies to, by the same rules as one by one
 * (`src/domain/permissions.ts`). The refused ones are never sent; they are reported beside the server's
 * answers, worded the same, so the person hears about every candidate they selected.
 */
export interface Choice {
  allowed: CandidateSummary[];
  skipped: BulkItemResult[];
  /** The commonest reason of the refused ones (what a disabled action says). */
  reason: string | undefined;
}

export function choose(targets: readonly CandidateSummary[], decide: (candidate: CandidateSummary) => Decision): Choice {
  const allowed: CandidateSummary[] = [];
  const skipped: BulkItemResult[] = [];
  const reasons = new Map<string, number>();
  for (const candidate of targets) {
    const decision = decide(candidate);
    if (decision.allowed) {
      allowed.push(candidate);
      continue;
    }
    const forbidden = decision.kind === 'forbidden';
    skipped.push({ candidateId: candidate.id, outcome: forbidden ? 'forbidden' : 'invalid', status: forbidden ? 403 : 422, detail: decision.reason });
    reasons.set(decision.reason, (reasons.get(decision.reason) ?? 0) + 1);
  }
  const reason = [...reasons].sort((a, b) => b[1] - a[1])[0]?.[0];
  return { allowed, skipped, reason };
}

export const moveChoice = (role: UserRole, targets: readonly CandidateSummary[], stage: Stage) =>
  choose(targets, (candidate) => decideMove(role, candidate, stage));

/** The board does not know who made each decision; the server refuses a recruiter's restore of the hiring manager's. */
export const statusChoice = (role: UserRole, targets: readonly CandidateSummary[], action: 'reject' | 'restore') =>
  choose(targets, (candidate) => decideStatusChange(role, candidate, action));

/** Why a whole action is unavailable for this selection, in words about the selection. */
export function unavailable(choice: Choice, action: 'reject' | 'restore'): string | null {
  if (choice.allowed.length > 0) return null;
  if (choice.skipped.some((s) => s.outcome === 'forbidden')) return choice.reason ?? null;
  return action === 'reject' ? 'Everyone selected has already left the pipeline.' : 'Nobody selected is rejected or withdrawn.';
}
