import { describe, expect, it } from 'vitest';
import { changesBetween } from '../../../mocks/tab-sync';
import { MemoryDatabase } from '../../../server/stores/memory/memory-database';

const NOW = new Date('2026-01-15T10:00:00.000Z');
const fresh = () => new MemoryDatabase({ seed: 11, size: 40, now: NOW });

describe('changesBetween', () => {
  it('announces nothing between two copies of the same data', () => {
    expect(changesBetween(fresh(), fresh())).toEqual([]);
  });

  it('announces each changed candidate, each changed scorecard and each candidate with new activity, once', () => {
    const before = fresh();
    const after = fresh();
    after.updateCandidate('c00003', (c) => ({ ...c, stage: 'onsite' }));
    after.appendActivity({ candidateId: 'c00007', at: '2026-01-15T11:00:00.000Z', actor: { id: 'u-priya', name: 'Priya Raman' }, type: 'note_added', text: 'x' });
    const scorecard = [...after.allCandidates()].flatMap((c) => after.scorecardsOf(c.id)).find((s) => s.status === 'draft')!;
    const { version: _v, ...rest } = scorecard;
    after.saveScorecard({ ...rest, takeaways: 'Changed in the other tab' });
    expect(changesBetween(before, after)).toEqual(
      expect.arrayContaining([
        { type: 'candidate', candidateId: 'c00003' },
        { type: 'activity', candidateId: 'c00007' },
        { type: 'scorecard', candidateId: scorecard.candidateId, interviewId: scorecard.interviewId, authorId: scorecard.author.id },
      ]),
    );
    expect(changesBetween(before, after)).toHaveLength(3);
  });
});
