import fc from 'fast-check';
import { candidateSummary } from '../../support/summaries';
import { describe, expect, it } from 'vitest';
import { CANDIDATE_STATUSES, type CandidateSummary, STAGES } from '../../../src/domain';
import { boardColumns, regroupColumns } from '../../../src/features/pipeline/board-columns';
import { type BoardFilters, EMPTY_FILTERS, groupIntoColumns } from '../../../src/features/pipeline/board-filters';

/** Ids follow `id`, so ties in time are broken in a known order. */
function summary(id: number, overrides: Partial<CandidateSummary> = {}): CandidateSummary {
  return candidateSummary({ id: `c${String(id).padStart(5, '0')}`, name: `Person ${id}`, ...overrides });
}

const arbitraryState = fc.record({
  stage: fc.constantFrom(...STAGES),
  status: fc.constantFrom(...CANDIDATE_STATUSES),
  // Few distinct instants, so ties (broken by id) happen often.
  at: fc.integer({ min: 0, max: 20 }).map((n) => new Date(Date.UTC(2025, 0, 1) + n * 3_600_000).toISOString()),
});

describe('regroupColumns', () => {
  it('gives the same columns as grouping from scratch after any few replacements', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryState, { minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(), arbitraryState), { maxLength: 6 }),
        fc.boolean(),
        (initial, changes, showClosed) => {
          const filters: BoardFilters = { ...EMPTY_FILTERS, showClosed };
          const before = initial.map((s, i) => summary(i, { stage: s.stage, status: s.status, stageEnteredAt: s.at }));
          const after = before.slice();
          for (const [index, s] of changes) {
            const i = index % after.length;
            after[i] = { ...after[i]!, stage: s.stage, status: s.status, stageEnteredAt: s.at, version: after[i]!.version + 1 };
          }
          const previous = regroupColumns(null, before, filters);
          const next = regroupColumns(previous, after, filters);
          expect(next.columns).toEqual(groupIntoColumns(after, filters));
        },
      ),
    );
  });

  it('keeps the arrays of columns a move did not touch, and moves the card to the top of its new column', () => {
    const items = [
      summary(1, { stage: 'applied' }),
      summary(2, { stage: 'screen' }),
      summary(3, { stage: 'onsite' }),
      summary(4, { stage: 'offer' }),
    ];
    const previous = regroupColumns(null, items, EMPTY_FILTERS);
    const moved = { ...items[0]!, stage: 'screen' as const, stageEnteredAt: '2025-06-01T00:00:00.000Z', version: 2 };
    const next = regroupColumns(previous, [moved, ...items.slice(1)], EMPTY_FILTERS);
    expect(next.columns.applied).toEqual([]);
    expect(next.columns.screen.map((c) => c.id)).toEqual(['c00001', 'c00002']);
    expect(next.columns.onsite).toBe(previous.columns.onsite);
    expect(next.columns.offer).toBe(previous.columns.offer);
    expect(previous.columns.applied.map((c) => c.id)).toEqual(['c00001']); // the previous grouping is untouched
  });

  it('groups from scratch when the filters or the number of candidates change', () => {
    const items = [summary(1), summary(2, { status: 'hired', stage: 'offer' })];
    const previous = regroupColumns(null, items, EMPTY_FILTERS);
    const withClosed = { ...EMPTY_FILTERS, showClosed: true };
    expect(regroupColumns(previous, items, withClosed).columns).toEqual(groupIntoColumns(items, withClosed));
    const more = [...items, summary(3)];
    expect(regroupColumns(previous, more, EMPTY_FILTERS).columns).toEqual(groupIntoColumns(more, EMPTY_FILTERS));
    expect(regroupColumns(previous, items, EMPTY_FILTERS)).toBe(previous);
  });
});

describe('boardColumns', () => {
  it('returns the right columns whatever it was last called with', () => {
    const a = [summary(1), summary(2, { stage: 'screen' })];
    const b = [summary(3, { stage: 'onsite' })];
    expect(boardColumns(a, EMPTY_FILTERS)).toEqual(groupIntoColumns(a, EMPTY_FILTERS));
    expect(boardColumns(b, EMPTY_FILTERS)).toEqual(groupIntoColumns(b, EMPTY_FILTERS));
    const movedA = [a[0]!, { ...a[1]!, stage: 'offer' as const }];
    expect(boardColumns(movedA, EMPTY_FILTERS)).toEqual(groupIntoColumns(movedA, EMPTY_FILTERS));
  });
});
