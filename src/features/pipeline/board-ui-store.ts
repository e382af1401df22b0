import { create } from 'zustand';

/** Ephemeral board UI state: which card should take focus once it has rendered in its new column. */
interface BoardUiState {
  focusCandidateId: string | null;
  requestFocus: (candidateId: string | null) => void;
}

const useBoardUiStore = create<BoardUiState>((set) => ({
  focusCandidateId: null,
  requestFocus: (candidateId) => set({ focusCandidateId: candidateId }),
}));

export const useFocusRequest = () => useBoardUiStore((state) => state.focusCandidateId);
export const requestCardFocus = (candidateId: string | null) => useBoardUiStore.getState().requestFocus(candidateId);
