import { create } from 'zustand';
import type { Stage } from '../../domain';

/**
 * A card that should take focus once it has rendered. `stage`: only in that column (a keyboard move, an
 * arrow key). Without it, in whichever column holds the candidate, except `unlessIn` (a focused card that
 * left its column, e.g. after an Undo: followed to its new one, not when it merely scrolled out of view).
 * A request no column can serve (the card is not shown) is dropped by the next one, or after
 * FOCUS_REQUEST_TTL_MS, so focus never jumps to a card that shows up later (a filter change bringing back a
 * rejected candidate).
 */
export interface FocusRequest {
  candidateId: string;
  stage?: Stage;
  unlessIn?: Stage;
}

/** Ephemeral board UI state, read through the selector hooks below. */
interface BoardUiState {
  focusRequest: FocusRequest | null;
  requestFocus: (request: FocusRequest | null) => void;
}

/** Long enough for a card to render from the cache after a move or on coming back; short enough to be forgotten. */
export const FOCUS_REQUEST_TTL_MS = 3000;

const useBoardUiStore = create<BoardUiState>((set, get) => ({
  focusRequest: null,
  requestFocus: (request) => {
    set({ focusRequest: request });
    if (request) setTimeout(() => get().focusRequest === request && set({ focusRequest: null }), FOCUS_REQUEST_TTL_MS);
  },
}));

const appliesTo = (request: FocusRequest | null, stage: Stage) =>
  !!request && (request.stage ? request.stage === stage : request.unlessIn !== stage);

/** The pending focus request for one column, so other columns don't re-render for it. */
export const useFocusRequestFor = (stage: Stage) =>
  useBoardUiStore((state) => (appliesTo(state.focusRequest, stage) ? state.focusRequest!.candidateId : null));
export const requestCardFocus = (request: FocusRequest | null) => useBoardUiStore.getState().requestFocus(request);

/**
 * Where the person was on the board, kept while they visit other screens (module state: no re-renders,
 * gone on reload): each column's scroll offset and the card last focused.
 */
const visit = { scroll: {} as Partial<Record<Stage, number>>, card: null as string | null };

export const rememberColumnScroll = (stage: Stage, top: number) => void (visit.scroll[stage] = top);
export const rememberedColumnScroll = (stage: Stage): number => visit.scroll[stage] ?? 0;
export const rememberFocusedCard = (candidateId: string) => void (visit.card = candidateId);
export const lastFocusedCard = (): string | null => visit.card;

/** Back on the board: the card left last takes focus, in whichever column it now is. */
export function restoreBoardFocus(): void {
  if (visit.card) requestCardFocus({ candidateId: visit.card });
}
