import type { QueryClient } from '@tanstack/react-query';
import { type Candidate, type CandidateList, type CandidateSummary, summarizeCandidate } from '../../domain';
import { queryKeys } from '../queries/keys';

/**
 * The cached copies of one candidate: a summary in the board's list and the whole record on their page.
 * Writes read the version they send (If-Match) from here and put what the server answers back here.
 */

const listKey = queryKeys.candidates.list();

export function findCandidate(list: CandidateList | undefined, id: string): CandidateSummary | undefined {
  return list?.items.find((c) => c.id === id);
}

/** Replaces one candidate in the list, keeping every other object as it was (so memoized cards stay put). */
export function replaceCandidate(list: CandidateList | undefined, next: CandidateSummary): CandidateList | undefined {
  if (!list) return list;
  const index = list.items.findIndex((c) => c.id === next.id);
  if (index === -1) return list;
  const items = list.items.slice();
  items[index] = next;
  return { ...list, items };
}

export const cachedSummary = (queryClient: QueryClient, id: string) => findCandidate(queryClient.getQueryData<CandidateList>(listKey), id);
export const cachedCandidate = (queryClient: QueryClient, id: string) => queryClient.getQueryData<Candidate>(queryKeys.candidates.detail(id));

/** The newest cached state of a candidate (summary or record, whichever has the higher version). */
export function latestCandidate(queryClient: QueryClient, id: string): CandidateSummary | Candidate | undefined {
  const summary = cachedSummary(queryClient, id);
  const record = cachedCandidate(queryClient, id);
  if (!summary || !record) return summary ?? record;
  return record.version > summary.version ? record : summary;
}

/**
 * The version a write is based on (If-Match): the newest this browser has seen, from the list or the
 * record. Undefined when neither is cached (the server then answers 428, and nothing is overwritten).
 */
export const baseVersion = (queryClient: QueryClient, id: string): number | undefined => latestCandidate(queryClient, id)?.version;

/** Paints a summary in the list as given (an optimistic move, a rollback). */
export function paintSummary(queryClient: QueryClient, summary: CandidateSummary): void {
  queryClient.setQueryData<CandidateList>(listKey, (list) => replaceCandidate(list, summary));
}

/** Stores a summary the server returned in the list, unless the list already holds a newer version. */
export function storeSummary(queryClient: QueryClient, summary: CandidateSummary): void {
  const cached = cachedSummary(queryClient, summary.id);
  if (cached && cached.version <= summary.version) paintSummary(queryClient, summary);
}

/**
 * Stores the result of this person's own move: in the list, and on their record when the record was the
 * version just before it (the move then changed only the stage), so an Undo started from either is based
 * on the version the move produced. An older record is left for the refetch that follows.
 */
export function storeMoved(queryClient: QueryClient, moved: CandidateSummary): void {
  storeSummary(queryClient, moved);
  queryClient.setQueryData<Candidate>(queryKeys.candidates.detail(moved.id), (record) =>
    record && record.version === moved.version - 1
      ? { ...record, version: moved.version, stage: moved.stage, status: moved.status, stageEnteredAt: moved.stageEnteredAt }
      : record,
  );
}

/**
 * Stores a record the server returned: on their page, and as their summary on the board (keeping the
 * board's scorecard tally, which the record does not carry). Never replaces a newer copy: late answers
 * never roll the screen back.
 */
export function storeCandidate(queryClient: QueryClient, candidate: Candidate): void {
  queryClient.setQueryData<Candidate>(queryKeys.candidates.detail(candidate.id), (cached) =>
    cached && cached.version > candidate.version ? cached : candidate,
  );
  const summary = cachedSummary(queryClient, candidate.id);
  if (summary && summary.version < candidate.version) paintSummary(queryClient, summarizeCandidate(candidate, summary, summary.lastActivityAt));
}
