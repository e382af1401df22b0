import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { connectLiveUpdates, retryDelay } from '../../../src/lib/live-updates';
import { liveUpdatesStatus } from '../../../src/lib/live-updates-status';
import { clearToasts, useToastStore } from '../../../src/lib/notify';
import { queryKeys } from '../../../src/lib/queries/keys';

/** A stand-in for the browser's EventSource: the test plays the server's side of each stream. */
class FakeEventSource extends EventTarget {
  static CONNECTING = 0;
  static OPEN = 1;
  static CLOSED = 2;
  static all: FakeEventSource[] = [];
  readonly url: URL;
  readyState = FakeEventSource.CONNECTING;

  constructor(url: string | URL) {
    super();
    this.url = new URL(url);
    FakeEventSource.all.push(this);
  }
  close() {
    this.readyState = FakeEventSource.CLOSED;
  }
  /** The server sends an event (`id` becomes the message's lastEventId, as the browser keeps it). */
  send(type: string, data: unknown = {}, id = '') {
    this.readyState = FakeEventSource.OPEN;
    this.dispatchEvent(new MessageEvent(type, { data: JSON.stringify(data), lastEventId: id }));
  }
  /** The server answered 503/502/401 or a wrong content type: the browser gives up on this stream for good. */
  failForGood() {
    this.readyState = FakeEventSource.CLOSED;
    this.dispatchEvent(new Event('error'));
  }
}

const latest = () => FakeEventSource.all.at(-1)!;
const PRIYA = { id: 'u-priya', name: 'Priya Raman', title: 'Recruiter', role: 'recruiter' };

/** What `GET /api/session` answers next: signed in, signed out (401), or the server is not reachable. */
let sessionAnswer: 'signed-in' | 'signed-out' | 'unreachable' | 'proxy-401';
const sessionRequests = vi.fn();

let queryClient: QueryClient;
let disconnect: (() => void) | null;

/** Whether everything shown was refetched (every query but the session's), as after a gap. */
function refetchedEverything(spy: { mock: { calls: unknown[][] } }): boolean {
  return spy.mock.calls.some(([filters]) => {
    const predicate = (filters as { predicate?: (q: { queryKey: unknown[] }) => boolean } | undefined)?.predicate;
    return !!predicate && predicate({ queryKey: ['candidates', 'list'] }) && !predicate({ queryKey: ['session', 'current'] });
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(Math, 'random').mockReturnValue(0.5); // no jitter: 1 s, 2 s, 4 s…
  FakeEventSource.all = [];
  vi.stubGlobal('EventSource', FakeEventSource);
  sessionAnswer = 'signed-in';
  sessionRequests.mockClear();
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      sessionRequests(url);
      if (sessionAnswer === 'unreachable') throw new TypeError('Failed to fetch');
      if (sessionAnswer === 'proxy-401') return new Response('Unauthorized', { status: 401 });
      if (sessionAnswer === 'signed-out') {
        return Response.json({ type: 'https://shortlist.dev/problems/unauthenticated', title: 'Sign in', status: 401 }, { status: 401 });
      }
      return Response.json({ user: PRIYA });
    }),
  );
  // No garbage-collection timers: the tests count the timers left behind.
  queryClient = new QueryClient({ defaultOptions: { queries: { gcTime: Infinity } } });
  queryClient.setQueryData(queryKeys.session.current(), PRIYA);
  disconnect = connectLiveUpdates(queryClient);
});

