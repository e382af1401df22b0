import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FOCUS_REQUEST_TTL_MS, requestCardFocus, useFocusRequestFor } from '../../../src/features/pipeline/board-ui-store';

describe('a request to focus a card', () => {
  afterEach(() => {
    act(() => requestCardFocus(null));
    vi.useRealTimers();
  });

  it('reaches only the column it names, or every column but the one it left', () => {
    const screen = renderHook(() => useFocusRequestFor('screen'));
    const applied = renderHook(() => useFocusRequestFor('applied'));
    act(() => requestCardFocus({ candidateId: 'c1', stage: 'screen' }));
    expect(screen.result.current).toBe('c1');
    expect(applied.result.current).toBeNull();
    act(() => requestCardFocus({ candidateId: 'c2', unlessIn: 'screen' }));
    expect(screen.result.current).toBeNull();
    expect(applied.result.current).toBe('c2');
  });

  it('is forgotten when no column served it in time, so focus never jumps to a card that shows up later', () => {
    vi.useFakeTimers();
    const column = renderHook(() => useFocusRequestFor('applied'));
    act(() => requestCardFocus({ candidateId: 'hidden' }));
    expect(column.result.current).toBe('hidden');
    act(() => vi.advanceTimersByTime(FOCUS_REQUEST_TTL_MS - 1));
    expect(column.result.current).toBe('hidden');
    act(() => vi.advanceTimersByTime(1));
    expect(column.result.current).toBeNull();
  });

  it('a newer request is not cut short by an older one’s time running out', () => {
    vi.useFakeTimers();
    const column = renderHook(() => useFocusRequestFor('applied'));
    act(() => requestCardFocus({ candidateId: 'first' }));
    act(() => vi.advanceTimersByTime(FOCUS_REQUEST_TTL_MS - 100));
    act(() => requestCardFocus({ candidateId: 'second' }));
    act(() => vi.advanceTimersByTime(200));
    expect(column.result.current).toBe('second');
  });
});
