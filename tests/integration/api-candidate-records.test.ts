import { describe, expect, it } from 'vitest';
import {
  ActivityEntrySchema,
  type Candidate,
  CandidateSchema,
  type CandidateDraft,
  EmailLookupSchema,
  ProblemSchema,
  RoleStatsSchema,
  toEntityTag,
} from '../../src/domain';
import { call, setupMockApi } from '../support/mock-api';

const api = setupMockApi();

const ifMatch = (c: Candidate) => ({ 'If-Match': toEntityTag(c.version) });
let keyCounter = 0;
const newKey = () => ({ 'Idempotency-Key': `key-${++keyCounter}` });

function first(predicate: (c: Candidate) => boolean): Candidate {
  return [...api.db.allCandidates()].find(predicate)!;
}

const draft: CandidateDraft = {
  name: 'Ada Quinn',
  email: 'ada.quinn@example.org',
  headline: 'Staff Engineer',
  company: 'Ledgerline',
  location: 'Oslo, Norway',
  yearsExperience: 9,
  source: 'referral',
  links: [{ label: 'GitHub', url: 'https://github.com/adaq' }],
};

describe('mock API: qualification assessments', () => {
  it('records an assessment with evidence, bumps the version and logs it', async () => {
    api.signIn('u-priya');
    const candidate = first((c) => c.assessments.data.status === 'unknown');
    const result = await call('PUT', `/candidates/${candidate.id}/assessments/data`, { status: 'met', evidence: 'Designed the ledger schema.' }, ifMatch(candidate));
    expect(result.status).toBe(200);
    const updated = CandidateSchema.parse(result.json);
    expect(updated.version).toBe(candidate.version + 1);
    expect(updated.assessments.data).toMatchObject({ status: 'met', evidence: 'Designed the ledger schema.', updatedBy: { id: 'u-priya' } });
    expect(api.db.activityOf(candidate.id).at(-1)).toMatchObject({ type: 'assessment_changed', qualificationId: 'data', from: 'unknown', to: 'met' });
  });

  it('needs If-Match (428) and answers a stale version with 412 and the current candidate', async () => {
    api.signIn('u-marcus');
    const candidate = first(() => true);
    expect((await call('PUT', `/candidates/${candidate.id}/assessments/async`, { status: 'met', evidence: '' })).status).toBe(428);
    const stale = await call('PUT', `/candidates/${candidate.id}/assessments/async`, { status: 'met', evidence: '' }, { 'If-Match': toEntityTag(candidate.version + 3) });
    expect(stale.status).toBe(412);
    expect(CandidateSchema.parse(ProblemSchema.parse(stale.json).current)).toEqual(candidate);
  });

  it('refuses interviewers (403), who rate qualifications in scorecards instead', async () => {
    api.signIn('u-dana');
    const mine = api.db.visibleSummaries(api.db.user('u-dana')!)[0]!;
    const candidate = api.db.candidate(mine.id)!;
    const result = await call('PUT', `/candidates/${candidate.id}/assessments/data`, { status: 'met', evidence: 'x' }, ifMatch(candidate));
    expect(result.status).toBe(403);
    expect(api.db.candidate(candidate.id)?.version).toBe(candidate.version);
  });

  it('validates the body: unknown status and over-long evidence are 422 with field errors', async () => {
    api.signIn('u-priya');
    const candidate = first(() => true);
    const result = await call('PUT', `/candidates/${candidate.id}/assessments/data`, { status: 'great', evidence: 'x'.repeat(2001) }, ifMatch(candidate));
    expect(result.status).toBe(422);
    expect(Object.keys(ProblemSchema.parse(result.json).errors ?? {})).toEqual(expect.arrayContaining(['status', 'evidence']));
  });
});

