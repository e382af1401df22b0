import { create } from 'zustand';
import type { Stage } from '../../domain';

/** A card that should take focus once it has rendered in `stage` (after a keyboard move or arrow key). */
export interface FocusRequest {
  candidateId: string;
  stage: Stage;
}

/** Ephemeral board UI state, read through the selector hooks below. */
interface BoardUiState {
  focusRequest: FocusRequest | null;
  requestFocus: (request: FocusRequest | null) => void;
}

const useBoardUiStore = create<BoardUiState>((set) => ({
  focusRequest: null,
  requestFocus: (request) => set({ focusRequest: request }),
}));

/** The pending focus request for one column, so other columns don't re-render for it. */
export const useFocusRequestFor = (stage: Stage) =>
  useBoardUiStore((state) => (state.focusRequest?.stage === stage ? state.focusRequest.candidateId : null));
export const requestCardFocus = (request: FocusRequest | null) => useBoardUiStore.getState().requestFocus(request);
