import { describe, expect, it } from 'vitest';
import { EMPTY_SCORECARD_CONTENT, type Scorecard, type ScorecardContent } from '../../../src/domain';
import { decideRestore } from '../../../src/features/scorecards/draft-sync';

const mine: ScorecardContent = { ratings: { data: 'yes' }, recommendation: null, takeaways: 'Typed here', privateNotes: '' };
function server(version: number, content: Partial<ScorecardContent> = {}, status: Scorecard['status'] = 'draft'): Scorecard {
  return {
    id: 'i1-sc', interviewId: 'i1', candidateId: 'c1', author: { id: 'u-dana', name: 'Dana' }, version, status,
    ...EMPTY_SCORECARD_CONTENT, ...content, updatedAt: '2026-01-01T00:00:00.000Z', submittedAt: status === 'submitted' ? '2026-01-01T00:00:00.000Z' : null,
  };
}
const local = (baseVersion: number | null) => ({ content: mine, savedAt: '2026-01-02T00:00:00.000Z', baseVersion });

describe('restoring a draft kept on this device', () => {
  it('starts from the server when nothing is kept, or the server already has it', () => {
    expect(decideRestore(null, server(2, { takeaways: 'x' }), ['data'])).toMatchObject({ kind: 'server', baseVersion: 2, content: { takeaways: 'x' } });
    expect(decideRestore(local(1), server(2, mine), ['data'])).toMatchObject({ kind: 'server', baseVersion: 2 });
    expect(decideRestore(null, null, ['data'])).toEqual({ kind: 'server', content: EMPTY_SCORECARD_CONTENT, baseVersion: null });
  });

  it('restores (and will save) edits made on top of the server’s current version, or before any save', () => {
    expect(decideRestore(local(2), server(2), ['data'])).toMatchObject({ kind: 'restore', baseVersion: 2, content: mine });
    expect(decideRestore(local(null), null, ['data'])).toMatchObject({ kind: 'restore', baseVersion: null, content: mine });
  });

  it('asks when the server moved on since the edits were made (another tab or device)', () => {
    const current = server(3, { takeaways: 'From elsewhere' });
    expect(decideRestore(local(2), current, ['data'])).toMatchObject({ kind: 'conflict', baseVersion: 2, content: mine, current });
    expect(decideRestore(local(null), current, ['data'])).toMatchObject({ kind: 'conflict' });
  });

  it('ignores kept edits once the scorecard is submitted (final), and keeps focus ratings only', () => {
    expect(decideRestore(local(2), server(3, {}, 'submitted'), ['data'])).toMatchObject({ kind: 'server' });
    const withExtra = { ...local(2), content: { ...mine, ratings: { data: 'yes' as const, security: 'no' as const } } };
    expect(decideRestore(withExtra, server(2), ['data'])).toMatchObject({ kind: 'restore', content: { ratings: { data: 'yes' } } });
  });
});
