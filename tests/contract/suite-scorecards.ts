/** Scorecards (autosaved drafts, final submission), "my interviews", and the hiring manager's review queue. */
import { describe, expect, it } from 'vitest';
import {
  CandidateListSchema,
  CandidateScorecardsSchema,
  InterviewDetailSchema,
  MoveResultSchema,
  MyInterviewListSchema,
  ReviewQueueSchema,
  ScorecardSchema,
} from '../../src/domain';
import { ifMatch, newKey, okBody, problemOf, read, writeHeaders } from './client';
import { blindInterview, completeScorecard, interviewsOf, seedFacts } from './fixtures';
import { type ContractTarget, PERSONAS, type PersonaId } from './target';

export function defineScorecardSuite(getTarget: () => ContractTarget): void {
  describe('scorecards', () => {
    it('lists my interviews with what is still to write', async () => {
      const target = getTarget();
      const facts = await seedFacts(target);
      for (const persona of ['u-dana', 'u-tomas'] as const) {
        const client = await target.signIn(persona);
        const list = await read(client, '/me/interviews', MyInterviewListSchema);
        const mine = facts.interviews.filter((i) => i.interviewerId === persona);
        expect(list.items.map((i) => i.interview.id).sort()).toEqual(mine.map((i) => i.id).sort());
        expect(list.items.some((i) => i.scorecard.progress !== 'submitted'), persona).toBe(true);
        for (const item of list.items) {
          expect(item.candidate.id).toBe(item.interview.candidateId);
          expect(item.scorecard.updatedAt === null).toBe(item.scorecard.progress === 'missing');
          // The list agrees with the interview itself.
          const { scorecard } = await read(client, `/interviews/${item.interview.id}`, InterviewDetailSchema);
          expect(scorecard?.status ?? 'missing', item.interview.id).toBe(item.scorecard.progress);
        }
      }
    });

    it('autosaves drafts with versions: 428 without If-Match, 412 on a stale one, focus ratings only', async () => {
      const target = getTarget();
      const interview = blindInterview(await seedFacts(target), { missing: true });
      const interviewer = await target.signIn(interview.interviewerId as PersonaId);
      const path = `/interviews/${interview.id}/scorecard`;
      const unfocused = interview.focus.includes('security') ? 'autonomy' : 'security';
      const content = completeScorecard(interview);
      const first = okBody(await interviewer.put(path, { ...content, ratings: { ...content.ratings, [unfocused]: 'no' } }), ScorecardSchema, 201);
      expect(first).toMatchObject({ status: 'draft', version: 1, interviewId: interview.id, author: { id: interview.interviewerId } });
      expect(Object.keys(first.ratings).sort()).toEqual([...interview.focus].sort());

      problemOf(await interviewer.put(path, content), 428);
      const stale = problemOf(await interviewer.put(path, content, ifMatch(first.version + 1)), 412);
      expect(ScorecardSchema.parse(stale.current)).toEqual(first);
      const second = okBody(await interviewer.put(path, { ...content, takeaways: 'Updated' }, ifMatch(first.version)), ScorecardSchema);
      expect(second).toMatchObject({ version: first.version + 1, takeaways: 'Updated', status: 'draft' });
      expect((await read(interviewer, `/interviews/${interview.id}`, InterviewDetailSchema)).scorecard).toEqual(second);
    });

    it('needs a recommendation and visible takeaways to submit, and a submitted scorecard is final', async () => {
      const target = getTarget();
      const interview = blindInterview(await seedFacts(target), { missing: true });
      const interviewer = await target.signIn(interview.interviewerId as PersonaId);
      const submitPath = `/interviews/${interview.id}/scorecard/submit`;
      const content = completeScorecard(interview);
      for (const takeaways of [' ', '\u200b\u2060', '']) {
        const incomplete = problemOf(await interviewer.post(submitPath, { ...content, recommendation: null, takeaways }, newKey()), 422);
        expect(Object.keys(incomplete.errors ?? {}).sort()).toEqual(['recommendation', 'takeaways']);
      }
      expect((await read(interviewer, `/interviews/${interview.id}`, InterviewDetailSchema)).scorecard).toBeNull();

      const submitted = okBody(await interviewer.post(submitPath, content, newKey()), ScorecardSchema);
      expect(submitted).toMatchObject({ status: 'submitted', takeaways: content.takeaways });
      expect(submitted.submittedAt).not.toBeNull();
      const edit = problemOf(await interviewer.put(`/interviews/${interview.id}/scorecard`, { ...content, takeaways: 'Changed' }, ifMatch(submitted.version)), 409);
      expect(edit.detail).toBe('Submitted scorecards are final and can no longer be edited.');
      problemOf(await interviewer.post(submitPath, content, { ...newKey(), ...ifMatch(submitted.version) }), 409);
      expect((await read(interviewer, `/interviews/${interview.id}`, InterviewDetailSchema)).scorecard).toEqual(submitted);
    });
  });

  describe('review queue and decisions', () => {
    it('lists candidates waiting for a decision, longest waiting first', async () => {
      const target = getTarget();
      const facts = await seedFacts(target);
      const manager = await target.signIn(PERSONAS.hiringManager);
      const queue = await read(manager, '/review/queue', ReviewQueueSchema);
      const board = await read(manager, '/candidates', CandidateListSchema);
      const expected = board.items.filter((c) => c.needsDecision).map((c) => c.id);
      expect(queue.items.length).toBeGreaterThan(0);
      expect(queue.items.map((i) => i.candidate.id).sort()).toEqual(expected.sort());
      const waits = queue.items.map((i) => i.waitingSince);
      expect(waits).toEqual([...waits].sort());
      for (const item of queue.items) {
        expect(item.candidate).toMatchObject({ stage: 'onsite', status: 'active' });
        const onsite = interviewsOf(facts, item.candidate.id).filter((i) => i.stage === 'onsite');
        expect(onsite.length).toBeGreaterThan(0);
        expect(onsite.every((i) => i.progress === 'submitted')).toBe(true);
        expect(item.tally.pending).toBe(0);
      }
      // And nobody else is waiting: every active onsite candidate with all onsite scorecards in is listed.
      const complete = facts.candidates.filter(
        (c) => c.status === 'active' && c.stage === 'onsite' && interviewsOf(facts, c.id).filter((i) => i.stage === 'onsite').every((i) => i.progress === 'submitted'),
      );
      expect(complete.map((c) => c.id).sort()).toEqual(expected.sort());
    });

    it('keeps interviewers out of the queue, and only the hiring manager advances to Offer', async () => {
      const target = getTarget();
      problemOf(await (await target.signIn('u-dana')).get('/review/queue'), 403);
      const manager = await target.signIn(PERSONAS.hiringManager);
      const waiting = (await read(manager, '/candidates', CandidateListSchema)).items.find((c) => c.needsDecision)!;
      const recruiter = await target.signIn(PERSONAS.recruiter);
      problemOf(await recruiter.post(`/candidates/${waiting.id}/moves`, { toStage: 'offer' }, writeHeaders(waiting.version)), 403);
      const moved = okBody(await manager.post(`/candidates/${waiting.id}/moves`, { toStage: 'offer' }, writeHeaders(waiting.version)), MoveResultSchema);
      expect(moved.candidate).toMatchObject({ stage: 'offer', needsDecision: false });
      expect((await read(manager, '/review/queue', ReviewQueueSchema)).items.some((i) => i.candidate.id === waiting.id)).toBe(false);
      const scorecards = await read(manager, `/candidates/${waiting.id}/scorecards`, CandidateScorecardsSchema);
      expect(scorecards.scorecards.length).toBeGreaterThan(0);
    });
  });
}
