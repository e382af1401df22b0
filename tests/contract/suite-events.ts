/**
 * Live updates (`GET /events`): a committed change reaches every signed-in stream that may see it, and
 * nothing else does; a client coming back with Last-Event-ID gets what it missed, or `reset`.
 */
import { describe, expect, it } from 'vitest';
import { newKey, writeHeaders } from './client';
import { openEventStream, type StreamEvent } from './event-stream';
import { type SeedFacts, seedFacts } from './fixtures';
import { type ContractTarget, PERSONAS } from './target';

const about = (candidateId: string, type?: string) => (e: StreamEvent) =>
  e.event === 'change' && (JSON.parse(e.data) as { candidateId: string; type: string }).candidateId === candidateId && (type === undefined || e.data.includes(`"type":"${type}"`));

const active = (facts: SeedFacts, stage: string) => facts.candidates.filter((c) => c.status === 'active' && c.stage === stage);

export function defineEventSuite(getTarget: () => ContractTarget): void {
  describe('live updates', () => {
    it('a move reaches the hiring manager’s stream, and an interviewer’s only for a candidate they interview', async () => {
      const target = getTarget();
      const facts = await seedFacts(target);
      const interviewerId = PERSONAS.interviewers[0];
      const theirs = new Set(facts.interviews.filter((i) => i.interviewerId === interviewerId).map((i) => i.candidateId));
      const mine = active(facts, 'applied').find((c) => theirs.has(c.id)) ?? active(facts, 'screen').find((c) => theirs.has(c.id))!;
      const other = active(facts, 'applied').find((c) => !theirs.has(c.id))!;
      const [recruiter, manager, interviewer] = await Promise.all([target.signIn(PERSONAS.recruiter), target.signIn(PERSONAS.hiringManager), target.signIn(interviewerId)]);
      const managerStream = await openEventStream(manager);
      const interviewerStream = await openEventStream(interviewer);
      try {
        expect((await recruiter.post(`/candidates/${other.id}/moves`, { toStage: 'screen' }, writeHeaders(other.version))).status).toBe(200);
        // A note on their own candidate: notes are the hiring team's opinions, never sent to interviewers.
        expect((await recruiter.post(`/candidates/${mine.id}/notes`, { text: 'Strong references.' }, newKey())).status).toBe(201);
        const toStage = mine.stage === 'applied' ? 'screen' : 'onsite';
        expect((await recruiter.post(`/candidates/${mine.id}/moves`, { toStage }, writeHeaders(mine.version))).status).toBe(200);

        const seen = await managerStream.next(about(other.id, 'candidate'));
        expect(JSON.parse(seen.data)).toEqual({ type: 'candidate', candidateId: other.id });
        expect(Number(seen.id)).toBeGreaterThan(Number(managerStream.readyId));
        await managerStream.next(about(mine.id, 'activity'));
        // In commit order the interviewer's first event is the move of their own candidate: neither the other
        // candidate's move nor the note before it reached them.
        const first = await interviewerStream.next((e) => e.event === 'change');
        expect(JSON.parse(first.data)).toEqual({ type: 'candidate', candidateId: mine.id });
      } finally {
        managerStream.close();
        interviewerStream.close();
      }
    });

    it('resumes after Last-Event-ID with what was missed, and says reset when it cannot', async () => {
      const target = getTarget();
      const facts = await seedFacts(target);
      const [first, second] = active(facts, 'applied');
      const recruiter = await target.signIn(PERSONAS.recruiter);
      const before = await openEventStream(recruiter);
      const lastSeen = before.readyId!;
      before.close();
      // Changes made while this client was away.
      await recruiter.post(`/candidates/${first!.id}/moves`, { toStage: 'screen' }, writeHeaders(first!.version));
      await recruiter.post(`/candidates/${second!.id}/moves`, { toStage: 'screen' }, writeHeaders(second!.version));

      const resumed = await openEventStream(recruiter, lastSeen);
      try {
        await resumed.next(about(first!.id));
        await resumed.next(about(second!.id));
      } finally {
        resumed.close();
      }
      const lost = await openEventStream(recruiter, 'not-an-event-id');
      try {
        await lost.next((e) => e.event === 'reset');
      } finally {
        lost.close();
      }
    });
  });
}
