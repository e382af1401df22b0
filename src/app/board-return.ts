import { create } from 'zustand';

/**
 * The board's last query string (filters, search), so a candidate page's "back to the pipeline" link
 * returns to the board as the person left it. Ephemeral UI state: gone on reload, like the board's scroll.
 */
const useBoardReturnStore = create<{ search: string }>(() => ({ search: '' }));

export const rememberBoardSearch = (search: string): void => useBoardReturnStore.setState({ search });
export const useBoardHref = (): string => useBoardReturnStore((state) => `/${state.search}`);