describe('mock API: status changes', () => {
  it('rejects with a reason and unmet qualifications, then restores to the stage they left from', async () => {
    api.signIn('u-priya');
    const candidate = first((c) => c.status === 'active' && c.stage === 'screen');
    const rejected = await call(
      'POST',
      `/candidates/${candidate.id}/status`,
      { action: 'reject', reason: 'Does not meet required qualifications', note: 'Thin on data work.', unmetQualifications: ['data', 'async'] },
      { ...ifMatch(candidate), ...newKey() },
    );
    expect(rejected.status).toBe(200);
    const afterReject = CandidateSchema.parse(rejected.json);
    expect(afterReject).toMatchObject({ status: 'rejected', stage: 'screen', statusChange: { reason: 'Does not meet required qualifications', unmetQualifications: ['data', 'async'], note: 'Thin on data work.' } });

    const restored = await call('POST', `/candidates/${candidate.id}/status`, { action: 'restore' }, { ...ifMatch(afterReject), ...newKey() });
    expect(CandidateSchema.parse(restored.json)).toMatchObject({ status: 'active', stage: 'screen', statusChange: null });
    const log = api.db.activityOf(candidate.id).filter((e) => e.type === 'status_changed').slice(-2);
    expect(log).toMatchObject([
      { from: 'active', to: 'rejected', reason: 'Does not meet required qualifications' },
      { from: 'rejected', to: 'active' },
    ]);
  });

  it('lets only the hiring manager mark hired, and only from Offer', async () => {
    const inOffer = first((c) => c.status === 'active' && c.stage === 'offer');
    const inOnsite = first((c) => c.status === 'active' && c.stage === 'onsite');
    api.signIn('u-priya');
    expect((await call('POST', `/candidates/${inOffer.id}/status`, { action: 'hire', note: '' }, { ...ifMatch(inOffer), ...newKey() })).status).toBe(403);
    api.signIn('u-marcus');
    expect((await call('POST', `/candidates/${inOnsite.id}/status`, { action: 'hire', note: '' }, { ...ifMatch(inOnsite), ...newKey() })).status).toBe(422);
    const hired = await call('POST', `/candidates/${inOffer.id}/status`, { action: 'hire', note: 'Starts in January.' }, { ...ifMatch(inOffer), ...newKey() });
    expect(CandidateSchema.parse(hired.json)).toMatchObject({ status: 'hired', statusChange: { reason: 'Offer accepted', note: 'Starts in January.' } });
  });

  it('needs a note when the reason is "Other"', async () => {
    api.signIn('u-priya');
    const candidate = first((c) => c.status === 'active');
    const result = await call('POST', `/candidates/${candidate.id}/status`, { action: 'reject', reason: 'Other', note: ' ', unmetQualifications: [] }, { ...ifMatch(candidate), ...newKey() });
    expect(result.status).toBe(422);
    expect(ProblemSchema.parse(result.json).errors).toEqual({ note: ['Say what the reason is in a note.'] });
  });

  it('tells a stale client what changed (412) before judging the action against an outdated state', async () => {
    api.signIn('u-priya');
    const candidate = first((c) => c.status === 'rejected');
    const stale = await call('POST', `/candidates/${candidate.id}/status`, { action: 'withdraw', reason: 'Other', note: 'x' }, { 'If-Match': toEntityTag(candidate.version + 1), ...newKey() });
    expect(stale.status).toBe(412);
    expect(CandidateSchema.parse(ProblemSchema.parse(stale.json).current).status).toBe('rejected');
  });

  it('refuses a reason outside the list, and restoring an active candidate', async () => {
    api.signIn('u-priya');
    const candidate = first((c) => c.status === 'active');
    const badReason = await call('POST', `/candidates/${candidate.id}/status`, { action: 'withdraw', reason: 'Bored', note: '' }, { ...ifMatch(candidate), ...newKey() });
    expect(badReason.status).toBe(422);
    const restoreActive = await call('POST', `/candidates/${candidate.id}/status`, { action: 'restore' }, { ...ifMatch(candidate), ...newKey() });
    expect(restoreActive.status).toBe(422);
    expect(ProblemSchema.parse(restoreActive.json).detail).toBe('This candidate is already active.');
  });
});

