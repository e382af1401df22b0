import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { announce } from '../../components/LiveAnnouncer';
import { candidateQueryOptions } from '../../lib/queries/candidates';
import { reviewQueueQueryOptions } from '../../lib/queries/review';
import { candidateScorecardsQueryOptions } from '../../lib/queries/scorecards';
import { queueNeighbours } from './agreement';

/**
 * Where the candidate shown is in the review queue, and stepping through it (J/K, Previous/Next):
 * the step is announced, and the neighbours' records and scorecards are fetched ahead so it feels instant.
 */
export function useQueueNavigation(candidateId: string, enabled: boolean) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const queueQuery = useQuery({ ...reviewQueueQueryOptions(), enabled });
  const queue = queueQuery.data ?? [];
  const ids = queue.map((item) => item.candidate.id);
  const { index, previous, next } = queueNeighbours(ids, candidateId);

  useEffect(() => {
    for (const id of [next, previous]) {
      if (!id) continue;
      void queryClient.prefetchQuery(candidateQueryOptions(id));
      void queryClient.prefetchQuery(candidateScorecardsQueryOptions(id));
    }
  }, [next, previous, queryClient]);

  const step = (direction: 'next' | 'previous') => {
    const id = direction === 'next' ? next : previous;
    if (!id) {
      announce(direction === 'next' ? 'This is the last candidate waiting.' : 'This is the first candidate waiting.');
      return;
    }
    const target = queue.find((item) => item.candidate.id === id);
    announce(`${target?.candidate.name ?? 'Candidate'}, ${ids.indexOf(id) + 1} of ${ids.length} waiting for a decision.`);
    void navigate(`/review/${encodeURIComponent(id)}`);
  };

  return { ids, index, previous, next, waiting: index >= 0 ? queue[index] : undefined, step };
}
