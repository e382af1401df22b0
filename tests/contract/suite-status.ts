/** Status changes: reject, withdraw, restore and hire, and who may reverse whose decision. */
import { describe, expect, it } from 'vitest';
import { type Candidate, CandidateSchema } from '../../src/domain';
import { type ApiClient, okBody, problemOf, read, writeHeaders } from './client';
import { ActivityListSchema, activeIn, candidateWhere, seedFacts } from './fixtures';
import { type ContractTarget, PERSONAS } from './target';

async function changeStatus(client: ApiClient, candidate: Pick<Candidate, 'id' | 'version'>, body: unknown) {
  return client.post(`/candidates/${candidate.id}/status`, body, writeHeaders(candidate.version));
}

const REJECT = { action: 'reject', reason: 'Does not meet required qualifications', note: 'Thin on data work.', unmetQualifications: ['data', 'async'] };

export function defineStatusSuite(getTarget: () => ContractTarget): void {
  describe('status changes', () => {
    it('rejects with a reason and unmet qualifications, then restores to the stage they left from', async () => {
      const target = getTarget();
      const candidate = activeIn(await seedFacts(target), 'screen');
      const recruiter = await target.signIn(PERSONAS.recruiter);
      const rejected = okBody(await changeStatus(recruiter, candidate, REJECT), CandidateSchema);
      expect(rejected).toMatchObject({
        status: 'rejected',
        stage: 'screen',
        version: candidate.version + 1,
        statusChange: { reason: REJECT.reason, unmetQualifications: ['data', 'async'], note: REJECT.note, by: { id: PERSONAS.recruiter } },
      });
      const restored = okBody(await changeStatus(recruiter, rejected, { action: 'restore' }), CandidateSchema);
      expect(restored).toMatchObject({ status: 'active', stage: 'screen', statusChange: null, version: candidate.version + 2 });
      const { items } = await read(recruiter, `/candidates/${candidate.id}/activity`, ActivityListSchema);
      expect(items.filter((e) => e.type === 'status_changed').slice(0, 2)).toMatchObject([
        { from: 'rejected', to: 'active' },
        { from: 'active', to: 'rejected', reason: REJECT.reason, note: REJECT.note },
      ]);
    });

    it('withdraws with a reason from the list', async () => {
      const target = getTarget();
      const candidate = activeIn(await seedFacts(target), 'applied');
      const recruiter = await target.signIn(PERSONAS.recruiter);
      const body = { action: 'withdraw', reason: 'Accepted another offer', note: '' };
      expect(okBody(await changeStatus(recruiter, candidate, body), CandidateSchema)).toMatchObject({ status: 'withdrawn', statusChange: { reason: body.reason } });
    });

    it('lets only the hiring manager mark hired, and only from Offer', async () => {
      const target = getTarget();
      const facts = await seedFacts(target);
      const inOffer = activeIn(facts, 'offer');
      const inOnsite = activeIn(facts, 'onsite');
      const recruiter = await target.signIn(PERSONAS.recruiter);
      problemOf(await changeStatus(recruiter, inOffer, { action: 'hire', note: '' }), 403);
      const manager = await target.signIn(PERSONAS.hiringManager);
      expect(problemOf(await changeStatus(manager, inOnsite, { action: 'hire', note: '' }), 422).detail).toBe('Only a candidate in Offer can be marked hired.');
      const hired = okBody(await changeStatus(manager, inOffer, { action: 'hire', note: 'Starts in January.' }), CandidateSchema);
      expect(hired).toMatchObject({ status: 'hired', statusChange: { reason: 'Offer accepted', note: 'Starts in January.' } });
      expect(problemOf(await changeStatus(manager, hired, { action: 'restore' }), 422).detail).toBe('A hired candidate cannot be restored.');
    });

    it('does not let a recruiter reverse the hiring manager’s rejection (403); the hiring manager can', async () => {
      const target = getTarget();
      const candidate = activeIn(await seedFacts(target), 'onsite');
      const manager = await target.signIn(PERSONAS.hiringManager);
      const rejected = okBody(await changeStatus(manager, candidate, REJECT), CandidateSchema);
      expect(rejected.statusChange?.by).toMatchObject({ id: PERSONAS.hiringManager, role: 'hiring_manager' });

      for (const persona of [PERSONAS.recruiter, PERSONAS.coordinator]) {
        const recruiter = await target.signIn(persona);
        expect(problemOf(await changeStatus(recruiter, rejected, { action: 'restore' }), 403).detail).toBe('Only the hiring manager can reverse their decision.');
      }
      const recruiter = await target.signIn(PERSONAS.recruiter);
      expect(await read(recruiter, `/candidates/${candidate.id}`, CandidateSchema)).toEqual(rejected);
      const restored = okBody(await changeStatus(manager, rejected, { action: 'restore' }), CandidateSchema);
      expect(restored).toMatchObject({ status: 'active', stage: 'onsite', statusChange: null });
    });

    it('lets a recruiter reverse a recruiter’s rejection', async () => {
      const target = getTarget();
      const candidate = activeIn(await seedFacts(target), 'applied');
      const [priya, jordan] = await Promise.all([target.signIn(PERSONAS.recruiter), target.signIn(PERSONAS.coordinator)]);
      const rejected = okBody(await changeStatus(priya, candidate, REJECT), CandidateSchema);
      expect(okBody(await changeStatus(jordan, rejected, { action: 'restore' }), CandidateSchema).status).toBe('active');
    });

    it('needs a note with visible text when the reason is "Other"', async () => {
      const target = getTarget();
      const candidate = activeIn(await seedFacts(target), 'screen');
      const recruiter = await target.signIn(PERSONAS.recruiter);
      for (const note of [' ', '\u200b\u200b', '\n\t']) {
        const response = await changeStatus(recruiter, candidate, { action: 'reject', reason: 'Other', note, unmetQualifications: [] });
        expect(problemOf(response, 422).errors).toEqual({ note: ['Say what the reason is in a note.'] });
      }
      const withdrawn = await changeStatus(recruiter, candidate, { action: 'withdraw', reason: 'Other', note: 'Relocating abroad.' });
      expect(okBody(withdrawn, CandidateSchema).statusChange).toMatchObject({ reason: 'Other', note: 'Relocating abroad.' });
    });

    it('tells a stale client what changed (412) before judging the action against an outdated state', async () => {
      const target = getTarget();
      const candidate = candidateWhere(await seedFacts(target), 'rejected candidate', (c) => c.status === 'rejected');
      const recruiter = await target.signIn(PERSONAS.recruiter);
      const stale = await changeStatus(recruiter, { id: candidate.id, version: candidate.version + 1 }, { action: 'withdraw', reason: 'Other', note: 'x' });
      expect(CandidateSchema.parse(problemOf(stale, 412).current).status).toBe('rejected');
    });

    it('refuses a reason outside the list, and restoring or rejecting in the wrong state (422)', async () => {
      const target = getTarget();
      const facts = await seedFacts(target);
      const candidate = activeIn(facts, 'screen');
      const recruiter = await target.signIn(PERSONAS.recruiter);
      expect(problemOf(await changeStatus(recruiter, candidate, { action: 'withdraw', reason: 'Bored', note: '' }), 422).errors).toHaveProperty('reason');
      expect(problemOf(await changeStatus(recruiter, candidate, { action: 'restore' }), 422).detail).toBe('This candidate is already active.');
      const withdrawn = candidateWhere(facts, 'withdrawn candidate', (c) => c.status === 'withdrawn');
      expect(problemOf(await changeStatus(recruiter, withdrawn, REJECT), 422).detail).toBe('This candidate is already withdrawn.');
    });
  });
}
