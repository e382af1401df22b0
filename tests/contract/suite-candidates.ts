/**
 * Candidate records: moves, qualification assessments, notes, new candidates and the role's statistics,
 * each checked through the API's answers and what a later read shows.
 */
import { describe, expect, it } from 'vitest';
import {
  ActivityEntrySchema,
  type Candidate,
  CandidateListSchema,
  CandidateSchema,
  EmailLookupSchema,
  MoveResultSchema,
  ProblemSchema,
  RoleStatsSchema,
} from '../../src/domain';
import { type ApiClient, ifMatch, newKey, okBody, problemOf, read, writeHeaders } from './client';
import { ActivityListSchema, activeIn, candidateWhere, interviewsOf, newCandidateDraft, type SeedFacts, seedFacts } from './fixtures';
import { type ContractTarget, PERSONAS, type PersonaId } from './target';

/** The first candidate whose full record (as `client` reads it) satisfies `predicate`. */
async function firstRecord(client: ApiClient, facts: SeedFacts, what: string, predicate: (c: Candidate) => boolean): Promise<Candidate> {
  for (const summary of facts.candidates) {
    const candidate = await read(client, `/candidates/${summary.id}`, CandidateSchema);
    if (predicate(candidate)) return candidate;
  }
  throw new Error(`The seed has no ${what}.`);
}