describe('mock API: notes and new candidates', () => {
  it('stores notes verbatim, markup included: rendering them inertly is the client’s job', async () => {
    api.signIn('u-priya');
    const candidate = first(() => true);
    const text = '<img src=x onerror=alert(1)> great call';
    const result = await call('POST', `/candidates/${candidate.id}/notes`, { text }, newKey());
    expect(result.status).toBe(201);
    expect(ActivityEntrySchema.parse(result.json)).toMatchObject({ type: 'note_added', text });
  });

  it('creates a candidate once per idempotency key, in Applied with nothing assessed', async () => {
    api.signIn('u-priya');
    const key = newKey();
    const before = [...api.db.allCandidates()].length;
    const created = await call('POST', '/candidates', draft, key);
    const again = await call('POST', '/candidates', draft, key);
    expect(created.status).toBe(201);
    expect(again.json).toEqual(created.json);
    const candidate = CandidateSchema.parse(created.json);
    expect(candidate).toMatchObject({ name: 'Ada Quinn', stage: 'applied', status: 'active', version: 1 });
    expect(Object.values(candidate.assessments).every((a) => a.status === 'unknown')).toBe(true);
    expect([...api.db.allCandidates()].length).toBe(before + 1);
  });

  it('answers a duplicate email with 409 naming the existing candidate, and finds it by lookup', async () => {
    api.signIn('u-priya');
    const existing = first((c) => c.email !== undefined);
    const duplicate = await call('POST', '/candidates', { ...draft, email: existing.email!.toUpperCase() }, newKey());
    expect(duplicate.status).toBe(409);
    expect(ProblemSchema.parse(duplicate.json)).toMatchObject({ existing: { id: existing.id, name: existing.name }, errors: { email: ['A candidate with this email already exists.'] } });
    const lookup = await call('GET', `/candidates/lookup?email=${encodeURIComponent(existing.email!)}`);
    expect(EmailLookupSchema.parse(lookup.json).match).toEqual({ id: existing.id, name: existing.name });
  });

  it('validates a new candidate field by field', async () => {
    api.signIn('u-priya');
    const result = await call('POST', '/candidates', { ...draft, name: '  ', email: 'nope', yearsExperience: -1, links: [{ label: 'x', url: 'javascript:alert(1)' }] }, newKey());
    expect(result.status).toBe(422);
    expect(Object.keys(ProblemSchema.parse(result.json).errors ?? {})).toEqual(expect.arrayContaining(['name', 'email', 'yearsExperience', 'links.0.url']));
  });

  it('never sends interviewers email or phone, from any candidate endpoint', async () => {
    api.signIn('u-dana');
    const mine = api.db.visibleSummaries(api.db.user('u-dana')!)[0]!;
    const candidate = api.db.candidate(mine.id)!;
    const responses = [
      await call('GET', '/candidates'),
      await call('GET', `/candidates/${candidate.id}`),
      await call('GET', `/candidates/${candidate.id}/activity`),
      await call('PUT', `/candidates/${candidate.id}/assessments/data`, { status: 'met', evidence: '' }, { 'If-Match': '"999"' }),
    ];
    for (const response of responses) {
      expect(response.text).not.toContain(candidate.email!);
      expect(response.text).not.toContain(candidate.phone!);
    }
    expect((await call('GET', '/candidates/lookup?email=a@b.c')).status).toBe(403);
  });
});

describe('mock API: role statistics', () => {
  it('counts active candidates meeting each qualification', async () => {
    api.signIn('u-priya');
    const stats = RoleStatsSchema.parse((await call('GET', '/role/stats')).json);
    const active = [...api.db.allCandidates()].filter((c) => c.status === 'active');
    expect(stats.activeTotal).toBe(active.length);
    const security = stats.qualifications.find((q) => q.id === 'security')!;
    expect(security.met).toBe(active.filter((c) => c.assessments.security.status === 'met').length);
  });
});
