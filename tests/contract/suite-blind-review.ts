/**
 * Blind review (docs/architecture.md, "Where each rule lives"), per interview: an interviewer sees nothing of another interviewer's
 * scorecard of a candidate (ratings, tallies, activity) until every one of their own interviews of that
 * candidate has a submitted scorecard; afterwards never the others' private notes. Drafts are their
 * author's alone.
 */
import { describe, expect, it } from 'vitest';
import { CandidateListSchema, CandidateScorecardsSchema, ScorecardSchema } from '../../src/domain';
import { type ApiClient, ifMatch, newKey, okBody, read } from './client';
import { ActivityListSchema, blindInterview, completeScorecard, interviewsOf, required, seedFacts, submitScorecard, twoInterviewSituation } from './fixtures';
import { type ContractTarget, PERSONAS, type PersonaId } from './target';

const DANA = 'u-dana';

/** What `client` can learn of others' scorecards of a candidate, from every endpoint that could tell. */
async function viewOf(client: ApiClient, candidateId: string, self: string) {
  const scorecards = await read(client, `/candidates/${candidateId}/scorecards`, CandidateScorecardsSchema);
  const board = await read(client, '/candidates', CandidateListSchema);
  const { items } = await read(client, `/candidates/${candidateId}/activity`, ActivityListSchema);
  return {
    blind: scorecards.blind,
    others: scorecards.scorecards.filter((s) => s.author.id !== self),
    own: scorecards.scorecards.filter((s) => s.author.id === self),
    tally: board.items.find((c) => c.id === candidateId)!.scorecards,
    othersSubmissions: items.filter((e) => e.type === 'scorecard_submitted' && e.actor.id !== self),
    ownSubmissions: items.filter((e) => e.type === 'scorecard_submitted' && e.actor.id === self),
    notes: items.filter((e) => e.type === 'note_added'),
  };
}

