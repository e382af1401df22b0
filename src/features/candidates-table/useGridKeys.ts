import { selection, selectedIds } from '../../lib/selection';

const PAGE = 10;

interface GridKeys {
  /** The rows shown, in order. */
  ids: readonly string[];
  activeIndex: number;
  focusIndex: (index: number) => void;
  onOpen: (candidateId: string) => void;
}

/**
 * The keys of a focused row: ↑/↓ (Home/End, Page Up/Down) move between rows, Shift with them extends the
 * selection, Space toggles the row, Enter opens the candidate. Ctrl/⌘+A and Escape are page shortcuts
 * (registered by the page, listed in "?"), as they apply wherever the focus is on the page.
 */
export function useGridKeys({ ids, activeIndex, focusIndex, onOpen }: GridKeys) {
  return (event: React.KeyboardEvent<HTMLDivElement>) => {
    const row = event.target as HTMLElement;
    if (row.getAttribute('role') !== 'row' || !row.dataset.candidateId || event.altKey || event.ctrlKey || event.metaKey) return;
    const id = row.dataset.candidateId;
    const from = ids.indexOf(id) >= 0 ? ids.indexOf(id) : activeIndex;
    const step: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: PAGE, PageUp: -PAGE, Home: -Infinity, End: Infinity };
    if (event.key in step) {
      event.preventDefault();
      const to = Math.max(0, Math.min(ids.length - 1, from + step[event.key]!));
      if (event.shiftKey) {
        // From an unselected row the range starts there; from a selected one it keeps its anchor. Either way
        // it follows the focus both ways (Shift+↑ after Shift+↓ shrinks it).
        if (!selectedIds().has(id)) selection.anchorAt(id);
        selection.extendTo(ids[to]!, ids);
      }
      focusIndex(to);
      return;
    }
    if (event.key === ' ' && !event.shiftKey) {
      event.preventDefault();
      selection.toggle(id);
      return;
    }
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      onOpen(id);
    }
  };
}
