/**
 * Idempotency-Key on every creating request (docs/api.md, "Conventions"): required (400), reserved before the work, so a
 * repeat (even a parallel one) gets the first answer with `Idempotent-Replayed: true` and changes nothing
 * twice; the same key with another body → 422; keys are per person.
 */
import { describe, expect, it } from 'vitest';
import { CandidateListSchema, PROBLEM_TYPES } from '../../src/domain';
import { type ApiClient, type ApiResponse, ifMatch, okBody, problemOf } from './client';
import { ActivityListSchema, activeIn, blindInterview, completeScorecard, newCandidateDraft, seedFacts } from './fixtures';
import { type ContractTarget, PERSONAS, type PersonaId } from './target';

/** One creating endpoint: a request in two variants (same key, different body), and a count of its effect. */
interface Creating {
  send(key: string | null, variant: 'a' | 'b'): Promise<ApiResponse>;
  /** How many times the write has happened, e.g. entries of its kind in the candidate's activity. */
  count(): Promise<number>;
  status: number;
}

const keyHeader = (key: string | null): Record<string, string> => (key === null ? {} : { 'Idempotency-Key': key });

async function activityCount(client: ApiClient, candidateId: string, type: string): Promise<number> {
  const { items } = okBody(await client.get(`/candidates/${candidateId}/activity`), ActivityListSchema);
  return items.filter((e) => e.type === type).length;
}

async function onCandidate(target: ContractTarget, persona: PersonaId, type: string, send: (c: ApiClient, id: string, version: number) => Creating['send'], status = 200) {
  const candidate = activeIn(await seedFacts(target), 'applied');
  const client = await target.signIn(persona);
  return { send: send(client, candidate.id, candidate.version), count: () => activityCount(client, candidate.id, type), status } satisfies Creating;
}

const CREATING: Record<string, (target: ContractTarget) => Promise<Creating>> = {
  'POST /candidates': async (target) => {
    const recruiter = await target.signIn(PERSONAS.recruiter);
    const drafts = { a: newCandidateDraft(), b: newCandidateDraft() };
    return {
      send: (key, variant) => recruiter.post('/candidates', drafts[variant], keyHeader(key)),
      count: async () => okBody(await recruiter.get('/candidates'), CandidateListSchema).total,
      status: 201,
    };
  },
  'POST /candidates/:id/moves': (target) =>
    onCandidate(target, PERSONAS.recruiter, 'stage_changed', (c, id, version) => (key, variant) =>
      c.post(`/candidates/${id}/moves`, { toStage: variant === 'a' ? 'screen' : 'onsite' }, { ...ifMatch(version), ...keyHeader(key) }),
    ),
  'POST /candidates/:id/status': (target) =>
    onCandidate(target, PERSONAS.recruiter, 'status_changed', (c, id, version) => (key, variant) =>
      c.post(
        `/candidates/${id}/status`,
        { action: 'reject', reason: 'Other', note: `Reason ${variant}`, unmetQualifications: [] },
        { ...ifMatch(version), ...keyHeader(key) },
      ),
    ),
  'POST /candidates/:id/notes': (target) =>
    onCandidate(target, PERSONAS.hiringManager, 'note_added', (c, id) => (key, variant) => c.post(`/candidates/${id}/notes`, { text: `Note ${variant}` }, keyHeader(key)), 201),
  'POST /interviews/:id/scorecard/submit': async (target) => {
    const interview = blindInterview(await seedFacts(target), { missing: true });
    const interviewer = await target.signIn(interview.interviewerId as PersonaId);
    const content = completeScorecard(interview);
    return {
      send: (key, variant) => interviewer.post(`/interviews/${interview.id}/scorecard/submit`, { ...content, takeaways: `Takeaways ${variant}` }, keyHeader(key)),
      // Their own submissions: others' are hidden from them until theirs is in, then appear all at once.
      count: async () => {
        const { items } = okBody(await interviewer.get(`/candidates/${interview.candidateId}/activity`), ActivityListSchema);
        return items.filter((e) => e.type === 'scorecard_submitted' && e.actor.id === interview.interviewerId).length;
      },
      status: 200,
    };
  },
};