afterEach(() => {
  disconnect?.();
  clearToasts();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('live updates: reconnecting', () => {
  it('opens a new stream after a backoff when the browser closed it for good, resuming after the last event', async () => {
    const first = latest();
    first.send('ready', {}, '5');
    first.send('change', { type: 'candidate', candidateId: 'c1' }, '7');
    first.failForGood();
    expect(liveUpdatesStatus().state).toBe('reconnecting');

    await vi.advanceTimersByTimeAsync(999);
    expect(FakeEventSource.all).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sessionRequests).toHaveBeenCalledTimes(1);
    expect(FakeEventSource.all).toHaveLength(2);
    expect(latest().url.pathname).toBe('/api/events');
    expect(latest().url.searchParams.get('lastEventId')).toBe('7');

    // The server replays what was missed: that is refetched, not everything.
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    latest().send('ready', {}, '9');
    latest().send('change', { type: 'activity', candidateId: 'c2' }, '8');
    await vi.advanceTimersByTimeAsync(200);
    expect(invalidate).toHaveBeenCalledWith({ queryKey: queryKeys.candidates.detail('c2') });
    expect(refetchedEverything(invalidate)).toBe(false);
    expect(liveUpdatesStatus()).toEqual({ state: 'live', downSince: null });
  });

  it('waits longer after each failure (1 s, 2 s, 4 s) and starts again at 1 s once a stream is ready', async () => {
    latest().failForGood();
    for (const delay of [1000, 2000, 4000]) {
      const count = FakeEventSource.all.length;
      await vi.advanceTimersByTimeAsync(delay - 1);
      expect(FakeEventSource.all).toHaveLength(count);
      await vi.advanceTimersByTimeAsync(1);
      expect(FakeEventSource.all).toHaveLength(count + 1);
      latest().failForGood();
    }
    await vi.advanceTimersByTimeAsync(8000);
    latest().send('ready', {}, '3');
    latest().failForGood();
    const count = FakeEventSource.all.length;
    await vi.advanceTimersByTimeAsync(1000);
    expect(FakeEventSource.all).toHaveLength(count + 1);
  });

  it('keeps backing off while the server cannot be reached, without opening streams that would fail', async () => {
    latest().send('ready', {}, '1');
    sessionAnswer = 'unreachable';
    latest().failForGood();
    await vi.advanceTimersByTimeAsync(1000 + 2000 + 4000);
    expect(sessionRequests).toHaveBeenCalledTimes(3);
    expect(FakeEventSource.all).toHaveLength(1);
    const { downSince } = liveUpdatesStatus();
    expect(liveUpdatesStatus().state).toBe('reconnecting');
    expect(downSince).not.toBeNull();

    sessionAnswer = 'signed-in';
    await vi.advanceTimersByTimeAsync(8000);
    expect(FakeEventSource.all).toHaveLength(2);
    // Still down since the first failure, not since the last attempt.
    expect(liveUpdatesStatus()).toEqual({ state: 'reconnecting', downSince });
  });

  it('caps the wait at 30 s and spreads retries by ±25%', () => {
    expect(retryDelay(0, () => 0.5)).toBe(1000);
    expect(retryDelay(3, () => 0.5)).toBe(8000);
    expect(retryDelay(20, () => 0.5)).toBe(30_000);
    expect(retryDelay(20, () => 1)).toBe(30_000);
    expect(retryDelay(1, () => 0)).toBe(1500);
    expect(retryDelay(1, () => 1)).toBe(2500);
  });
});

describe('live updates: gaps', () => {
  it('refetches everything shown when the stream failed before saying where it stood', async () => {
    latest().failForGood();
    await vi.advanceTimersByTimeAsync(1000);
    expect(latest().url.searchParams.has('lastEventId')).toBe(false);
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    latest().send('ready', {}, '4');
    expect(refetchedEverything(invalidate)).toBe(true);
  });

  it('refetches everything when the server says events were lost, and resumes from where it stands then', async () => {
    latest().send('ready', {}, '2');
    latest().failForGood();
    await vi.advanceTimersByTimeAsync(1000);
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    latest().send('ready', {}, '40');
    expect(refetchedEverything(invalidate)).toBe(false);
    latest().send('reset', {}, '40');
    expect(refetchedEverything(invalidate)).toBe(true);
    latest().failForGood();
    await vi.advanceTimersByTimeAsync(1000);
    expect(latest().url.searchParams.get('lastEventId')).toBe('40');
  });
});

describe('live updates: stopping', () => {
  it('stops when the session has ended (401): no new stream, no timer left, the app is told to show sign-in', async () => {
    latest().send('ready', {}, '1');
    sessionAnswer = 'signed-out';
    latest().failForGood();
    await vi.advanceTimersByTimeAsync(1000);
    expect(sessionRequests).toHaveBeenCalledTimes(1);
    expect(queryClient.getQueryData(queryKeys.session.current())).toBeNull();
    expect(useToastStore.getState().toasts.map((t) => t.title)).toEqual(['Your session has ended']);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(FakeEventSource.all).toHaveLength(1);
    expect(sessionRequests).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
    expect(liveUpdatesStatus().state).toBe('off');
  });

  it('keeps trying when a 401 is not the app’s own (a proxy in front of it): the session has not ended', async () => {
    latest().send('ready', {}, '1');
    sessionAnswer = 'proxy-401';
    latest().failForGood();
    await vi.advanceTimersByTimeAsync(1000 + 2000);
    expect(sessionRequests).toHaveBeenCalledTimes(2);
    expect(queryClient.getQueryData(queryKeys.session.current())).toEqual(PRIYA);
    sessionAnswer = 'signed-in';
    await vi.advanceTimersByTimeAsync(4000);
    expect(FakeEventSource.all).toHaveLength(2);
  });

  it('leaves no timer and opens nothing after sign-out or unmount while waiting to reconnect', async () => {
    latest().failForGood();
    expect(vi.getTimerCount()).toBe(1);
    disconnect?.();
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(FakeEventSource.all).toHaveLength(1);
    expect(sessionRequests).not.toHaveBeenCalled();
    expect(liveUpdatesStatus().state).toBe('off');
  });

  it('opens nothing when unmounted while the session is being checked', async () => {
    let answer: (response: Response) => void = () => undefined;
    vi.stubGlobal('fetch', vi.fn(() => new Promise<Response>((resolve) => (answer = resolve))));
    latest().failForGood();
    await vi.advanceTimersByTimeAsync(1000);
    disconnect?.();
    answer(Response.json({ user: PRIYA }));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(FakeEventSource.all).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('closes the open stream and drops pending refetches on unmount', async () => {
    const stream = latest();
    stream.send('ready', {}, '1');
    stream.send('change', { type: 'candidate', candidateId: 'c1' }, '2');
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    disconnect?.();
    expect(stream.readyState).toBe(FakeEventSource.CLOSED);
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(invalidate).not.toHaveBeenCalled();
  });
});