export function defineBlindReviewSuite(getTarget: () => ContractTarget): void {
  describe('blind review', () => {
    it('shows an interviewer only their own scorecard until they submit it, then everyone’s submitted ones', async () => {
      const target = getTarget();
      const interview = blindInterview(await seedFacts(target), { missing: true, interviewerId: DANA });
      const dana = await target.signIn(DANA);
      const draft = okBody(await dana.put(`/interviews/${interview.id}/scorecard`, { ...completeScorecard(interview), recommendation: null }), ScorecardSchema, 201);

      const before = await viewOf(dana, interview.candidateId, DANA);
      expect(before).toMatchObject({ blind: true, others: [], tally: null, othersSubmissions: [] });
      expect(before.own.map((s) => s.id)).toEqual([draft.id]);

      const submitted = await dana.post(`/interviews/${interview.id}/scorecard/submit`, completeScorecard(interview), { ...newKey(), ...ifMatch(draft.version) });
      expect(okBody(submitted, ScorecardSchema).status).toBe('submitted');

      const after = await viewOf(dana, interview.candidateId, DANA);
      expect(after.blind).toBe(false);
      expect(after.others.length).toBeGreaterThan(0);
      expect(after.others.every((s) => s.status === 'submitted' && s.privateNotes === '')).toBe(true);
      expect(after.tally?.submitted).toBe(after.others.length + 1);
      expect(after.othersSubmissions).toHaveLength(after.others.length);
    });

    it('is per interview: with one of two interviews submitted, the interviewer still sees nothing of the others', async () => {
      const target = getTarget();
      const situation = required(twoInterviewSituation(await seedFacts(target)), 'interviewer with two interviews of one candidate');
      const { interviewerId, candidateId, own } = situation;
      const client = await target.signIn(interviewerId);
      const pending = own.filter((i) => i.progress !== 'submitted');
      // Everything but the last of their own interviews submitted: at least one in, one still to come.
      for (const interview of pending.slice(0, -1)) await submitScorecard(client, interview);

      const partway = await viewOf(client, candidateId, interviewerId);
      expect(partway.own.filter((s) => s.status === 'submitted').length).toBe(own.length - 1);
      expect(partway.ownSubmissions).toHaveLength(own.length - 1);
      expect(partway).toMatchObject({ blind: true, others: [], tally: null, othersSubmissions: [] });

      await submitScorecard(client, pending.at(-1)!);
      const done = await viewOf(client, candidateId, interviewerId);
      expect(done.blind).toBe(false);
      expect(done.others.length).toBeGreaterThan(0);
      expect(done.othersSubmissions.length).toBeGreaterThan(0);
      expect(done.tally?.submitted).toBe(done.others.length + own.length);
    });

    it('blanks the other interviewers’ private notes for an interviewer who has submitted, keeping their own', async () => {
      const target = getTarget();
      const interview = blindInterview(await seedFacts(target), { missing: true });
      const interviewer = await target.signIn(interview.interviewerId as PersonaId);
      const mine = await submitScorecard(interviewer, interview);
      const theirs = await read(interviewer, `/candidates/${interview.candidateId}/scorecards`, CandidateScorecardsSchema);
      const recruiters = await read(await target.signIn(PERSONAS.recruiter), `/candidates/${interview.candidateId}/scorecards`, CandidateScorecardsSchema);

      const others = theirs.scorecards.filter((s) => s.author.id !== interview.interviewerId);
      expect(others.length).toBeGreaterThan(0);
      for (const scorecard of others) {
        const full = recruiters.scorecards.find((s) => s.id === scorecard.id)!;
        // The seed gives every submitted scorecard private notes, so a leak would show here.
        expect(full.privateNotes, full.id).not.toBe('');
        expect(scorecard.privateNotes, scorecard.id).toBe('');
        expect({ ...scorecard, privateNotes: full.privateNotes }).toEqual(full);
      }
      expect(theirs.scorecards.find((s) => s.id === mine.id)?.privateNotes).toBe(completeScorecard(interview).privateNotes);
    });

    it('keeps the timeline blind too: never notes, and no scorecard news until their own is in', async () => {
      const target = getTarget();
      const interview = blindInterview(await seedFacts(target), { missing: true, interviewerId: DANA });
      const recruiter = await target.signIn(PERSONAS.recruiter);
      expect((await recruiter.post(`/candidates/${interview.candidateId}/notes`, { text: 'Strong signal from system design.' }, newKey())).status).toBe(201);
      const dana = await target.signIn(DANA);

      const before = await read(dana, `/candidates/${interview.candidateId}/activity`, ActivityListSchema);
      expect(before.items.some((e) => e.type === 'note_added')).toBe(false);
      expect(before.items.some((e) => e.type === 'scorecard_submitted')).toBe(false);
      expect(before.items.some((e) => e.type === 'created')).toBe(true);

      await submitScorecard(dana, interview);
      const after = await viewOf(dana, interview.candidateId, DANA);
      expect(after.othersSubmissions.length).toBeGreaterThan(0);
      expect(after.notes).toEqual([]);
      expect((await viewOf(recruiter, interview.candidateId, PERSONAS.recruiter)).notes.length).toBeGreaterThan(0);
    });

    it('never shows anyone another person’s draft', async () => {
      const target = getTarget();
      const facts = await seedFacts(target);
      const drafts = facts.interviews.filter((i) => i.progress === 'draft');
      expect(drafts.length).toBeGreaterThan(0);
      for (const viewer of [PERSONAS.recruiter, PERSONAS.hiringManager]) {
        const client = await target.signIn(viewer);
        for (const draft of drafts.filter((d) => d.interviewerId !== viewer)) {
          const visible = await read(client, `/candidates/${draft.candidateId}/scorecards`, CandidateScorecardsSchema);
          expect(visible.scorecards.some((s) => s.interviewId === draft.id), `${viewer} sees ${draft.id}`).toBe(false);
          expect(visible.scorecards.every((s) => s.status === 'submitted' || s.author.id === viewer)).toBe(true);
        }
      }
    });

    it('gives recruiters and the hiring manager every submitted scorecard, private notes included', async () => {
      const target = getTarget();
      const facts = await seedFacts(target);
      const candidate = facts.candidates.find((c) => interviewsOf(facts, c.id).filter((i) => i.progress === 'submitted').length >= 3)!;
      const submitted = interviewsOf(facts, candidate.id).filter((i) => i.progress === 'submitted').map((i) => i.id).sort();
      for (const viewer of [PERSONAS.recruiter, PERSONAS.hiringManager]) {
        const visible = await read(await target.signIn(viewer), `/candidates/${candidate.id}/scorecards`, CandidateScorecardsSchema);
        expect(visible.blind).toBe(false);
        const theirs = visible.scorecards.filter((s) => s.status === 'submitted');
        expect(theirs.map((s) => s.interviewId).sort()).toEqual(submitted);
        expect(theirs.every((s) => s.privateNotes !== '')).toBe(true);
      }
    });
  });
}