export function defineIdempotencySuite(getTarget: () => ContractTarget): void {
  describe('Idempotency-Key on every creating request', () => {
    for (const [name, arrange] of Object.entries(CREATING)) {
      describe(name, () => {
        it('is required: none (or an invalid one) → 400, and nothing happens', async () => {
          const endpoint = await arrange(getTarget());
          const before = await endpoint.count();
          problemOf(await endpoint.send(null, 'a'), 400);
          problemOf(await endpoint.send('has spaces in it', 'a'), 400);
          problemOf(await endpoint.send('k'.repeat(256), 'a'), 400);
          expect(await endpoint.count()).toBe(before);
        });

        it('replays a repeat: the same answer, Idempotent-Replayed: true, done once', async () => {
          const endpoint = await arrange(getTarget());
          const before = await endpoint.count();
          const key = crypto.randomUUID();
          const first = await endpoint.send(key, 'a');
          expect(first.status, first.text).toBe(endpoint.status);
          expect(first.headers.get('Idempotent-Replayed')).toBeNull();
          const again = await endpoint.send(key, 'a');
          expect(again.status).toBe(endpoint.status);
          expect(again.headers.get('Idempotent-Replayed')).toBe('true');
          expect(again.json).toEqual(first.json);
          expect(await endpoint.count()).toBe(before + 1);
        });

        it('refuses the key for a different request (422), changing nothing', async () => {
          const endpoint = await arrange(getTarget());
          const key = crypto.randomUUID();
          expect((await endpoint.send(key, 'a')).status).toBe(endpoint.status);
          const after = await endpoint.count();
          expect(problemOf(await endpoint.send(key, 'b'), 422).type).toBe(PROBLEM_TYPES.idempotencyMismatch);
          expect(await endpoint.count()).toBe(after);
        });
      });
    }

    it('five parallel note POSTs with one key add exactly one note, and every answer is the same', async () => {
      const target = getTarget();
      const candidate = activeIn(await seedFacts(target), 'onsite');
      const recruiter = await target.signIn(PERSONAS.recruiter);
      const before = await activityCount(recruiter, candidate.id, 'note_added');
      const headers = { 'Idempotency-Key': crypto.randomUUID() };
      const responses = await Promise.all([1, 2, 3, 4, 5].map(() => recruiter.post(`/candidates/${candidate.id}/notes`, { text: 'Parallel retry' }, headers)));
      for (const response of responses) {
        expect(response.status).toBe(201);
        expect(response.json).toEqual(responses[0]!.json);
      }
      expect(responses.filter((r) => r.headers.get('Idempotent-Replayed') !== 'true')).toHaveLength(1);
      expect(await activityCount(recruiter, candidate.id, 'note_added')).toBe(before + 1);
    });

    it('five parallel candidate POSTs with one key create one candidate', async () => {
      const target = getTarget();
      const recruiter = await target.signIn(PERSONAS.recruiter);
      const { total } = okBody(await recruiter.get('/candidates'), CandidateListSchema);
      const draft = newCandidateDraft();
      const headers = { 'Idempotency-Key': crypto.randomUUID() };
      const responses = await Promise.all([1, 2, 3, 4, 5].map(() => recruiter.post('/candidates', draft, headers)));
      expect(new Set(responses.map((r) => `${r.status} ${r.text}`)).size).toBe(1);
      expect(responses[0]!.status).toBe(201);
      expect(okBody(await recruiter.get('/candidates'), CandidateListSchema).total).toBe(total + 1);
    });

    it('keeps keys per person: another person’s same key is their own request, not a replay', async () => {
      const target = getTarget();
      const candidate = activeIn(await seedFacts(target), 'screen');
      const [recruiter, manager] = await Promise.all([target.signIn(PERSONAS.recruiter), target.signIn(PERSONAS.hiringManager)]);
      const headers = { 'Idempotency-Key': crypto.randomUUID() };
      const mine = await recruiter.post(`/candidates/${candidate.id}/notes`, { text: 'Mine' }, headers);
      const theirs = await manager.post(`/candidates/${candidate.id}/notes`, { text: 'Theirs' }, headers);
      expect([mine.status, theirs.status]).toEqual([201, 201]);
      expect(theirs.headers.get('Idempotent-Replayed')).toBeNull();
      expect(theirs.json).toMatchObject({ text: 'Theirs', actor: { id: PERSONAS.hiringManager } });
    });
  });
}
