import { describe, expect, it } from 'vitest';
import type { ActivityEntry } from '../../../src/domain';
import { describeActivity } from '../../../src/features/candidates/activity-text';

const base = { id: 'a1', candidateId: 'c1', at: '2026-01-01T00:00:00.000Z', actor: { id: 'u-priya', name: 'Priya Raman' } };
const entry = (e: Record<string, unknown>) => ({ ...base, ...e }) as ActivityEntry;

describe('describeActivity', () => {
  it('says what happened in words, for every kind of entry', () => {
    expect(describeActivity(entry({ type: 'created' })).summary).toBe('added the candidate');
    expect(describeActivity(entry({ type: 'stage_changed', from: 'screen', to: 'onsite' })).summary).toBe('moved them from Screen to Onsite');
    expect(describeActivity(entry({ type: 'status_changed', from: 'active', to: 'rejected', reason: 'Role filled by another candidate', note: 'Sorry.' }))).toMatchObject({
      summary: 'rejected them',
      detail: 'Role filled by another candidate',
      quote: 'Sorry.',
    });
    expect(describeActivity(entry({ type: 'status_changed', from: 'active', to: 'withdrawn', reason: 'Accepted another offer' })).summary).toBe('marked them withdrawn');
    expect(describeActivity(entry({ type: 'status_changed', from: 'active', to: 'hired', reason: 'Offer accepted' })).summary).toBe('marked them hired');
    expect(describeActivity(entry({ type: 'status_changed', from: 'withdrawn', to: 'active', reason: null })).summary).toBe('restored them (they were withdrawn)');
    expect(describeActivity(entry({ type: 'assessment_changed', qualificationId: 'async', from: 'unknown', to: 'partial', evidence: 'Used SQS.' }))).toMatchObject({
      summary: 'assessed Async processing: Unknown → Partial',
      quote: 'Used SQS.',
      group: 'assessments',
    });
    expect(describeActivity(entry({ type: 'note_added', text: 'Line one\nLine two' }))).toMatchObject({ summary: 'added a note', quote: 'Line one\nLine two', group: 'notes' });
    expect(describeActivity(entry({ type: 'scorecard_submitted', interviewId: 'i1', interviewKind: 'system_design', recommendation: 'strong_yes' }))).toMatchObject({
      summary: 'submitted the System design scorecard',
      detail: 'Recommendation: Strong yes',
    });
  });

  it('leaves out empty notes and evidence, and copes with unknown interview kinds', () => {
    expect(describeActivity(entry({ type: 'status_changed', from: 'active', to: 'rejected', reason: 'Other', note: '   ' })).quote).toBeUndefined();
    expect(describeActivity(entry({ type: 'assessment_changed', qualificationId: 'data', from: 'met', to: 'unknown', evidence: '' })).quote).toBeUndefined();
    expect(describeActivity(entry({ type: 'scorecard_submitted', interviewId: 'i1', interviewKind: 'pair_programming', recommendation: null }))).toMatchObject({
      summary: 'submitted the pair programming scorecard',
      detail: 'Recommendation: no recommendation',
    });
  });
});
