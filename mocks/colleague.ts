import { type AssessmentStatus, QUALIFICATION_IDS, STAGES } from '../src/domain';
import type { MockBackend } from './backend';

const COLLEAGUE_ID = 'u-jordan';

/**
 * A simulated teammate who edits candidates in the background, so that the client's conflict handling
 * (412 on a stale version) and live updates can be exercised by hand. Writes through the API's own
 * commands, so the activity entries and events are exactly what a real colleague's would be.
 */
export function startColleague(backend: MockBackend, intervalMs = 5000): () => void {
  const timer = setInterval(() => {
    if (backend.faults.colleague) void actOnce(backend);
  }, intervalMs);
  return () => clearInterval(timer);
}

export async function actOnce(backend: MockBackend, random: () => number = Math.random): Promise<void> {
  const colleague = backend.db.user(COLLEAGUE_ID);
  if (!colleague) return;
  const active = [...backend.db.allCandidates()].filter((c) => c.status === 'active');
  const target = active[Math.floor(random() * active.length)];
  if (!target) return;
  const ifMatch = { kind: 'version', version: target.version } as const;
  const { candidates } = backend.core;
  try {
    if (random() < 0.5) {
      const toStage = STAGES[Math.floor(random() * STAGES.length)]!;
      await candidates.move({ user: colleague, candidateId: target.id, ifMatch, idempotencyKey: crypto.randomUUID(), body: { toStage } });
      return;
    }
    const id = QUALIFICATION_IDS[Math.floor(random() * QUALIFICATION_IDS.length)]!;
    const status: AssessmentStatus = target.assessments[id].status === 'met' ? 'partial' : 'met';
    await candidates.saveAssessment({ user: colleague, candidateId: target.id, qualificationId: id, ifMatch, body: { status, evidence: 'Updated after a reference call.' } });
  } catch {
    // A move the rules refuse (e.g. into Offer) is simply not made: a colleague would not make it either.
  }
}
