import { create } from 'zustand';

/**
 * An action asked for on a candidate's page from elsewhere (the command palette): the page that shows
 * the candidate carries it out with its own controls (the reject dialog, the note field) and clears it.
 * Features never import each other, so the palette and the candidate page meet here.
 */
export type CandidateRequest = 'reject' | 'note';

interface Pending {
  candidateId: string;
  action: CandidateRequest;
}

const useRequests = create<{ pending: Pending | null }>(() => ({ pending: null }));

export const requestCandidateAction = (candidateId: string, action: CandidateRequest): void => useRequests.setState({ pending: { candidateId, action } });

const done = () => useRequests.setState({ pending: null });

/** Whether this action is asked for this candidate, and how to mark it done (a stable function). */
export function useCandidateRequest(candidateId: string, action: CandidateRequest): [pending: boolean, done: () => void] {
  const pending = useRequests((state) => state.pending?.candidateId === candidateId && state.pending.action === action);
  return [pending, done];
}
