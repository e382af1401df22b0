/**
 * Optimistic concurrency (docs/api.md, "Conventions"): every versioned write needs `If-Match`, compared strongly. Missing
 * or malformed → 428, stale or weak → 412 with the resource as it is now; parallel writes on one version:
 * exactly one wins. A refused write changes nothing.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { CandidateSchema, ProblemSchema, ScorecardSchema } from '../../src/domain';
import { type ApiClient, type ApiResponse, ifMatch, newKey, okBody, problemOf } from './client';
import { ActivityListSchema, activeIn, blindInterview, completeScorecard, ownScorecard, seedFacts } from './fixtures';
import { type ContractTarget, PERSONAS, type PersonaId } from './target';

/** One versioned write, ready to send with any If-Match header (null: none). */
interface Subject {
  /** With the write's valid body, or `body` instead (a malformed one). */
  send(ifMatchHeader: string | null, body?: unknown): Promise<ApiResponse>;
  /** The version the write must name, and a fresh read of it (to prove a refusal changed nothing). */
  version: number;
  readVersion(): Promise<number>;
  /** What a 412 carries as `current`. */
  currentSchema: z.ZodMiniType<{ version: number }>;
}

const headersWith = (ifMatchHeader: string | null, extra: Record<string, string> = {}) => ({
  ...extra,
  ...(ifMatchHeader === null ? {} : { 'If-Match': ifMatchHeader }),
});

async function candidateWrite(
  target: ContractTarget,
  persona: PersonaId,
  valid: unknown,
  send: (client: ApiClient, id: string, h: string | null, body: unknown) => Promise<ApiResponse>,
) {
  const candidate = activeIn(await seedFacts(target), 'applied');
  const client = await target.signIn(persona);
  const subject: Subject = {
    send: (h, body = valid) => send(client, candidate.id, h, body),
    version: candidate.version,
    readVersion: async () => okBody(await client.get(`/candidates/${candidate.id}`), CandidateSchema).version,
    // The candidate as it is now: still in Applied, at the version the client should have sent.
    currentSchema: z.object({ id: z.literal(candidate.id), version: z.number(), stage: z.literal('applied') }),
  };
  return subject;
}

async function scorecardWrite(target: ContractTarget, submit: boolean): Promise<Subject> {
  const interview = blindInterview(await seedFacts(target));
  const client = await target.signIn(interview.interviewerId as PersonaId);
  // A draft first, so there is a version to name (a first save needs none).
  const existing = await ownScorecard(client, interview.id);
  const draft = existing ?? okBody(await client.put(`/interviews/${interview.id}/scorecard`, completeScorecard(interview)), ScorecardSchema, 201);
  const path = `/interviews/${interview.id}/scorecard${submit ? '/submit' : ''}`;
  return {
    send: (h, body = completeScorecard(interview)) => client.request(submit ? 'POST' : 'PUT', path, { body, headers: headersWith(h, submit ? newKey() : {}) }),
    version: draft.version,
    readVersion: async () => (await ownScorecard(client, interview.id))!.version,
    currentSchema: ScorecardSchema,
  };
}

const SUBJECTS: Record<string, (target: ContractTarget) => Promise<Subject>> = {
  'POST /candidates/:id/moves': (t) =>
    candidateWrite(t, PERSONAS.recruiter, { toStage: 'screen' }, (c, id, h, body) => c.post(`/candidates/${id}/moves`, body, headersWith(h, newKey()))),
  'POST /candidates/:id/status': (t) =>
    candidateWrite(t, PERSONAS.hiringManager, { action: 'withdraw', reason: 'Accepted another offer', note: '' }, (c, id, h, body) =>
      c.post(`/candidates/${id}/status`, body, headersWith(h, newKey())),
    ),
  'PUT /candidates/:id/assessments/:qualificationId': (t) =>
    candidateWrite(t, PERSONAS.recruiter, { status: 'met', evidence: 'Ledger design.' }, (c, id, h, body) => c.put(`/candidates/${id}/assessments/data`, body, headersWith(h))),
  'PUT /interviews/:id/scorecard': (t) => scorecardWrite(t, false),
  'POST /interviews/:id/scorecard/submit': (t) => scorecardWrite(t, true),
};

