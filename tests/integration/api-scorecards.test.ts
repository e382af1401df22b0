import { describe, expect, it } from 'vitest';
import {
  CandidateListSchema,
  CandidateScorecardsSchema,
  InterviewDetailSchema,
  MyInterviewListSchema,
  ProblemSchema,
  ReviewQueueSchema,
  type ScorecardContent,
  ScorecardSchema,
  toEntityTag,
} from '../../src/domain';
import { call, setupMockApi } from '../support/mock-api';

const api = setupMockApi();

let keys = 0;
const key = () => ({ 'Idempotency-Key': `sc-${++keys}` });

const complete: ScorecardContent = {
  ratings: { language: 'yes', async: 'strong_yes' },
  recommendation: 'yes',
  takeaways: 'Clean code, <b>tested</b> well.',
  privateNotes: 'Ask about on-call.',
};

/**
 * An interview of `interviewerId` with no scorecard yet, on a candidate where another interviewer has
 * already submitted one: the situation the blind rule exists for.
 */
function blindSituation(interviewerId: string) {
  const interview = api.db.interviews.find(
    (i) =>
      i.interviewerId === interviewerId &&
      !api.db.scorecardFor(i.id) &&
      api.db.scorecardsOf(i.candidateId).some((s) => s.status === 'submitted' && s.author.id !== interviewerId),
  )!;
  expect(interview).toBeDefined();
  return interview;
}

describe('mock API: blind review', () => {
  it('shows an interviewer only their own scorecard until they submit it, then everyone’s submitted ones', async () => {
    const interview = blindSituation('u-dana');
    api.signIn('u-dana');
    const draft = await call('PUT', `/interviews/${interview.id}/scorecard`, { ...complete, recommendation: null });
    expect(draft.status).toBe(201);

    const before = CandidateScorecardsSchema.parse((await call('GET', `/candidates/${interview.candidateId}/scorecards`)).json);
    expect(before.blind).toBe(true);
    expect(before.scorecards.map((s) => s.author.id)).toEqual(['u-dana']);
    const boardBefore = CandidateListSchema.parse((await call('GET', '/candidates')).json);
    expect(boardBefore.items.find((c) => c.id === interview.candidateId)?.scorecards).toBeNull();

    const version = ScorecardSchema.parse(draft.json).version;
    const submitted = await call('POST', `/interviews/${interview.id}/scorecard/submit`, complete, { ...key(), 'If-Match': toEntityTag(version) });
    expect(submitted.status).toBe(200);

    const after = CandidateScorecardsSchema.parse((await call('GET', `/candidates/${interview.candidateId}/scorecards`)).json);
    expect(after.blind).toBe(false);
    const others = after.scorecards.filter((s) => s.author.id !== 'u-dana');
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((s) => s.status === 'submitted' && s.privateNotes === '')).toBe(true);
    const boardAfter = CandidateListSchema.parse((await call('GET', '/candidates')).json);
    expect(boardAfter.items.find((c) => c.id === interview.candidateId)?.scorecards?.submitted).toBe(others.length + 1);
  });

  it('keeps the timeline blind too: no notes, and no scorecard news until their own is in', async () => {
    const interview = blindSituation('u-dana');
    api.signIn('u-priya');
    await call('POST', `/candidates/${interview.candidateId}/notes`, { text: 'Strong signal from the system design round.' }, key());
    const activityTypes = async () =>
      ((await call('GET', `/candidates/${interview.candidateId}/activity`)).json as { items: { type: string; actor: { id: string } }[] }).items;

    api.signIn('u-dana');
    const before = await activityTypes();
    expect(before.some((e) => e.type === 'note_added')).toBe(false);
    expect(before.some((e) => e.type === 'scorecard_submitted')).toBe(false);
    expect(before.some((e) => e.type === 'created')).toBe(true);

    await call('POST', `/interviews/${interview.id}/scorecard/submit`, complete, key());
    const after = await activityTypes();
    expect(after.filter((e) => e.type === 'scorecard_submitted' && e.actor.id !== 'u-dana').length).toBeGreaterThan(0);
    expect(after.some((e) => e.type === 'note_added')).toBe(false);

    api.signIn('u-priya');
    expect((await activityTypes()).some((e) => e.type === 'note_added')).toBe(true);
  });

  it('never shows anyone another person’s draft', async () => {
    const draft = [...api.db.interviews].map((i) => api.db.scorecardFor(i.id)).find((s) => s?.status === 'draft' && s.author.id !== 'u-marcus')!;
    for (const viewer of ['u-priya', 'u-marcus']) {
      api.signIn(viewer);
      const visible = CandidateScorecardsSchema.parse((await call('GET', `/candidates/${draft.candidateId}/scorecards`)).json);
      expect(visible.scorecards.some((s) => s.id === draft.id)).toBe(false);
      expect(visible.scorecards.every((s) => s.status === 'submitted' || s.author.id === viewer)).toBe(true);
    }
  });

  it('gives recruiters and the hiring manager every submitted scorecard, private notes included', async () => {
    const candidateId = [...api.db.allCandidates()].find((c) => api.db.scorecardsOf(c.id).some((s) => s.status === 'submitted' && s.privateNotes))!.id;
    const submitted = api.db.scorecardsOf(candidateId).filter((s) => s.status === 'submitted');
    api.signIn('u-priya');
    const visible = CandidateScorecardsSchema.parse((await call('GET', `/candidates/${candidateId}/scorecards`)).json);
    expect(visible.scorecards.filter((s) => s.status === 'submitted').map((s) => s.id).sort()).toEqual(submitted.map((s) => s.id).sort());
    expect(visible.scorecards.some((s) => s.privateNotes !== '')).toBe(true);
  });

  it('keeps other interviewers out of an interview that is not theirs (404)', async () => {
    const interview = api.db.interviews.find((i) => i.interviewerId === 'u-tomas')!;
    api.signIn('u-dana');
    expect((await call('GET', `/interviews/${interview.id}`)).status).toBe(404);
    expect((await call('PUT', `/interviews/${interview.id}/scorecard`, complete)).status).toBe(404);
  });
});

