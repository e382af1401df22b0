import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { selectedIds, selection, useIsSelected, useSelectionCount } from '../../../src/lib/selection';

const ROWS = ['a', 'b', 'c', 'd', 'e', 'f'];
const selected = () => [...selectedIds()].sort();

beforeEach(() => selection.clear());

describe('selection', () => {
  it('toggles one candidate in and out', () => {
    selection.toggle('b');
    expect(selected()).toEqual(['b']);
    selection.toggle('d');
    expect(selected()).toEqual(['b', 'd']);
    selection.toggle('b');
    expect(selected()).toEqual(['d']);
  });

  it('extends a range downwards from the last toggled, keeping what was selected', () => {
    selection.toggle('a');
    selection.toggle('c');
    selection.extendTo('e', ROWS);
    expect(selected()).toEqual(['a', 'c', 'd', 'e']);
  });

  it('extends a range upwards, and a later range from the same anchor replaces it (growing or shrinking)', () => {
    selection.toggle('e');
    selection.extendTo('c', ROWS);
    expect(selected()).toEqual(['c', 'd', 'e']);
    selection.extendTo('b', ROWS);
    expect(selected()).toEqual(['b', 'c', 'd', 'e']);
    selection.extendTo('d', ROWS);
    expect(selected()).toEqual(['d', 'e']);
    selection.extendTo('f', ROWS);
    expect(selected()).toEqual(['e', 'f']);
  });

  it('a range is added to what was selected before its anchor, which it never drops', () => {
    selection.toggle('a');
    selection.toggle('d');
    selection.extendTo('f', ROWS);
    expect(selected()).toEqual(['a', 'd', 'e', 'f']);
    selection.extendTo('c', ROWS);
    expect(selected()).toEqual(['a', 'c', 'd']);
  });

  it('anchorAt starts the next range at a row without selecting anything', () => {
    selection.toggle('a');
    selection.anchorAt('d');
    expect(selected()).toEqual(['a']);
    selection.extendTo('e', ROWS);
    expect(selected()).toEqual(['a', 'd', 'e']);
  });

  it('without an anchor among the rows shown, selects the target alone and anchors there', () => {
    selection.toggle('x');
    selection.extendTo('c', ROWS);
    expect(selected()).toEqual(['c', 'x']);
    selection.extendTo('a', ROWS);
    expect(selected()).toEqual(['a', 'b', 'c', 'x']);
  });

  it('ignores a range to a candidate not shown', () => {
    selection.toggle('a');
    selection.extendTo('zz', ROWS);
    expect(selected()).toEqual(['a']);
  });

  it('replaces the selection and drops the anchor', () => {
    selection.toggle('a');
    selection.replace(['d', 'e']);
    expect(selected()).toEqual(['d', 'e']);
    // No anchor any more: a range selects its target only.
    selection.extendTo('b', ROWS);
    expect(selected()).toEqual(['b', 'd', 'e']);
  });

  it('keeps only what is shown, and leaves the selection object alone when nothing drops out', () => {
    selection.replace(['a', 'c', 'e']);
    const before = selectedIds();
    selection.keepOnly(new Set(ROWS));
    expect(selectedIds()).toBe(before);
    selection.keepOnly(new Set(['a', 'b', 'e']));
    expect(selected()).toEqual(['a', 'e']);
  });

  it('clears, and re-renders a row only when its own answer changes', () => {
    let renders = 0;
    const { result } = renderHook(() => {
      renders += 1;
      return useIsSelected('c');
    });
    const count = renderHook(() => useSelectionCount());
    expect(result.current).toBe(false);
    act(() => selection.toggle('a'));
    act(() => selection.toggle('b'));
    expect(renders).toBe(1);
    expect(count.result.current).toBe(2);
    act(() => selection.extendTo('d', ROWS));
    expect(result.current).toBe(true);
    expect(renders).toBe(2);
    act(() => selection.clear());
    expect(result.current).toBe(false);
    expect(count.result.current).toBe(0);
    expect(renders).toBe(3);
  });
});
