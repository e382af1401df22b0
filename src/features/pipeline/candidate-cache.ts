import type { CandidateList, CandidateSummary } from '../../domain';

/** Replaces one candidate in the list, keeping every other object as it was (so memoized cards stay put). */
export function replaceCandidate(list: CandidateList | undefined, next: CandidateSummary): CandidateList | undefined {
  if (!list) return list;
  const index = list.items.findIndex((c) => c.id === next.id);
  if (index === -1) return list;
  const items = list.items.slice();
  items[index] = next;
  return { ...list, items };
}

export function findCandidate(list: CandidateList | undefined, id: string): CandidateSummary | undefined {
  return list?.items.find((c) => c.id === id);
}
