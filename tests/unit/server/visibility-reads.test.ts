/**
 * The visibility rules that need a candidate's facts read them only for viewers who do not see the whole
 * pipeline (one rule, `seesWholePipeline`, not a role compared by hand at each caller).
 */
import { describe, expect, it } from 'vitest';
import type { Interview, Scorecard } from '../../../src/domain';
import type { ReadPort } from '../../../server/core/ports';
import { eventReaches, seesCandidate } from '../../../server/core/visibility';

type Facts = Pick<ReadPort, 'interviews' | 'scorecards'>;

const unread: Facts = {
  interviews: () => Promise.reject(new Error('read interviews')),
  scorecards: () => Promise.reject(new Error('read scorecards')),
};

const interview = (interviewerId: string) => ({ id: `c1-${interviewerId}`, candidateId: 'c1', stage: 'onsite', interviewerId }) as Interview;
const facts = (interviewerIds: string[]): Facts => ({ interviews: async () => interviewerIds.map(interview), scorecards: async () => [] as Scorecard[] });

describe('visibility with reads', () => {
  it('reads nothing for recruiters and the hiring manager: they see every candidate and event', async () => {
    for (const role of ['recruiter', 'hiring_manager'] as const) {
      expect(await seesCandidate(unread, { id: 'u-x', role }, 'c1')).toBe(true);
      expect(await eventReaches(unread, { id: 'u-x', role }, { type: 'activity', candidateId: 'c1' })).toBe(true);
    }
  });

  it('shows interviewers only their own candidates, and never note events', async () => {
    const dana = { id: 'u-dana', role: 'interviewer' } as const;
    expect(await seesCandidate(facts(['u-dana']), dana, 'c1')).toBe(true);
    expect(await seesCandidate(facts(['u-sam']), dana, 'c1')).toBe(false);
    expect(await eventReaches(facts(['u-dana']), dana, { type: 'candidate', candidateId: 'c1' })).toBe(true);
    expect(await eventReaches(facts(['u-sam']), dana, { type: 'candidate', candidateId: 'c1' })).toBe(false);
    expect(await eventReaches(facts(['u-dana']), dana, { type: 'activity', candidateId: 'c1' })).toBe(false);
  });
});
