import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LiveUpdatesNotice } from '../../../src/app/LiveUpdatesNotice';
import { setLiveUpdatesState } from '../../../src/lib/live-updates-status';

const PAUSED = /Live updates paused: reconnecting/;

describe('LiveUpdatesNotice', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    setLiveUpdatesState('live');
  });
  afterEach(() => {
    act(() => setLiveUpdatesState('off'));
    vi.useRealTimers();
  });

  it('says nothing while live, nor in the first seconds of a reconnect (a restart takes about one)', () => {
    render(<LiveUpdatesNotice />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    act(() => setLiveUpdatesState('reconnecting'));
    act(() => vi.advanceTimersByTime(4_000));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('says live updates are paused after five seconds down, in a status region, and clears once back', () => {
    render(<LiveUpdatesNotice />);
    act(() => setLiveUpdatesState('reconnecting'));
    act(() => vi.advanceTimersByTime(5_000));
    expect(screen.getByRole('status')).toHaveTextContent(PAUSED);
    // Still down across several retries: the clock runs from the first failure.
    act(() => setLiveUpdatesState('reconnecting'));
    expect(screen.getByRole('status')).toHaveTextContent(PAUSED);
    act(() => setLiveUpdatesState('live'));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
