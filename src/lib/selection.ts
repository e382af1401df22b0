import { create } from 'zustand';

/**
 * The candidates selected for a bulk action, shared by the board and the candidates table so a selection
 * made in one is the selection in the other. Components read it through the narrow hooks below: a row or
 * card subscribes to its own `isSelected`, so changing the selection re-renders the rows whose answer
 * changed, never all N.
 */
interface SelectionState {
  /** Selected candidate ids, in the order they were selected (a new Set on every change). */
  ids: ReadonlySet<string>;
  /** Where a Shift range starts: the last candidate toggled or clicked without Shift. */
  anchor: string | null;
}

const useSelectionStore = create<SelectionState>(() => ({ ids: new Set(), anchor: null }));

const set = (next: Partial<SelectionState>) => useSelectionStore.setState(next);
const current = () => useSelectionStore.getState();

/** Whether one candidate is selected; re-renders its caller only when that answer changes. */
export const useIsSelected = (candidateId: string) => useSelectionStore((state) => state.ids.has(candidateId));
export const useSelectionCount = () => useSelectionStore((state) => state.ids.size);
/** The selected ids (a stable Set between changes). For the bulk bar and export, not for rows. */
export const useSelectedIds = () => useSelectionStore((state) => state.ids);
export const selectedIds = (): ReadonlySet<string> => current().ids;

export const selection = {
  /** Adds or removes one candidate; it becomes the anchor of the next Shift range. */
  toggle(candidateId: string) {
    const ids = new Set(current().ids);
    if (ids.has(candidateId)) ids.delete(candidateId);
    else ids.add(candidateId);
    set({ ids, anchor: candidateId });
  },
  /**
   * Selects every candidate between the anchor and `candidateId` in `ordered` (the rows or cards as shown),
   * keeping what was selected before. Without an anchor in `ordered`, it selects `candidateId` alone.
   */
  extendTo(candidateId: string, ordered: readonly string[]) {
    const { anchor } = current();
    const to = ordered.indexOf(candidateId);
    const from = anchor === null ? -1 : ordered.indexOf(anchor);
    if (to === -1) return;
    const ids = new Set(current().ids);
    const [start, end] = from === -1 ? [to, to] : [Math.min(from, to), Math.max(from, to)];
    for (let index = start; index <= end; index += 1) ids.add(ordered[index]!);
    set({ ids, anchor: from === -1 ? candidateId : anchor });
  },
  /** Replaces the selection (Ctrl/Cmd+A selects everything the filters show; "review them" selects the conflicts). */
  replace(candidateIds: Iterable<string>) {
    const ids = new Set(candidateIds);
    set({ ids, anchor: null });
  },
  /** Drops selected candidates that are no longer shown (filters changed, candidate gone). */
  keepOnly(shown: ReadonlySet<string>) {
    const { ids } = current();
    if ([...ids].every((id) => shown.has(id))) return;
    set({ ids: new Set([...ids].filter((id) => shown.has(id))) });
  },
  clear() {
    if (current().ids.size === 0 && current().anchor === null) return;
    set({ ids: new Set(), anchor: null });
  },
};
