import { describe, expect, it } from 'vitest';
import { CandidateListSchema, CandidateSchema, MoveResultSchema, ProblemSchema, type Stage, toEntityTag } from '../../src/domain';
import { apiRequest } from '../../src/lib/api-client';
import { ApiError } from '../../src/lib/api-errors';
import { API, setupMockApi } from '../support/mock-api';

const api = setupMockApi();

function activeIn(stage: Stage) {
  return [...api.db.allCandidates()].find((c) => c.stage === stage && c.status === 'active')!;
}

async function postMove(id: string, body: unknown, headers: Record<string, string>) {
  const response = await fetch(`${API}/candidates/${id}/moves`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const json: unknown = await response.json();
  return { response, json };
}

async function problemOf(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('mock API: authorization and the write contract', () => {
  it('answers 401 with a problem document when nobody is signed in', async () => {
    const error = await problemOf(apiRequest({ path: '/candidates', schema: CandidateListSchema }));
    expect(error.status).toBe(401);
    expect(error.problem.title).toBe('Sign in required');
  });

  it('refuses a recruiter moving a candidate into Offer with 403, and changes nothing', async () => {
    api.signIn('u-priya');
    const candidate = activeIn('onsite');
    const error = await problemOf(
      apiRequest({ path: `/candidates/${candidate.id}/moves`, method: 'POST', body: { toStage: 'offer' }, version: candidate.version, idempotencyKey: 'k-403', schema: MoveResultSchema }),
    );
    expect(error.status).toBe(403);
    expect(error.problem.detail).toBe('Only the hiring manager can move a candidate to Offer.');
    expect(api.db.candidate(candidate.id)).toEqual(candidate);
  });

  it('refuses interviewers any move (403)', async () => {
    api.signIn('u-dana');
    const visible = api.db.visibleSummaries(api.db.user('u-dana')!).find((c) => c.status === 'active' && c.stage !== 'applied')!;
    const error = await problemOf(
      apiRequest({ path: `/candidates/${visible.id}/moves`, method: 'POST', body: { toStage: 'applied' }, version: visible.version, idempotencyKey: 'k-int', schema: MoveResultSchema }),
    );
    expect(error.status).toBe(403);
  });

  it('requires If-Match (428) and refuses a stale version with 412 and the current resource', async () => {
    api.signIn('u-priya');
    const candidate = activeIn('applied');
    const missing = await postMove(candidate.id, { toStage: 'screen' }, { 'Idempotency-Key': 'k-428' });
    expect(missing.response.status).toBe(428);
    expect(ProblemSchema.parse(missing.json).status).toBe(428);

    const stale = await postMove(candidate.id, { toStage: 'screen' }, { 'Idempotency-Key': 'k-412', 'If-Match': toEntityTag(candidate.version + 5) });
    expect(stale.response.status).toBe(412);
    const problem = ProblemSchema.parse(stale.json);
    expect(problem.current).toMatchObject({ id: candidate.id, version: candidate.version, stage: 'applied' });
    expect(api.db.candidate(candidate.id)?.version).toBe(candidate.version);
  });

  it('validates the request body (422 with field errors) and refuses moves of closed candidates (422)', async () => {
    api.signIn('u-priya');
    const candidate = activeIn('applied');
    const invalid = await postMove(candidate.id, { toStage: 'hired' }, { 'Idempotency-Key': 'k-422', 'If-Match': toEntityTag(candidate.version) });
    expect(invalid.response.status).toBe(422);
    expect(ProblemSchema.parse(invalid.json).errors).toHaveProperty('toStage');

    const rejected = [...api.db.allCandidates()].find((c) => c.status === 'rejected' && c.stage !== 'offer')!;
    const closed = await postMove(rejected.id, { toStage: rejected.stage === 'applied' ? 'screen' : 'applied' }, { 'Idempotency-Key': 'k-closed', 'If-Match': toEntityTag(rejected.version) });
    expect(closed.response.status).toBe(422);
    expect(ProblemSchema.parse(closed.json).detail).toMatch(/restore them before moving/);
  });

  it('replays a repeated Idempotency-Key instead of moving twice, and refuses the key for another request', async () => {
    api.signIn('u-priya');
    const candidate = activeIn('applied');
    const headers = { 'Idempotency-Key': 'same-key', 'If-Match': toEntityTag(candidate.version) };
    const first = await postMove(candidate.id, { toStage: 'screen' }, headers);
    const second = await postMove(candidate.id, { toStage: 'screen' }, headers);
    expect(first.response.status).toBe(200);
    expect(second.response.status).toBe(200);
    expect(second.response.headers.get('Idempotent-Replayed')).toBe('true');
    expect(second.json).toEqual(first.json);
    expect(api.db.candidate(candidate.id)).toMatchObject({ stage: 'screen', version: candidate.version + 1 });
    expect(api.db.activityOf(candidate.id).filter((e) => e.type === 'stage_changed' && e.actor.id === 'u-priya')).toHaveLength(1);

    const reused = await postMove(candidate.id, { toStage: 'onsite' }, headers);
    expect(reused.response.status).toBe(422);
    expect(api.db.candidate(candidate.id)?.stage).toBe('screen');
  });

  it('shows interviewers only their candidates, never with contact details', async () => {
    api.signIn('u-dana');
    const list = await apiRequest({ path: '/candidates', schema: CandidateListSchema });
    const assigned = new Set(api.db.interviews.filter((i) => i.interviewerId === 'u-dana').map((i) => i.candidateId));
    expect(list.items.length).toBe(assigned.size);
    for (const item of list.items) expect(assigned.has(item.id)).toBe(true);

    const mine = await apiRequest({ path: `/candidates/${list.items[0]!.id}`, schema: CandidateSchema });
    expect(mine.email).toBeUndefined();
    expect(mine.phone).toBeUndefined();
    const raw = await (await fetch(`${API}/candidates/${list.items[0]!.id}`)).text();
    expect(raw).not.toMatch(/@mail\.example\.com|\+1 555/);

    const notMine = [...api.db.allCandidates()].find((c) => !assigned.has(c.id))!;
    const error = await problemOf(apiRequest({ path: `/candidates/${notMine.id}`, schema: CandidateSchema }));
    expect(error.status).toBe(404);
  });

  it('gives recruiters contact details', async () => {
    api.signIn('u-priya');
    const candidate = activeIn('screen');
    const full = await apiRequest({ path: `/candidates/${candidate.id}`, schema: CandidateSchema });
    expect(full.email).toBe(candidate.email);
  });
});