export function defineCandidateSuite(getTarget: () => ContractTarget): void {
  describe('moves', () => {
    it('moves a candidate: the new summary, version + 1, one stage_changed entry', async () => {
      const target = getTarget();
      const candidate = activeIn(await seedFacts(target), 'applied');
      const recruiter = await target.signIn(PERSONAS.recruiter);
      const moved = okBody(await recruiter.post(`/candidates/${candidate.id}/moves`, { toStage: 'screen' }, writeHeaders(candidate.version)), MoveResultSchema);
      expect(moved.candidate).toMatchObject({ id: candidate.id, stage: 'screen', version: candidate.version + 1 });
      const { items } = await read(recruiter, `/candidates/${candidate.id}/activity`, ActivityListSchema);
      expect(items[0]).toMatchObject({ type: 'stage_changed', from: 'applied', to: 'screen', actor: { id: PERSONAS.recruiter } });
    });

    it('refuses a recruiter moving a candidate into Offer with 403, and changes nothing', async () => {
      const target = getTarget();
      const candidate = activeIn(await seedFacts(target), 'onsite');
      const recruiter = await target.signIn(PERSONAS.recruiter);
      const before = await read(recruiter, `/candidates/${candidate.id}`, CandidateSchema);
      const problem = problemOf(await recruiter.post(`/candidates/${candidate.id}/moves`, { toStage: 'offer' }, writeHeaders(candidate.version)), 403);
      expect(problem.detail).toBe('Only the hiring manager can move a candidate to Offer.');
      expect(await read(recruiter, `/candidates/${candidate.id}`, CandidateSchema)).toEqual(before);
    });

    it('refuses interviewers any move of a candidate they interview (403)', async () => {
      const target = getTarget();
      const facts = await seedFacts(target);
      const candidate = candidateWhere(facts, 'active candidate past Applied', (c) => c.status === 'active' && c.stage !== 'applied');
      const interviewer = interviewsOf(facts, candidate.id).find((i) => (PERSONAS.interviewers as readonly string[]).includes(i.interviewerId))!;
      const client = await target.signIn(interviewer.interviewerId as PersonaId);
      problemOf(await client.post(`/candidates/${candidate.id}/moves`, { toStage: 'applied' }, writeHeaders(candidate.version)), 403);
      const recruiter = await target.signIn(PERSONAS.recruiter);
      expect((await read(recruiter, `/candidates/${candidate.id}`, CandidateSchema)).version).toBe(candidate.version);
    });

    it('refuses an unknown stage (422 naming toStage), a closed candidate and the same stage (422)', async () => {
      const target = getTarget();
      const facts = await seedFacts(target);
      const recruiter = await target.signIn(PERSONAS.recruiter);
      const candidate = activeIn(facts, 'applied');
      const invalid = problemOf(await recruiter.post(`/candidates/${candidate.id}/moves`, { toStage: 'hired' }, writeHeaders(candidate.version)), 422);
      expect(invalid.errors).toHaveProperty('toStage');
      const same = problemOf(await recruiter.post(`/candidates/${candidate.id}/moves`, { toStage: 'applied' }, writeHeaders(candidate.version)), 422);
      expect(same.detail).toBe('Already in Applied.');

      const rejected = candidateWhere(facts, 'rejected candidate before Offer', (c) => c.status === 'rejected' && c.stage !== 'offer');
      const toStage = rejected.stage === 'applied' ? 'screen' : 'applied';
      const closed = problemOf(await recruiter.post(`/candidates/${rejected.id}/moves`, { toStage }, writeHeaders(rejected.version)), 422);
      expect(closed.detail).toMatch(/restore them before moving/);
    });

    it('lets only the hiring manager move a candidate out of Offer', async () => {
      const target = getTarget();
      const candidate = activeIn(await seedFacts(target), 'offer');
      const recruiter = await target.signIn(PERSONAS.recruiter);
      problemOf(await recruiter.post(`/candidates/${candidate.id}/moves`, { toStage: 'onsite' }, writeHeaders(candidate.version)), 403);
      const manager = await target.signIn(PERSONAS.hiringManager);
      const moved = okBody(await manager.post(`/candidates/${candidate.id}/moves`, { toStage: 'onsite' }, writeHeaders(candidate.version)), MoveResultSchema);
      expect(moved.candidate.stage).toBe('onsite');
    });
  });

  describe('qualification assessments', () => {
    it('records an assessment with evidence, bumps the version and logs it', async () => {
      const target = getTarget();
      const recruiter = await target.signIn(PERSONAS.recruiter);
      const candidate = await firstRecord(recruiter, await seedFacts(target), 'candidate with data unassessed', (c) => c.assessments.data.status === 'unknown');
      const body = { status: 'met', evidence: 'Designed the ledger schema.' };
      const updated = okBody(await recruiter.put(`/candidates/${candidate.id}/assessments/data`, body, ifMatch(candidate.version)), CandidateSchema);
      expect(updated.version).toBe(candidate.version + 1);
      expect(updated.assessments.data).toMatchObject({ ...body, updatedBy: { id: PERSONAS.recruiter } });
      expect(await read(recruiter, `/candidates/${candidate.id}`, CandidateSchema)).toEqual(updated);
      const { items } = await read(recruiter, `/candidates/${candidate.id}/activity`, ActivityListSchema);
      expect(items[0]).toMatchObject({ type: 'assessment_changed', qualificationId: 'data', from: 'unknown', to: 'met', evidence: body.evidence });
    });

    it('answers a stale version with 412 and the whole candidate as the caller reads it', async () => {
      const target = getTarget();
      const candidate = activeIn(await seedFacts(target), 'screen');
      const manager = await target.signIn(PERSONAS.hiringManager);
      const current = await read(manager, `/candidates/${candidate.id}`, CandidateSchema);
      const stale = await manager.put(`/candidates/${candidate.id}/assessments/async`, { status: 'met', evidence: '' }, ifMatch(candidate.version + 3));
      expect(CandidateSchema.parse(problemOf(stale, 412).current)).toEqual(current);
    });

    it('refuses interviewers (403): they rate qualifications in scorecards', async () => {
      const target = getTarget();
      const facts = await seedFacts(target);
      const interview = facts.interviews.find((i) => i.interviewerId === 'u-dana')!;
      const candidate = facts.candidates.find((c) => c.id === interview.candidateId)!;
      const dana = await target.signIn('u-dana');
      problemOf(await dana.put(`/candidates/${candidate.id}/assessments/data`, { status: 'met', evidence: 'x' }, ifMatch(candidate.version)), 403);
      expect((await read(dana, `/candidates/${candidate.id}`, CandidateSchema)).version).toBe(candidate.version);
    });

    it('validates the body: unknown status and over-long evidence are 422 naming both', async () => {
      const target = getTarget();
      const candidate = activeIn(await seedFacts(target), 'screen');
      const recruiter = await target.signIn(PERSONAS.recruiter);
      const response = await recruiter.put(`/candidates/${candidate.id}/assessments/data`, { status: 'great', evidence: 'x'.repeat(2001) }, ifMatch(candidate.version));
      expect(Object.keys(problemOf(response, 422).errors ?? {})).toEqual(expect.arrayContaining(['status', 'evidence']));
    });
  });

  describe('notes and new candidates', () => {
    it('stores notes verbatim, markup included: rendering them inertly is the client’s job', async () => {
      const target = getTarget();
      const candidate = activeIn(await seedFacts(target), 'screen');
      const recruiter = await target.signIn(PERSONAS.recruiter);
      const text = '<img src=x onerror=alert(1)> great call';
      const created = okBody(await recruiter.post(`/candidates/${candidate.id}/notes`, { text }, newKey()), ActivityEntrySchema, 201);
      expect(created).toMatchObject({ type: 'note_added', text, candidateId: candidate.id, actor: { id: PERSONAS.recruiter } });
      expect((await read(recruiter, `/candidates/${candidate.id}/activity`, ActivityListSchema)).items[0]).toEqual(created);
    });

    it('creates a candidate in Applied with nothing assessed, and replays a repeat', async () => {
      const recruiter = await getTarget().signIn(PERSONAS.recruiter);
      const draft = newCandidateDraft();
      const key = newKey();
      const created = okBody(await recruiter.post('/candidates', draft, key), CandidateSchema, 201);
      expect(created).toMatchObject({ ...draft, stage: 'applied', status: 'active', version: 1, statusChange: null });
      expect(Object.values(created.assessments).every((a) => a.status === 'unknown')).toBe(true);
      expect((await recruiter.post('/candidates', draft, key)).json).toEqual(created);
      expect(await read(recruiter, `/candidates/${created.id}`, CandidateSchema)).toEqual(created);
      const { items } = await read(recruiter, `/candidates/${created.id}/activity`, ActivityListSchema);
      expect(items.map((e) => e.type)).toEqual(['created']);
    });

    it('answers a duplicate email (any case) with 409 naming the existing candidate, found by lookup', async () => {
      const target = getTarget();
      const recruiter = await target.signIn(PERSONAS.recruiter);
      const existing = await read(recruiter, `/candidates/${activeIn(await seedFacts(target), 'screen').id}`, CandidateSchema);
      const duplicate = await recruiter.post('/candidates', { ...newCandidateDraft(), email: existing.email!.toUpperCase() }, newKey());
      expect(problemOf(duplicate, 409)).toMatchObject({
        existing: { id: existing.id, name: existing.name },
        errors: { email: ['A candidate with this email already exists.'] },
      });
      const lookup = await read(recruiter, `/candidates/lookup?email=${encodeURIComponent(existing.email!)}`, EmailLookupSchema);
      expect(lookup.match).toEqual({ id: existing.id, name: existing.name });
      expect((await read(recruiter, '/candidates/lookup?email=nobody%40example.org', EmailLookupSchema)).match).toBeNull();
    });

    it('creates one of three parallel new candidates with one email address (differently cased, different keys): the others get 409 naming it', async () => {
      const recruiter = await getTarget().signIn(PERSONAS.recruiter);
      const draft = newCandidateDraft();
      const emails = [draft.email, draft.email.toUpperCase(), draft.email.replace(/^a/, 'A')];
      const answers = await Promise.all(emails.map((email) => recruiter.post('/candidates', { ...draft, email }, newKey())));
      const created = answers.filter((a) => a.status === 201).map((a) => okBody(a, CandidateSchema, 201));
      expect(created, answers.map((a) => a.status).join()).toHaveLength(1);
      for (const refused of answers.filter((a) => a.status !== 201)) {
        expect(problemOf(refused, 409)).toMatchObject({
          existing: { id: created[0]!.id, name: draft.name },
          errors: { email: ['A candidate with this email already exists.'] },
        });
      }
      const { items } = await read(recruiter, '/candidates', CandidateListSchema);
      expect(items.filter((c) => c.name === draft.name && c.headline === draft.headline).map((c) => c.id)).toEqual([created[0]!.id]);
    });

    it('validates a new candidate field by field', async () => {
      const recruiter = await getTarget().signIn(PERSONAS.recruiter);
      const body = { ...newCandidateDraft(), name: '  ', email: 'nope', yearsExperience: -1, links: [{ label: 'x', url: 'javascript:alert(1)' }] };
      const problem = problemOf(await recruiter.post('/candidates', body, newKey()), 422);
      expect(Object.keys(problem.errors ?? {})).toEqual(expect.arrayContaining(['name', 'email', 'yearsExperience', 'links.0.url']));
      expect(ProblemSchema.parse(problem).detail).toBeTruthy();
    });
  });

  describe('role statistics', () => {
    it('counts the active candidates meeting each qualification', async () => {
      const recruiter = await getTarget().signIn(PERSONAS.recruiter);
      const stats = await read(recruiter, '/role/stats', RoleStatsSchema);
      const active = (await read(recruiter, '/candidates', CandidateListSchema)).items.filter((c) => c.status === 'active');
      expect(stats.activeTotal).toBe(active.length);
      for (const q of stats.qualifications) {
        expect(q.met, q.id).toBe(active.filter((c) => c.met.includes(q.id)).length);
        expect(q.partial, q.id).toBe(active.filter((c) => c.partial.includes(q.id)).length);
      }
      expect(stats.qualifications.some((q) => q.met > 0)).toBe(true);
    });
  });
}
