import { type AssessmentStatus, decideMove, QUALIFICATION_IDS, STAGES } from '../src/domain';
import type { MockBackend } from './backend';

const COLLEAGUE_ID = 'u-jordan';

/**
 * A simulated teammate who edits candidates in the background, so that the client's conflict handling
 * (412 on a stale version) can be exercised by hand. Runs only while the "colleague" fault is on.
 */
export function startColleague(backend: MockBackend, intervalMs = 5000): () => void {
  const timer = setInterval(() => {
    if (!backend.faults.colleague) return;
    const { db } = backend;
    const colleague = db.user(COLLEAGUE_ID);
    if (!colleague) return;
    const active = [...db.allCandidates()].filter((c) => c.status === 'active');
    const target = active[Math.floor(Math.random() * active.length)];
    if (!target) return;
    const at = backend.now().toISOString();
    const actor = { id: colleague.id, name: colleague.name };

    const stage = STAGES[Math.floor(Math.random() * STAGES.length)]!;
    if (Math.random() < 0.5 && decideMove(colleague.role, target, stage).allowed) {
      db.updateCandidate(target.id, ({ version: _v, ...rest }) => ({ ...rest, stage, stageEnteredAt: at }));
      db.appendActivity({ candidateId: target.id, at, actor, type: 'stage_changed', from: target.stage, to: stage });
    } else {
      const id = QUALIFICATION_IDS[Math.floor(Math.random() * QUALIFICATION_IDS.length)]!;
      const from = target.assessments[id].status;
      const to: AssessmentStatus = from === 'met' ? 'partial' : 'met';
      db.updateCandidate(target.id, ({ version: _v, ...rest }) => ({
        ...rest,
        assessments: {
          ...rest.assessments,
          [id]: { status: to, evidence: 'Updated after a reference call.', updatedBy: actor, updatedAt: at },
        },
      }));
      db.appendActivity({ candidateId: target.id, at, actor, type: 'assessment_changed', qualificationId: id, from, to });
    }
    db.notifyChanged();
  }, intervalMs);
  return () => clearInterval(timer);
}
