import { describe, expect, it } from 'vitest';
import { formatSummary, formatTable, keystrokeLatencies, median, percentile, summarize, withinBudget } from '../../bench/stats.mjs';

describe('bench statistics', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('takes percentiles by nearest rank: p99 of 50 samples is the largest', () => {
    const fifty = Array.from({ length: 50 }, (_, i) => 50 - i);
    expect([percentile(fifty, 50), percentile(fifty, 98), percentile(fifty, 99), percentile([7, Number.NaN], 0), percentile([], 50)]).toEqual([25, 49, 50, 7, null]);
  });

  it('summarizes runs as median, min and max, skipping runs without the metric', () => {
    expect(summarize([30, null, 10, undefined, 20, Number.NaN])).toEqual({ median: 20, min: 10, max: 30, n: 3 });
    expect(summarize([null])).toEqual({ median: null, min: null, max: null, n: 0 });
  });

  it('does not sort the caller’s array', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('compares against a budget only when both exist', () => {
    expect(withinBudget(50, 50)).toBe(true);
    expect(withinBudget(50.1, 50)).toBe(false);
    expect(withinBudget(null, 50)).toBeNull();
    expect(withinBudget(10, undefined)).toBeNull();
  });

  it('formats a summary and a padded table', () => {
    expect(formatSummary({ median: 1234.4, min: 1000, max: 2000, n: 3 })).toBe('1,234 (1,000–2,000)');
    expect(formatSummary({ median: 1.25, min: 1, max: 2, n: 2 }, 1)).toBe('1.3 (1.0–2.0)');
    expect(formatSummary({ median: null, min: null, max: null, n: 0 })).toBe('–');
    expect(formatTable(['a', 'bb'], [['ccc', 1]]).split('\n')).toEqual(['a    bb', '---  --', 'ccc  1']);
  });
});

describe('keystroke latency from Event Timing entries', () => {
  it('takes the longest event of each interaction, and ignores non-keyboard events', () => {
    const entries = [
      { name: 'keydown', duration: 24, interactionId: 1 },
      { name: 'keyup', duration: 40, interactionId: 1 },
      { name: 'keydown', duration: 16, interactionId: 2 },
      { name: 'pointerdown', duration: 200, interactionId: 3 },
      { name: 'input', duration: 300, interactionId: 0 },
    ];
    expect(keystrokeLatencies(entries, 2)).toEqual([40, 16]);
  });

  it('counts keystrokes the observer never reported at the threshold, an upper bound', () => {
    expect(keystrokeLatencies([{ name: 'keydown', duration: 56, interactionId: 9 }], 3)).toEqual([56, 16, 16]);
    expect(keystrokeLatencies([], 2, 8)).toEqual([8, 8]);
  });
});
