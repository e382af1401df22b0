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
  /**
   * What was selected when the anchor was set: a Shift range is added to this, so moving the range's end
   * back towards the anchor shrinks it again (as in a file manager), instead of only ever growing.
   */
  base: ReadonlySet<string>;
}

const useSelectionStore = create<SelectionState>(() => ({ ids: new Set(), anchor: null, base: new Set() }));

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
    set({ ids, anchor: candidateId, base: ids });
  },
  /** Starts the next Shift range at `candidateId` without changing what is selected (keyboard ranges). */
  anchorAt(candidateId: string) {
    set({ anchor: candidateId, base: current().ids });
  },
  /**
   * Selects every candidate between the anchor and `candidateId` in `ordered` (the rows or cards as shown),
   * added to what was selected when the anchor was set: the range follows its end both ways. Without an
   * anchor in `ordered`, the range starts (and anchors) at `candidateId`.
   */
  extendTo(candidateId: string, ordered: readonly string[]) {
    const to = ordered.indexOf(candidateId);
    if (to === -1) return;
    let { anchor, base } = current();
    if (anchor === null || !ordered.includes(anchor)) {
      anchor = candidateId;
      base = current().ids;
    }
    const from = ordered.indexOf(anchor);
    const ids = new Set(base);
    for (let index = Math.min(from, to); index <= Math.max(from, to); index += 1) ids.add(ordered[index]!);
    set({ ids, anchor, base });
  },
  /** Replaces the selection (Ctrl/Cmd+A selects everything the filters show; "review them" selects the conflicts). */
  replace(candidateIds: Iterable<string>) {
    const ids = new Set(candidateIds);
    set({ ids, anchor: null, base: ids });
  },
  /** Drops selected candidates that are no longer shown (filters changed, candidate gone). */
  keepOnly(shown: ReadonlySet<string>) {
    const { ids, base } = current();
    if ([...ids].every((id) => shown.has(id))) return;
    set({ ids: new Set([...ids].filter((id) => shown.has(id))), base: new Set([...base].filter((id) => shown.has(id))) });
  },
  clear() {
    if (current().ids.size === 0 && current().anchor === null) return;
    set({ ids: new Set(), anchor: null, base: new Set() });
  },
};