export function defineVersionSuite(getTarget: () => ContractTarget): void {
  describe('If-Match on every versioned write', () => {
    for (const [name, arrange] of Object.entries(SUBJECTS)) {
      describe(name, () => {
        it('is required: none → 428, and nothing changes', async () => {
          const subject = await arrange(getTarget());
          problemOf(await subject.send(null), 428);
          expect(await subject.readVersion()).toBe(subject.version);
        });

        it('refuses a stale version with 412 and the resource as it is now', async () => {
          const subject = await arrange(getTarget());
          const problem = problemOf(await subject.send(`"${subject.version + 5}"`), 412);
          expect(subject.currentSchema.parse(problem.current).version).toBe(subject.version);
          expect(await subject.readVersion()).toBe(subject.version);
        });

        it('compares strongly: a weak tag of the current version → 412', async () => {
          const subject = await arrange(getTarget());
          problemOf(await subject.send(`W/"${subject.version}"`), 412);
          expect(await subject.readVersion()).toBe(subject.version);
        });

        it('treats a malformed tag as none → 428', async () => {
          const subject = await arrange(getTarget());
          for (const malformed of ['abc', `"${subject.version}`, String(subject.version), `"${subject.version}", "x"`]) {
            problemOf(await subject.send(malformed), 428);
          }
          expect(await subject.readVersion()).toBe(subject.version);
        });

        it('checks the version before the body: stale with a malformed body → 412, current with it → 422', async () => {
          const subject = await arrange(getTarget());
          const malformed = { nonsense: true };
          const problem = problemOf(await subject.send(`"${subject.version + 5}"`, malformed), 412);
          expect(subject.currentSchema.parse(problem.current).version).toBe(subject.version);
          problemOf(await subject.send(null, malformed), 428);
          problemOf(await subject.send(`"${subject.version}"`, malformed), 422);
          expect(await subject.readVersion()).toBe(subject.version);
        });

        it('accepts the current version', async () => {
          const subject = await arrange(getTarget());
          const response = await subject.send(`"${subject.version}"`);
          expect(response.status, response.text).toBe(200);
          expect(await subject.readVersion()).toBe(subject.version + 1);
        });
      });
    }
  });

  describe('parallel writes on one version: exactly one wins', () => {
    it('five assessment PUTs with the same If-Match: one 200, four 412, the version goes up by one', async () => {
      const target = getTarget();
      const candidate = activeIn(await seedFacts(target), 'screen');
      const recruiter = await target.signIn(PERSONAS.recruiter);
      const responses = await Promise.all(
        [1, 2, 3, 4, 5].map((n) =>
          recruiter.put(`/candidates/${candidate.id}/assessments/async`, { status: 'met', evidence: `Evidence ${n}` }, ifMatch(candidate.version)),
        ),
      );
      const statuses = responses.map((r) => r.status).sort();
      expect(statuses).toEqual([200, 412, 412, 412, 412]);
      const winner = CandidateSchema.parse(responses.find((r) => r.status === 200)!.json);
      for (const lost of responses.filter((r) => r.status === 412)) {
        expect(CandidateSchema.parse(ProblemSchema.parse(lost.json).current).version).toBe(candidate.version + 1);
      }
      const now = okBody(await recruiter.get(`/candidates/${candidate.id}`), CandidateSchema);
      expect(now.version).toBe(candidate.version + 1);
      expect(now.assessments.async.evidence).toBe(winner.assessments.async.evidence);
      const { items } = okBody(await recruiter.get(`/candidates/${candidate.id}/activity`), ActivityListSchema);
      expect(items.filter((e) => e.type === 'assessment_changed' && e.evidence?.startsWith('Evidence '))).toHaveLength(1);
    });

    it('five moves with the same If-Match and different keys: one moves, four get 412', async () => {
      const target = getTarget();
      const candidate = activeIn(await seedFacts(target), 'applied');
      const recruiter = await target.signIn(PERSONAS.recruiter);
      const stages = ['screen', 'onsite', 'screen', 'onsite', 'screen'];
      const responses = await Promise.all(
        stages.map((toStage) => recruiter.post(`/candidates/${candidate.id}/moves`, { toStage }, { ...ifMatch(candidate.version), ...newKey() })),
      );
      expect(responses.map((r) => r.status).sort()).toEqual([200, 412, 412, 412, 412]);
      const now = okBody(await recruiter.get(`/candidates/${candidate.id}`), CandidateSchema);
      expect(now.version).toBe(candidate.version + 1);
      const { items } = okBody(await recruiter.get(`/candidates/${candidate.id}/activity`), ActivityListSchema);
      expect(items.filter((e) => e.type === 'stage_changed')).toHaveLength(1);
    });
  });
}
