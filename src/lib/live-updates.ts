/**
 * Live updates: one EventSource on `GET /api/events` while someone is signed in. The server says what
 * changed (never the data, and only what this person may see); this refetches the queries that show it.
 *
 * When the stream fails, whatever the cause (the network, a server restarting with 503, a proxy's 502,
 * a 401 once the session expired), the browser either retries on its own or gives up for good; this closes
 * it and opens a new one after a backoff, so both end the same way, and a session that ended stops it.
 * A new stream resumes after the last event seen (the server replays what it still has, or says `reset`).
 */
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { type ChangeEventData, ChangeEventSchema, SessionSchema, SSE_CHANGE, SSE_RESET } from '../domain';
import { apiRequest } from './api-client';
import { isApiError } from './api-errors';
import { API_BASE_URL } from './config';
import { setLiveUpdatesState } from './live-updates-status';
import { queryKeys } from './queries/keys';
import { endSessionOn401 } from './query-client';

/** Which cached queries show what an event is about; keys are matched by prefix. */
export function keysAffectedBy(event: ChangeEventData): QueryKey[] {
  const id = event.candidateId;
  const { candidates, insights, review, role, scorecards } = queryKeys;
  // The detail key covers the candidate's activity too; every insights view counts candidates.
  const keys: QueryKey[] = [candidates.list(), candidates.detail(id), review.all, role.stats(), insights.all];
  if (event.type !== 'activity') keys.push(scorecards.candidate(id), scorecards.mine());
  return keys;
}

/** Events arriving together (a bulk change, a burst) cause one refetch per query, not one each. */
const COALESCE_MS = 150;
const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;

/**
 * How long to wait before the `attempt`-th retry (0-based): 1 s, 2 s, 4 s… up to 30 s, each ±25% so that
 * every open tab does not come back at the same instant when a server restarts.
 */
export function retryDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** attempt);
  return Math.min(MAX_RETRY_MS, Math.round(base * (0.75 + 0.5 * random())));
}

export function connectLiveUpdates(queryClient: QueryClient): () => void {
  if (typeof EventSource === 'undefined') return () => undefined;
  const pending = new Map<string, QueryKey>();
  let flushTimer: ReturnType<typeof setTimeout> | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let source: EventSource | null = null;
  /** The id to resume after: the last change received, or where the stream stood when it said `ready`. */
  let lastId: string | null = null;
  /** Failures since the last `ready`: the backoff grows with them. */
  let failures = 0;
  let failedBefore = false;
  let stopped = false;
  const sessionCheck = new AbortController();

  const flush = () => {
    flushTimer = null;
    for (const queryKey of pending.values()) void queryClient.invalidateQueries({ queryKey });
    pending.clear();
  };
  const refetchEverything = () => {
    void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.session.all[0] });
  };

  const open = () => {
    const resumeFrom = lastId;
    const url = new URL(`${API_BASE_URL}/events`, window.location.origin);
    // A new EventSource cannot set Last-Event-ID itself; the server reads the same id from the query.
    if (resumeFrom !== null) url.searchParams.set('lastEventId', resumeFrom);
    const stream = new EventSource(url, { withCredentials: true });
    source = stream;
    setLiveUpdatesState(failedBefore ? 'reconnecting' : 'connecting');

    stream.addEventListener('ready', (message) => {
      failures = 0;
      setLiveUpdatesState('live');
      // When resuming, the `ready` id is ahead of the events about to be replayed: keep the older one
      // until they arrive, so a stream dropped mid-replay resumes from the right place.
      if (resumeFrom !== null) return;
      lastId = (message as MessageEvent<string>).lastEventId;
      // A stream that failed before it said where it stood: nothing to resume from, so refetch what is shown.
      if (failedBefore) refetchEverything();
    });
    stream.addEventListener(SSE_CHANGE, (message) => {
      const { data, lastEventId } = message as MessageEvent<string>;
      if (lastEventId) lastId = lastEventId;
      const parsed = ChangeEventSchema.safeParse(JSON.parse(data));
      if (!parsed.success) return;
      for (const key of keysAffectedBy(parsed.data)) pending.set(JSON.stringify(key), key);
      flushTimer ??= setTimeout(flush, COALESCE_MS);
    });
    stream.addEventListener(SSE_RESET, (message) => {
      // Events were lost: refetch everything; from here on the stream stands where `ready` said.
      lastId = (message as MessageEvent<string>).lastEventId || lastId;
      refetchEverything();
    });
    stream.addEventListener('error', () => {
      stream.close();
      source = null;
      failedBefore = true;
      scheduleRetry();
    });
  };

  const scheduleRetry = () => {
    setLiveUpdatesState('reconnecting');
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void retry();
    }, retryDelay(failures++));
  };

  /** An EventSource never says why it failed: ask for the session, so a 401 stops here instead of retrying. */
  const retry = async () => {
    try {
      await apiRequest({ path: '/session', schema: SessionSchema, signal: sessionCheck.signal });
    } catch (error) {
      if (stopped) return;
      // The session ended (expired, signed out elsewhere): the app goes back to sign-in, saying so, which
      // also unmounts this. Otherwise the server is still unreachable or failing: wait longer.
      if (isApiError(error, 401)) endSessionOn401(queryClient, error);
      if (queryClient.getQueryData(queryKeys.session.current())) scheduleRetry();
      else stop();
      return;
    }
    if (!stopped) open();
  };

  const stop = () => {
    stopped = true;
    if (flushTimer) clearTimeout(flushTimer);
    if (retryTimer) clearTimeout(retryTimer);
    sessionCheck.abort();
    source?.close();
    setLiveUpdatesState('off');
  };

  open();
  return stop;
}
