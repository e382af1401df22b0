/**
 * Who sees what (server/core/visibility.ts, through the API): sign-in first, interviewers see only their
 * candidates (404 for the rest, so nothing reveals they exist), and never a candidate's email or phone.
 */
import { describe, expect, it } from 'vitest';
import { CandidateListSchema, CandidateSchema, MyInterviewListSchema } from '../../src/domain';
import { anonymous, ifMatch, newKey, problemOf, read, writeHeaders } from './client';
import { completeScorecard, seedFacts } from './fixtures';
import { type ContractTarget, PERSONAS } from './target';

const DANA = 'u-dana';

export function defineVisibilitySuite(getTarget: () => ContractTarget): void {
  describe('visibility', () => {
    it('answers 401 with a problem document when nobody is signed in', async () => {
      const problem = problemOf(await anonymous(getTarget()).get('/candidates'), 401);
      expect(problem.title).toBe('Sign in required');
    });

    it('shows interviewers exactly the candidates they interview', async () => {
      const target = getTarget();
      const facts = await seedFacts(target);
      const dana = await target.signIn(DANA);
      const assigned = new Set(facts.interviews.filter((i) => i.interviewerId === DANA).map((i) => i.candidateId));
      expect(assigned.size).toBeGreaterThan(0);
      const list = await read(dana, '/candidates', CandidateListSchema);
      expect(new Set(list.items.map((c) => c.id))).toEqual(assigned);
      expect(list.total).toBe(assigned.size);
      const mine = await read(dana, '/me/interviews', MyInterviewListSchema);
      expect(new Set(mine.items.map((i) => i.candidate.id))).toEqual(assigned);
      // Interviewers never see "needs decision": that is the hiring manager's queue.
      expect(list.items.every((c) => !c.needsDecision)).toBe(true);
    });

    it('answers 404, not 403, for a candidate an interviewer does not interview, on every candidate endpoint', async () => {
      const target = getTarget();
      const facts = await seedFacts(target);
      const assigned = new Set(facts.interviews.filter((i) => i.interviewerId === DANA).map((i) => i.candidateId));
      const notMine = facts.candidates.find((c) => !assigned.has(c.id) && c.status === 'active')!;
      const dana = await target.signIn(DANA);
      for (const path of ['', '/activity', '/scorecards']) problemOf(await dana.get(`/candidates/${notMine.id}${path}`), 404);
      problemOf(await dana.post(`/candidates/${notMine.id}/moves`, { toStage: 'screen' }, writeHeaders(notMine.version)), 404);
      problemOf(await dana.post(`/candidates/${notMine.id}/notes`, { text: 'x' }, newKey()), 404);
      problemOf(await dana.put(`/candidates/${notMine.id}/assessments/data`, { status: 'met', evidence: '' }, ifMatch(notMine.version)), 404);
      // The same answer as for a candidate that does not exist at all.
      const missing = problemOf(await dana.get('/candidates/c99999'), 404);
      expect(problemOf(await dana.get(`/candidates/${notMine.id}`), 404)).toEqual(missing);
    });

    it('keeps interviewers out of another interviewer’s interview (404)', async () => {
      const target = getTarget();
      const facts = await seedFacts(target);
      const theirs = facts.interviews.find((i) => i.interviewerId === 'u-tomas')!;
      const dana = await target.signIn(DANA);
      problemOf(await dana.get(`/interviews/${theirs.id}`), 404);
      problemOf(await dana.put(`/interviews/${theirs.id}/scorecard`, completeScorecard(theirs)), 404);
      problemOf(await dana.post(`/interviews/${theirs.id}/scorecard/submit`, completeScorecard(theirs), newKey()), 404);
    });

    it('gives recruiters and the hiring manager contact details', async () => {
      const target = getTarget();
      const candidate = (await seedFacts(target)).candidates[0]!;
      for (const persona of [PERSONAS.recruiter, PERSONAS.hiringManager]) {
        const full = await read(await target.signIn(persona), `/candidates/${candidate.id}`, CandidateSchema);
        expect(full.email, persona).toMatch(/@/);
        expect(full.phone, persona).toMatch(/\d/);
      }
    });

    it('never sends interviewers an email or phone number, from any endpoint', async () => {
      const target = getTarget();
      const facts = await seedFacts(target);
      const recruiter = await target.signIn(PERSONAS.recruiter);
      const dana = await target.signIn(DANA);
      const own = facts.interviews.filter((i) => i.interviewerId === DANA);
      const candidateIds = [...new Set(own.map((i) => i.candidateId))];
      const contacts: string[] = [];
      for (const id of candidateIds) {
        const full = await read(recruiter, `/candidates/${id}`, CandidateSchema);
        contacts.push(full.email!, full.phone!);
      }
      expect(contacts.every(Boolean)).toBe(true);

      const texts: string[] = [];
      const collect = async (response: Promise<{ text: string; status: number }>) => texts.push((await response).text);
      await collect(dana.get('/candidates'));
      await collect(dana.get('/me/interviews'));
      await collect(dana.get('/review/queue'));
      await collect(dana.get('/role/stats'));
      for (const id of candidateIds) {
        const detail = await read(dana, `/candidates/${id}`, CandidateSchema);
        expect(detail.email).toBeUndefined();
        expect(detail.phone).toBeUndefined();
        await collect(dana.get(`/candidates/${id}`));
        await collect(dana.get(`/candidates/${id}/activity`));
        await collect(dana.get(`/candidates/${id}/scorecards`));
        await collect(dana.put(`/candidates/${id}/assessments/data`, { status: 'met', evidence: '' }, ifMatch(999)));
        await collect(dana.post(`/candidates/${id}/status`, { action: 'restore' }, writeHeaders(999)));
      }
      for (const interview of own) {
        await collect(dana.get(`/interviews/${interview.id}`));
        // A stale write's 412 carries the current resource: it must not carry contact details either.
        await collect(dana.put(`/interviews/${interview.id}/scorecard`, completeScorecard(interview), ifMatch(999)));
      }
      for (const [i, text] of texts.entries()) {
        for (const contact of contacts) expect(text.includes(contact), `response ${i} contains ${contact}`).toBe(false);
      }
      expect(texts.join('\n')).not.toMatch(/@mail\.example\.com|\+1 555/);
      problemOf(await dana.get(`/candidates/lookup?email=${encodeURIComponent(contacts[0]!)}`), 403);
    });
  });
}
