import { describe, expect, it } from 'vitest';
import type { Stage } from '../../../src/domain';
import { nearestRow, neighbourStage } from '../../../src/features/pipeline/keyboard';

describe('←/→ between columns', () => {
  const counts: Record<Stage, number> = { applied: 5, screen: 0, onsite: 3, offer: 0 };
  const count = (stage: Stage) => counts[stage];

  it('goes to the next column that has cards, skipping empty ones, and nowhere past the edges', () => {
    expect(neighbourStage('applied', 1, count)).toBe('onsite');
    expect(neighbourStage('onsite', -1, count)).toBe('applied');
    expect(neighbourStage('onsite', 1, count)).toBeNull();
    expect(neighbourStage('applied', -1, count)).toBeNull();
  });

  it('picks the row at the same height, counting rows scrolled out of view, clamped to the list', () => {
    // Rows 124 px apart; the list's top is 100 px above the viewport top (scrolled by 100 + its offset).
    expect(nearestRow(50, -100, 124, 10)).toBe(1);
    expect(nearestRow(300, 200, 124, 10)).toBe(0);
    expect(nearestRow(100, 200, 124, 10)).toBe(0);
    expect(nearestRow(5000, 0, 124, 10)).toBe(9);
    // Scrolled far down: row 80 is at the viewport's top.
    expect(nearestRow(10, -80 * 124, 124, 100)).toBe(80);
  });
});
