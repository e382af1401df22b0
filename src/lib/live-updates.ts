/**
 * Live updates: one EventSource on `GET /api/events` while someone is signed in. The server says what
 * changed (never the data, and only what this person may see); this refetches the queries that show it.
 * After a gap (the stream dropped, or the server says events were lost) everything shown is refetched.
 */
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { type ChangeEventData, ChangeEventSchema, SSE_CHANGE, SSE_RESET } from '../domain';
import { API_BASE_URL } from './config';
import { queryKeys } from './queries/keys';

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

export function connectLiveUpdates(queryClient: QueryClient): () => void {
  if (typeof EventSource === 'undefined') return () => undefined;
  const url = new URL(`${API_BASE_URL}/events`, window.location.origin);
  const source = new EventSource(url, { withCredentials: true });
  const pending = new Map<string, QueryKey>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let dropped = false;

  const flush = () => {
    timer = null;
    for (const queryKey of pending.values()) void queryClient.invalidateQueries({ queryKey });
    pending.clear();
  };
  const refetchEverything = () => {
    void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.session.all[0] });
  };

  source.addEventListener(SSE_CHANGE, (message) => {
    const parsed = ChangeEventSchema.safeParse(JSON.parse((message as MessageEvent<string>).data));
    if (!parsed.success) return;
    for (const key of keysAffectedBy(parsed.data)) pending.set(JSON.stringify(key), key);
    timer ??= setTimeout(flush, COALESCE_MS);
  });
  source.addEventListener(SSE_RESET, refetchEverything);
  source.addEventListener('error', () => {
    dropped = true;
  });
  source.addEventListener('open', () => {
    // The browser resumed with Last-Event-ID; the server replays what it still has, but a refetch is
    // what guarantees nothing was missed while the connection was down.
    if (dropped) refetchEverything();
    dropped = false;
  });
  return () => {
    if (timer) clearTimeout(timer);
    source.close();
  };
}