describe('mock API: scorecards', () => {
  it('lists my interviews with what is still to write', async () => {
    api.signIn('u-dana');
    const list = MyInterviewListSchema.parse((await call('GET', '/me/interviews')).json);
    const mine = api.db.interviews.filter((i) => i.interviewerId === 'u-dana');
    expect(list.items).toHaveLength(mine.length);
    const missing = list.items.filter((i) => i.scorecard.progress === 'missing').map((i) => i.interview.id);
    expect(missing.sort()).toEqual(mine.filter((i) => !api.db.scorecardFor(i.id)).map((i) => i.id).sort());
  });

  it('autosaves drafts with versions: 428 without If-Match, 412 on a stale one, focus ratings only', async () => {
    const interview = blindSituation('u-dana');
    api.signIn('u-dana');
    const first = ScorecardSchema.parse((await call('PUT', `/interviews/${interview.id}/scorecard`, { ...complete, ratings: { ...complete.ratings, security: 'no' } })).json);
    expect(Object.keys(first.ratings).every((q) => interview.focus.includes(q as never))).toBe(true);
    expect((await call('PUT', `/interviews/${interview.id}/scorecard`, complete)).status).toBe(428);
    const stale = await call('PUT', `/interviews/${interview.id}/scorecard`, complete, { 'If-Match': toEntityTag(first.version + 1) });
    expect(stale.status).toBe(412);
    expect(ScorecardSchema.parse(ProblemSchema.parse(stale.json).current).version).toBe(first.version);
    const second = ScorecardSchema.parse((await call('PUT', `/interviews/${interview.id}/scorecard`, { ...complete, takeaways: 'Updated' }, { 'If-Match': toEntityTag(first.version) })).json);
    expect(second).toMatchObject({ version: first.version + 1, takeaways: 'Updated', status: 'draft' });
  });

  it('needs a recommendation and takeaways to submit, and a submitted scorecard is final', async () => {
    const interview = blindSituation('u-dana');
    api.signIn('u-dana');
    const incomplete = await call('POST', `/interviews/${interview.id}/scorecard/submit`, { ...complete, recommendation: null, takeaways: ' ' }, key());
    expect(incomplete.status).toBe(422);
    expect(Object.keys(ProblemSchema.parse(incomplete.json).errors ?? {}).sort()).toEqual(['recommendation', 'takeaways']);

    const submitted = ScorecardSchema.parse((await call('POST', `/interviews/${interview.id}/scorecard/submit`, complete, key())).json);
    expect(submitted.status).toBe('submitted');
    const edit = await call('PUT', `/interviews/${interview.id}/scorecard`, complete, { 'If-Match': toEntityTag(submitted.version) });
    expect(edit.status).toBe(409);
    expect(ProblemSchema.parse(edit.json).detail).toBe('Submitted scorecards are final and can no longer be edited.');
    const resubmit = await call('POST', `/interviews/${interview.id}/scorecard/submit`, complete, { ...key(), 'If-Match': toEntityTag(submitted.version) });
    expect(resubmit.status).toBe(409);
    const detail = InterviewDetailSchema.parse((await call('GET', `/interviews/${interview.id}`)).json);
    expect(detail.scorecard?.takeaways).toBe(complete.takeaways);
  });
});

describe('mock API: review queue and decisions', () => {
  it('lists candidates waiting for a decision, longest waiting first', async () => {
    api.signIn('u-marcus');
    const queue = ReviewQueueSchema.parse((await call('GET', '/review/queue')).json);
    const expected = [...api.db.allCandidates()].filter((c) => api.db.summary(c.id)?.needsDecision).map((c) => c.id);
    expect(queue.items.map((i) => i.candidate.id).sort()).toEqual(expected.sort());
    expect(queue.items.length).toBeGreaterThan(0);
    const waits = queue.items.map((i) => i.waitingSince);
    expect(waits).toEqual([...waits].sort());
    for (const item of queue.items) {
      const onsite = api.db.interviewsOf(item.candidate.id).filter((i) => i.stage === 'onsite');
      expect(onsite.every((i) => api.db.scorecardFor(i.id)?.status === 'submitted')).toBe(true);
    }
  });

  it('keeps interviewers out of the queue, and only the hiring manager advances to Offer', async () => {
    api.signIn('u-dana');
    expect((await call('GET', '/review/queue')).status).toBe(403);
    const waiting = [...api.db.allCandidates()].find((c) => api.db.summary(c.id)?.needsDecision)!;
    api.signIn('u-priya');
    const byRecruiter = await call('POST', `/candidates/${waiting.id}/moves`, { toStage: 'offer' }, { ...key(), 'If-Match': toEntityTag(waiting.version) });
    expect(byRecruiter.status).toBe(403);
    api.signIn('u-marcus');
    const byManager = await call('POST', `/candidates/${waiting.id}/moves`, { toStage: 'offer' }, { ...key(), 'If-Match': toEntityTag(waiting.version) });
    expect(byManager.status).toBe(200);
    expect(api.db.summary(waiting.id)?.needsDecision).toBe(false);
  });
});
